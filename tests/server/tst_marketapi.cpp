// The marketplace through the real server on a test clock: every rule of the contract (fee,
// escrow, minimum increment, anti-sniping, Dutch price, offers and their expiry, cancel
// refusals, signatures), the money invariant after each, and what the stream says.
#include "base64url.h"
#include "ed25519.h"
#include "marketservice.h"
#include "marketstore.h"
#include "paramstore.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QWebSocket>

using namespace nest::test;
using nest::server::MarketService;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kStart = 1'800'000'000'000; // the test clock's epoch
} // namespace

class TestMarketApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    qint64 m_now = kStart;
    QString m_admin, m_seller, m_alice, m_bob;
    QString m_sellerId, m_aliceId, m_bobId;

    Reply call(const QByteArray &method, const QString &path, const QString &token,
               const QJsonObject &body = {}, const QByteArray &key = {})
    {
        QList<QNetworkReply::RawHeaderPair> headers;
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key});
        return m_server->call(method, path, body, token, headers);
    }
    QString createListing(const QString &token, const QJsonObject &fields,
                          const QString &name = u"Heron"_qs)
    {
        QJsonObject body = fields;
        body.insert(u"item"_qs, QJsonObject{{u"name"_qs, name}, {u"collection"_qs, u"Birds"_qs}});
        const Reply r = call("POST", u"/api/v1/market/listings"_qs, token, body);
        if (r.status != 201)
            qWarning() << "create listing:" << r.status << r.body;
        return r.json().value(u"id").toString();
    }
    Reply bid(const QString &token, const QString &listing, qint64 amount)
    {
        return call("POST", u"/api/v1/market/listings/%1/bids"_qs.arg(listing), token,
                    {{u"amount"_qs, amount}});
    }
    QJsonObject wallet(const QString &token)
    {
        return call("GET", u"/api/v1/wallet"_qs, token).json();
    }
    qint64 balance(const QString &token) { return wallet(token).value(u"balance").toInteger(); }
    qint64 escrow(const QString &token) { return wallet(token).value(u"escrow").toInteger(); }
    QJsonObject listing(const QString &id)
    {
        return call("GET", u"/api/v1/market/listings/"_qs + id, m_alice).json();
    }
    void checkInvariant()
    {
        const MarketService::Totals t = m_server->server().market().totals();
        QCOMPARE(t.balances + t.escrow + t.treasury, t.issued);
    }

