// Slow clients and abuse against the real server: 200 connections that trickle request bytes,
// stall inside a WebSocket upgrade or upgrade and never authenticate are all closed by the
// timeouts, while normal requests keep being answered. Loopback only, bounded waits.
#include "testserver.h"

#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <vector>

using nest::test::TestServer;

class TestSlowClients : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void abusersAreClosedWhileOthersAreServed()
    {
        nest::server::ServerConfig config;
        config.http.requestTimeoutMs = 1500;
        config.http.idleTimeoutMs = 1500;
        config.stream.authTimeoutMs = 1500;
        TestServer server(config);
        QVERIFY(server.start());

        constexpr int kEach = 67; // three kinds, about 200 connections
        std::vector<std::unique_ptr<QTcpSocket>> tricklers;
        std::vector<std::unique_ptr<QTcpSocket>> stalledUpgrades;
        std::vector<std::unique_ptr<QWebSocket>> silentSockets;
        const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        for (int i = 0; i < kEach; ++i) {
            auto trickler = std::make_unique<QTcpSocket>();
            trickler->connectToHost(QHostAddress::LocalHost, server.port());
            tricklers.push_back(std::move(trickler));
            auto stalled = std::make_unique<QTcpSocket>();
            stalled->connectToHost(QHostAddress::LocalHost, server.port());
            // An upgrade request whose head never ends.
            stalled->write(
                "GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n");
            stalledUpgrades.push_back(std::move(stalled));
            auto silent = std::make_unique<QWebSocket>();
            silent->open(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(server.port())));
            silentSockets.push_back(std::move(silent));
        }
        // One byte of a request every 100 ms per trickler: never a whole request in time.
        int sent = 0;
        QTimer trickle;
        trickle.setInterval(100);
        connect(&trickle, &QTimer::timeout, this, [&] {
            for (auto &t : tricklers) {
                if (t->state() == QAbstractSocket::ConnectedState && sent < request.size())
                    t->write(request.mid(sent, 1));
            }
            ++sent;
        });
        trickle.start();

        // Meanwhile ordinary requests are answered.
        for (int i = 0; i < 20; ++i) {
            const auto reply = server.call("GET", u"/healthz"_qs);
            QCOMPARE(reply.status, 200);
            QTest::qWait(50);
        }

        const auto allClosed = [&] {
            for (auto &t : tricklers)
                if (t->state() != QAbstractSocket::UnconnectedState)
                    return false;
            for (auto &s : stalledUpgrades)
                if (s->state() != QAbstractSocket::UnconnectedState)
                    return false;
            for (auto &w : silentSockets)
                if (w->state() != QAbstractSocket::UnconnectedState)
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allClosed(), 15'000);
        trickle.stop();
        for (auto &t : tricklers)
            QVERIFY(!t->readAll().startsWith("HTTP/1.1 200")); // never served as a request
        for (auto &w : silentSockets)
            QCOMPARE(int(w->closeCode()), 4001);
        // The server is still fine and holds no leftover connections.
        QCOMPARE(server.call("GET", u"/healthz"_qs).status, 200);
        const QString metrics = QString::fromUtf8(server.call("GET", u"/metrics"_qs).body);
        QVERIFY(metrics.contains(u"nest_stream_connections 0"_qs));
    }
};

QTEST_GUILESS_MAIN(TestSlowClients)
#include "tst_slowclients.moc"
