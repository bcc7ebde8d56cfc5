// The outbox against a real server over loopback: actions queued while the server is down are
// replayed in order once it is back; a refusal is recorded with the server's reason and the
// queue goes on; an action whose response is lost on the first try (a proxy drops it) exists
// exactly once on the server; an outbox destroyed mid-send resends with the same key; a lost
// outbox key tells exactly how many actions of which kinds were lost.
#include "apiclient.h"
#include "behaviorservice.h"
#include "clienttest.h"
#include "encryptedcache.h"
#include "outbox.h"
#include "secretstore.h"
#include "testserver.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace nest::client;
using namespace nest::test;

namespace {
//! A loopback TCP proxy in front of the server. While `dropMarker` is set, the first response
//! to a request containing it is swallowed and the client connection closed: the server has
//! acted, the client never hears of it.
class DropProxy : public QObject {
public:
    explicit DropProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                attach(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray dropMarker;
    int dropped = 0;

private:
    void attach(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto marked = std::make_shared<bool>(false);
        auto seen = std::make_shared<QByteArray>(); // the marker may straddle two reads
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        QObject::connect(client, &QTcpSocket::readyRead, upstream,
                         [this, client, upstream, marked, seen] {
                             const QByteArray data = client->readAll();
                             seen->append(data);
                             if (!dropMarker.isEmpty() && seen->contains(dropMarker))
                                 *marked = true;
                             upstream->write(data);
                         });
        QObject::connect(upstream, &QTcpSocket::readyRead, client,
                         [this, client, upstream, marked] {
                             const QByteArray data = upstream->readAll();
                             if (*marked && !dropMarker.isEmpty()) {
                                 dropMarker.clear();
                                 ++dropped;
                                 client->abort();
                                 client->deleteLater();
                                 return;
                             }
                             client->write(data);
                         });
        // The server is down: the client sees the connection refused, as it would without us.
        QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client] {
            client->abort();
            client->deleteLater();
        });
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(upstream, &QTcpSocket::disconnected, client,
                         [client] { client->disconnectFromHost(); });
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
};
} // namespace

class TestOutbox : public QObject {
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    SecretStore m_secrets;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedAuth m_auth;
    QString m_userId;
    SecretKey m_account;

    QString path() const { return m_dir->filePath(QStringLiteral("outbox.sqlite")); }

