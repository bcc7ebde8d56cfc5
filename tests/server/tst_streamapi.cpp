// The stream through the real server: upgrade on the API port, auth, resume across a dropped
// connection and across a server restart, revocation on logout, hostile frames.
#include "streamhub.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

using namespace nest::test;

namespace {
//! A stream client that records every event seq it sees, in order.
class Client : public QObject {
public:
    explicit Client(quint16 port, const QString &token, bool headerAuth = true)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m.value(u"type").toString();
            if (type == u"event") {
                seqs.append(m.value(u"seq").toInteger());
            } else if (type == u"batch") {
                for (const QJsonValue e : m.value(u"events").toArray())
                    seqs.append(e.toObject().value(u"seq").toInteger());
            } else {
                control.append(m);
            }
        });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(port)));
        if (headerAuth)
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        socket.open(request);
    }
    ~Client() override { socket.abort(); }

    bool waitFor(const QString &type, int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            for (const QJsonObject &m : std::as_const(control)) {
                if (m.value(u"type").toString() == type)
                    return true;
            }
            QTest::qWait(10);
        }
        return false;
    }
    QJsonObject last(const QString &type) const
    {
        for (auto it = control.crbegin(); it != control.crend(); ++it) {
            if (it->value(u"type").toString() == type)
                return *it;
        }
        return {};
    }
    void subscribe(const QStringList &topics, std::optional<qint64> since = std::nullopt)
    {
        QJsonObject m{{u"type"_qs, u"subscribe"_qs},
                      {u"topics"_qs, QJsonArray::fromStringList(topics)}};
        if (since)
            m.insert(u"since"_qs, *since);
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
    }

    QWebSocket socket;
    QList<qint64> seqs;
    QList<QJsonObject> control;
};

QJsonObject listing(int i)
{
    return {{u"kind"_qs, u"listing.updated"_qs}, {u"n"_qs, i}};
}
} // namespace

class TestStreamApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QString m_token;
    QString m_refresh;

    //! Publishes on `market` and records the seqs; other topics (behavior.metrics every
    //! second) take seqs in between, so tests compare against these, not against a range.
    QList<qint64> m_published;
    void publish(int from, int count)
    {
        for (int i = from; i < from + count; ++i)
            m_published.append(m_server->server().stream().publish(u"market"_qs, listing(i)));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        const QJsonObject login = m_server->signUp(u"streamer"_qs);
        m_token = login.value(u"access_token").toString();
        m_refresh = login.value(u"refresh_token").toString();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup()
    {
        m_server.reset();
        m_published.clear();
    }

    void readyByHeaderAndByFirstMessage()
    {
        Client byHeader(m_server->port(), m_token);
        QVERIFY(byHeader.waitFor(u"ready"_qs));
        QCOMPARE(byHeader.last(u"ready"_qs).value(u"user").toObject().value(u"username").toString(),
                 u"streamer"_qs);

        Client byMessage(m_server->port(), m_token, false);
        QSignalSpy connected(&byMessage.socket, &QWebSocket::connected);
        QVERIFY(connected.wait(5000));
        byMessage.socket.sendTextMessage(u"{\"type\":\"auth\",\"token\":\"%1\"}"_qs.arg(m_token));
        QVERIFY(byMessage.waitFor(u"ready"_qs));
    }

    void badTokenClosedWith4001()
    {
        Client client(m_server->port(), u"forged.token.here"_qs);
        QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(client.socket.closeCode()), 4001);
    }

    void resumeAcrossADroppedConnectionSeesEverySeqOnce()
    {
        auto first = std::make_unique<Client>(m_server->port(), m_token);
        QVERIFY(first->waitFor(u"ready"_qs));
        const qint64 head = first->last(u"ready"_qs).value(u"head").toInteger();
        // Subscribing from the head of `ready` loses nothing, however late the subscribe lands.
        first->subscribe({u"market"_qs}, head);

        // A burst in chunks; the client drops out in the middle of it.
        constexpr int total = 3000;
        int published = 0;
        QTimer pump;
        connect(&pump, &QTimer::timeout, this, [&] {
            if (published < total) {
                publish(published, 100);
                published += 100;
            }
        });
        pump.start(1);
        QTRY_VERIFY_WITH_TIMEOUT(first->seqs.size() >= 700, 10000);
        first->socket.abort();
        const QList<qint64> before = first->seqs;
        first.reset();

        Client second(m_server->port(), m_token);
        QVERIFY(second.waitFor(u"ready"_qs));
        second.subscribe({u"market"_qs}, before.last());
        QTRY_COMPARE_WITH_TIMEOUT(published, total, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(before.size() + second.seqs.size(), total, 10000);

        const QList<qint64> all = before + second.seqs;
        QCOMPARE(all, m_published); // every seq, in order, exactly once
        QVERIFY(all.first() > head);
    }

    void restartKeepsTheEventLog()
    {
        publish(0, 10);
        const qint64 head = m_published.last();
        QVERIFY(m_server->restart());
        const QString token =
            m_server
                ->call("POST", u"/api/v1/auth/login"_qs,
                       {{u"username"_qs, u"streamer"_qs}, {u"password"_qs, u"correct horse"_qs}})
                .json()
                .value(u"access_token")
                .toString();
        Client client(m_server->port(), token);
        QVERIFY(client.waitFor(u"ready"_qs));
        QVERIFY(client.last(u"ready"_qs).value(u"head").toInteger() >= head);
        client.subscribe({u"market"_qs}, m_published.at(2));
        QTRY_COMPARE_WITH_TIMEOUT(client.seqs.size(), 7, 5000);
        QCOMPARE(client.seqs, m_published.mid(3)); // replayed from the log on disk
        // New events continue after the old head.
        publish(10, 1);
        QTRY_COMPARE_WITH_TIMEOUT(client.seqs.size(), 8, 5000);
        QVERIFY(client.seqs.last() > head);
    }

    void logoutClosesTheFamilysStreams()
    {
        Client client(m_server->port(), m_token);
        QVERIFY(client.waitFor(u"ready"_qs));
        QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
        QCOMPARE(m_server
                     ->call("POST", u"/api/v1/auth/logout"_qs, {{u"refresh_token"_qs, m_refresh}},
                            m_token)
                     .status,
                 204);
        QTRY_VERIFY_WITH_TIMEOUT(closed.count() > 0, 5000);
        QCOMPARE(int(client.socket.closeCode()), 4001);
    }

    void hostileFramesAreRefusedAndTheConnectionStays()
    {
        Client client(m_server->port(), m_token);
        QVERIFY(client.waitFor(u"ready"_qs));
        const QList<QByteArray> garbage{
            "",
            "not json",
            "[]",
            "{\"type\":42}",
            "{\"type\":\"drop_tables\"}",
            QByteArray("{\"type\":\"subscribe\",\"topics\":[\"\xff\"]}"),
            QByteArray(10000, '['),
            "{\"type\":\"subscribe\",\"topics\":[\"market\"],\"since\":-5}"};
        for (const QByteArray &g : garbage)
            client.socket.sendBinaryMessage(g);
        QTRY_COMPARE_WITH_TIMEOUT(client.control.size(), 1 + garbage.size(), 5000);
        for (qsizetype i = 1; i < client.control.size(); ++i)
            QCOMPARE(client.control.at(i).value(u"code").toString(), u"bad_message"_qs);
        client.subscribe({u"nonsense"_qs, u"market"_qs});
        QTRY_COMPARE_WITH_TIMEOUT(client.last(u"error"_qs).value(u"code").toString(),
                                  u"unknown_topic"_qs, 5000);
        publish(0, 1);
        QTRY_COMPARE_WITH_TIMEOUT(client.seqs.size(), 1, 5000);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestStreamApi)
#include "tst_streamapi.moc"
