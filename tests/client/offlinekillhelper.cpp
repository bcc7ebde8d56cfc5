// Helper for tst_offlinekill: queues outbox actions and rotates the cache key as fast as it can,
// printing what is durably written, until the test kills it with SIGKILL.
// Usage: offline_kill_helper <dir> <origin> <username>
#include "apiclient.h"
#include "encryptedcache.h"
#include "outbox.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace nest::client;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const QDir dir(args.at(1));
    const SecretKey account{args.at(2), args.at(3), {}};
    QNetworkAccessManager nam;
    // Nothing listens on port 1: every send fails at once and the actions stay queued.
    ApiClient api(nam, QUrl(QStringLiteral("http://127.0.0.1:1")));
    SecretStore secrets;
    Outbox outbox(api, secrets);
    EncryptedCache cache(secrets);
    cache.setBatchSize(50);
    cache.setBatchIntervalMs(25); // about 1.5 s for the whole rotation: time to kill it midway
    int submitted = 0;
    QTimer submitter;
    submitter.setInterval(1);
    QObject::connect(&submitter, &QTimer::timeout, &outbox, [&] {
        const QString id = outbox.submit(
            QStringLiteral("post"), "POST", QStringLiteral("/api/v1/behavior/events"),
            QJsonObject{{QStringLiteral("n"), submitted}}, QString::number(submitted));
        if (!id.isEmpty()) {
            ++submitted;
            std::printf("submitted %d\n", submitted);
            std::fflush(stdout);
        }
    });
    QObject::connect(&cache, &EncryptedCache::rotationProgress, &cache, [](qint64 done, qint64) {
        std::printf("rotated %lld\n", static_cast<long long>(done));
        std::fflush(stdout);
    });
    QObject::connect(&cache, &EncryptedCache::ready, &cache, [&] {
        QList<QPair<QString, QByteArray>> records;
        for (int i = 0; i < 3000; ++i)
            records.append({QString::number(i), QByteArray("record ") + QByteArray::number(i)});
        cache.putMany(QStringLiteral("feed"), records);
        std::printf("cached %lld key %s\n", static_cast<long long>(cache.count()),
                    qPrintable(cache.currentKeyId()));
        std::fflush(stdout);
        cache.rotateNow();
    });
    QObject::connect(&outbox, &Outbox::ready, &submitter, qOverload<>(&QTimer::start));
    outbox.open(dir.filePath(QStringLiteral("outbox.sqlite")), account);
    cache.open(dir.filePath(QStringLiteral("cache.sqlite")), account);
    return app.exec();
}
