// The app is killed (SIGKILL) with actions being queued and a key rotation half done: on
// restart the outbox holds every action it had confirmed, the cache is intact and the rotation
// finishes, removing the old key from the keychain. Needs a real keychain shared by two
// processes (tests/run.sh's gnome-keyring); skipped without one.
#include "apiclient.h"
#include "encryptedcache.h"
#include "keyringstore.h"
#include "outbox.h"
#include "secretstore.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace nest::client;

class TestOfflineKill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedMidWriteAndMidRotation()
    {
        SecretStore secrets;
        const SecretKey account{QStringLiteral("http://127.0.0.1:3"),
                                QStringLiteral("kill-")
                                    + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                {}};
        // Is there a keychain the child can share?
        bool probed = false;
        secrets.write({account.serverOrigin, account.username, QStringLiteral("probe")}, "x",
                      [&](bool, const QString &) { probed = true; });
        QVERIFY(QTest::qWaitFor([&] { return probed; }, 10'000));
        if (!secrets.isPersistent())
            QSKIP("no system keychain: the child's keys would die with it");

        QTemporaryDir dir;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(OFFLINE_KILL_HELPER),
                    {dir.path(), account.serverOrigin, account.username});
        QVERIFY(child.waitForStarted(10'000));
        int submitted = 0;
        qint64 rotated = 0;
        QString firstKey;
        QByteArray buffer;
        const QRegularExpression cached(QStringLiteral("^cached (\\d+) key (\\S+)$"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                buffer += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = buffer.indexOf('\n')) >= 0) {
                    const QString line = QString::fromUtf8(buffer.left(nl));
                    buffer.remove(0, nl + 1);
                    if (line.startsWith(QLatin1StringView("submitted ")))
                        submitted = line.mid(10).toInt();
                    else if (line.startsWith(QLatin1StringView("rotated ")))
                        rotated = line.mid(8).toLongLong();
                    else if (const auto m = cached.match(line); m.hasMatch())
                        firstKey = m.captured(2);
                }
                return submitted >= 20 && rotated >= 200;
            },
            30'000));
        QVERIFY(rotated < 3000); // killed in the middle of the rotation
        child.kill();            // SIGKILL
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        buffer += child.readAllStandardOutput();
        for (const QByteArray &line : buffer.split('\n')) {
            if (line.startsWith("submitted "))
                submitted = line.mid(10).toInt();
        }

        QNetworkAccessManager nam;
        ApiClient api(nam, QUrl(QStringLiteral("http://127.0.0.1:1")));
        Outbox outbox(api, secrets);
        outbox.setPaused(true);
        QSignalSpy lost(&outbox, &Outbox::lost);
        QSignalSpy outboxReady(&outbox, &Outbox::ready);
        outbox.open(dir.filePath(QStringLiteral("outbox.sqlite")), account);
        QVERIFY(outboxReady.wait(10'000));
        QCOMPARE(lost.size(), 0);
        const auto entries = outbox.entries();
        // Every confirmed action is there (one more may have been written before the kill),
        // in order, none twice.
        QVERIFY(int(entries.size()) >= submitted);
        QVERIFY(int(entries.size()) <= submitted + 1);
        for (int i = 0; i < int(entries.size()); ++i)
            QCOMPARE(entries[size_t(i)].summary, QString::number(i));

        EncryptedCache cache(secrets);
        QSignalSpy problems(&cache, &EncryptedCache::problem);
        QSignalSpy cacheReady(&cache, &EncryptedCache::ready);
        QSignalSpy finished(&cache, &EncryptedCache::rotationFinished);
        cache.open(dir.filePath(QStringLiteral("cache.sqlite")), account);
        QVERIFY(cacheReady.wait(10'000));
        QCOMPARE(problems.size(), 0);
        QCOMPARE(cache.count(), 3000);
        QVERIFY(cache.currentKeyId() != firstKey);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(cache.keyCount(), 1);
        for (int i = 0; i < 3000; i += 111)
            QCOMPARE(cache.get(QStringLiteral("feed"), QString::number(i)).value_or(""),
                     QByteArray("record ") + QByteArray::number(i));
        QCOMPARE(problems.size(), 0);

        std::optional<CacheKeyRing> ring;
        bool loaded = false;
        keyringstore::load(
            secrets, {account.serverOrigin, account.username, QString(EncryptedCache::SecretName)},
            this, [&](std::optional<CacheKeyRing> r, bool, const QString &) {
                ring = std::move(r);
                loaded = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return loaded; }, 10'000));
        QVERIFY(ring);
        QCOMPARE(int(ring->keys.size()), 1);
        QVERIFY(!ring->find(firstKey));

        cache.close();
        outbox.close();
        int removed = 0;
        for (const QString &name : {QString(EncryptedCache::SecretName),
                                    QString(Outbox::SecretName), QStringLiteral("probe")})
            secrets.remove({account.serverOrigin, account.username, name},
                           [&](bool, const QString &) { ++removed; });
        QVERIFY(QTest::qWaitFor([&] { return removed == 3; }, 10'000));
    }
};

QTEST_GUILESS_MAIN(TestOfflineKill)
#include "tst_offlinekill.moc"