private Q_SLOTS:
    void initTestCase()
    {
        nest::server::ServerConfig config;
        config.market.now = [this] { return m_now; };
        config.market.autoSettle = false;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_admin = m_server->signUp(u"admin"_qs).value(u"access_token").toString();
        const auto signUp = [this](const QString &name, QString *id) {
            const QJsonObject login = m_server->signUp(name);
            *id = login.value(u"user").toObject().value(u"id").toString();
            return login.value(u"access_token").toString();
        };
        m_seller = signUp(u"seller"_qs, &m_sellerId);
        m_alice = signUp(u"alice"_qs, &m_aliceId);
        m_bob = signUp(u"bob"_qs, &m_bobId);
        QVERIFY(!m_seller.isEmpty() && !m_alice.isEmpty() && !m_bob.isEmpty());
    }

    void init() { m_now += 60 * kMinute; }
    void cleanup() { checkInvariant(); }

    void configAndStartingBalance()
    {
        const QJsonObject config = call("GET", u"/api/v1/market/config"_qs, m_alice).json();
        QCOMPARE(config.value(u"currency").toString(), u"NST"_qs);
        QCOMPARE(config.value(u"decimals").toInt(), 2);
        QCOMPARE(config.value(u"fee_bps").toInt(), 250);
        QCOMPARE(config.value(u"starting_balance").toInteger(), 1'000'000);
        const QJsonObject w = wallet(m_alice);
        QCOMPARE(w.value(u"balance").toInteger(), 1'000'000);
        QCOMPARE(w.value(u"escrow").toInteger(), 0);
        QCOMPARE(call("GET", u"/api/v1/market/treasury"_qs, m_alice).status, 403);
        QCOMPARE(call("GET", u"/api/v1/market/treasury"_qs, m_admin).status, 200);
    }

    void fixedPriceSalePaysFeeToTreasury()
    {
        const qint64 treasury =
            call("GET", u"/api/v1/market/treasury"_qs, m_admin).json()[u"balance"].toInteger();
        const qint64 sellerBefore = balance(m_seller), buyerBefore = balance(m_bob);
        const QString id =
            createListing(m_seller, {{u"kind"_qs, u"fixed"_qs}, {u"price"_qs, 10'000}});
        QVERIFY(!id.isEmpty());
        QCOMPARE(call("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(id), m_seller).errorCode(),
                 u"own_listing"_qs);
        const Reply r = call("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(id), m_bob);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"status").toString(), u"sold"_qs);
        QCOMPARE(balance(m_bob), buyerBefore - 10'000);
        QCOMPARE(balance(m_seller), sellerBefore + 9'750); // 2.5% fee
        QCOMPARE(call("GET", u"/api/v1/market/treasury"_qs, m_admin).json()[u"balance"].toInteger(),
                 treasury + 250);
        const Reply again = call("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(id), m_alice);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"listing_closed"_qs);
        // The item's price history has the sale.
        const QString item = r.json()[u"item"][u"id"].toString();
        const QJsonArray points =
            call("GET", u"/api/v1/market/items/%1/history"_qs.arg(item), m_alice)
                .json()[u"points"]
                .toArray();
        QCOMPARE(points.size(), 1);
        QCOMPARE(points[0][u"price"].toInteger(), 10'000);
        QCOMPARE(points[0][u"ts"].toInteger(), m_now);
    }

    void feeIsReadAtSaleTime()
    {
        const QString id =
            createListing(m_seller, {{u"kind"_qs, u"fixed"_qs}, {u"price"_qs, 20'000}});
        QString error;
        QVERIFY(
            m_server->server().params().set(nest::server::ParamStore::MarketFeeBps, 100, &error));
        QCOMPARE(call("GET", u"/api/v1/market/config"_qs, m_alice).json()[u"fee_bps"].toInt(), 100);
        const qint64 before = balance(m_seller);
        QCOMPARE(call("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(id), m_alice).status, 200);
        QCOMPARE(balance(m_seller), before + 19'800);
        QVERIFY(
            m_server->server().params().set(nest::server::ParamStore::MarketFeeBps, 250, &error));
    }

    void englishAuctionIncrementEscrowAndSettle()
    {
        const QString id = createListing(m_seller, {{u"kind"_qs, u"english"_qs},
                                                    {u"start_price"_qs, 10'000},
                                                    {u"ends_at"_qs, m_now + 60 * kMinute}});
        const qint64 aliceBefore = balance(m_alice), bobBefore = balance(m_bob);
        const qint64 sellerBefore = balance(m_seller);
        Reply r = bid(m_alice, id, 9'999);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"bid_too_low"_qs);
        QCOMPARE(r.json()[u"error"][u"min_amount"].toInteger(), 10'000);
        QCOMPARE(bid(m_alice, id, 10'000).status, 201);
        QCOMPARE(escrow(m_alice), 10'000);
        QCOMPARE(balance(m_alice), aliceBefore - 10'000);
        // At least 5% more than the leading bid.
        r = bid(m_bob, id, 10'499);
        QCOMPARE(r.errorCode(), u"bid_too_low"_qs);
        QCOMPARE(r.json()[u"error"][u"min_amount"].toInteger(), 10'500);
        QCOMPARE(listing(id)[u"min_bid"].toInteger(), 10'500);
        QCOMPARE(bid(m_bob, id, 10'500).status, 201);
        // Outbid: Alice's escrow comes back.
        QCOMPARE(escrow(m_alice), 0);
        QCOMPARE(balance(m_alice), aliceBefore);
        QCOMPARE(escrow(m_bob), 10'500);
        // Nobody bids on their own listing, and an auction cannot be bought outright.
        QCOMPARE(bid(m_seller, id, 20'000).errorCode(), u"own_listing"_qs);
        QCOMPARE(call("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(id), m_alice).errorCode(),
                 u"wrong_kind"_qs);
        QCOMPARE(listing(id)[u"bids"].toArray().size(), 2);

        m_now += 61 * kMinute;
        QCOMPARE(bid(m_alice, id, 50'000).errorCode(), u"auction_ended"_qs);
        QCOMPARE(m_server->server().market().settle(), 1);
        QCOMPARE(m_server->server().market().settle(), 0); // one winner, once
        const QJsonObject done = listing(id);
        QCOMPARE(done[u"status"].toString(), u"sold"_qs);
        QCOMPARE(done[u"buyer_id"].toString(), m_bobId);
        QCOMPARE(done[u"current_price"].toInteger(), 10'500);
        QCOMPARE(escrow(m_bob), 0);
        QCOMPARE(balance(m_bob), bobBefore - 10'500);
        QCOMPARE(balance(m_seller), sellerBefore + 10'500 - 262); // fee rounds down
        QCOMPARE(m_server->server().market().store().saleCount(id), 1);
    }

    void antiSnipingExtendsTheEnd()
    {
        const qint64 end = m_now + 30 * kMinute;
        const QString id = createListing(
            m_seller,
            {{u"kind"_qs, u"english"_qs}, {u"start_price"_qs, 1'000}, {u"ends_at"_qs, end}});
        m_now = end - 10 * kMinute; // outside the last five minutes: no change
        QCOMPARE(bid(m_alice, id, 1'000).json()[u"listing"][u"ends_at"].toInteger(), end);
        m_now = end - 2 * kMinute; // inside: five minutes later
        const Reply r = bid(m_bob, id, 2'000);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[u"listing"][u"ends_at"].toInteger(), end + 5 * kMinute);
        m_now = end + kMinute; // past the original end, before the new one: still open
        QCOMPARE(m_server->server().market().settle(), 0);
        QCOMPARE(bid(m_alice, id, 3'000).status, 201);
        QCOMPARE(listing(id)[u"ends_at"].toInteger(), end + 10 * kMinute);
        m_now = end + 10 * kMinute;
        QCOMPARE(m_server->server().market().settle(), 1);
        QCOMPARE(listing(id)[u"buyer_id"].toString(), m_aliceId);
    }

    void reserveNotMetReleasesEscrow()
    {
        const QString id = createListing(m_seller, {{u"kind"_qs, u"english"_qs},
                                                    {u"start_price"_qs, 1'000},
                                                    {u"reserve"_qs, 50'000},
                                                    {u"ends_at"_qs, m_now + 10 * kMinute}});
        const qint64 before = balance(m_alice);
        QCOMPARE(bid(m_alice, id, 1'000).status, 201);
        m_now += 11 * kMinute;
        QCOMPARE(m_server->server().market().settle(), 1);
        QCOMPARE(listing(id)[u"status"].toString(), u"expired"_qs);
        QCOMPARE(balance(m_alice), before);
        QCOMPARE(escrow(m_alice), 0);
    }

    void dutchPriceAtAGivenMoment()
    {
        QCOMPARE(nest::server::marketrules::dutchPrice(10'000, 2'000, 0, 100, 25), 8'000);
        QCOMPARE(nest::server::marketrules::dutchPrice(10'000, 2'000, 0, 100, 0), 10'000);
        QCOMPARE(nest::server::marketrules::dutchPrice(10'000, 2'000, 0, 100, 100), 2'000);
        QCOMPARE(nest::server::marketrules::dutchPrice(100, 0, 0, 3, 1), 67); // rounds up
        const QString id = createListing(m_seller, {{u"kind"_qs, u"dutch"_qs},
                                                    {u"start_price"_qs, 10'000},
                                                    {u"end_price"_qs, 2'000},
                                                    {u"ends_at"_qs, m_now + 100 * kMinute}});
        m_now += 25 * kMinute;
        QCOMPARE(listing(id)[u"current_price"].toInteger(), 8'000);
        const Reply changed = call("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(id), m_bob,
                                   {{u"amount"_qs, 7'000}});
        QCOMPARE(changed.errorCode(), u"price_changed"_qs);
        const qint64 before = balance(m_bob);
        const Reply r = call("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(id), m_bob,
                             {{u"amount"_qs, 8'000}});
        QCOMPARE(r.status, 200);
        QCOMPARE(balance(m_bob), before - 8'000);
        m_now += 10 * kMinute; // a sold Dutch auction keeps the price it sold at
        QCOMPARE(listing(id)[u"current_price"].toInteger(), 8'000);
    }

    void offersEscrowExpireAndAccept()
    {
        const QString id =
            createListing(m_seller, {{u"kind"_qs, u"fixed"_qs}, {u"price"_qs, 90'000}});
        const qint64 aliceBefore = balance(m_alice), bobBefore = balance(m_bob);
        const auto offer = [&](const QString &token, qint64 amount, qint64 expires) {
            return call("POST", u"/api/v1/market/listings/%1/offers"_qs.arg(id), token,
                        {{u"amount"_qs, amount}, {u"expires_at"_qs, expires}});
        };
        QCOMPARE(offer(m_alice, 50'000, m_now - 1).status, 400);
        const Reply early = offer(m_alice, 50'000, m_now + 5 * kMinute);
        QCOMPARE(early.status, 201);
        const Reply later = offer(m_bob, 60'000, m_now + 60 * kMinute);
        QCOMPARE(escrow(m_alice), 50'000);
        m_now += 6 * kMinute;
        QCOMPARE(m_server->server().market().settle(), 1);
        QCOMPARE(escrow(m_alice), 0);
        QCOMPARE(balance(m_alice), aliceBefore);
        const QString earlyId = early.json()[u"id"].toString();
        const QString laterId = later.json()[u"id"].toString();
        Reply r = call("POST", u"/api/v1/market/offers/%1/accept"_qs.arg(earlyId), m_seller);
        QCOMPARE(r.errorCode(), u"offer_closed"_qs);
        r = call("POST", u"/api/v1/market/offers/%1/accept"_qs.arg(laterId), m_alice);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"not_seller"_qs);
        const qint64 sellerBefore = balance(m_seller);
        r = call("POST", u"/api/v1/market/offers/%1/accept"_qs.arg(laterId), m_seller);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"status"].toString(), u"sold"_qs);
        QCOMPARE(escrow(m_bob), 0);
        QCOMPARE(balance(m_bob), bobBefore - 60'000);
        QCOMPARE(balance(m_seller), sellerBefore + 60'000 - 1'500);
        const QJsonArray offers = listing(id)[u"offers"].toArray();
        QCOMPARE(offers.size(), 2);
    }

    void cancelRules()
    {
        const QString auction = createListing(m_seller, {{u"kind"_qs, u"english"_qs},
                                                         {u"start_price"_qs, 1'000},
                                                         {u"ends_at"_qs, m_now + 30 * kMinute}});
        QCOMPARE(call("DELETE", u"/api/v1/market/listings/"_qs + auction, m_alice).errorCode(),
                 u"not_seller"_qs);
        QCOMPARE(bid(m_alice, auction, 1'000).status, 201);
        const Reply refused = call("DELETE", u"/api/v1/market/listings/"_qs + auction, m_seller);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"has_bids"_qs);

        const QString fixed =
            createListing(m_seller, {{u"kind"_qs, u"fixed"_qs}, {u"price"_qs, 5'000}});
        QCOMPARE(call("POST", u"/api/v1/market/listings/%1/offers"_qs.arg(fixed), m_bob,
                      {{u"amount"_qs, 4'000}, {u"expires_at"_qs, m_now + kMinute}})
                     .status,
                 201);
        QCOMPARE(escrow(m_bob), 4'000);
        const Reply cancelled = call("DELETE", u"/api/v1/market/listings/"_qs + fixed, m_seller);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json()[u"status"].toString(), u"cancelled"_qs);
        QCOMPARE(escrow(m_bob), 0); // the offer was released
        QCOMPARE(call("DELETE", u"/api/v1/market/listings/"_qs + fixed, m_seller).errorCode(),
                 u"listing_closed"_qs);
        m_now += 31 * kMinute;
        m_server->server().market().settle();
    }

    void insufficientFunds()
    {
        const QString id = createListing(m_seller, {{u"kind"_qs, u"english"_qs},
                                                    {u"start_price"_qs, 10},
                                                    {u"ends_at"_qs, m_now + 30 * kMinute}});
        const Reply r = bid(m_alice, id, balance(m_alice) + 1);
        QCOMPARE(r.status, 402);
        QCOMPARE(r.errorCode(), u"insufficient_funds"_qs);
        QCOMPARE(escrow(m_alice), 0);
        QCOMPARE(call("DELETE", u"/api/v1/market/listings/"_qs + id, m_seller).status, 200);
    }

    void validation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("no kind") << QJsonObject{{u"price"_qs, 5}};
        QTest::newRow("fixed without price") << QJsonObject{{u"kind"_qs, u"fixed"_qs}};
        QTest::newRow("zero price") << QJsonObject{{u"kind"_qs, u"fixed"_qs}, {u"price"_qs, 0}};
        QTest::newRow("float price") << QJsonObject{{u"kind"_qs, u"fixed"_qs}, {u"price"_qs, 1.5}};
        QTest::newRow("auction without end")
            << QJsonObject{{u"kind"_qs, u"english"_qs}, {u"start_price"_qs, 5}};
        QTest::newRow("dutch rising") << QJsonObject{{u"kind"_qs, u"dutch"_qs},
                                                     {u"start_price"_qs, 5},
                                                     {u"end_price"_qs, 6},
                                                     {u"ends_at"_qs, kStart * 2}};
    }
    void validation()
    {
        QFETCH(QJsonObject, body);
        body.insert(u"item"_qs, QJsonObject{{u"name"_qs, u"X"_qs}, {u"collection"_qs, u"Y"_qs}});
        const Reply r = call("POST", u"/api/v1/market/listings"_qs, m_seller, body);
        QCOMPARE(r.status, 400);
    }

    void signedActions()
    {
        const nest::security::Ed25519KeyPair keys = nest::security::ed25519::generate();
        const QString publicKey =
            QString::fromLatin1(nest::security::base64url::encode(keys.publicKey));
        QCOMPARE(call("PUT", u"/api/v1/me/public-key"_qs, m_alice, {{u"public_key"_qs, publicKey}})
                     .status,
                 200);
        const QString id = createListing(m_seller, {{u"kind"_qs, u"english"_qs},
                                                    {u"start_price"_qs, 1'000},
                                                    {u"ends_at"_qs, m_now + 30 * kMinute}});
        const auto sign = [&](const QString &action, const QString &listing, qint64 amount,
                              const QByteArray &key) {
            return QString::fromLatin1(
                nest::security::base64url::encode(nest::security::ed25519::sign(
                    keys.secretKey,
                    MarketService::canonicalMessage(action, listing, amount, m_aliceId,
                                                    QString::fromLatin1(key)))));
        };
        // Unsigned, signed for another amount, another key: refused.
        Reply r = bid(m_alice, id, 1'000);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"bad_signature"_qs);
        r = call("POST", u"/api/v1/market/listings/%1/bids"_qs.arg(id), m_alice,
                 {{u"amount"_qs, 1'000}, {u"signature"_qs, sign(u"bid"_qs, id, 999, "k1")}}, "k1");
        QCOMPARE(r.errorCode(), u"bad_signature"_qs);
        r = call("POST", u"/api/v1/market/listings/%1/bids"_qs.arg(id), m_alice,
                 {{u"amount"_qs, 1'000}, {u"signature"_qs, sign(u"bid"_qs, id, 1'000, "k2")}},
                 "k3");
        QCOMPARE(r.errorCode(), u"bad_signature"_qs);
        QCOMPARE(escrow(m_alice), 0);
        r = call("POST", u"/api/v1/market/listings/%1/bids"_qs.arg(id), m_alice,
                 {{u"amount"_qs, 1'000}, {u"signature"_qs, sign(u"bid"_qs, id, 1'000, "k4")}},
                 "k4");
        QCOMPARE(r.status, 201);
        // A listing signs "new" and its price.
        const QJsonObject listingBody{
            {u"item"_qs, QJsonObject{{u"name"_qs, u"Signed"_qs}, {u"collection"_qs, u"Keys"_qs}}},
            {u"kind"_qs, u"fixed"_qs},
            {u"price"_qs, 777},
            {u"signature"_qs, sign(u"list"_qs, u"new"_qs, 777, "k5")}};
        QCOMPARE(call("POST", u"/api/v1/market/listings"_qs, m_alice, listingBody, "k5").status,
                 201);
        // Users without a key need no signature (Bob above); a buy signs its amount.
        const QString fixed =
            createListing(m_seller, {{u"kind"_qs, u"fixed"_qs}, {u"price"_qs, 300}});
        r = call("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(fixed), m_alice,
                 {{u"amount"_qs, 300}, {u"signature"_qs, sign(u"buy"_qs, fixed, 300, "k6")}}, "k6");
        QCOMPARE(r.status, 200);
        m_now += 31 * kMinute;
        m_server->server().market().settle();
    }

    void streamAndQueries()
    {
        QWebSocket socket;
        QList<QJsonObject> events;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            if (m.value(u"type").toString() == u"event")
                events.append(m.value(u"data").toObject());
            else if (m.value(u"type").toString() == u"ready")
                socket.sendTextMessage(u"{\"type\":\"subscribe\",\"topics\":[\"market\"]}"_qs);
        });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(m_server->port())));
        request.setRawHeader("Authorization", "Bearer " + m_bob.toLatin1());
        socket.open(request);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 5000);
        QTest::qWait(200); // the subscription is in place
        const QString id = createListing(m_seller,
                                         {{u"kind"_qs, u"english"_qs},
                                          {u"start_price"_qs, 500},
                                          {u"ends_at"_qs, m_now + 30 * kMinute}},
                                         u"Streamed Kingfisher"_qs);
        QCOMPARE(bid(m_seller == m_admin ? m_bob : m_admin, id, 500).status, 201);
        QCOMPARE(bid(m_bob, id, 600).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 3, 5000);
        QCOMPARE(events[0][u"kind"].toString(), u"listing.created"_qs);
        QCOMPARE(events[1][u"kind"].toString(), u"bid.placed"_qs);
        QCOMPARE(events[2][u"bid"][u"amount"].toInteger(), 600);
        const QString outbid = events[2][u"outbid_id"].toString();
        QVERIFY(!outbid.isEmpty() && outbid != m_bobId); // the admin, who led before
        QCOMPARE(events[2][u"listing"][u"current_price"].toInteger(), 600);

        const auto items = [&](const QString &query) {
            return call("GET", u"/api/v1/market/listings?"_qs + query, m_alice)
                .json()[u"items"]
                .toArray();
        };
        QCOMPARE(items(u"q=streamed%20KING"_qs).size(), 1);
        QCOMPARE(items(u"q=streamed&min_price=601"_qs).size(), 0);
        QCOMPARE(items(u"q=streamed&max_price=600&status=active"_qs).size(), 1);
        QCOMPARE(items(u"q=streamed&status=sold"_qs).size(), 0);
        const QJsonArray byPrice = items(u"status=active&sort=-price"_qs);
        QVERIFY(byPrice.size() >= 1);
        for (qsizetype i = 1; i < byPrice.size(); ++i)
            QVERIFY(byPrice[i - 1][u"current_price"].toInteger()
                    >= byPrice[i][u"current_price"].toInteger());
        const QJsonObject page = call("GET", u"/api/v1/market/listings?limit=2"_qs, m_alice).json();
        QCOMPARE(page[u"items"].toArray().size(), 2);
        const QString cursor = page[u"next_cursor"].toString();
        QVERIFY(!cursor.isEmpty());
        const QJsonObject next =
            call("GET", u"/api/v1/market/listings?limit=2&cursor="_qs + cursor, m_alice).json();
        QVERIFY(next[u"items"][0][u"id"] != page[u"items"][0][u"id"]);
        QCOMPARE(call("GET", u"/api/v1/market/listings?sort=bogus"_qs, m_alice).status, 400);
        m_now += 31 * kMinute;
        m_server->server().market().settle();
    }

    void settlesOnTimeByItself()
    {
        // The real clock and the server's own timer: nothing calls settle() here.
        TestServer live;
        QVERIFY(live.start());
        const QString seller = live.signUp(u"seller"_qs).value(u"access_token").toString();
        const QString buyer = live.signUp(u"buyer"_qs).value(u"access_token").toString();
        const qint64 soon = QDateTime::currentMSecsSinceEpoch() + 800;
        QJsonObject body{
            {u"item"_qs, QJsonObject{{u"name"_qs, u"A"_qs}, {u"collection"_qs, u"B"_qs}}},
            {u"kind"_qs, u"dutch"_qs},
            {u"start_price"_qs, 100},
            {u"end_price"_qs, 50},
            {u"ends_at"_qs, soon}};
        const QString dutch =
            live.call("POST", u"/api/v1/market/listings"_qs, body, seller).json()[u"id"].toString();
        body[u"kind"_qs] = u"fixed"_qs;
        body[u"price"_qs] = 100;
        const QString fixed =
            live.call("POST", u"/api/v1/market/listings"_qs, body, seller).json()[u"id"].toString();
        QCOMPARE(live.call("POST", u"/api/v1/market/listings/%1/offers"_qs.arg(fixed),
                           {{u"amount"_qs, 80}, {u"expires_at"_qs, soon}}, buyer)
                     .status,
                 201);
        QCOMPARE(live.call("GET", u"/api/v1/wallet"_qs, {}, buyer).json()[u"escrow"].toInteger(),
                 80);
        QTRY_COMPARE_WITH_TIMEOUT(
            live.call("GET", u"/api/v1/market/listings/"_qs + dutch, {}, buyer)
                .json()[u"status"]
                .toString(),
            u"expired"_qs, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            live.call("GET", u"/api/v1/wallet"_qs, {}, buyer).json()[u"escrow"].toInteger(), 0,
            5000);
    }

    void demoContent()
    {
        TestServer demo;
        QVERIFY(demo.start());
        QString error;
        QVERIFY2(demo.server().seedDemo(&error), qPrintable(error));
        const Reply login =
            demo.call("POST", u"/api/v1/auth/login"_qs,
                      {{u"username"_qs, u"demo"_qs}, {u"password"_qs, u"nest-demo"_qs}});
        const QString token = login.json()[u"access_token"].toString();
        const QJsonArray live =
            demo.call("GET", u"/api/v1/market/listings?status=active&limit=200"_qs, {}, token)
                .json()[u"items"]
                .toArray();
        QVERIFY(live.size() >= 12);
        QSet<QString> kinds, collections;
        bool bidOn = false;
        for (const QJsonValue l : live) {
            kinds.insert(l[u"kind"].toString());
            collections.insert(l[u"item"][u"collection"].toString());
            bidOn = bidOn || l[u"bid_count"].toInt() > 0;
        }
        QCOMPARE(kinds.size(), 3);
        QVERIFY(collections.size() >= 4);
        QVERIFY(bidOn);
        const QString item = live[0][u"item"][u"id"].toString();
        QVERIFY(demo.call("GET", u"/api/v1/market/items/%1/history"_qs.arg(item), {}, token)
                    .json()[u"points"]
                    .toArray()
                    .size()
                >= 3);
        const auto totals = demo.server().market().totals();
        QCOMPARE(totals.balances + totals.escrow + totals.treasury, totals.issued);
        QCOMPARE(totals.issued, 4 * 1'000'000);
    }
};

QTEST_GUILESS_MAIN(TestMarketApi)
#include "tst_marketapi.moc"
