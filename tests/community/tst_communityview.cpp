// The Community view and the Moderation page driven like a user would, each client with its own
// ApiClient and stream against one real server: post, comment, like (and its rollback), report;
// a moderator hides a post and it vanishes from another member's feed through the stream; the
// chain check finds a tampered log entry. User text is always rendered as plain text.
#include "apiclient.h"
#include "authprovider.h"
#include "communitycontroller.h"
#include "communityview.h"
#include "database.h"
#include "feedmodel.h"
#include "moderationcontroller.h"
#include "moderationlogmodel.h"
#include "moderationview.h"
#include "outbox.h"
#include "postpanel.h"
#include "profilepanel.h"
#include "reasondialog.h"
#include "reportqueuemodel.h"
#include "secretstore.h"
#include "streamclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace nest;

namespace {
struct TokenAuth : client::AuthProvider {
    QString token;
    QString accessToken() const override { return token; }
    void refreshAccessToken(std::function<void(bool)> done) override { done(false); }
};

//! One signed-in app: its own HTTP client, stream, views and controllers.
struct AppClient {
    AppClient(test::TestServer &server, const QJsonObject &login)
        : api(nam)
    {
        auth.token = login[u"access_token"].toString();
        userId = login[u"user"][u"id"].toString();
        const bool moderator =
            login[u"user"][u"roles"].toArray().contains(QJsonValue(u"moderator"_qs));
        api.setBaseUrl(server.url(QString()));
        api.setAuthProvider(&auth);
        // Writes go through the outbox, as in the app.
        outbox.open(outboxDir.filePath(u"outbox.sqlite"_qs), {api.serverOrigin(), userId, {}});
        community = std::make_unique<desktop::CommunityController>(api, stream, outbox, view);
        moderation = std::make_unique<desktop::ModerationController>(api, stream, outbox, modView);
        stream.setUrl(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(server.port())));
        stream.setAccessToken(auth.token);
        stream.setTopics(moderator ? QStringList{u"feed"_qs, u"moderation"_qs}
                                   : QStringList{u"feed"_qs});
        stream.start();
        community->activate(userId, moderator);
        if (moderator)
            moderation->activate();
        view.resize(1100, 700);
        view.show();
    }
    ~AppClient() { stream.stop(); }
    bool live() const
    {
        return QTest::qWaitFor(
            [this] {
                return stream.state() == client::StreamClient::State::Live && community->isLoaded();
            },
            10'000);
    }

    QNetworkAccessManager nam;
    TokenAuth auth;
    client::ApiClient api;
    QTemporaryDir outboxDir;
    client::SecretStore secrets{u"nest-desktop-tst-communityview"_qs};
    client::Outbox outbox{api, secrets};
    client::StreamClient stream;
    ui::CommunityView view;
    ui::ModerationView modView;
    std::unique_ptr<desktop::CommunityController> community;
    std::unique_ptr<desktop::ModerationController> moderation;
    QString userId;
};

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

ui::ReasonDialog *openDialog(QWidget &parent)
{
    ui::ReasonDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            // An earlier dialog may still await its deleteLater(): take the visible one.
            for (ui::ReasonDialog *d : parent.findChildren<ui::ReasonDialog *>())
                if (d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        },
        5000);
    return shown ? dialog : nullptr;
}

void clickRow(QListView *list, int row)
{
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}
} // namespace

