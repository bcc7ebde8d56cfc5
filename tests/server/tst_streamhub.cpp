#include "database.h"
#include "eventlog.h"
#include "streamhub.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QWebSocketServer>
#include <QtEndian>

#include <memory>

using namespace nest;
using namespace nest::server;

namespace {
constexpr int kWaitMs = 5000;

std::optional<Principal> fakeAuthenticate(QStringView token)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (token == u"good-analyst")
        return Principal{u"u-analyst"_qs, Role::Analyst, u"fam-analyst"_qs, now + 3'600'000};
    if (token == u"good-trader")
        return Principal{u"u-trader"_qs, Roles(Role::Trader) | Role::Voter, u"fam-trader"_qs,
                         now + 3'600'000};
    if (token == u"short")
        return Principal{u"u-analyst"_qs, Role::Analyst, u"fam-short"_qs, now + 300};
    return std::nullopt;
}

QJsonObject subscribe(const QStringList &topics, qint64 since = -1)
{
    QJsonObject message{{u"type"_qs, u"subscribe"_qs},
                        {u"topics"_qs, QJsonArray::fromStringList(topics)}};
    if (since >= 0)
        message.insert(u"since"_qs, since);
    return message;
}

QJsonObject auth(const QString &token)
{
    return {{u"type"_qs, u"auth"_qs}, {u"token"_qs, token}};
}
} // namespace

//! A real QWebSocket client that records what it receives, events flattened in arrival order.
class Client : public QObject {
    Q_OBJECT
public:
    Client()
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
            ++textMessages;
            receive(message.toUtf8());
        });
        connect(&socket, &QWebSocket::binaryMessageReceived, this,
                [this](const QByteArray &message) {
                    ++binaryMessages;
                    receive(message);
                });
        connect(&socket, &QWebSocket::connected, this, [this] { connected = true; });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closeCode = socket.closeCode();
            closeReason = socket.closeReason();
            closed = true;
        });
    }

    ~Client() override
    {
        // Qt 6.4.2 leaks a QString when a still-connected QWebSocket is destroyed (LSan).
        socket.abort();
    }

    bool connectTo(const QUrl &url, const QByteArray &authorization = {},
                   const QStringList &subprotocols = {})
    {
        QNetworkRequest request(url);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QWebSocketHandshakeOptions options;
        options.setSubprotocols(subprotocols);
        socket.open(request, options);
        return QTest::qWaitFor([this] { return connected; }, kWaitMs);
    }
    void send(const QJsonObject &message)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson()));
    }
    QList<QJsonObject> ofType(QStringView type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &message : messages) {
            if (message.value(u"type").toString() == type)
                out.append(message);
        }
        return out;
    }
    bool waitFor(QStringView type, qsizetype count = 1, int timeoutMs = kWaitMs)
    {
        return QTest::qWaitFor([&] { return ofType(type).size() >= count; }, timeoutMs);
    }
    bool waitForSeq(qint64 seq)
    {
        return QTest::qWaitFor([&] { return !seqs.isEmpty() && seqs.last() >= seq; }, kWaitMs);
    }
    bool waitClosed(int timeoutMs = kWaitMs)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }
    //! A round trip: the server handled everything sent before once its answer arrives.
    bool sync()
    {
        const qsizetype before = ofType(u"error").size();
        send({{u"type"_qs, u"sync-probe"_qs}});
        return waitFor(u"error", before + 1);
    }
    //! Subscribes and waits until the server has taken it into account.
    bool subscribeTo(const QStringList &topics, qint64 since = -1)
    {
        send(subscribe(topics, since));
        return sync();
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
    QList<qint64> seqs;
    int textMessages = 0;
    int binaryMessages = 0;
    int batches = 0;
    bool connected = false; //!< the upgrade succeeded (the server may close right after)
    bool closed = false;
    int closeCode = -1;
    QString closeReason;

private:
    void receive(const QByteArray &bytes)
    {
        const QJsonObject message = QJsonDocument::fromJson(bytes).object();
        messages.append(message);
        const QString type = message.value(u"type").toString();
        if (type == u"event") {
            seqs.append(message.value(u"seq").toInteger());
        } else if (type == u"batch") {
            ++batches;
            const QJsonArray events = message.value(u"events").toArray();
            for (const QJsonValue &event : events)
                seqs.append(event.toObject().value(u"seq").toInteger());
        }
    }
};

