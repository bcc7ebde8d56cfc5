#include "loadbench.h"

#include "base64url.h"
#include "benchserver.h"
#include "benchstats.h"
#include "ed25519.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <cstdio>
#include <map>
#include <memory>
#include <vector>

namespace {
namespace ed25519 = nest::security::ed25519;

struct Account {
    QString id;
    QString name;
    QString token;
    nest::security::Ed25519KeyPair keys;
};

struct Answer {
    int status = 0;
    QJsonObject json;
    double ms = 0;
};

//! One HTTP client of the load: its own connections, blocking calls from its own loop turn.
class Client {
public:
    explicit Client(quint16 port)
        : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port))
    {}

    Answer call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                const QString &token = {}, const QByteArray &idempotencyKey = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey);
        request.setTransferTimeout(15'000);
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Answer a;
        a.ms = double(t.nsecsElapsed()) / 1e6;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return a;
    }

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

QString sign(const Account &a, const QString &message)
{
    return QString::fromLatin1(
        nest::security::base64url::encode(ed25519::sign(a.keys.secretKey, message.toUtf8())));
}

//! A stream subscriber: counts what it receives and notices gaps against the others.
struct Subscriber {
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QSet<qint64> seqs;
    bool closedByServer = false;
};

struct Stats {
    std::map<QString, std::vector<double>> latency; //!< by operation
    std::map<QString, int> refused;                 //!< 4xx the rules expect (outbid, ...)
    int errors = 0;
    int requests = 0;
};
} // namespace

