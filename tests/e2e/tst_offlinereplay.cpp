// Offline-first end to end, over loopback with two servers: a remote `nest-server` process (behind
// a TCP proxy that can lose an answer) and the app's embedded server. The real app signs up on
// the remote; the remote is stopped mid-session; the user posts, bids twice and votes through
// the views; the actions wait in the outbox and nothing reaches either server; the remote is
// restarted on the same port and data dir; the outbox replays in order; every action exists
// exactly once on the remote, including the post and the bid whose answers the proxy dropped
// on the first tries (sent again with the same Idempotency-Key); the bid on an auction the
// seller ended meanwhile is refused, and the user is told.
#include "communityview.h"
#include "desktopapp.h"
#include "embeddedserver.h"
#include "governanceview.h"
#include "loopbackproxy.h"
#include "marketview.h"
#include "nestserver.h"
#include "offlinecontroller.h"
#include "outboxactions.h"
#include "outboxmodel.h"
#include "proposallistmodel.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nest;

namespace {
const QString kPassword = QStringLiteral("correct horse battery");
} // namespace

class TestOfflineReplay : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_nam;
    quint16 m_remotePort = 0;

    //! A blocking call straight to the remote (not through the proxy), 10 s bound.
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     const QString &token = {}, int *status = nullptr)
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_qs.arg(m_remotePort).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setTransferTimeout(10'000);
        QNetworkReply *reply = m_nam.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10'000);
        }
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status)
            *status = code;
        const QByteArray bytes = reply->readAll();
        reply->deleteLater();
        if (code < 200 || code >= 300)
            qWarning() << method << path << code << bytes;
        return QJsonDocument::fromJson(bytes).object();
    }

    QString signUp(const QString &username)
    {
        call("POST", u"/api/v1/auth/register"_qs,
             {{u"username"_qs, username}, {u"password"_qs, kPassword}});
        return login(username);
    }

    QString login(const QString &username)
    {
        return call("POST", u"/api/v1/auth/login"_qs,
                    {{u"username"_qs, username}, {u"password"_qs, kPassword}})
            .value(u"access_token")
            .toString();
    }

    QString createAuction(const QString &token, const QString &name)
    {
        const QJsonObject body{
            {u"item"_qs, QJsonObject{{u"name"_qs, name}, {u"collection"_qs, u"Offline"_qs}}},
            {u"kind"_qs, u"english"_qs},
            {u"start_price"_qs, 1'000},
            {u"ends_at"_qs, QDateTime::currentMSecsSinceEpoch() + 60 * 60'000}};
        return call("POST", u"/api/v1/market/listings"_qs, body, token).value(u"id").toString();
    }

    //! The bids on `listingId` by `userId`, as the remote has them.
    int bidsBy(const QString &token, const QString &listingId, const QString &userId)
    {
        const QJsonObject detail =
            call("GET", u"/api/v1/market/listings/"_qs + listingId, {}, token);
        int n = 0;
        for (const QJsonValue b : detail.value(u"bids").toArray())
            n += b.toObject().value(u"bidder_id").toString() == userId ? 1 : 0;
        return n;
    }

    int postsWithText(const QString &token, const QString &userId, const QString &text)
    {
        const QJsonObject page =
            call("GET", u"/api/v1/feed/posts?author=%1&limit=100"_qs.arg(userId), {}, token);
        int n = 0;
        for (const QJsonValue p : page.value(u"items").toArray())
            n += p.toObject().value(u"text").toString() == text ? 1 : 0;
        return n;
    }

    int votesBy(const QString &token, const QString &proposalId, const QString &userId)
    {
        const QJsonObject page =
            call("GET", u"/api/v1/governance/proposals/%1/votes?limit=200"_qs.arg(proposalId), {},
                 token);
        int n = 0;
        for (const QJsonValue v : page.value(u"items").toArray())
            n += v.toObject().value(u"user_id").toString() == userId ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void actionsTakenOfflineApplyOnceOnTheRemote()
    {
        QTemporaryDir remoteDir;
        QTemporaryDir appDir;
        QTemporaryDir embeddedDir;
        const QStringList remoteArgs{u"--data-dir"_qs, remoteDir.path()};

        // The remote, and the proxy the app reaches it through.
        QProcess remote;
        m_remotePort =
            test::startServerProcess(remote, QStringLiteral(NEST_SERVER_BINARY), remoteArgs);
        QVERIFY(m_remotePort != 0);
        test::LoopbackProxy proxy;
        QVERIFY(proxy.start(m_remotePort));

        // The app's embedded server, running alongside: the outbox must not send to it.
        server::EmbeddedServer embedded;
        server::ServerConfig embeddedConfig;
        embeddedConfig.address = QHostAddress::LocalHost;
        embeddedConfig.port = 0;
        embeddedConfig.dataDir = embeddedDir.path();
        QString error;
        QVERIFY2(embedded.start(embeddedConfig, false, &error), qPrintable(error));

        // The first account gets every role (it proposes); the seller lists without a key.
        const QString admin = signUp(u"admin"_qs);
        QString seller = signUp(u"seller"_qs);
        QVERIFY(!admin.isEmpty() && !seller.isEmpty());

        desktop::DesktopApp::Options options;
        options.server = QUrl(u"http://127.0.0.1:%1"_qs.arg(proxy.port()));
        options.dataDir = appDir.path();
        desktop::DesktopApp app(options);
        QVERIFY(app.start());
        QSignalSpy signedIn(&app.session(), &client::Session::signedIn);
        app.session().registerAndLogin(u"alice"_qs, kPassword, u"Alice"_qs);
        QVERIFY(signedIn.wait(20'000));
        QTRY_VERIFY_WITH_TIMEOUT(app.outbox().isReady(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(app.window().statusText().contains(u"Live"_qs), 15'000);
        const QString alice = app.session().user().id;
        const QString aliceToken = login(u"alice"_qs);
        // The signing key is made and registered while online: bids are then verified.
        bool keyReady = false;
        app.userKeys().ensureReady([&keyReady](bool ok, const QString &) { keyReady = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(keyReady, 15'000);

        // Made while online: two auctions by the seller, two proposals Alice may vote on (one
        // closes a few seconds from now, while the remote is away).
        const QString lamp = createAuction(seller, u"Lamp"_qs);
        const QString vase = createAuction(seller, u"Vase"_qs);
        const auto propose = [&](const QString &title, qint64 endsAt) {
            return call("POST", u"/api/v1/governance/proposals"_qs,
                        {{u"title"_qs, title},
                         {u"body"_qs, u"Open until ten."_qs},
                         {u"choices"_qs, QJsonArray{u"Yes"_qs, u"No"_qs}},
                         {u"voting"_qs, u"single"_qs},
                         {u"weighting"_qs, u"equal"_qs},
                         {u"quorum"_qs, 1},
                         {u"ends_at"_qs, endsAt}},
                        admin)
                .value(u"id")
                .toString();
        };
        const QString proposalId =
            propose(u"Longer opening hours"_qs, QDateTime::currentMSecsSinceEpoch() + 3'600'000);
        const qint64 shortEnds = QDateTime::currentMSecsSinceEpoch() + 5'000;
        const QString shortVote = propose(u"Quick poll"_qs, shortEnds);
        QVERIFY(!lamp.isEmpty() && !vase.isEmpty() && !proposalId.isEmpty()
                && !shortVote.isEmpty());

        auto *community = app.window().findChild<ui::CommunityView *>();
        auto *governance = app.window().findChild<ui::GovernanceView *>();
        auto *offline = app.findChild<desktop::OfflineController *>();
        QVERIFY(community && governance && offline);
        QSignalSpy notified(offline, &desktop::OfflineController::notification);

        // The proposals have reached the view (their titles name the queued votes).
        QTRY_VERIFY_WITH_TIMEOUT(governance->model().find(shortVote) != nullptr, 10'000);
        // The remote goes away mid-session.
        remote.terminate();
        QVERIFY(remote.waitForFinished(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(!app.window().statusText().contains(u"Live"_qs), 15'000);

        // The user acts: each action is queued, and the view says so.
        const QString text = u"Written while the server was away"_qs;
        Q_EMIT community->postRequested(text);
        QTRY_COMPARE_WITH_TIMEOUT(community->messageText(), desktop::OutboxActions::queuedText(),
                                  15'000);
        QVERIFY(community->composeText().isEmpty());
        Q_EMIT app.marketView().bidRequested(lamp, 1'500);
        QTRY_COMPARE_WITH_TIMEOUT(app.marketView().noticeText(),
                                  desktop::OutboxActions::queuedText(), 10'000);
        Q_EMIT governance->voteRequested(proposalId, {0});
        QTRY_COMPARE_WITH_TIMEOUT(app.outbox().pendingCount(), 3, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(governance->notice(), desktop::OutboxActions::queuedText(),
                                  10'000);
        Q_EMIT app.marketView().bidRequested(vase, 1'200);
        QTRY_COMPARE_WITH_TIMEOUT(app.outbox().pendingCount(), 4, 10'000);
        Q_EMIT governance->voteRequested(shortVote, {1});
        QTRY_COMPARE_WITH_TIMEOUT(app.outbox().pendingCount(), 5, 10'000);

        QStringList kinds;
        for (const client::OutboxEntry &entry : app.outbox().entries())
            kinds << entry.kind;
        QCOMPARE(kinds, (QStringList{u"post"_qs, u"bid"_qs, u"vote"_qs, u"bid"_qs, u"vote"_qs}));
        QVERIFY(app.window().showView(u"outbox"_qs));
        auto *table = app.window().findChild<QTableView *>(u"outboxTable"_qs);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 5);
        auto *nav = app.window().findChild<QListWidget *>(u"navigation"_qs);
        QVERIFY(nav);
        const auto outboxTitle = [nav] {
            for (int row = 0; row < nav->count(); ++row) {
                if (nav->item(row)->text().startsWith(u"Outbox"))
                    return nav->item(row)->text();
            }
            return QString();
        };
        QCOMPARE(outboxTitle(), u"Outbox (5)"_qs);

        // Back on the same port and data dir; the queue is held until the test has looked.
        app.outbox().setPaused(true);
        QCOMPARE(test::startServerProcess(remote, QStringLiteral(NEST_SERVER_BINARY), remoteArgs,
                                          m_remotePort),
                 m_remotePort);
        seller = login(u"seller"_qs);
        QCOMPARE(postsWithText(aliceToken, alice, text), 0);
        QCOMPARE(bidsBy(aliceToken, lamp, alice), 0);
        QCOMPARE(votesBy(aliceToken, proposalId, alice), 0);
        // Meanwhile the quick poll closes and the seller ends the vase auction: that vote and
        // that bid will be refused.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > shortEnds + 200, 10'000);
        int status = 0;
        call("DELETE", u"/api/v1/market/listings/"_qs + vase, {}, seller, &status);
        QVERIFY(status >= 200 && status < 300);

        // Answers are lost on the way back while the server acts on the requests (Qt resends a
        // request whose answer never came, and loses that answer too) until the outbox has seen
        // the failure itself; it then sends the action again with the same key (and for the
        // bid, the same signed body). First the post's, then the bid's.
        const QByteArray postLine = "POST /api/v1/feed/posts HTTP";
        const QByteArray bidPath = u"/api/v1/market/listings/%1/bids"_qs.arg(lamp).toUtf8();
        const QString postKey = app.outbox().entries().at(0).idempotencyKey;
        const QString bidKey = app.outbox().entries().at(1).idempotencyKey;
        // (Tries made while the remote was down reached the proxy, not the remote.)
        const int postsTried = proxy.requestsSeen(postLine);
        const int bidsTried = proxy.requestsSeen(bidPath);
        QSignalSpy stalled(&app.outbox(), &client::Outbox::stalled);
        proxy.dropResponsesTo(postLine);
        app.outbox().setPaused(false);
        QVERIFY(stalled.wait(30'000));
        QCOMPARE(app.outbox().entries().front().kind, u"post"_qs);
        QCOMPARE(app.outbox().entries().front().idempotencyKey, postKey);
        const int postDrops = proxy.droppedCount();
        QVERIFY(postDrops >= 1);
        proxy.dropResponsesTo(bidPath);
        QVERIFY(stalled.wait(30'000));
        QCOMPARE(app.outbox().entries().front().kind, u"bid"_qs);
        QCOMPARE(app.outbox().entries().front().idempotencyKey, bidKey);
        QVERIFY(proxy.droppedCount() > postDrops);
        proxy.stopDropping();
        QTRY_COMPARE_WITH_TIMEOUT(app.outbox().pendingCount(), 0, 90'000);

        // Every action exactly once on the remote, the post and the bid sent more than once.
        QCOMPARE(postsWithText(aliceToken, alice, text), 1);
        QCOMPARE(bidsBy(aliceToken, lamp, alice), 1);
        QCOMPARE(votesBy(aliceToken, proposalId, alice), 1);
        QCOMPARE(bidsBy(aliceToken, vase, alice), 0);
        QCOMPARE(proxy.requestsSeen(postLine) - postsTried, postDrops + 1);
        QCOMPARE(proxy.requestsSeen(bidPath) - bidsTried, proxy.droppedCount() - postDrops + 1);
        QCOMPARE(call("GET", u"/api/v1/market/listings/"_qs + lamp, {}, aliceToken)
                     .value(u"current_price")
                     .toInteger(),
                 1'500);

        QCOMPARE(votesBy(aliceToken, shortVote, alice), 0);

        // The refusals: in the Outbox panel with the server's reason, in the views, and as
        // notifications.
        const std::vector<client::OutboxEntry> left = app.outbox().entries();
        QCOMPARE(left.size(), size_t(2));
        QCOMPARE(left.at(0).state, client::OutboxEntry::State::Refused);
        QCOMPARE(left.at(0).errorCode, u"auction_ended"_qs);
        QCOMPARE(left.at(1).state, client::OutboxEntry::State::Refused);
        QCOMPARE(left.at(1).errorCode, u"voting_closed"_qs);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(outboxTitle(), u"Outbox"_qs); // a refused action no longer waits
        for (int row = 0; row < 2; ++row) {
            QVERIFY(table->model()
                        ->index(row, ui::OutboxModel::StateColumn)
                        .data()
                        .toString()
                        .contains(left.at(size_t(row)).errorMessage));
        }
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 5'000);
        QCOMPARE(notified.at(0).at(0).toString(), u"Action refused"_qs);
        QVERIFY(notified.at(1).at(1).toString().contains(u"Quick poll"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(app.marketView().noticeText(), u"This auction has ended."_qs,
                                  5'000);

        // Nothing went to the embedded server: it never saw an account.
        qint64 embeddedUsers = -1;
        embedded.runBlocking([&](server::NestServer &s) { embeddedUsers = s.userCount(); });
        QCOMPARE(embeddedUsers, 0);

        app.session().logout();
        remote.terminate();
        QVERIFY(remote.waitForFinished(10'000));
        embedded.stop();
    }
};

QTEST_MAIN(TestOfflineReplay)
#include "tst_offlinereplay.moc"
