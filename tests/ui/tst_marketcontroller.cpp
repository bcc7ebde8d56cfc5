// MarketController against the real server on a test clock: the user's bids are signed and
// sent, and the user is told (in the view and through notification()) when outbid and when
// auctions they are in end, won or lost.
#include "apiclient.h"
#include "listingsmodel.h"
#include "marketcontroller.h"
#include "marketservice.h"
#include "marketview.h"
#include "outbox.h"
#include "secretstore.h"
#include "session.h"
#include "streamclient.h"
#include "testserver.h"
#include "userkeys.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nest;

class TestMarketController : public QObject {
    Q_OBJECT
private:
    qint64 m_now = QDateTime::currentMSecsSinceEpoch();

private Q_SLOTS:
    void notifiesOutbidAndEndedAuctions()
    {
        server::ServerConfig config;
        config.market.now = [this] { return m_now; };
        config.market.autoSettle = false;
        test::TestServer server(config);
        QVERIFY(server.start());
        server.signUp(u"admin"_qs);
        const QString seller = server.signUp(u"seller"_qs).value(u"access_token").toString();
        const QString rival = server.signUp(u"rival"_qs).value(u"access_token").toString();

        QNetworkAccessManager nam;
        client::ApiClient api(nam, server.url(QString()));
        client::SecretStore secrets(u"nest-desktop-tst-marketcontroller"_qs);
        client::Session session(api, secrets);
        api.setAuthProvider(&session);
        client::UserKeys keys(api, secrets, session);
        client::StreamClient stream;
        ui::MarketView view;
        QTemporaryDir outboxDir;
        client::Outbox outbox(api, secrets);
        desktop::MarketController controller(api, stream, keys, outbox, view);
        QSignalSpy notified(&controller, &desktop::MarketController::notification);
        connect(&session, &client::Session::accessTokenChanged, &stream,
                &client::StreamClient::setAccessToken);

        QSignalSpy signedIn(&session, &client::Session::signedIn);
        session.registerAndLogin(u"trader"_qs, u"correct horse"_qs);
        QVERIFY(signedIn.wait(15'000));
        outbox.open(outboxDir.filePath(u"outbox.sqlite"_qs),
                    {api.serverOrigin(), session.user().username, {}});
        stream.setUrl(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(server.port())));
        stream.setAccessToken(session.accessToken());
        stream.setTopics({u"market"_qs});
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), client::StreamClient::State::Live, 10'000);
        controller.activate(session.user().id);

        const auto auction = [&] {
            const QJsonObject body{
                {u"item"_qs, QJsonObject{{u"name"_qs, u"Lot"_qs}, {u"collection"_qs, u"C"_qs}}},
                {u"kind"_qs, u"english"_qs},
                {u"start_price"_qs, 1'000},
                {u"ends_at"_qs, m_now + 60 * 60'000}};
            return server.call("POST", u"/api/v1/market/listings"_qs, body, seller)
                .json()
                .value(u"id")
                .toString();
        };
        const QString won = auction();
        const QString lost = auction();
        QTRY_VERIFY_WITH_TIMEOUT(view.model().rowOf(won) >= 0 && view.model().rowOf(lost) >= 0,
                                 10'000);

        // Bids through the controller, signed with a key made on first use.
        Q_EMIT view.bidRequested(won, 1'000);
        QTRY_VERIFY_WITH_TIMEOUT(view.noticeText().contains(u"leads"), 15'000);
        QVERIFY(!keys.publicKey().isEmpty());
        Q_EMIT view.bidRequested(lost, 1'000);
        QTRY_COMPARE_WITH_TIMEOUT(view.model().at(view.model().rowOf(lost)).bidCount, 1, 10'000);

        // Somebody else bids more: outbid, in the view and as a notification.
        QCOMPARE(server
                     .call("POST", u"/api/v1/market/listings/%1/bids"_qs.arg(lost),
                           {{u"amount"_qs, 2'000}}, rival)
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 10'000);
        QCOMPARE(notified.takeFirst().at(0).toString(), u"Outbid"_qs);
        QVERIFY(view.noticeText().contains(u"outbid"));

        // Both auctions end: one won, one lost.
        m_now += 61 * 60'000;
        QCOMPARE(server.server().market().settle(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 10'000);
        QStringList titles{notified.at(0).at(0).toString(), notified.at(1).at(0).toString()};
        titles.sort();
        QCOMPARE(titles, (QStringList{u"Auction ended"_qs, u"Auction won"_qs}));
        QTRY_COMPARE_WITH_TIMEOUT(view.model().at(view.model().rowOf(won)).status,
                                  market::Status::Sold, 5'000);
        session.logout();
    }
};

QTEST_MAIN(TestMarketController)
#include "tst_marketcontroller.moc"