    std::unique_ptr<Outbox> openOutbox(ApiClient &api, bool paused = false)
    {
        auto outbox = std::make_unique<Outbox>(api, m_secrets);
        outbox->setPaused(paused);
        outbox->setTimeoutMs(5000);
        QSignalSpy ready(outbox.get(), &Outbox::ready);
        outbox->open(path(), m_account);
        if (!outbox->isReady() && !ready.wait(10'000))
            qWarning("outbox did not become ready");
        return outbox;
    }

    QJsonObject eventBody(const QString &marker, const QString &kind = QStringLiteral("post"))
    {
        return {
            {QStringLiteral("events"),
             QJsonArray{QJsonObject{{QStringLiteral("user_id"), m_userId},
                                    {QStringLiteral("session_id"), marker},
                                    {QStringLiteral("kind"), kind},
                                    {QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch()}}}}};
    }

    qint64 serverEvents() { return m_server->server().behavior().eventsTotal(); }

    QString login()
    {
        return m_server
            ->call("POST", QStringLiteral("/api/v1/auth/login"),
                   {{QStringLiteral("username"), QStringLiteral("outboxer")},
                    {QStringLiteral("password"), QStringLiteral("correct horse")}})
            .json()
            .value(QStringLiteral("access_token"))
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        const QJsonObject login = m_server->signUp(QStringLiteral("outboxer"));
        m_auth.token = login.value(QStringLiteral("access_token")).toString();
        m_userId =
            login.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!m_auth.token.isEmpty());
        QVERIFY(!m_userId.isEmpty());
        m_dir = std::make_unique<QTemporaryDir>();
        m_account = {QStringLiteral("http://127.0.0.1:2"),
                     QStringLiteral("outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                     {}};
    }

    void cleanup()
    {
        bool done = false;
        m_secrets.remove({m_account.serverOrigin, m_account.username, QString(Outbox::SecretName)},
                         [&](bool, const QString &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10'000));
        m_server.reset();
    }

    void replaysInOrderAfterServerRestartWithRefusalAndDroppedResponse()
    {
        DropProxy proxy(m_server->port());
        ApiClient api(m_nam, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())));
        api.setAuthProvider(&m_auth);
        auto outbox = openOutbox(api);
        QVERIFY(outbox->isReady());
        const qint64 before = serverEvents();

        m_server->stop(); // the remote goes away mid-session
        QSignalSpy stalled(outbox.get(), &Outbox::stalled);
        QSignalSpy done(outbox.get(), &Outbox::done);
        QSignalSpy refused(outbox.get(), &Outbox::refused);
        QStringList order;
        const auto record = [&order](const OutboxEntry &entry, const QJsonObject &) {
            order << entry.summary;
        };
        outbox->submit(QStringLiteral("post"), "POST", QStringLiteral("/api/v1/behavior/events"),
                       eventBody(QStringLiteral("first")), QStringLiteral("first"), {}, {}, record);
        outbox->submit(QStringLiteral("profile"), "PATCH", QStringLiteral("/api/v1/me"),
                       {{QStringLiteral("display_name"), QStringLiteral("Second")}},
                       QStringLiteral("second"), {}, {}, record);
        outbox->submit(QStringLiteral("like"), "POST", QStringLiteral("/api/v1/behavior/events"),
                       eventBody(QStringLiteral("bad"), QStringLiteral("no-such-kind")),
                       QStringLiteral("refused"), {}, {}, record);
        outbox->submit(QStringLiteral("vote"), "POST", QStringLiteral("/api/v1/behavior/events"),
                       eventBody(QStringLiteral("dropped-once")), QStringLiteral("dropped"), {}, {},
                       record);
        outbox->submit(QStringLiteral("profile"), "PATCH", QStringLiteral("/api/v1/me"),
                       {{QStringLiteral("display_name"), QStringLiteral("Last")}},
                       QStringLiteral("last"), {}, {}, record);
        QCOMPARE(outbox->pendingCount(), 5);
        QVERIFY(stalled.wait(10'000)); // nothing answers: the queue waits
        QCOMPARE(done.size(), 0);
        QCOMPARE(outbox->pendingCount(), 5);

        // Set before the restart: the outbox may retry on its own while login() waits.
        proxy.dropMarker = "dropped-once";
        QVERIFY(m_server->start());
        m_auth.token = login();
        outbox->retryNow();
        QVERIFY(QTest::qWaitFor([&] { return outbox->pendingCount() == 0; }, 30'000));
        QCOMPARE(proxy.dropped, 1);
        QCOMPARE(order, (QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                     QStringLiteral("refused"), QStringLiteral("dropped"),
                                     QStringLiteral("last")}));
        QCOMPARE(done.size(), 4);
        QCOMPARE(refused.size(), 1);
        const auto refusedEntry = refused.at(0).at(0).value<OutboxEntry>();
        QCOMPARE(refusedEntry.httpStatus, 400);
        QVERIFY(!refusedEntry.errorCode.isEmpty());
        QVERIFY(refusedEntry.errorMessage.contains(QStringLiteral("kind")));
        // The refusal stays listed (with its reason) until the user dismisses it.
        QCOMPARE(int(outbox->entries().size()), 1);
        QCOMPARE(outbox->entries().front().state, OutboxEntry::State::Refused);
        QVERIFY(outbox->cancel(refusedEntry.id));
        QCOMPARE(int(outbox->entries().size()), 0);

        // Exactly once: two events, although "dropped-once" was sent twice.
        QCOMPARE(serverEvents() - before, 2);
        const Reply me = m_server->call("GET", QStringLiteral("/api/v1/me"), {}, m_auth.token);
        QCOMPARE(me.json().value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("Last"));
    }

    void survivesDestructionMidSend()
    {
        ApiClient api(m_nam, m_server->url({}));
        api.setAuthProvider(&m_auth);
        const qint64 before = serverEvents();
        {
            auto outbox = openOutbox(api);
            const QString id = outbox->submit(
                QStringLiteral("post"), "POST", QStringLiteral("/api/v1/behavior/events"),
                eventBody(QStringLiteral("mid-send")), QStringLiteral("mid"));
            QVERIFY(!id.isEmpty());
            QCOMPARE(outbox->entries().front().state, OutboxEntry::State::Sending);
            QVERIFY(!outbox->cancel(id)); // not while it is being sent
            // Destroyed right away: the request is still on its way and the answer will find
            // no outbox; the entry stays "sending" on disk.
        }
        auto reopened = openOutbox(api);
        QSignalSpy done(reopened.get(), &Outbox::done);
        QVERIFY(QTest::qWaitFor([&] { return reopened->pendingCount() == 0; }, 15'000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).value<OutboxEntry>().summary, QStringLiteral("mid"));
        QCOMPARE(serverEvents() - before, 1);
    }

    void submitBeforeReadyIsKept()
    {
        ApiClient api(m_nam, m_server->url({}));
        api.setAuthProvider(&m_auth);
        const qint64 before = serverEvents();
        Outbox outbox(api, m_secrets);
        QSignalSpy done(&outbox, &Outbox::done);
        outbox.open(path(), m_account);
        QVERIFY(!outbox.isReady()); // the keychain answers later
        bool called = false;
        const QString id =
            outbox.submit(QStringLiteral("post"), "POST", QStringLiteral("/api/v1/behavior/events"),
                          eventBody(QStringLiteral("early")), QStringLiteral("early"), {}, {},
                          [&called](const OutboxEntry &, const QJsonObject &) { called = true; });
        QVERIFY(!id.isEmpty());
        QVERIFY(done.wait(15'000));
        QVERIFY(called);
        QCOMPARE(done.at(0).at(0).value<OutboxEntry>().id, id);
        QCOMPARE(serverEvents() - before, 1);
    }

    void cancelPendingEntry()
    {
        ApiClient api(m_nam, m_server->url({}));
        api.setAuthProvider(&m_auth);
        auto outbox = openOutbox(api, true);
        const QString id =
            outbox->submit(QStringLiteral("bid"), "POST", QStringLiteral("/api/v1/behavior/events"),
                           eventBody(QStringLiteral("cancelled")), QStringLiteral("Bid"));
        QSignalSpy removed(outbox.get(), &Outbox::entryRemoved);
        QVERIFY(outbox->cancel(id));
        QCOMPARE(removed.size(), 1);
        outbox.reset();
        auto reopened = openOutbox(api, true);
        QCOMPARE(int(reopened->entries().size()), 0);
    }

    void cacheResetLeavesTheOutboxAlone()
    {
        ApiClient api(m_nam, m_server->url({}));
        api.setAuthProvider(&m_auth);
        const QString cachePath = m_dir->filePath(QStringLiteral("cache.sqlite"));
        {
            auto outbox = openOutbox(api, true);
            outbox->submit(QStringLiteral("vote"), "POST", QStringLiteral("/x"), {},
                           QStringLiteral("kept"));
            EncryptedCache cache(m_secrets);
            QSignalSpy ready(&cache, &EncryptedCache::ready);
            cache.open(cachePath, m_account);
            QVERIFY(ready.wait(10'000));
            for (int i = 0; i < 300; ++i)
                cache.put(QStringLiteral("feed"), QString::number(i), QByteArray(200, 'x'));
        }
        QFile file(cachePath);
        QVERIFY(file.resize(file.size() / 3));
        EncryptedCache cache(m_secrets);
        QSignalSpy problems(&cache, &EncryptedCache::problem);
        QSignalSpy ready(&cache, &EncryptedCache::ready);
        cache.open(cachePath, m_account);
        QVERIFY(ready.wait(10'000));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(cache.count(), 0);
        auto outbox = openOutbox(api, true);
        QCOMPARE(int(outbox->entries().size()), 1);
        QCOMPARE(outbox->entries().front().summary, QStringLiteral("kept"));
        cache.close();
        bool removed = false;
        m_secrets.remove(
            {m_account.serverOrigin, m_account.username, QString(EncryptedCache::SecretName)},
            [&](bool, const QString &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 10'000));
    }

    void lostKeyTellsWhatWasLost()
    {
        ApiClient api(m_nam, m_server->url({}));
        api.setAuthProvider(&m_auth);
        auto outbox = openOutbox(api, true);
        outbox->submit(QStringLiteral("bid"), "POST", QStringLiteral("/x"), {},
                       QStringLiteral("b1"));
        outbox->submit(QStringLiteral("bid"), "POST", QStringLiteral("/x"), {},
                       QStringLiteral("b2"));
        outbox->submit(QStringLiteral("vote"), "POST", QStringLiteral("/x"), {},
                       QStringLiteral("v"));
        outbox.reset();
        // Survives a restart with its key...
        outbox = openOutbox(api, true);
        QCOMPARE(int(outbox->entries().size()), 3);
        QCOMPARE(outbox->entries().at(1).summary, QStringLiteral("b2"));
        outbox.reset();
        // ...and says exactly what is gone without it.
        bool removed = false;
        m_secrets.remove({m_account.serverOrigin, m_account.username, QString(Outbox::SecretName)},
                         [&](bool, const QString &) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 10'000));
        auto reopened = std::make_unique<Outbox>(api, m_secrets);
        reopened->setPaused(true);
        QSignalSpy lost(reopened.get(), &Outbox::lost);
        QSignalSpy ready(reopened.get(), &Outbox::ready);
        reopened->open(path(), m_account);
        QVERIFY(ready.wait(10'000));
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost.at(0).at(0).toInt(), 3);
        QCOMPARE(lost.at(0).at(1).toStringList(),
                 (QStringList{QStringLiteral("bid"), QStringLiteral("vote")}));
        QVERIFY(lost.at(0).at(2).toString().contains(QStringLiteral("2 × bid")));
        QCOMPARE(int(reopened->entries().size()), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
