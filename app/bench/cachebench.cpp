#include "cachebench.h"

#include "encryptedcache.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using nest::client::EncryptedCache;

namespace {
bool waitFor(EncryptedCache *sender, void (EncryptedCache::*signal)(), int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

QByteArray benchPayload(int i)
{
    // About the size of a listing or a feed post as JSON.
    QByteArray value = "{\"id\":\"lst_" + QByteArray::number(i)
                       + "\",\"title\":\"Hand-thrown stoneware bowl\",\"price\":4250,";
    value += "\"description\":\"" + QByteArray(360, 'x') + "\"}";
    return value;
}

double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0;
}
} // namespace

int runCacheBench(int records)
{
    QTemporaryDir dir;
    nest::client::SecretStore secrets;
    const nest::client::SecretKey account{QStringLiteral("bench://cache"),
                                          QStringLiteral("bench-")
                                              + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          {}};
    EncryptedCache cache(secrets);
    cache.open(dir.filePath(QStringLiteral("cache.sqlite")), account);
    if (!cache.isReady() && !waitFor(&cache, &EncryptedCache::ready, 30'000)) {
        std::fprintf(stderr, "cache did not open\n");
        return 1;
    }
    std::printf("Keychain: %s\n\n", secrets.isPersistent() ? "system keychain" : "memory only");
    std::printf("| Operation | Records | Time (ms) | Records/s |\n|---|---:|---:|---:|\n");

    const QString collection = QStringLiteral("listings");
    // Single puts: one SQLite commit each (WAL, synchronous=NORMAL).
    const int singles = std::min(records, 10'000);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < singles; ++i)
        cache.put(QStringLiteral("single"), QString::number(i), benchPayload(i));
    qint64 ns = timer.nsecsElapsed();
    std::printf("| put (one commit each) | %d | %.0f | %.0f |\n", singles, ns / 1e6,
                perSecond(singles, ns));

    // Pages of 500, as a feed or search page would be stored.
    timer.restart();
    for (int start = 0; start < records; start += 500) {
        QList<QPair<QString, QByteArray>> page;
        for (int i = start; i < std::min(records, start + 500); ++i)
            page.append({QString::number(i), benchPayload(i)});
        cache.putMany(collection, page);
    }
    ns = timer.nsecsElapsed();
    std::printf("| putMany (pages of 500) | %d | %.0f | %.0f |\n", records, ns / 1e6,
                perSecond(records, ns));

    auto *rng = QRandomGenerator::global();
    timer.restart();
    int found = 0;
    for (int i = 0; i < records; ++i)
        found += cache.get(collection, QString::number(rng->bounded(records))).has_value();
    ns = timer.nsecsElapsed();
    std::printf("| get (random id) | %d | %.0f | %.0f |\n", records, ns / 1e6,
                perSecond(records, ns));
    if (found != records) {
        std::fprintf(stderr, "only %d of %d records read back\n", found, records);
        return 1;
    }

    for (int i = 0; i < singles; ++i) // the rotation runs on exactly `records` records
        cache.remove(QStringLiteral("single"), QString::number(i));
    const qint64 total = cache.count();
    for (const int batch : {EncryptedCache::DefaultBatchSize, 2048}) {
        cache.setBatchSize(batch);
        timer.restart();
        cache.rotateNow();
        if (!waitFor(&cache, &EncryptedCache::rotationFinished, 600'000)) {
            std::fprintf(stderr, "rotation did not finish\n");
            return 1;
        }
        ns = timer.nsecsElapsed();
        std::printf("| rotation, batches of %d (1 ms pause) | %lld | %.0f | %.0f |\n", batch,
                    static_cast<long long>(total), ns / 1e6, perSecond(total, ns));
    }
    cache.close();
    bool removed = false;
    secrets.remove({account.serverOrigin, account.username, QString(EncryptedCache::SecretName)},
                   [&removed](bool, const QString &) { removed = true; });
    QElapsedTimer wait;
    wait.start();
    while (!removed && wait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return 0;
}
