// StreamClient against the real server on loopback (exactly-once across forced disconnects and a
// restart, reset, auth) and against a hand-made WebSocket peer (silence, duplicates, bad frames).
#include "streamclient.h"
#include "streamhub.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>

using namespace nest::client;
using namespace nest::test;

namespace {

//! Every event the client hands over, in order, and how many emissions carried them.
struct Sink {
    explicit Sink(StreamClient &client)
    {
        QObject::connect(&client, &StreamClient::eventsReceived, &client,
                         [this](const QList<StreamEvent> &events) {
                             ++emissions;
                             for (const StreamEvent &e : events) {
                                 seqs.append(e.seq);
                                 topics.append(e.topic);
                             }
                             last = events.last();
                         });
    }
    QList<qint64> seqs;
    QStringList topics;
    StreamEvent last;
    int emissions = 0;
};

//! A WebSocket "server" written by hand on a QTcpServer: completes the handshake, sends the
//! scripted frames, then reads nothing more and answers nothing (not even pings).
class FakePeer : public QObject {
public:
    explicit FakePeer(QList<QByteArray> script)
        : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
    }
    QUrl url() const
    {
        return QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(m_server.serverPort()));
    }

    int connections = 0;
    int handshakes = 0;
    QElapsedTimer sinceLastScript;

private:
    static QByteArray frame(const QByteArray &payload)
    {
        QByteArray f(1, char(0x81)); // FIN + text; server frames are not masked
        if (payload.size() < 126) {
            f.append(char(payload.size()));
        } else {
            f.append(char(126));
            f.append(char((payload.size() >> 8) & 0xff));
            f.append(char(payload.size() & 0xff));
        }
        return f + payload;
    }

    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        socket->disconnect(this); // from here on: deaf
        QByteArray key;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        const QByteArray accept =
            QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                     QCryptographicHash::Sha1)
                .toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                      + accept + "\r\n\r\n");
        for (const QByteArray &payload : std::as_const(m_script))
            socket->write(frame(payload));
        socket->flush();
        ++handshakes;
        sinceLastScript.start();
    }

    QTcpServer m_server;
    QList<QByteArray> m_script;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray eventJson(qint64 seq, const char *topic = "market")
{
    return "{\"type\":\"event\",\"seq\":" + QByteArray::number(seq) + ",\"topic\":\"" + topic
           + "\",\"ts\":1,\"data\":{\"kind\":\"sale\"}}";
}

const QByteArray kReady = "{\"type\":\"ready\",\"user\":{\"id\":\"u_1\"},\"head\":0}";

} // namespace