//! A hand-rolled WebSocket client over QTcpSocket that reads only when asked to.
class RawClient {
public:
    bool handshake(const QUrl &url, const QByteArray &token)
    {
        socket.connectToHost(url.host(), quint16(url.port()));
        if (!socket.waitForConnected(kWaitMs))
            return false;
        // A lowercase header name: the server must look it up case-insensitively.
        socket.write("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\nauthorization: Bearer "
                     + token + "\r\n\r\n");
        if (!QTest::qWaitFor([this] { return pump().contains("\r\n\r\n"); }, kWaitMs))
            return false;
        const qsizetype end = buffer.indexOf("\r\n\r\n") + 4;
        const bool upgraded = buffer.startsWith("HTTP/1.1 101");
        buffer.remove(0, end);
        // QTcpSocket would otherwise keep draining the kernel into its own buffer in the
        // background; with a cap it stops, and the server's writes back up.
        socket.setReadBufferSize(64 * 1024);
        return upgraded;
    }
    void sendText(const QByteArray &payload)
    {
        Q_ASSERT(payload.size() < 126);
        const char mask[4] = {0x11, 0x22, 0x33, 0x44};
        QByteArray frame;
        frame.append(char(0x81)).append(char(0x80 | payload.size())).append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload[i] ^ mask[i % 4]));
        socket.write(frame);
    }
    const QByteArray &pump()
    {
        socket.waitForReadyRead(10);
        buffer.append(socket.readAll());
        return buffer;
    }
    //! Parses complete server frames from the buffer; returns the close code once one came.
    int closeCode()
    {
        while (buffer.size() >= 2) {
            const auto opcode = quint8(buffer[0]) & 0x0f;
            quint64 length = quint8(buffer[1]) & 0x7f;
            qsizetype offset = 2;
            if (length == 126) {
                if (buffer.size() < 4)
                    return -1;
                length = qFromBigEndian<quint16>(buffer.constData() + 2);
                offset = 4;
            } else if (length == 127) {
                if (buffer.size() < 10)
                    return -1;
                length = qFromBigEndian<quint64>(buffer.constData() + 2);
                offset = 10;
            }
            if (quint64(buffer.size() - offset) < length)
                return -1;
            if (opcode == 0x8)
                return qFromBigEndian<quint16>(buffer.constData() + offset);
            if (opcode == 0x1 || opcode == 0x2)
                events += QByteArrayView(buffer)
                              .sliced(offset, qsizetype(length))
                              .count(R"("type":"event")");
            buffer.remove(0, offset + qsizetype(length));
        }
        return -1;
    }

    QTcpSocket socket;
    QByteArray buffer;
    qint64 events = 0;
};

