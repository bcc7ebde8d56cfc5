// Many clients bidding, buying and making offers at once over real loopback sockets: afterwards
// the money invariant holds exactly, nothing is left in escrow once everything has settled,
// every fixed listing sold once and every auction has exactly one winner.
#include "marketservice.h"
#include "marketstore.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace nest::test;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr int kTraders = 16;
constexpr int kRounds = 8;
constexpr int kAuctions = 4;
constexpr int kFixed = 6;
constexpr int kDutch = 2;

//! One trader: its own connection pool, so requests of different traders race on the server.
struct Trader {
    QString id;
    QString token;
    std::unique_ptr<QNetworkAccessManager> nam;
};
} // namespace

class TestMarketConcurrency : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    qint64 m_now = 1'800'000'000'000;
    int m_pending = 0;
    QHash<QString, int> m_buyWins; //!< listing id -> 200 answers to buy

    void post(Trader &t, const QString &path, const QJsonObject &body, const QString &listing)
    {
        QNetworkRequest request(m_server->url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + t.token.toLatin1());
        request.setTransferTimeout(20'000);
        QNetworkReply *reply =
            t.nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++m_pending;
        const bool isBuy = path.endsWith(u"/buy");
        connect(reply, &QNetworkReply::finished, this, [this, reply, isBuy, listing] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (isBuy && status == 200)
                m_buyWins[listing] += 1;
            if (status == 0 || status >= 500)
                qWarning() << "request failed:" << status << reply->errorString();
            reply->deleteLater();
            --m_pending;
        });
    }

private Q_SLOTS:
    void manyClientsKeepMoneyWhole()
    {
        nest::server::ServerConfig config;
        config.market.now = [this] { return m_now; };
        config.market.autoSettle = false;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        const QString admin = m_server->signUp(u"admin"_qs).value(u"access_token").toString();
        const QString seller = m_server->signUp(u"seller"_qs).value(u"access_token").toString();
        std::vector<Trader> traders;
        for (int i = 0; i < kTraders; ++i) {
            const QJsonObject login = m_server->signUp(u"trader%1"_qs.arg(i));
            traders.push_back(Trader{login[u"user"][u"id"].toString(),
                                     login[u"access_token"].toString(),
                                     std::make_unique<QNetworkAccessManager>()});
            QVERIFY(!traders.back().token.isEmpty());
        }
        const auto create = [&](const QJsonObject &fields) {
            QJsonObject body = fields;
            body.insert(u"item"_qs,
                        QJsonObject{{u"name"_qs, u"Lot"_qs}, {u"collection"_qs, u"Race"_qs}});
            const Reply r = m_server->call("POST", u"/api/v1/market/listings"_qs, body, seller);
            return r.json().value(u"id").toString();
        };
        QStringList auctions, fixed, dutch;
        for (int i = 0; i < kAuctions; ++i)
            auctions << create({{u"kind"_qs, u"english"_qs},
                                {u"start_price"_qs, 1'000},
                                {u"ends_at"_qs, m_now + 60 * kMinute}});
        for (int i = 0; i < kFixed; ++i)
            fixed << create({{u"kind"_qs, u"fixed"_qs}, {u"price"_qs, 5'000 + i}});
        for (int i = 0; i < kDutch; ++i)
            dutch << create({{u"kind"_qs, u"dutch"_qs},
                             {u"start_price"_qs, 90'000},
                             {u"end_price"_qs, 10'000},
                             {u"ends_at"_qs, m_now + 60 * kMinute}});
        QVERIFY(!auctions.contains(QString()) && !fixed.contains(QString())
                && !dutch.contains(QString()));

        QRandomGenerator rng(5);
        for (int round = 0; round < kRounds; ++round) {
            for (Trader &t : traders) {
                const QString a = auctions[int(rng.bounded(kAuctions))];
                post(t, u"/api/v1/market/listings/%1/bids"_qs.arg(a),
                     {{u"amount"_qs, qint64(1'000 + rng.bounded(400'000))}}, a);
                const QString f = fixed[int(rng.bounded(kFixed))];
                if (rng.bounded(2) == 0)
                    post(t, u"/api/v1/market/listings/%1/buy"_qs.arg(f), {}, f);
                else
                    post(t, u"/api/v1/market/listings/%1/offers"_qs.arg(f),
                         {{u"amount"_qs, qint64(1'000 + rng.bounded(9'000))},
                          {u"expires_at"_qs, m_now + 10 * kMinute}},
                         f);
                if (round == kRounds - 1) {
                    const QString d = dutch[int(rng.bounded(kDutch))];
                    post(t, u"/api/v1/market/listings/%1/buy"_qs.arg(d), {}, d);
                }
            }
            QTRY_COMPARE_WITH_TIMEOUT(m_pending, 0, 60'000);
            m_now += kMinute;
        }

        // Mid-flight: money is whole while bids and offers hold escrow.
        auto totals = m_server->server().market().totals();
        QCOMPARE(totals.balances + totals.escrow + totals.treasury, totals.issued);
        QVERIFY(totals.escrow > 0);

        m_now += 61 * kMinute; // every auction has ended, every offer has expired
        m_server->server().market().settle();
        totals = m_server->server().market().totals();
        QCOMPARE(totals.escrow, 0);
        QCOMPARE(totals.balances + totals.treasury, totals.issued);

        // The same through the API: every wallet plus the treasury.
        qint64 sum = m_server->call("GET", u"/api/v1/market/treasury"_qs, {}, admin)
                         .json()[u"balance"]
                         .toInteger();
        for (const QString &token : {admin, seller}) {
            const QJsonObject w = m_server->call("GET", u"/api/v1/wallet"_qs, {}, token).json();
            sum += w[u"balance"].toInteger() + w[u"escrow"].toInteger();
        }
        for (const Trader &t : traders) {
            const QJsonObject w = m_server->call("GET", u"/api/v1/wallet"_qs, {}, t.token).json();
            sum += w[u"balance"].toInteger() + w[u"escrow"].toInteger();
        }
        // Reading a wallet opens it for an account the market had not seen yet.
        totals = m_server->server().market().totals();
        QCOMPARE(totals.issued, qint64(kTraders + 2) * 1'000'000);
        QCOMPARE(sum, totals.issued);

        nest::server::MarketStore &store = m_server->server().market().store();
        for (const QString &id : fixed + dutch) {
            QCOMPARE(m_buyWins.value(id), store.saleCount(id)); // one 200 per sale, at most one
            QVERIFY(store.saleCount(id) <= 1);
        }
        for (const QString &id : auctions) {
            QCOMPARE(store.saleCount(id), 1);
            const auto listing = store.listing(id);
            QVERIFY(listing);
            QCOMPARE(listing->status, nest::server::ListingStatus::Sold);
            int winners = 0, leading = 0;
            for (const auto &b : store.bids(id)) {
                winners += b.status == u"won" ? 1 : 0;
                leading += b.status == u"leading" ? 1 : 0;
                if (b.status == u"won")
                    QCOMPARE(b.bidderId, listing->buyerId);
            }
            QCOMPARE(winners, 1);
            QCOMPARE(leading, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMarketConcurrency)
#include "tst_marketconcurrency.moc"