class TestCommunityView : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<AppClient> m_mod;
    std::unique_ptr<AppClient> m_alice;
    std::unique_ptr<AppClient> m_bob;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        QVERIFY(m_server->start());
        const QJsonObject mod = m_server->signUp(u"moder"_qs); // first: every role
        const QJsonObject alice = m_server->signUp(u"alice"_qs);
        const QJsonObject bob = m_server->signUp(u"bob"_qs);
        m_mod = std::make_unique<AppClient>(*m_server, mod);
        m_alice = std::make_unique<AppClient>(*m_server, alice);
        m_bob = std::make_unique<AppClient>(*m_server, bob);
        QVERIFY(m_mod->live());
        QVERIFY(m_alice->live());
        QVERIFY(m_bob->live());
    }
    void cleanupTestCase()
    {
        m_bob.reset();
        m_alice.reset();
        m_mod.reset();
        m_server.reset();
    }

    void composeCountsAndPostsPlainText()
    {
        ui::CommunityView &view = m_alice->view;
        auto *compose = child<QPlainTextEdit>(view, u"compose"_qs);
        auto *count = child<QLabel>(view, u"composeCount"_qs);
        auto *post = child<QPushButton>(view, u"postButton"_qs);
        QVERIFY(compose && count && post);
        QVERIFY(!post->isEnabled()); // nothing to post yet
        const QString text =
            u"<b>bold?</b> <img src=x onerror=alert(1)> <a href=\"http://x\">link</a>"_qs;
        compose->setFocus();
        QTest::keyClicks(compose, text);
        QCOMPARE(view.composeText(), text);
        QCOMPARE(count->text(), u"%1 / 2,000"_qs.arg(text.size()));
        compose->setPlainText(QString(2001, u'x'));
        QCOMPARE(count->text(), u"2,001 / 2,000"_qs);
        QVERIFY(!post->isEnabled());
        compose->setPlainText(text);
        QVERIFY(post->isEnabled());
        QTest::mouseClick(post, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view.feed()->rowCount(), 1, 10'000);
        QCOMPARE(view.feed()->index(0).data(ui::FeedModel::TextRole).toString(), text);
        QVERIFY(view.composeText().isEmpty());

        // Bob's reading position stays: the post waits under "1 new post".
        ui::CommunityView &bob = m_bob->view;
        QTRY_COMPARE_WITH_TIMEOUT(bob.pendingCount(), 1, 10'000);
        QCOMPARE(bob.feed()->rowCount(), 0);
        auto *bar = child<QPushButton>(bob, u"newPosts"_qs);
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->text(), u"1 new post"_qs);
        QTest::mouseClick(bar, Qt::LeftButton);
        QCOMPARE(bob.feed()->rowCount(), 1);
        QCOMPARE(bob.pendingCount(), 0);
        QVERIFY(!bar->isVisible());

        // The thread shows the text as characters, never as markup.
        clickRow(bob.feedList(), 0);
        auto *shown = child<QLabel>(*bob.postPanel(), u"postText"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(shown->text(), text, 10'000);
        QCOMPARE(shown->textFormat(), Qt::PlainText);
        for (QLabel *label : bob.findChildren<QLabel *>())
            QVERIFY2(label->textFormat() != Qt::RichText, qPrintable(label->objectName()));
    }

    void commentLikeAndRollback()
    {
        ui::CommunityView &bob = m_bob->view;
        ui::PostPanel *panel = bob.postPanel();
        QVERIFY(!panel->postId().isEmpty());
        const QString postId = panel->postId();

        auto *box = child<QLineEdit>(*panel, u"commentBox"_qs);
        QTest::keyClicks(box, u"<i>nice</i>"_qs);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(panel->commentCount(), 1, 10'000);
        auto *comment = child<QLabel>(*panel, u"commentText"_qs);
        QCOMPARE(comment->text(), u"<i>nice</i>"_qs);
        QCOMPARE(comment->textFormat(), Qt::PlainText);
        QVERIFY(box->text().isEmpty());
        // Alice's feed learns of it through the stream.
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->view.feed()->post(postId)->commentCount, qint64(1),
                                  10'000);

        // Like: the heart changes at once, the server confirms.
        auto *like = child<QPushButton>(*panel, u"likeButton"_qs);
        QTest::mouseClick(like, Qt::LeftButton);
        QCOMPARE(bob.feed()->post(postId)->likedByMe, true); // before any answer
        QCOMPARE(bob.feed()->post(postId)->likeCount, qint64(1));
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->view.feed()->post(postId)->likeCount, qint64(1), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(like->isChecked(), 5000);

        // Suspended, the unlike is refused: the optimistic change rolls back.
        const test::Reply suspended =
            m_server->call("POST", u"/api/v1/moderation/users/%1/suspend"_qs.arg(m_bob->userId),
                           {{u"until"_qs, QDateTime::currentMSecsSinceEpoch() + 600'000},
                            {u"reason"_qs, u"cool down"_qs}},
                           m_mod->auth.token);
        QCOMPARE(suspended.status, 200);
        QTest::mouseClick(like, Qt::LeftButton);
        QCOMPARE(bob.feed()->post(postId)->likedByMe, false); // optimistic
        QTRY_COMPARE_WITH_TIMEOUT(bob.feed()->post(postId)->likedByMe, true, 10'000);
        QCOMPARE(bob.feed()->post(postId)->likeCount, qint64(1));
        QVERIFY(like->isChecked());
        QVERIFY(!bob.messageText().isEmpty());
        QCOMPARE(m_server
                     ->call("POST", u"/api/v1/moderation/users/%1/unsuspend"_qs.arg(m_bob->userId),
                            {{u"reason"_qs, u"ok"_qs}}, m_mod->auth.token)
                     .status,
                 200);
    }

    void authorProfile()
    {
        QCOMPARE(m_server
                     ->call("PATCH", u"/api/v1/me"_qs,
                            {{u"display_name"_qs, u"Alice <3"_qs},
                             {u"bio"_qs, u"<script>alert(1)</script> gardener"_qs}},
                            m_alice->auth.token)
                     .status,
                 200);
        ui::CommunityView &bob = m_bob->view;
        QTest::mouseClick(child<QPushButton>(*bob.postPanel(), u"postAuthor"_qs), Qt::LeftButton);
        ui::ProfilePanel *profile = bob.profilePanel();
        QTRY_COMPARE_WITH_TIMEOUT(profile->userId(), m_alice->userId, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(profile->posts()->rowCount(), 1, 10'000);
        auto *bio = child<QLabel>(*profile, u"profileBio"_qs);
        QCOMPARE(bio->text(), u"<script>alert(1)</script> gardener"_qs);
        QCOMPARE(bio->textFormat(), Qt::PlainText);
        QCOMPARE(child<QLabel>(*profile, u"profileName"_qs)->text(), u"Alice <3"_qs);
        QVERIFY(child<QLabel>(*profile, u"profileFacts"_qs)->text().contains(u"1 post"_qs));
        QVERIFY(!child<QLabel>(*profile, u"profileSuspension"_qs)->isVisible());
    }

    void reportReachesTheModeratorsQueue()
    {
        ui::CommunityView &bob = m_bob->view;
        const QString postId = bob.postPanel()->postId();
        QTest::mouseClick(child<QPushButton>(*bob.postPanel(), u"reportButton"_qs), Qt::LeftButton);
        ui::ReasonDialog *dialog = openDialog(bob);
        QVERIFY(dialog);
        dialog->setReason(u"looks like a phishing link"_qs);
        dialog->accept();
        ui::ReportQueueModel *queue = m_mod->modView.queue();
        QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), 1, 10'000); // live, via `moderation`
        QCOMPARE(queue->reportAt(0).postId, postId);
        QCOMPARE(queue->reportAt(0).reason, u"looks like a phishing link"_qs);
        QVERIFY(queue->reportAt(0).post.has_value());
        // Members cannot read the moderation topic, nor see a Moderation page's data.
        QCOMPARE(m_bob->modView.queue()->rowCount(), 0);
    }

    void moderatorHidesAndOthersLoseThePost()
    {
        ui::ModerationView &page = m_mod->modView;
        page.resize(1000, 700);
        page.show();
        const QString postId = page.queue()->reportAt(0).postId;
        QTRY_VERIFY_WITH_TIMEOUT(page.queueTable()->currentIndex().isValid(), 5000);
        QVERIFY(m_bob->view.feed()->rowOf(postId) >= 0);

        // One key: H asks for a reason, then hides.
        page.activateWindow();
        page.queueTable()->setFocus();
        QTest::keyClick(page.queueTable(), Qt::Key_H);
        ui::ReasonDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        dialog->setReason(u"phishing"_qs);
        dialog->accept();

        // Bob loses it through the stream; the author still sees it, marked hidden.
        QTRY_COMPARE_WITH_TIMEOUT(m_bob->view.feed()->rowOf(postId), -1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_alice->view.feed()->post(postId)
                                     && m_alice->view.feed()->post(postId)->hidden,
                                 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.queue()->rowCount(), 0, 10'000); // resolved
        QTRY_VERIFY_WITH_TIMEOUT(page.log()->rowCount() >= 3, 10'000);  // suspend, unsuspend, hide
        QCOMPARE(page.log()->entries().last().action, u"hide"_qs);
        QCOMPARE(page.log()->entries().last().reason, u"phishing"_qs);
    }

    void moderatorUnhidesFromThePostPanel()
    {
        // The moderator's own feed keeps the hidden post, marked; its panel offers "Unhide…".
        ui::CommunityView &mod = m_mod->view;
        const QString postId = m_mod->modView.log()->entries().last().targetId;
        mod.showNewPosts();
        QTRY_VERIFY_WITH_TIMEOUT(mod.feed()->post(postId) && mod.feed()->post(postId)->hidden,
                                 10'000);
        Q_EMIT mod.postOpened(postId);
        auto *unhide = child<QPushButton>(*mod.postPanel(), u"unhideButton"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(mod.postPanel()->postId() == postId && unhide->isVisible(),
                                 10'000);
        QVERIFY(!child<QPushButton>(*m_alice->view.postPanel(), u"unhideButton"_qs)->isVisible());
        QTest::mouseClick(unhide, Qt::LeftButton);
        ui::ReasonDialog *dialog = openDialog(mod);
        QVERIFY(dialog);
        dialog->setReason(u"false alarm"_qs);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!unhide->isVisible(), 10'000);
        QCOMPARE(mod.feed()->post(postId)->hidden, false);
        // The author's copy follows through the stream (post.updated).
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->view.feed()->post(postId)->hidden, false, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_mod->modView.log()->entries().last().action, u"unhide"_qs,
                                  10'000);
        // Hidden again for the rest of the tests (as it was).
        QCOMPARE(m_server
                     ->call("POST", u"/api/v1/moderation/posts/%1/hide"_qs.arg(postId),
                            {{u"reason"_qs, u"phishing after all"_qs}}, m_mod->auth.token)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_mod->modView.log()->rowCount(), 5, 10'000);
    }

    void verifyChainFindsTampering()
    {
        ui::ModerationView &page = m_mod->modView;
        auto *verify = child<QPushButton>(page, u"verifyButton"_qs);
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.verifyText().startsWith(u"Chain intact"_qs), 10'000);
        QVERIFY(page.verifyText().contains(u"5 entries"_qs));

        QSqlQuery edit(m_server->server().database().db());
        QVERIFY(edit.exec(u"UPDATE moderation_log SET reason = 'nothing to see' WHERE seq = 2"_qs));
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.verifyText().startsWith(u"Chain broken at entry #2"_qs),
                                 10'000);
        QCOMPARE(page.log()->brokenSeq(), 2);
        QCOMPARE(page.log()->index(1, 0).data(ui::ModerationLogModel::BrokenRole).toBool(), true);

        // Export: what the table holds, as the server sent it.
        QTemporaryDir dir;
        QVERIFY(page.exportLog(u"json"_qs, dir.filePath(u"log.json"_qs)));
        QFile json(dir.filePath(u"log.json"_qs));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray exported = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(exported.size(), 5);
        QCOMPARE(exported.at(1)[u"reason"].toString(), u"nothing to see"_qs);
        QVERIFY(page.exportLog(u"csv"_qs, dir.filePath(u"log.csv"_qs)));
        QFile csv(dir.filePath(u"log.csv"_qs));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 6); // header + 5 entries
    }

    void longThreadsPage()
    {
        ui::CommunityView &alice = m_alice->view;
        const test::Reply created = m_server->call(
            "POST", u"/api/v1/feed/posts"_qs, {{u"text"_qs, u"long thread"_qs}}, m_bob->auth.token);
        const QString postId = created.json()[u"id"].toString();
        for (int i = 0; i < 70; ++i)
            QCOMPARE(m_server
                         ->call("POST", u"/api/v1/feed/posts/%1/comments"_qs.arg(postId),
                                {{u"text"_qs, u"reply %1"_qs.arg(i)}}, m_bob->auth.token)
                         .status,
                     201);
        Q_EMIT alice.postOpened(postId);
        QTRY_COMPARE_WITH_TIMEOUT(alice.postPanel()->commentCount(), 50, 10'000);
        auto *more = child<QPushButton>(*alice.postPanel(), u"moreComments"_qs);
        QVERIFY(more->isVisibleTo(alice.postPanel()));
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(alice.postPanel()->commentCount(), 70, 10'000);
        QVERIFY(!more->isVisibleTo(alice.postPanel()));
        const QList<QLabel *> texts = alice.postPanel()->findChildren<QLabel *>(u"commentText"_qs);
        QCOMPARE(texts.last()->text(), u"reply 69"_qs);
    }

    void infiniteScrollPagesThroughTheFeed()
    {
        // 120 more posts: a fresh client sees the first page, scrolling fetches the rest.
        for (int i = 0; i < 120; ++i)
            QCOMPARE(m_server
                         ->call("POST", u"/api/v1/feed/posts"_qs,
                                {{u"text"_qs, u"post %1"_qs.arg(i)}}, m_alice->auth.token)
                         .status,
                     201);
        const QJsonObject login =
            m_server
                ->call("POST", u"/api/v1/auth/login"_qs,
                       {{u"username"_qs, u"bob"_qs}, {u"password"_qs, u"correct horse"_qs}})
                .json();
        AppClient fresh(*m_server, login);
        QVERIFY(fresh.live());
        ui::FeedModel *feed = fresh.view.feed();
        QCOMPARE(feed->rowCount(), 50);
        QCOMPARE(feed->postAt(0).text, u"post 119"_qs);
        for (int round = 0; round < 5 && feed->rowCount() < 121; ++round) {
            const int before = feed->rowCount();
            fresh.view.feedList()->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(feed->rowCount() > before, 10'000);
        }
        QCOMPARE(feed->rowCount(), 121); // visible posts (+ the long thread); not hidden ones
        QStringList texts;
        for (int row = 0; row < feed->rowCount(); ++row)
            texts << feed->postAt(row).text;
        QCOMPARE(texts.first(), u"post 119"_qs);
        QCOMPARE(texts.at(119), u"post 0"_qs);
        QCOMPARE(texts.last(), u"long thread"_qs);
        QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()).size(), 121); // no duplicates
    }

    void suspendWithADurationFromTheQueue()
    {
        const test::Reply post = m_server->call("POST", u"/api/v1/feed/posts"_qs,
                                                {{u"text"_qs, u"BUY NOW"_qs}}, m_bob->auth.token);
        const QString postId = post.json()[u"id"].toString();
        QCOMPARE(m_server
                     ->call("POST", u"/api/v1/feed/posts/%1/reports"_qs.arg(postId),
                            {{u"reason"_qs, u"spam"_qs}}, m_alice->auth.token)
                     .status,
                 201);
        ui::ModerationView &page = m_mod->modView;
        QTRY_COMPARE_WITH_TIMEOUT(page.queue()->rowCount(), 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(page.queueTable()->currentIndex().isValid(), 5000);
        page.queueTable()->setFocus();
        QTest::keyClick(page.queueTable(), Qt::Key_S);
        ui::ReasonDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        QVERIFY(dialog->durationMs() > 0); // suspending asks how long
        dialog->setDurationMs(7LL * 24 * 3'600'000);
        dialog->setReason(u"spam run"_qs);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_server->call("GET", u"/api/v1/users/"_qs + m_bob->userId, {}, m_mod->auth.token)
                 .json()[u"suspended_until"]
                 .isNull(),
            10'000);
        const QJsonObject profile =
            m_server->call("GET", u"/api/v1/users/"_qs + m_bob->userId, {}, m_mod->auth.token)
                .json();
        const qint64 until = profile[u"suspended_until"].toInteger();
        QVERIFY(until >= before + 7LL * 24 * 3'600'000);
        QVERIFY(until <= QDateTime::currentMSecsSinceEpoch() + 7LL * 24 * 3'600'000);
        QCOMPARE(profile[u"suspension_reason"].toString(), u"spam run"_qs);

        // The moderator sees it on the profile and lifts it there.
        Q_EMIT m_mod->view.profileOpened(m_bob->userId);
        auto *lift = child<QPushButton>(*m_mod->view.profilePanel(), u"unsuspendButton"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(lift->isVisibleTo(m_mod->view.profilePanel()), 10'000);
        QVERIFY(child<QLabel>(*m_mod->view.profilePanel(), u"profileSuspension"_qs)
                    ->text()
                    .contains(u"spam run"_qs));
        QTest::mouseClick(lift, Qt::LeftButton);
        dialog = openDialog(m_mod->view);
        QVERIFY(dialog);
        dialog->setReason(u"appeal"_qs);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!lift->isVisibleTo(m_mod->view.profilePanel()), 10'000);
        QVERIFY(m_server->call("GET", u"/api/v1/users/"_qs + m_bob->userId, {}, m_mod->auth.token)
                    .json()[u"suspended_until"]
                    .isNull());
    }
};

QTEST_MAIN(TestCommunityView)
#include "tst_communityview.moc"
