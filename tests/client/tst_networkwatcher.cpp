// Prompt reconnect: a system resume (logind PrepareForSleep(false)) is reported as a wake-up,
// and StreamClient::reconnectNow() brings a stream that is waiting out a long backoff back live
// at once, and replaces a live socket (which may be dead after a resume) without losing events.
#include "networkwatcher.h"
#include "streamclient.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace nest::client;
using namespace nest::test;

class TestNetworkWatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resumeIsAWakeUp()
    {
        NetworkWatcher watcher;
        qInfo() << "reachability backend:" << watcher.watchesNetwork()
                << "logind resume:" << watcher.watchesResume();
        QSignalSpy wakeUps(&watcher, &NetworkWatcher::wakeUp);
        // What logind sends: true before sleeping (nothing to do), false after resuming.
        QVERIFY(QMetaObject::invokeMethod(&watcher, "onPrepareForSleep", Q_ARG(bool, true)));
        QCOMPARE(wakeUps.size(), 0);
        QVERIFY(QMetaObject::invokeMethod(&watcher, "onPrepareForSleep", Q_ARG(bool, false)));
        QCOMPARE(wakeUps.size(), 1);
        QCOMPARE(wakeUps.at(0).at(0).toString(), QStringLiteral("resume"));
    }

    void reconnectNowSkipsTheBackoff()
    {
        TestServer server;
        QVERIFY(server.start());
        const QString token = server.signUp(QStringLiteral("sleeper"))
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        StreamClient client;
        // A restarted server may refuse the old token; the app's Session would refresh.
        connect(&client, &StreamClient::authRejected, this, [&] {
            client.setAccessToken(
                server
                    .call("POST", QStringLiteral("/api/v1/auth/login"),
                          {{QStringLiteral("username"), QStringLiteral("sleeper")},
                           {QStringLiteral("password"), QStringLiteral("correct horse")}})
                    .json()
                    .value(QStringLiteral("access_token"))
                    .toString());
        });
        QSignalSpy ready(&client, &StreamClient::ready);
        client.setUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(server.port())));
        client.setAccessToken(token);
        client.setTopics({QStringLiteral("market")});
        client.start();
        QVERIFY(ready.wait(5000));

        // A live socket is replaced at once.
        const quint64 attemptsBefore = client.connectionAttempts();
        client.reconnectNow();
        QVERIFY(ready.wait(5000));
        QCOMPARE(client.connectionAttempts(), attemptsBefore + 1);
        QCOMPARE(client.state(), StreamClient::State::Live);

        // The server goes away long enough for the backoff to grow past 2 s...
        server.stop();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return client.state() == StreamClient::State::Reconnecting
                       && client.reconnectInMs() > 2000;
            },
            60'000));
        QVERIFY(server.start());
        // ...and comes back (the network returned, the laptop woke up): no waiting it out.
        ready.clear();
        client.reconnectNow();
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty(); }, 1500));
        QCOMPARE(client.state(), StreamClient::State::Live);
    }
};

QTEST_GUILESS_MAIN(TestNetworkWatcher)
#include "tst_networkwatcher.moc"
