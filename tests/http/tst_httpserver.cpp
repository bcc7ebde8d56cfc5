#include "httpserver.h"
#include "router.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace nest::http;

class TestHttpServer : public QObject {
    Q_OBJECT
private:
    HttpServer *m_server = nullptr;
    Router m_router;
    QWebSocketServer *m_ws = nullptr;

    //! Sends `bytes` on a fresh connection and reads until the peer closes or `expectBytes`
    //! response bytes arrived (bounded by `timeoutMs`).
    QByteArray exchange(const QByteArray &bytes, int timeoutMs = 3000, QTcpSocket *keep = nullptr)
    {
        QTcpSocket local;
        QTcpSocket &s = keep ? *keep : local;
        if (s.state() != QAbstractSocket::ConnectedState) {
            s.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
            if (!s.waitForConnected(3000))
                return {};
        }
        s.write(bytes);
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs && s.state() == QAbstractSocket::ConnectedState) {
            QCoreApplication::processEvents();
            if (s.waitForReadyRead(50))
                out += s.readAll();
            if (keep && out.contains("\r\n\r\n") && out.endsWith('}'))
                break;
        }
        out += s.readAll();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_router.add("GET", u"/hello"_qs, [](const HttpRequest &, const HttpResponder &r) {
            r.send(HttpResponse::json(200, QJsonObject{{u"hello"_qs, u"world"_qs}}));
        });
        m_router.add("POST", u"/echo"_qs, [](const HttpRequest &req, const HttpResponder &r) {
            r.send(HttpResponse::text(200, req.body, "application/octet-stream"));
        });
        m_router.add("GET", u"/later"_qs, [](const HttpRequest &, const HttpResponder &r) {
            QTimer::singleShot(50, [r] {
                r.send(HttpResponse::json(200, QJsonObject{{u"late"_qs, true}}));
            });
        });
        m_server = new HttpServer(this);
        HttpLimits limits;
        limits.requestTimeoutMs = 300;
        limits.idleTimeoutMs = 400;
        m_server->setLimits(limits);
        m_server->setHandler(
            [this](const HttpRequest &req, const HttpResponder &r) { m_router.dispatch(req, r); });
        m_ws = new QWebSocketServer(u"t"_qs, QWebSocketServer::NonSecureMode, this);
        connect(m_ws, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *s = m_ws->nextPendingConnection();
            s->setParent(this); // the caller owns accepted sockets
            connect(s, &QWebSocket::textMessageReceived, s,
                    [s](const QString &m) { s->sendTextMessage(u"echo:"_qs + m); });
        });
        m_server->addUpgradeHandler(u"/ws"_qs,
                                    [this](QTcpSocket *s) { m_ws->handleConnection(s); });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void simpleGet()
    {
        const QByteArray r = exchange("GET /hello HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY2(r.startsWith("HTTP/1.1 200 OK\r\n"), r.constData());
        QVERIFY(r.contains("Content-Length: 17\r\n"));
        QVERIFY(r.endsWith("{\"hello\":\"world\"}"));
    }

    void pipelinedKeepAliveInOrder()
    {
        const QByteArray r = exchange("GET /later HTTP/1.1\r\n\r\n"
                                      "POST /echo HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                                      "GET /hello HTTP/1.1\r\nConnection: close\r\n\r\n");
        const qsizetype late = r.indexOf("{\"late\":true}");
        const qsizetype echo = r.indexOf("\r\n\r\nabc");
        const qsizetype hello = r.indexOf("{\"hello\":\"world\"}");
        QVERIFY2(late > 0 && echo > late && hello > echo, r.constData());
    }

    void notFoundAndMethodNotAllowedAsJson()
    {
        QByteArray r = exchange("GET /nope HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY(r.startsWith("HTTP/1.1 404"));
        QVERIFY(r.contains("\"code\":\"not_found\""));
        r = exchange("DELETE /hello HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY(r.startsWith("HTTP/1.1 405"));
        QVERIFY(r.contains("Allow: GET\r\n"));
        QVERIFY(r.contains("\"code\":\"method_not_allowed\""));
    }

    void bodyTooLargeRefusedBeforeReading()
    {
        const QByteArray r = exchange("POST /echo HTTP/1.1\r\nContent-Length: 5000000\r\n\r\n");
        QVERIFY2(r.startsWith("HTTP/1.1 413"), r.constData());
        QVERIFY(r.contains("Connection: close"));
    }

    void headTooLarge()
    {
        const QByteArray r = exchange("GET /hello HTTP/1.1\r\nX: " + QByteArray(20000, 'x'));
        QVERIFY2(r.startsWith("HTTP/1.1 431"), r.left(100).constData());
    }

    void garbageGets400()
    {
        const QByteArray r =
            exchange(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15));
        QVERIFY2(r.startsWith("HTTP/1.1 400") || r.startsWith("HTTP/1.1 505"), r.constData());
    }

    void trickledRequestTimesOut()
    {
        QElapsedTimer t;
        t.start();
        const QByteArray r = exchange("GET /hello HTTP/1.1\r\nHost: slow", 3000);
        QVERIFY2(r.startsWith("HTTP/1.1 408"), r.constData());
        QVERIFY(t.elapsed() < 2500);
    }

    void partialBodyTimesOut()
    {
        const QByteArray r = exchange("POST /echo HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc", 3000);
        QVERIFY2(r.startsWith("HTTP/1.1 408"), r.constData());
    }

    void idleConnectionClosedQuietly()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(s.waitForConnected(3000));
        QSignalSpy closed(&s, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(3000));
        QVERIFY(s.readAll().isEmpty());
    }

    void expectContinue()
    {
        const QByteArray r =
            exchange("POST /echo HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: "
                     "2\r\nConnection: close\r\n\r\nhi");
        QVERIFY2(r.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK"), r.constData());
    }

    void responseAfterPeerLeftIsDropped()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(s.waitForConnected(3000));
        s.write("GET /later HTTP/1.1\r\n\r\n");
        QVERIFY(s.waitForBytesWritten(1000));
        s.abort();
        QTest::qWait(150); // the delayed answer fires into a closed connection
        QCOMPARE(exchange("GET /hello HTTP/1.1\r\nConnection: close\r\n\r\n").left(12),
                 QByteArray("HTTP/1.1 200"));
    }

    void webSocketUpgradeHandedOver()
    {
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        QSignalSpy message(&client, &QWebSocket::textMessageReceived);
        client.open(QUrl(u"ws://127.0.0.1:%1/ws"_qs.arg(m_server->serverPort())));
        QVERIFY(connected.wait(3000));
        client.sendTextMessage(u"ping"_qs);
        QVERIFY(message.wait(3000));
        QCOMPARE(message.first().first().toString(), u"echo:ping"_qs);
    }

    void upgradeOnUnknownPathIsPlainHttp()
    {
        const QByteArray r = exchange("GET /hello HTTP/1.1\r\nConnection: Upgrade, close\r\n"
                                      "Upgrade: websocket\r\n\r\n");
        QVERIFY(r.startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