int runLoadBench(int seconds, int subscriberCount, int userCount)
{
    QTemporaryDir dir;
    QProcess server;
    const quint16 port = startBenchServer(server, dir.path());
    if (!port)
        return 1;

    // Accounts: the first one is the admin (all roles); each registers a signing key.
    Client setup(port);
    std::vector<Account> users;
    for (int i = 0; i <= userCount; ++i) {
        Account a;
        a.name = i == 0 ? QStringLiteral("loadadmin") : QStringLiteral("load%1").arg(i);
        const QJsonObject credentials{
            {QStringLiteral("username"), a.name},
            {QStringLiteral("password"), QStringLiteral("load-password")}};
        setup.call("POST", QStringLiteral("/api/v1/auth/register"), credentials);
        const Answer login = setup.call("POST", QStringLiteral("/api/v1/auth/login"), credentials);
        a.token = login.json.value(u"access_token").toString();
        a.id = login.json.value(u"user").toObject().value(u"id").toString();
        a.keys = ed25519::generate();
        setup.call("PUT", QStringLiteral("/api/v1/me/public-key"),
                   {{QStringLiteral("public_key"),
                     QString::fromLatin1(nest::security::base64url::encode(a.keys.publicKey))}},
                   a.token);
        if (a.token.isEmpty()) {
            std::fprintf(stderr, "nest-bench load: could not sign in %s\n", qPrintable(a.name));
            return 1;
        }
        users.push_back(std::move(a));
    }
    const Account &admin = users.front();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList auctions;
    for (int i = 0; i < 10; ++i) {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const qint64 start = 1'000;
        const QJsonObject body{
            {QStringLiteral("item"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Load lot %1").arg(i)},
                         {QStringLiteral("collection"), QStringLiteral("Load")}}},
            {QStringLiteral("kind"), QStringLiteral("english")},
            {QStringLiteral("start_price"), start},
            {QStringLiteral("ends_at"), now + 3'600'000},
            {QStringLiteral("signature"),
             sign(admin, QStringLiteral("nest-market:v1:list:new:%1:%2:%3")
                             .arg(start)
                             .arg(admin.id, QString::fromLatin1(key)))}};
        const Answer a =
            setup.call("POST", QStringLiteral("/api/v1/market/listings"), body, admin.token, key);
        if (a.status / 100 == 2)
            auctions << a.json.value(u"id").toString();
    }
    QStringList proposals;
    for (int i = 0; i < 3; ++i) {
        const Answer a = setup.call(
            "POST", QStringLiteral("/api/v1/governance/proposals"),
            {{QStringLiteral("title"), QStringLiteral("Load proposal %1").arg(i)},
             {QStringLiteral("body"), QStringLiteral("Under load.")},
             {QStringLiteral("choices"), QJsonArray{QStringLiteral("Yes"), QStringLiteral("No")}},
             {QStringLiteral("voting"), QStringLiteral("single")},
             {QStringLiteral("weighting"), QStringLiteral("equal")},
             {QStringLiteral("starts_at"), now},
             {QStringLiteral("ends_at"), now + 3'600'000},
             {QStringLiteral("quorum"), 1}},
            admin.token);
        if (a.status / 100 == 2)
            proposals << a.json.value(u"id").toString();
    }
    if (auctions.isEmpty() || proposals.isEmpty()) {
        std::fprintf(stderr, "nest-bench load: could not create the auctions or proposals\n");
        return 1;
    }

    // Subscribers, spread over the accounts.
    std::vector<Subscriber> subscribers(static_cast<size_t>(subscriberCount));
    int ready = 0;
    const QUrl streamUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(port));
    for (size_t i = 0; i < subscribers.size(); ++i) {
        Subscriber &s = subscribers[i];
        QWebSocket *socket = s.socket.get();
        const QString token = users[i % users.size()].token;
        QObject::connect(socket, &QWebSocket::connected, socket, [socket, token] {
            socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                          {QStringLiteral("token"), token}})
                    .toJson(QJsonDocument::Compact)));
        });
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                         [&s, socket, &ready](const QString &text) {
                             const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                             const QString type = m.value(u"type").toString();
                             if (type == u"ready") {
                                 ++ready;
                                 socket->sendTextMessage(QStringLiteral(
                                     "{\"type\":\"subscribe\",\"topics\":[\"market\",\"feed\","
                                     "\"governance\"]}"));
                             } else if (type == u"event") {
                                 s.seqs.insert(m.value(u"seq").toInteger());
                             } else if (type == u"batch") {
                                 for (const QJsonValue e : m.value(u"events").toArray())
                                     s.seqs.insert(e.toObject().value(u"seq").toInteger());
                             }
                         });
        QObject::connect(socket, &QWebSocket::disconnected, socket,
                         [&s] { s.closedByServer = true; });
        socket->open(streamUrl);
    }
    for (QElapsedTimer t; !t.isValid() || (ready < subscriberCount && t.elapsed() < 20'000);) {
        if (!t.isValid())
            t.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QCoreApplication::processEvents(QEventLoop::AllEvents, 200); // subscriptions settle

    const qint64 rssStart = rssKiBOf(server.processId());
    Stats stats;
    struct Acked {
        QStringList posts;
        std::vector<std::pair<QString, QString>> bids; //!< listing, bid id
        int votes = 0;
    } acked;
    std::map<QString, std::pair<QString, QString>> lastVote; //!< proposal|user -> signature

    // The mix, run by one client per account in turn; each call blocks only its own loop turn,
    // the subscribers keep reading in between.
    std::vector<std::unique_ptr<Client>> clients;
    for (size_t i = 0; i < users.size(); ++i)
        clients.push_back(std::make_unique<Client>(port));
    QRandomGenerator rng(42);
    QElapsedTimer run;
    run.start();
    int turn = 0;
    while (run.elapsed() < qint64(seconds) * 1000) {
        const size_t u = size_t(turn++) % users.size();
        const Account &user = users[u];
        Client &client = *clients[u];
        const int dice = int(rng.bounded(100));
        QString op;
        Answer a;
        if (dice < 35) {
            static const QStringList reads{QStringLiteral("/api/v1/market/listings?limit=20"),
                                           QStringLiteral("/api/v1/feed/posts?limit=20"),
                                           QStringLiteral("/api/v1/governance/proposals")};
            op = QStringLiteral("read");
            a = client.call("GET", reads[int(rng.bounded(reads.size()))], {}, user.token);
        } else if (dice < 55) {
            op = QStringLiteral("bid");
            const QString listing = auctions[int(rng.bounded(auctions.size()))];
            const Answer current = client.call(
                "GET", QStringLiteral("/api/v1/market/listings/") + listing, {}, user.token);
            const qint64 price = current.json.value(u"current_price").toInteger(1000);
            const qint64 amount = price + price / 19 + 1; // above the 5% minimum increment
            const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            a = client.call("POST", QStringLiteral("/api/v1/market/listings/%1/bids").arg(listing),
                            {{QStringLiteral("amount"), amount},
                             {QStringLiteral("signature"),
                              sign(user, QStringLiteral("nest-market:v1:bid:%1:%2:%3:%4")
                                             .arg(listing)
                                             .arg(amount)
                                             .arg(user.id, QString::fromLatin1(key)))}},
                            user.token, key);
            if (a.status / 100 == 2) {
                const QJsonObject bid =
                    a.json.contains(u"bid") ? a.json.value(u"bid").toObject() : a.json;
                acked.bids.emplace_back(listing, bid.value(u"id").toString());
            }
        } else if (dice < 75) {
            op = QStringLiteral("post");
            a = client.call("POST", QStringLiteral("/api/v1/feed/posts"),
                            {{QStringLiteral("text"), QStringLiteral("Load post %1").arg(turn)}},
                            user.token, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            if (a.status / 100 == 2)
                acked.posts << a.json.value(u"id").toString();
        } else if (dice < 85) {
            op = QStringLiteral("vote");
            const QString proposal = proposals[int(rng.bounded(proposals.size()))];
            const int choice = int(rng.bounded(2));
            const QString signature = sign(
                user,
                QStringLiteral("nest-vote:v1:%1:%2:%3").arg(proposal).arg(choice).arg(user.id));
            a = client.call("POST",
                            QStringLiteral("/api/v1/governance/proposals/%1/votes").arg(proposal),
                            {{QStringLiteral("choices"), QJsonArray{choice}},
                             {QStringLiteral("signature"), signature}},
                            user.token, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            if (a.status / 100 == 2) {
                ++acked.votes;
                lastVote[proposal + u'|' + user.id] = {proposal, signature};
            }
        } else if (dice < 90) {
            op = QStringLiteral("login");
            a = client.call("POST", QStringLiteral("/api/v1/auth/login"),
                            {{QStringLiteral("username"), user.name},
                             {QStringLiteral("password"), QStringLiteral("load-password")}});
        } else {
            op = QStringLiteral("wallet");
            a = client.call("GET", QStringLiteral("/api/v1/wallet"), {}, user.token);
        }
        ++stats.requests;
        stats.latency[op].push_back(a.ms);
        if (a.status == 0 || a.status >= 500)
            ++stats.errors;
        else if (a.status >= 400)
            ++stats.refused[op];
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    const double elapsed = double(run.elapsed()) / 1000.0;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 500); // last events arrive
    const qint64 rssEnd = rssKiBOf(server.processId());

    // Checks: every acknowledged write is there, money is whole, nobody missed an event.
    int missing = 0;
    for (const QString &post : std::as_const(acked.posts)) {
        if (setup.call("GET", QStringLiteral("/api/v1/feed/posts/") + post, {}, admin.token).status
            != 200)
            ++missing;
    }
    std::map<QString, QSet<QString>> bidsByListing;
    for (const QString &listing : std::as_const(auctions)) {
        const Answer detail = setup.call(
            "GET", QStringLiteral("/api/v1/market/listings/") + listing, {}, admin.token);
        for (const QJsonValue b : detail.json.value(u"bids").toArray())
            bidsByListing[listing].insert(b.toObject().value(u"id").toString());
    }
    for (const auto &[listing, bid] : acked.bids) {
        if (!bidsByListing[listing].contains(bid))
            ++missing;
    }
    std::map<QString, QSet<QString>> signaturesByProposal;
    for (const QString &proposal : std::as_const(proposals)) {
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            const Answer votes = setup.call(
                "GET",
                QStringLiteral("/api/v1/governance/proposals/%1/votes?limit=200%2")
                    .arg(proposal,
                         cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                {}, admin.token);
            for (const QJsonValue v : votes.json.value(u"items").toArray())
                signaturesByProposal[proposal].insert(v.toObject().value(u"signature").toString());
            cursor = votes.json.value(u"next_cursor").toString();
            if (cursor.isEmpty())
                break;
        }
    }
    for (const auto &[key, vote] : lastVote) {
        if (!signaturesByProposal[vote.first].contains(vote.second))
            ++missing;
    }
    qint64 money = 0;
    for (const Account &a : users) {
        const Answer w = setup.call("GET", QStringLiteral("/api/v1/wallet"), {}, a.token);
        money += w.json.value(u"balance").toInteger() + w.json.value(u"escrow").toInteger();
    }
    money += setup.call("GET", QStringLiteral("/api/v1/market/treasury"), {}, admin.token)
                 .json.value(u"balance")
                 .toInteger();
    const qint64 handedOut =
        setup.call("GET", QStringLiteral("/api/v1/market/config"), {}, admin.token)
            .json.value(u"starting_balance")
            .toInteger()
        * qint64(users.size());
    QSet<qint64> all;
    int closed = 0;
    for (const Subscriber &s : subscribers) {
        all.unite(s.seqs);
        closed += s.closedByServer ? 1 : 0;
    }
    qint64 dropped = 0;
    for (const Subscriber &s : subscribers)
        dropped += all.size() - s.seqs.size();

    std::printf("| load: %d s, %d subscribers, %zu accounts | value |\n|---|---|\n", seconds,
                subscriberCount, users.size());
    std::printf("| requests | %d (%.0f/s) |\n", stats.requests, stats.requests / elapsed);
    for (const auto &[op, values] : stats.latency)
        std::printf("| %s | %zu calls, p50 %.2f ms, p99 %.2f ms, refused by the rules %d |\n",
                    qPrintable(op), values.size(), percentileOf(values, 0.5),
                    percentileOf(values, 0.99), stats.refused[op]);
    std::printf("| errors (network, 5xx) | %d |\n", stats.errors);
    std::printf("| stream events seen | %lld distinct; dropped %lld; subscribers closed %d |\n",
                qint64(all.size()), dropped, closed);
    std::printf("| server RSS | %.1f MB at start, %.1f MB at end |\n", double(rssStart) / 1024,
                double(rssEnd) / 1024);
    std::printf("| acknowledged writes missing | %d of %lld (posts %lld, bids %zu, votes %d) |\n",
                missing, qint64(acked.posts.size() + qint64(acked.bids.size()) + acked.votes),
                qint64(acked.posts.size()), acked.bids.size(), acked.votes);
    std::printf("| money | %lld held, %lld handed out: %s |\n", money, handedOut,
                money == handedOut ? "whole" : "NOT WHOLE");
    server.terminate();
    server.waitForFinished(10'000);
    const bool ok = missing == 0 && money == handedOut && stats.errors == 0 && dropped == 0;
    return ok ? 0 : 2;
}