class TestStreamClient : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QString m_token;

    void startServer(nest::server::ServerConfig config = {})
    {
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_token = m_server->signUp(u"streamer"_qs).value(u"access_token").toString();
        QVERIFY(!m_token.isEmpty());
    }
    QString login()
    {
        return m_server
            ->call("POST", u"/api/v1/auth/login"_qs,
                   {{u"username"_qs, u"streamer"_qs}, {u"password"_qs, u"correct horse"_qs}})
            .json()
            .value(u"access_token")
            .toString();
    }
    QUrl streamUrl() const
    {
        return QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(m_server->port()));
    }
    //! Publishes and records the seqs: the server publishes other topics in between
    //! (`behavior.metrics` every second), so tests compare against these, not a range.
    QList<qint64> m_published;
    void publish(int count, const QString &topic = u"market"_qs)
    {
        for (int i = 0; i < count; ++i)
            m_published.append(m_server->server().stream().publish(
                topic, {{u"kind"_qs, u"listing.updated"_qs}, {u"n"_qs, i}}));
    }
    //! The last `count` seqs published (on any topic this test used).
    QList<qint64> lastPublished(qsizetype count) const
    {
        return m_published.mid(m_published.size() - count);
    }
    //! A client on the test server, Live and subscribed to `topics`; returns the ready head.
    qint64 goLive(StreamClient &client, const QStringList &topics = {u"market"_qs})
    {
        QSignalSpy ready(&client, &StreamClient::ready);
        client.setUrl(streamUrl());
        client.setAccessToken(m_token);
        client.setTopics(topics);
        client.start();
        if (!ready.wait(5000))
            return -1;
        // Lets the subscribe land, so that "published after goLive" means "delivered".
        QTest::qWait(50);
        return ready.first().at(1).toLongLong();
    }
    bool isExactlyOnce(const QList<qint64> &seqs, qint64 head, qsizetype count) const
    {
        return seqs == lastPublished(count) && (seqs.isEmpty() || seqs.first() > head);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
        m_published.clear();
    }

    void liveEventsInOrderOverBinaryFrames()
    {
        startServer();
        publish(3); // before we connect: not ours
        StreamClient client;
        Sink sink(client);
        QSignalSpy states(&client, &StreamClient::stateChanged);
        const qint64 head = goLive(client);
        QVERIFY(head >= m_published.last());
        QCOMPARE(client.state(), StreamClient::State::Live);
        QVERIFY(client.binaryFrames());
        QCOMPARE(states.first().first().value<StreamClient::State>(),
                 StreamClient::State::Connecting);

        publish(20);
        QTRY_COMPARE_WITH_TIMEOUT(sink.seqs.size(), 20, 5000);
        QVERIFY(isExactlyOnce(sink.seqs, head, 20));
        QCOMPARE(sink.last.kind, u"listing.updated"_qs);
        QCOMPARE(QJsonDocument::fromJson(sink.last.data).object().value(u"n").toInt(), 19);
        QCOMPARE(client.eventsApplied(), 20u);
        QCOMPARE(client.decodeErrors(), 0u);
        QCOMPARE(client.lastAppliedSeq(u"market"_qs), m_published.last());
        // Events published in one turn arrive as one batch, handed over in one emission.
        QVERIFY(sink.emissions < 20);
    }

    void topicsChangeOnTheOpenSocket()
    {
        startServer();
        StreamClient client;
        Sink sink(client);
        QVERIFY(goLive(client) >= 0);
        client.setTopics({u"feed"_qs});
        QTest::qWait(100);
        publish(2, u"market"_qs);
        publish(3, u"feed"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(sink.seqs.size(), 3, 5000);
        QTest::qWait(100);
        QCOMPARE(sink.topics, QStringList(3, u"feed"_qs));
        QCOMPARE(client.connectionAttempts(), 1u);
    }

    void exactlyOnceAcrossTooSlowDisconnects()
    {
        // A tiny live window: bursts overrun it and the server cuts us off with 4009.
        nest::server::ServerConfig config;
        config.stream.maxEventsBehind = 150;
        startServer(config);
        StreamClient client;
        Sink sink(client);
        const qint64 head = goLive(client);
        QVERIFY(head >= 0);

        constexpr int total = 3000;
        int published = 0;
        QTimer pump;
        connect(&pump, &QTimer::timeout, this, [&] {
            if (published < total) {
                publish(300);
                published += 300;
            }
        });
        pump.start(2);
        QTRY_COMPARE_WITH_TIMEOUT(published, total, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sink.seqs.size(), total, 20000);
        QTest::qWait(200); // nothing more may trickle in
        QVERIFY(isExactlyOnce(sink.seqs, head, total));
        QVERIFY2(client.connectionAttempts() > 1, "the burst never forced a disconnect");
        QCOMPARE(client.eventsApplied(), quint64(total));
    }

    void exactlyOnceAcrossDroppedConnectionAndServerRestart()
    {
        startServer();
        StreamClient client;
        Sink sink(client);
        // A restarted server may refuse the old token; the app's Session would refresh.
        connect(&client, &StreamClient::authRejected, this,
                [&] { client.setAccessToken(login()); });
        const qint64 head = goLive(client);
        QVERIFY(head >= 0);

        // In the middle of the burst the network drops under the client, and later the server
        // restarts; publishing goes on throughout.
        constexpr int total = 3000;
        int published = 0;
        qsizetype appliedAtAbort = -1, appliedAtRestart = -1;
        bool restarted = false;
        QTimer pump;
        connect(&pump, &QTimer::timeout, this, [&] {
            if (published >= total)
                return;
            // Hold at 1500 until the client is back from the drop, so that the restart hits a
            // live client too (events 1000..1500 were published while it was away).
            if (published == 1500
                && (client.state() != StreamClient::State::Live
                    || sink.seqs.size() <= appliedAtAbort))
                return;
            publish(50);
            published += 50;
            if (published == 1000) {
                appliedAtAbort = sink.seqs.size();
                if (auto *socket = client.findChild<QWebSocket *>())
                    socket->abort();
            } else if (published == 2000) {
                appliedAtRestart = sink.seqs.size();
                restarted = m_server->restart();
            }
        });
        pump.start(5);

        QTRY_COMPARE_WITH_TIMEOUT(published, total, 20000);
        QVERIFY(restarted);
        QVERIFY(appliedAtAbort > 0); // the drop really came mid-stream
        QVERIFY(appliedAtRestart > appliedAtAbort);
        QTRY_COMPARE_WITH_TIMEOUT(sink.seqs.size(), total, 20000);
        QTest::qWait(200);
        QVERIFY(isExactlyOnce(sink.seqs, head, total));
        QVERIFY(client.connectionAttempts() >= 3);
        QCOMPARE(client.state(), StreamClient::State::Live);
    }

    void resetWhenSinceIsOlderThanRetention()
    {
        nest::server::ServerConfig config;
        config.stream.maxRetainedEvents = 5;
        config.stream.retentionMs = 1;
        startServer(config);
        StreamClient client;
        Sink sink(client);
        QSignalSpy resets(&client, &StreamClient::resetRequired);
        const qint64 head = goLive(client);
        publish(3);
        QTRY_COMPARE_WITH_TIMEOUT(sink.seqs.size(), 3, 5000);

        client.stop();
        QCOMPARE(client.state(), StreamClient::State::Offline);
        for (int i = 0; i < 5; ++i) { // aged and beyond the retained count
            publish(20);
            QTest::qWait(5);
        }
        client.start();
        QVERIFY(resets.wait(5000));
        QCOMPARE(resets.first().first().toString(), u"market"_qs);
        const qint64 newHead = client.lastAppliedSeq(u"market"_qs);
        QVERIFY(newHead >= m_published.last()); // the server's head at the reset
        QVERIFY(newHead > head);

        // It goes on live after the reset.
        QTest::qWait(50);
        publish(1);
        QTRY_COMPARE_WITH_TIMEOUT(sink.seqs.size(), 4, 5000);
        QCOMPARE(sink.seqs.last(), m_published.last());
        QVERIFY(sink.seqs.last() > newHead);
        QCOMPARE(resets.size(), 1);
    }

    void authRejectedWaitsForANewToken()
    {
        startServer();
        StreamClient client;
        QSignalSpy rejected(&client, &StreamClient::authRejected);
        QSignalSpy ready(&client, &StreamClient::ready);
        client.setUrl(streamUrl());
        client.setAccessToken(u"forged.token.here"_qs);
        client.setTopics({u"market"_qs});
        client.start();
        QVERIFY(rejected.wait(5000));
        QCOMPARE(client.state(), StreamClient::State::Reconnecting);
        QCOMPARE(client.reconnectInMs(), -1);
        QTest::qWait(1200); // no hammering with the same bad token
        QCOMPARE(client.connectionAttempts(), 1u);
        QCOMPARE(rejected.size(), 1);

        client.setAccessToken(m_token);
        QVERIFY(ready.wait(5000));
        QCOMPARE(client.state(), StreamClient::State::Live);
        QCOMPARE(client.connectionAttempts(), 2u);
    }

    void tokenRenewalKeepsTheConnection()
    {
        startServer();
        StreamClient client;
        Sink sink(client);
        QSignalSpy rejected(&client, &StreamClient::authRejected);
        const qint64 head = goLive(client);
        client.setAccessToken(login()); // same user, fresh token: renewed in place
        QTest::qWait(200);
        publish(1);
        QTRY_COMPARE_WITH_TIMEOUT(sink.seqs.size(), 1, 5000);
        QCOMPARE(sink.seqs.first(), m_published.last());
        QVERIFY(sink.seqs.first() > head);
        QCOMPARE(client.connectionAttempts(), 1u);
        QCOMPARE(rejected.size(), 0);

        // Another user's token is refused on the open socket: token_mismatch, then 4001.
        QSignalSpy errors(&client, &StreamClient::serverError);
        const QString other = m_server->signUp(u"intruder"_qs).value(u"access_token").toString();
        client.setAccessToken(other);
        QVERIFY(rejected.wait(5000));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), u"token_mismatch"_qs);
    }

    void roundTripTimeIsMeasured()
    {
        startServer();
        StreamClient client;
        client.setPingIntervalMs(100);
        QSignalSpy rtt(&client, &StreamClient::rttChanged);
        QVERIFY(goLive(client) >= 0);
        QVERIFY(rtt.wait(2000));
        QVERIFY(client.rttMs() >= 0);
        QVERIFY(client.rttMs() < 1000);
    }

    void silentPeerIsDroppedWithinTwoIntervals()
    {
        FakePeer peer({kReady});
        StreamClient client;
        // Long enough that a loaded CI machine's scheduling noise stays well inside the bound.
        constexpr int interval = 1000;
        client.setPingIntervalMs(interval);
        client.setUrl(peer.url());
        client.setAccessToken(u"t"_qs);
        QSignalSpy ready(&client, &StreamClient::ready);
        client.start();
        QVERIFY(ready.wait(5000));
        QCOMPARE(client.state(), StreamClient::State::Live);
        QVERIFY(!client.binaryFrames());

        QElapsedTimer silence;
        silence.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), StreamClient::State::Reconnecting, 5000);
        const qint64 detectedAfter = silence.elapsed();
        QVERIFY2(detectedAfter >= 2 * interval - 50, qPrintable(QString::number(detectedAfter)));
        QVERIFY2(detectedAfter <= 2 * interval + 600, qPrintable(QString::number(detectedAfter)));
        QVERIFY(client.reconnectInMs() <= 500); // first retry: full jitter under 500 ms
        // And it comes back on its own.
        QTRY_COMPARE_WITH_TIMEOUT(peer.handshakes, 2, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), StreamClient::State::Live, 3000);
    }

    void duplicatesAreDroppedAndUndecodableFramesResync()
    {
        const QByteArray batch = "{\"type\":\"batch\",\"events\":[" + eventJson(1) + ','
                                 + eventJson(2) + ',' + eventJson(3) + "]}";
        const QByteArray badBatch =
            "{\"type\":\"batch\",\"events\":[" + eventJson(5) + ',' + eventJson(4) + "]}";
        FakePeer peer(
            {kReady, batch, eventJson(2), eventJson(4), "{\"type\":\"notice\"}", badBatch});
        StreamClient client;
        Sink sink(client);
        client.setUrl(peer.url());
        client.setAccessToken(u"t"_qs);
        client.setTopics({u"market"_qs});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a stream frame"_qs));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused a stream frame"_qs));
        client.start();
        // The bad batch makes it reconnect; the same script then repeats in full.
        QTRY_VERIFY_WITH_TIMEOUT(peer.handshakes >= 2, 5000);
        client.stop();
        QCOMPARE(sink.seqs.mid(0, 4), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(sink.emissions, 2);   // one per frame: the batch, then event 4
        QCOMPARE(sink.seqs.size(), 4); // the replayed script was all duplicates
        QVERIFY(client.duplicatesDropped() >= 1);
        QVERIFY(client.decodeErrors() >= 2); // the unknown type (skipped) and the bad batch
    }
};

QTEST_GUILESS_MAIN(TestStreamClient)
#include "tst_streamclient.moc"
