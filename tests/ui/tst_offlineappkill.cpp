// The whole app is killed (SIGKILL) with actions waiting in the outbox and a cache key rotation
// half done; on restart the outbox holds every action with its Idempotency-Key, the cache is
// intact, the rotation finishes and the old key leaves the keychain; once the server is back the
// actions are applied exactly once.
//
// The test executable runs itself as the app to kill ("--child DIR URL"): a real DesktopApp
// signed in to a remote server that this test stops, so that the actions stay queued. The app
// after the restart runs in this process. Needs a keychain shared by the two processes
// (tests/run.sh's gnome-keyring); skipped without one.
#include "behaviorservice.h"
#include "desktopapp.h"
#include "encryptedcache.h"
#include "keyringstore.h"
#include "outbox.h"
#include "testserver.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace nest;
using namespace nest::desktop;

namespace {
constexpr int kActions = 5;
constexpr int kRecords = 400;

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonObject eventBody(const QString &userId, int n)
{
    const QJsonObject event{{QStringLiteral("user_id"), userId},
                            {QStringLiteral("session_id"), QStringLiteral("killed")},
                            {QStringLiteral("kind"), QStringLiteral("like")},
                            {QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch() + n}};
    return {{QStringLiteral("events"), QJsonArray{event}}};
}

//! The app to kill: signs in, waits for the remote to stop, queues actions, fills the cache,
//! starts a rotation and says READY half way through it. Never exits by itself.
int runChild(const QString &dataDir, const QUrl &remote)
{
    DesktopApp::Options options;
    options.demo = true;
    options.server = remote;
    options.dataDir = dataDir;
    DesktopApp app(options);
    if (!app.start())
        return 2;
    if (!QTest::qWaitFor(
            [&] {
                return app.session().isSignedIn() && app.outbox().isReady()
                       && app.cache().isReady();
            },
            30'000))
        return 3;
    say("SIGNED_IN");
    // The test stops the remote, then says so with a file.
    if (!QTest::qWaitFor(
            [&] { return QFile::exists(QDir(dataDir).filePath(QStringLiteral("remote-stopped"))); },
            30'000))
        return 4;
    const QString userId = app.session().user().id;
    for (int i = 0; i < kActions; ++i) {
        const QString id = app.outbox().submit(QStringLiteral("like"), "POST",
                                               QStringLiteral("/api/v1/behavior/events"),
                                               eventBody(userId, i), QString::number(i));
        if (id.isEmpty())
            return 5;
    }
    for (const client::OutboxEntry &entry : app.outbox().entries())
        say("ACTION " + entry.idempotencyKey.toUtf8());

    QList<QPair<QString, QByteArray>> records;
    for (int i = 0; i < kRecords; ++i)
        records.append({QString::number(i), "record " + QByteArray::number(i)});
    if (!app.cache().putMany(QStringLiteral("kill"), records))
        return 6;
    say("KEY " + app.cache().currentKeyId().toUtf8());
    // Slow enough that the kill lands in the middle of it.
    app.cache().setBatchSize(10);
    app.cache().setBatchIntervalMs(100);
    app.cache().rotateNow();
    if (!QTest::qWaitFor(
            [&] {
                return app.cache().isRotating() && app.cache().keyCount() == 2
                       && app.cache().rotationRemaining() < app.cache().count() - 30;
            },
            30'000))
        return 7;
    say("READY " + QByteArray::number(app.cache().rotationRemaining()));
    QTest::qWait(120'000); // until killed
    return 8;
}
} // namespace

class TestOfflineAppKill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWithPendingActionsAndHalfARotation()
    {
        {
            // Is there a keychain the child can share?
            client::SecretStore probe;
            bool probed = false;
            const client::SecretKey key{QStringLiteral("http://127.0.0.1:4"),
                                        QStringLiteral("appkill"), QStringLiteral("probe")};
            probe.write(key, "x", [&](bool, const QString &) { probed = true; });
            QVERIFY(QTest::qWaitFor([&] { return probed; }, 10'000));
            if (!probe.isPersistent())
                QSKIP("no system keychain: the child's keys would die with it");
            bool removed = false;
            probe.remove(key, [&](bool, const QString &) { removed = true; });
            QVERIFY(QTest::qWaitFor([&] { return removed; }, 10'000));
        }
        test::TestServer remote;
        QVERIFY(remote.start());
        QString error;
        QVERIFY2(remote.server().seedDemo(&error), qPrintable(error));
        const qint64 eventsBefore = remote.server().behavior().eventsTotal();
        QTemporaryDir dir;

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), dir.path(), remote.url({}).toString()});
        QVERIFY(child.waitForStarted(10'000));
        QStringList keys;
        QString oldKey;
        bool signedIn = false;
        bool ready = false;
        qint64 remainingAtKill = 0;
        QByteArray buffer;
        const auto readLines = [&] {
            buffer += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = buffer.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(buffer.left(nl));
                buffer.remove(0, nl + 1);
                if (line == QLatin1StringView("SIGNED_IN"))
                    signedIn = true;
                else if (line.startsWith(QLatin1StringView("ACTION ")))
                    keys << line.mid(7);
                else if (line.startsWith(QLatin1StringView("KEY ")))
                    oldKey = line.mid(4);
                else if (line.startsWith(QLatin1StringView("READY "))) {
                    ready = true;
                    remainingAtKill = line.mid(6).toLongLong();
                }
            }
            return child.state() == QProcess::NotRunning;
        };
        QVERIFY(QTest::qWaitFor([&] { return readLines() || signedIn; }, 60'000));
        QVERIFY2(signedIn, "the child did not sign in");
        remote.stop(); // the remote is unreachable: the child's actions stay queued
        QFile flag(dir.filePath(QStringLiteral("remote-stopped")));
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        QVERIFY(QTest::qWaitFor([&] { return readLines() || ready; }, 60'000));
        QVERIFY2(ready,
                 qPrintable(QStringLiteral("the child exited with %1").arg(child.exitCode())));
        child.kill(); // SIGKILL, half way through the rotation
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(keys.size(), kActions);
        QVERIFY(!oldKey.isEmpty());
        QVERIFY(remainingAtKill > 0);

        // The restart, with the remote back (the same port and data).
        QVERIFY(remote.start());
        DesktopApp::Options options;
        options.demo = true;
        options.server = remote.url({});
        options.dataDir = dir.path();
        DesktopApp app(options);
        app.outbox().setPaused(true); // looked at before it replays
        QSignalSpy cacheProblems(&app.cache(), &client::EncryptedCache::problem);
        QSignalSpy outboxLost(&app.outbox(), &client::Outbox::lost);
        int keysAtOpen = 0; // the old key and the new: the rotation was cut short
        connect(&app.cache(), &client::EncryptedCache::ready, this,
                [&] { keysAtOpen = app.cache().keyCount(); });
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(app.outbox().isReady() && app.cache().isReady(), 15'000);
        QCOMPARE(outboxLost.size(), 0);
        QCOMPARE(keysAtOpen, 2);
        QStringList restored;
        for (const client::OutboxEntry &entry : app.outbox().entries())
            restored << entry.idempotencyKey;
        QCOMPARE(restored, keys);

        // The rotation resumes and finishes; every record reads back.
        QTRY_VERIFY_WITH_TIMEOUT(!app.cache().isRotating() && app.cache().keyCount() == 1, 30'000);
        QVERIFY(app.cache().currentKeyId() != oldKey);
        for (int i = 0; i < kRecords; i += 37)
            QCOMPARE(app.cache().get(QStringLiteral("kill"), QString::number(i)).value_or(""),
                     "record " + QByteArray::number(i));
        QCOMPARE(cacheProblems.size(), 0);
        const client::SecretKey account{app.session().refreshTokenKey().serverOrigin,
                                        app.session().user().username,
                                        QString(client::EncryptedCache::SecretName)};
        std::optional<client::CacheKeyRing> ring;
        bool loaded = false;
        client::keyringstore::load(
            app.secretStore(), account, this,
            [&](std::optional<client::CacheKeyRing> r, bool, const QString &) {
                ring = std::move(r);
                loaded = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 10'000);
        QVERIFY(ring);
        QCOMPARE(int(ring->keys.size()), 1);
        QVERIFY(!ring->find(oldKey)); // the old key is gone from the keychain

        // Replayed with their keys: applied once each, although one may have been sent before.
        app.outbox().setPaused(false);
        app.outbox().retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(app.outbox().pendingCount(), 0, 30'000);
        QCOMPARE(remote.server().behavior().eventsTotal() - eventsBefore, kActions);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1StringView("--child"))
        return runChild(args.at(2), QUrl(args.at(3)));
    TestOfflineAppKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_offlineappkill.moc"
