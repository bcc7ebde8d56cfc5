// The views read from the cache: the feed, the listings and the proposals fetched from the real
// server are written to the account's EncryptedCache; when the server stops answering, a reload
// fills the views from it with an "Offline — last updated" note instead of an error; a client
// started while the server is away shows them once its cache opens; when the server is back the
// fresh data replaces them and the note goes.
#include "apiclient.h"
#include "communitycontroller.h"
#include "communityview.h"
#include "encryptedcache.h"
#include "feedmodel.h"
#include "governancecontroller.h"
#include "governanceview.h"
#include "listingsmodel.h"
#include "marketcontroller.h"
#include "marketview.h"
#include "outbox.h"
#include "proposallistmodel.h"
#include "secretstore.h"
#include "session.h"
#include "streamclient.h"
#include "testserver.h"
#include "userkeys.h"
#include "viewcache.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nest;

namespace {
//! One client with the three cached views, its cache opened for `account`.
struct Client {
    explicit Client(client::SecretStore &store)
        : secrets(store)
    {}
    client::SecretStore &secrets;
    QNetworkAccessManager nam;
    client::ApiClient api{nam};
    client::Session session{api, secrets};
    client::UserKeys keys{api, secrets, session};
    client::StreamClient stream;
    client::EncryptedCache cache{secrets};
    desktop::ViewCache viewCache{cache};
    client::Outbox outbox{api, secrets}; //!< the controllers' writes; this test makes none
    ui::CommunityView communityView;
    ui::MarketView marketView;
    ui::GovernanceView governanceView;
    desktop::CommunityController community{api, stream, outbox, communityView};
    desktop::MarketController market{api, stream, keys, outbox, marketView};
    desktop::GovernanceController governance{api, stream, keys, outbox, governanceView};

    void wire(const QUrl &base)
    {
        api.setBaseUrl(base);
        api.setAuthProvider(&session);
        community.setViewCache(&viewCache);
        market.setViewCache(&viewCache);
        governance.setViewCache(&viewCache);
        QUrl ws = base;
        ws.setScheme(QStringLiteral("ws"));
        ws.setPath(QStringLiteral("/api/v1/stream"));
        stream.setUrl(ws);
        stream.setTopics(
            {QStringLiteral("feed"), QStringLiteral("market"), QStringLiteral("governance")});
    }
    void activate(const QString &userId)
    {
        community.activate(userId, false);
        market.activate(userId);
        governance.activate(userId, true);
    }
    int feedRows() { return communityView.feed()->rowCount(); }
    int listingRows() { return marketView.model().rowCount(); }
    int proposalRows() { return governanceView.model().rowCount(); }
};
} // namespace

class TestViewCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void viewsFallBackToTheCache()
    {
        test::TestServer remote;
        QVERIFY(remote.start());
        QString error;
        QVERIFY2(remote.server().seedDemo(&error), qPrintable(error));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
        client::SecretStore secrets(QStringLiteral("nest-desktop-tst-viewcache"));
        const client::SecretKey account{
            remote.url({}).toString(QUrl::RemovePath), QStringLiteral("demo"), {}};

        int feed = 0, listings = 0, proposals = 0;
        {
            Client c(secrets);
            c.wire(remote.url({}));
            QSignalSpy signedIn(&c.session, &client::Session::signedIn);
            c.session.login(QStringLiteral("demo"), QStringLiteral("nest-demo"));
            QVERIFY(signedIn.wait(15'000));
            c.stream.setAccessToken(c.session.accessToken());
            c.stream.start();
            // Fetched before the cache is open (as at sign-in): held and written at ready().
            c.activate(c.session.user().id);
            QTRY_VERIFY_WITH_TIMEOUT(
                c.feedRows() > 0 && c.listingRows() > 0 && c.proposalRows() > 0, 20'000);
            c.cache.open(file, account);
            QTRY_VERIFY_WITH_TIMEOUT(c.cache.isReady(), 10'000);
            feed = c.feedRows();
            listings = c.listingRows();
            proposals = c.proposalRows();
            QTRY_COMPARE_WITH_TIMEOUT(int(c.cache.ids(QStringLiteral("listings")).size()), listings,
                                      10'000);
            QCOMPARE(int(c.cache.ids(QStringLiteral("proposals")).size()), proposals);
            QCOMPARE(int(c.cache.ids(QStringLiteral("feed")).size()), feed);
            QCOMPARE(c.cache.ids(QStringLiteral("index")).size(), 3);

            // The server goes away: a reload shows the last data, said to be offline.
            remote.stop();
            c.community.activate(c.session.user().id, false);
            c.market.reload();
            c.governance.reload();
            QTRY_VERIFY_WITH_TIMEOUT(c.community.isFromCache() && c.market.isFromCache()
                                         && c.governance.isFromCache(),
                                     20'000);
            QCOMPARE(c.feedRows(), feed);
            QCOMPARE(c.listingRows(), listings);
            QCOMPARE(c.proposalRows(), proposals);
            QVERIFY2(c.communityView.messageText().startsWith(QStringLiteral("Offline")),
                     qPrintable(c.communityView.messageText()));
            QVERIFY(c.marketView.noticeText().startsWith(QStringLiteral("Offline")));

            // Back: the stream goes live, fresh data replaces the cached and the note goes.
            QVERIFY(remote.start());
            c.stream.reconnectNow();
            QTRY_VERIFY_WITH_TIMEOUT(!c.community.isFromCache() && !c.market.isFromCache()
                                         && !c.governance.isFromCache(),
                                     60'000);
            QVERIFY(c.communityView.messageText().isEmpty());
            QVERIFY(c.marketView.noticeText().isEmpty());
            c.cache.close();
        }

        // A client that starts while the server is away shows the cache once it opens.
        remote.stop();
        Client c(secrets);
        c.wire(remote.url({}));
        c.activate(QStringLiteral("u_unknown"));
        QTest::qWait(500); // the fetches fail (nothing listens)
        QCOMPARE(c.feedRows(), 0);
        c.cache.open(file, account);
        QTRY_VERIFY_WITH_TIMEOUT(c.community.isFromCache() && c.market.isFromCache()
                                     && c.governance.isFromCache(),
                                 20'000);
        QCOMPARE(c.feedRows(), feed);
        QCOMPARE(c.listingRows(), listings);
        QCOMPARE(c.proposalRows(), proposals);
        c.cache.close();
    }
};

QTEST_MAIN(TestViewCache)
#include "tst_viewcache.moc"