class TestStreamHub : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        m_hub.reset();
        m_log.reset();
        m_db.reset();
    }

    void authenticatesFromHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("Bearer") << QByteArray("Bearer good-analyst");
        QTest::newRow("bearer, padded") << QByteArray("bearer   good-analyst ");
    }
    void authenticatesFromHeader()
    {
        QFETCH(QByteArray, header);
        QVERIFY(start());
        m_hub->publish(u"feed"_qs, {});
        Client client;
        QVERIFY(client.connectTo(m_url, header));
        // Nothing sent: only the upgrade's headers (server-side QWebSocket::request()) carried
        // the token.
        QVERIFY(client.waitFor(u"ready"));
        const QJsonObject ready = client.ofType(u"ready").constFirst();
        QCOMPARE(ready.value(u"user").toObject().value(u"id").toString(), u"u-analyst"_qs);
        QCOMPARE(ready.value(u"head").toInteger(), 1);
        QCOMPARE(m_hub->connectionCount(), 1);
    }

    void authenticatesFromFirstMessage()
    {
        QVERIFY(start());
        Client client;
        QVERIFY(client.connectTo(m_url));
        QTest::qWait(50);
        QVERIFY(client.messages.isEmpty()); // nothing before auth
        client.send(auth(u"good-trader"_qs));
        QVERIFY(client.waitFor(u"ready"));
        QCOMPARE(client.ofType(u"ready").constFirst().value(u"user").toObject().value(u"id"),
                 u"u-trader"_qs);
        QCOMPARE(client.textMessages, 1);
        QCOMPARE(client.binaryMessages, 0);
    }

    void closesWithoutAuth()
    {
        StreamOptions options;
        options.authTimeoutMs = 200;
        QVERIFY(start(options));
        Client client;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(client.connectTo(m_url));
        QVERIFY(client.waitClosed());
        QVERIFY(clock.elapsed() >= 150);
        QCOMPARE(client.closeCode, 4001);
        QVERIFY(client.ofType(u"ready").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_hub->connectionCount(), 0, kWaitMs);
    }

    void rejectsBadCredentials_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("firstMessage");
        QTest::newRow("bad header token") << QByteArray("Bearer nope") << QByteArray();
        QTest::newRow("not bearer") << QByteArray("Basic Zm9vOmJhcg==") << QByteArray();
        QTest::newRow("bad message token")
            << QByteArray() << QByteArray(R"({"type":"auth","token":"x"})");
        QTest::newRow("not auth first")
            << QByteArray() << QByteArray(R"({"type":"subscribe","topics":[]})");
        QTest::newRow("garbage first") << QByteArray() << QByteArray("{{{");
    }
    void rejectsBadCredentials()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, firstMessage);
        QVERIFY(start());
        Client client;
        QVERIFY(client.connectTo(m_url, header));
        if (!firstMessage.isEmpty())
            client.socket.sendTextMessage(QString::fromUtf8(firstMessage));
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode, 4001);
        QVERIFY(client.ofType(u"ready").isEmpty());
    }

    void deliversSubscribedTopics()
    {
        QVERIFY(start());
        Client client;
        QVERIFY(client.connectTo(m_url, "Bearer good-trader"));
        QVERIFY(client.waitFor(u"ready"));
        QVERIFY(client.subscribeTo({u"market"_qs}));

        const qint64 seq = m_hub->publish(u"market"_qs, {{u"kind"_qs, u"sale"_qs}});
        m_hub->publish(u"feed"_qs, {}); // not subscribed
        QVERIFY(client.waitFor(u"event"));
        const QJsonObject event = client.ofType(u"event").constFirst();
        QCOMPARE(event.value(u"seq").toInteger(), seq);
        QCOMPARE(event.value(u"topic").toString(), u"market"_qs);
        QCOMPARE(event.value(u"data").toObject().value(u"kind").toString(), u"sale"_qs);
        QVERIFY(qAbs(event.value(u"ts").toInteger() - QDateTime::currentMSecsSinceEpoch()) < 5000);

        // A burst published in one turn of the event loop arrives as one batch, in order.
        QList<qint64> burst;
        for (int i = 0; i < 3; ++i)
            burst.append(m_hub->publish(u"market"_qs, {{u"i"_qs, i}}));
        QVERIFY(client.waitFor(u"batch"));
        QCOMPARE(client.seqs, QList<qint64>{seq} + burst);
        QCOMPARE(client.binaryMessages, 0);

        client.send({{u"type"_qs, u"unsubscribe"_qs}, {u"topics"_qs, QJsonArray{u"market"_qs}}});
        QVERIFY(client.sync());
        m_hub->publish(u"market"_qs, {});
        QVERIFY(client.sync());
        QCOMPARE(client.seqs.size(), 4);
        QCOMPARE(m_hub->eventsPublished(), quint64(6));
    }

    void forbiddenAndUnknownTopics()
    {
        QVERIFY(start());
        Client client;
        QVERIFY(client.connectTo(m_url, "Bearer good-trader"));
        QVERIFY(client.waitFor(u"ready"));
        client.send(subscribe({u"behavior.metrics"_qs, u"market"_qs, u"no.such"_qs}, 0));
        QVERIFY(client.waitFor(u"error", 2));
        const QList<QJsonObject> errors = client.ofType(u"error");
        QCOMPARE(errors[0].value(u"code").toString(), u"forbidden_topic"_qs);
        QCOMPARE(errors[1].value(u"code").toString(), u"unknown_topic"_qs);
        QVERIFY(client.sync());

        m_hub->publish(u"behavior.metrics"_qs, {{u"total"_qs, 1}});
        const qint64 market = m_hub->publish(u"market"_qs, {});
        QVERIFY(client.waitForSeq(market));
        QCOMPARE(client.seqs, QList<qint64>{market});
    }

    void resumesWithoutGapOrDuplicate()
    {
        StreamOptions options;
        options.batchMax = 50; // replay takes several flow-controlled rounds
        QVERIFY(start(options));
        constexpr int kTotal = 2000;
        QList<qint64> seen;
        int published = 0;
        const auto publishChunk = [&] {
            for (int i = 0; i < 25 && published < kTotal; ++i, ++published)
                m_hub->publish(u"feed"_qs, {{u"n"_qs, published}});
            QCoreApplication::processEvents();
        };
        {
            Client first;
            QVERIFY(first.connectTo(m_url, "Bearer good-analyst"));
            QVERIFY(first.waitFor(u"ready"));
            QVERIFY(first.subscribeTo({u"feed"_qs, u"behavior.event"_qs}));
            while (published < kTotal / 2)
                publishChunk();
            QVERIFY(first.waitForSeq(200));
            first.socket.abort(); // gone midway, whatever was in flight
            seen = first.seqs;
        }
        while (published < kTotal * 3 / 4)
            publishChunk();

        Client second;
        QVERIFY(second.connectTo(m_url, "Bearer good-analyst"));
        QVERIFY(second.waitFor(u"ready"));
        second.send(subscribe({u"feed"_qs}, seen.last()));
        QVERIFY(QTest::qWaitFor([&] { return !second.seqs.isEmpty(); }, kWaitMs));
        while (published < kTotal) // live events while the replay is still being paced out
            publishChunk();
        QVERIFY(second.waitForSeq(kTotal));
        QVERIFY(second.ofType(u"reset").isEmpty());

        const QList<qint64> all = seen + second.seqs;
        QCOMPARE(all.size(), kTotal);
        for (int i = 0; i < kTotal; ++i)
            QCOMPARE(all[i], qint64(i + 1));
        QVERIFY(second.batches > 1);
    }

    void resetsWhenSinceIsTooOld()
    {
        StreamOptions options;
        options.maxRetainedEvents = 10;
        options.retentionMs = 0;
        QVERIFY(start(options));
        for (int i = 0; i < 50; ++i)
            m_hub->publish(i % 2 ? u"market"_qs : u"feed"_qs, {});
        Client client;
        QVERIFY(client.connectTo(m_url, "Bearer good-trader"));
        QVERIFY(client.waitFor(u"ready"));
        QVERIFY(client.subscribeTo({u"market"_qs, u"feed"_qs}, 5));
        const QList<QJsonObject> resets = client.ofType(u"reset");
        QCOMPARE(resets.size(), 2);
        QStringList topics;
        for (const QJsonObject &reset : resets) {
            topics.append(reset.value(u"topic").toString());
            QCOMPARE(reset.value(u"head").toInteger(), 50);
        }
        topics.sort();
        QCOMPARE(topics, (QStringList{u"feed"_qs, u"market"_qs}));
        QVERIFY(client.seqs.isEmpty());
        const qint64 live = m_hub->publish(u"market"_qs, {});
        QVERIFY(client.waitForSeq(live));
        QCOMPARE(client.seqs, QList<qint64>{live});

        // since == head - 1 is still fully retained: a replay, not a reset.
        Client recent;
        QVERIFY(recent.connectTo(m_url, "Bearer good-trader"));
        QVERIFY(recent.waitFor(u"ready"));
        QVERIFY(recent.subscribeTo({u"market"_qs}, live - 1));
        QVERIFY(recent.waitForSeq(live));
        QVERIFY(recent.ofType(u"reset").isEmpty());
    }

    void binarySubprotocol()
    {
        QVERIFY(start());
        Client client;
        QVERIFY(client.connectTo(m_url, "Bearer good-trader", {u"nest.v1.binary"_qs}));
        QCOMPARE(client.socket.subprotocol(), u"nest.v1.binary"_qs);
        QVERIFY(client.waitFor(u"ready"));
        QVERIFY(client.subscribeTo({u"market"_qs}));
        const qint64 seq = m_hub->publish(u"market"_qs, {});
        QVERIFY(client.waitForSeq(seq));
        QVERIFY(client.binaryMessages >= 3); // ready, error (sync), event
        QCOMPARE(client.textMessages, 0);

        Client other; // offers something else: text frames
        QVERIFY(other.connectTo(m_url, "Bearer good-trader", {u"nest.v2"_qs}));
        QVERIFY(other.socket.subprotocol().isEmpty());
        QVERIFY(other.waitFor(u"ready"));
        QCOMPARE(other.binaryMessages, 0);
    }

    void badMessagesKeepTheConnection_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("binary");
        QTest::newRow("not json") << QByteArray("hello") << false;
        QTest::newRow("array") << QByteArray("[1,2]") << false;
        QTest::newRow("type not string") << QByteArray(R"({"type":5})") << false;
        QTest::newRow("no type") << QByteArray(R"({"topics":[]})") << false;
        QTest::newRow("unknown type") << QByteArray(R"({"type":"publish"})") << false;
        QTest::newRow("topics not array")
            << QByteArray(R"({"type":"subscribe","topics":"feed"})") << false;
        QTest::newRow("topic not string")
            << QByteArray(R"({"type":"subscribe","topics":[1]})") << false;
        QTest::newRow("since string")
            << QByteArray(R"({"type":"subscribe","topics":["feed"],"since":"3"})") << false;
        QTest::newRow("since negative")
            << QByteArray(R"({"type":"subscribe","topics":["feed"],"since":-1})") << false;
        QTest::newRow("since fraction")
            << QByteArray(R"({"type":"subscribe","topics":["feed"],"since":1.5})") << false;
        QTest::newRow("unsubscribe no topics") << QByteArray(R"({"type":"unsubscribe"})") << false;
        QTest::newRow("auth without token") << QByteArray(R"({"type":"auth"})") << false;
        QTest::newRow("binary unknown type") << QByteArray(R"({"type":"nope"})") << true;
        QTest::newRow("binary invalid utf-8") << QByteArray("{\"type\":\"\xff\xfe\"}") << true;
    }
    void badMessagesKeepTheConnection()
    {
        QFETCH(QByteArray, payload);
        QFETCH(bool, binary);
        QVERIFY(start());
        Client client;
        QVERIFY(client.connectTo(m_url, "Bearer good-trader"));
        QVERIFY(client.waitFor(u"ready"));
        if (binary)
            client.socket.sendBinaryMessage(payload);
        else
            client.socket.sendTextMessage(QString::fromUtf8(payload));
        QVERIFY(client.waitFor(u"error"));
        const QJsonObject error = client.ofType(u"error").constFirst();
        QCOMPARE(error.value(u"code").toString(), u"bad_message"_qs);
        QVERIFY(!error.value(u"message").toString().isEmpty());
        // Still open and still serving.
        QVERIFY(client.subscribeTo({u"feed"_qs}));
        const qint64 seq = m_hub->publish(u"feed"_qs, {});
        QVERIFY(client.waitForSeq(seq));
        QVERIFY(!client.closed);
    }

    void oversizedMessageCloses1009()
    {
        QVERIFY(start());
        Client client;
        QVERIFY(client.connectTo(m_url, "Bearer good-trader"));
        QVERIFY(client.waitFor(u"ready"));
        // Just under the 1 MiB limit: an ordinary bad message. QWebSocket's own default would
        // accept about 2 GiB, so the 1009 below is the configured limit at work.
        client.socket.sendTextMessage(QString(1000 * 1000, u'x'));
        QVERIFY(client.waitFor(u"error"));
        QVERIFY(!client.closed);
        client.socket.sendTextMessage(QString(2 * 1024 * 1024, u'x'));
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodeTooMuchData));
    }

    void tokenExpiryAndRenewal()
    {
        QVERIFY(start());
        Client lapsing;
        QVERIFY(lapsing.connectTo(m_url, "Bearer short"));
        QVERIFY(lapsing.waitFor(u"ready"));
        Client renewing;
        QVERIFY(renewing.connectTo(m_url, "Bearer short"));
        QVERIFY(renewing.waitFor(u"ready"));
        renewing.send(auth(u"short"_qs)); // same user, a fresh 300 ms
        QTest::qWait(150);
        renewing.send(auth(u"good-analyst"_qs)); // same user, an hour
        QVERIFY(lapsing.waitClosed(2000));
        QCOMPARE(lapsing.closeCode, 4001);
        QCOMPARE(lapsing.closeReason, u"token expired"_qs);
        QTest::qWait(400);
        QVERIFY(!renewing.closed);
        QVERIFY(renewing.sync());

        renewing.send(auth(u"good-trader"_qs)); // another user
        QVERIFY(renewing.waitClosed());
        QCOMPARE(renewing.closeCode, 4001);
        QVERIFY(!renewing.ofType(u"error").isEmpty());
        QCOMPARE(renewing.ofType(u"error").constLast().value(u"code").toString(),
                 u"token_mismatch"_qs);
    }

    void cutsOffSlowConsumer()
    {
        StreamOptions options;
        options.maxEventsBehind = 100;
        options.batchMax = 20;
        QVERIFY(start(options));
        RawClient raw;
        QVERIFY(raw.handshake(m_url, "good-analyst"));
        raw.sendText(R"({"type":"subscribe","topics":["feed"]})");
        raw.sendText(R"({"type":"sync"})");
        QVERIFY(QTest::qWaitFor([&] { return raw.pump().contains("bad_message"); }, kWaitMs));
        QCOMPARE(m_hub->connectionCount(), 1);

        // The raw client stops reading; once the kernel buffers are full the server notices.
        const QJsonObject data{{u"pad"_qs, QString(4096, u'p')}};
        QSignalSpy countChanged(m_hub.get(), &StreamHub::connectionCountChanged);
        int published = 0;
        while (m_hub->connectionCount() > 0 && published < 20000) {
            for (int i = 0; i < 20 && m_hub->connectionCount() > 0; ++i, ++published)
                m_hub->publish(u"feed"_qs, data);
            QTest::qWait(1);
        }
        QCOMPARE(m_hub->connectionCount(), 0);
        QCOMPARE(countChanged.size(), 1);
        QVERIFY(m_hub->eventsDropped() > 0);
        QVERIFY(m_hub->eventsDropped() <= quint64(published));
        qInfo() << "cut off after" << published << "events," << m_hub->eventsDropped() << "dropped";

        // Reading again drains what was in flight, then the close frame.
        int code = -1;
        QVERIFY(
            QTest::qWaitFor([&] { return (code = (raw.pump(), raw.closeCode())) != -1; }, kWaitMs));
        QCOMPARE(code, 4009);
        // Every event was either written before the cut or counted as dropped.
        QCOMPARE(quint64(raw.events) + m_hub->eventsDropped(), quint64(published));
    }

    void revokeFamilyClosesItsSessions()
    {
        QVERIFY(start());
        Client analyst;
        Client trader;
        QVERIFY(analyst.connectTo(m_url, "Bearer good-analyst"));
        QVERIFY(trader.connectTo(m_url, "Bearer good-trader"));
        QVERIFY(analyst.waitFor(u"ready"));
        QVERIFY(trader.waitFor(u"ready"));
        QCOMPARE(m_hub->connectionCount(), 2);
        m_hub->revokeFamily(u"fam-analyst"_qs);
        QVERIFY(analyst.waitClosed());
        QCOMPARE(analyst.closeCode, 4001);
        QCOMPARE(m_hub->connectionCount(), 1);
        QVERIFY(trader.sync());
        QVERIFY(!trader.closed);
    }

    void keepAliveAndIdleTimeout()
    {
        StreamOptions options;
        options.pingIntervalMs = 100;
        options.idleTimeoutMs = 400;
        QVERIFY(start(options));
        Client quiet; // never sends, but QWebSocket answers pings
        QVERIFY(quiet.connectTo(m_url, "Bearer good-trader"));
        RawClient deaf; // never answers pings
        QVERIFY(deaf.handshake(m_url, "good-trader"));
        QVERIFY(QTest::qWaitFor(
            [&] { return deaf.pump(), deaf.socket.state() != QAbstractSocket::ConnectedState; },
            kWaitMs));
        QTest::qWait(600);
        QVERIFY(!quiet.closed);
        QCOMPARE(m_hub->connectionCount(), 1);
    }

    void acceptsSocketsUpgradedElsewhere()
    {
        QVERIFY(start());
        QWebSocketServer other(u"other"_qs, QWebSocketServer::NonSecureMode);
        connect(&other, &QWebSocketServer::newConnection, this,
                [&] { m_hub->acceptSocket(other.nextPendingConnection()); });
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectTo(other.serverUrl(), "Bearer good-analyst"));
        QVERIFY(client.waitFor(u"ready"));
        QCOMPARE(m_hub->connectionCount(), 1);
    }

    void upgradesHandedOverAsTcpSockets()
    {
        // The HTTP layer reads the request line and headers with peek() and hands the socket
        // over with everything still buffered: handleConnection() must pick that up.
        QVERIFY(start());
        QTcpServer http;
        connect(&http, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = http.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                if (socket->peek(4096).contains("\r\n\r\n")) {
                    socket->disconnect(this);
                    m_hub->webSocketServer()->handleConnection(socket);
                }
            });
        });
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectTo(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(http.serverPort())),
            "Bearer good-trader", {u"nest.v1.binary"_qs}));
        QVERIFY(client.waitFor(u"ready"));
        QCOMPARE(client.socket.subprotocol(), u"nest.v1.binary"_qs);
        QCOMPARE(client.binaryMessages, 1);
    }

    void shutdownClosesSessions()
    {
        QVERIFY(start());
        Client client;
        QVERIFY(client.connectTo(m_url, "Bearer good-trader"));
        QVERIFY(client.waitFor(u"ready"));
        m_hub.reset();
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));
    }

private:
    bool start(const StreamOptions &options = {})
    {
        m_db = std::make_unique<Database>();
        m_log = std::make_unique<EventLog>();
        QString error;
        if (!m_db->open(u":memory:"_qs, &error) || !m_log->open(*m_db, options, &error)) {
            qWarning() << error;
            return false;
        }
        StreamHub::Hooks hooks{fakeAuthenticate, [](const QString &userId) {
                                   return QJsonObject{{u"id"_qs, userId}};
                               }};
        m_hub = std::make_unique<StreamHub>(*m_log, hooks, options);
        if (!m_hub->webSocketServer()->listen(QHostAddress::LocalHost, 0))
            return false;
        m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream")
                         .arg(m_hub->webSocketServer()->serverPort()));
        return true;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<StreamHub> m_hub;
    QUrl m_url;
};

QTEST_GUILESS_MAIN(TestStreamHub)
#include "tst_streamhub.moc"
