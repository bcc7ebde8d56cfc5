// OutboxActions, the controllers' one way to send a write, against a real server: an answered
// action runs `done` (not `queued`); one that has to wait runs `queued` at once, then
// `doneAfterQueue` instead of `done`; a refusal arrives as the ApiError a direct call would
// have had; after forget() no handler runs but the action is still sent; a cancelled action
// runs none either; nothing is queued while the outbox is closed.
#include "apiclient.h"
#include "authprovider.h"
#include "feedapi.h"
#include "outbox.h"
#include "outboxactions.h"
#include "secretstore.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nest;
using desktop::OutboxActions;

namespace {
struct StaticToken : client::AuthProvider {
    QString token;
    QString accessToken() const override { return token; }
    void refreshAccessToken(std::function<void(bool)> done) override { done(false); }
};

//! What the handlers of one action saw.
struct Seen {
    QStringList calls;
    QJsonObject answer;
    client::ApiError error;

    OutboxActions::Handlers handlers(bool withAfterQueue)
    {
        OutboxActions::Handlers h;
        h.done = [this](const QJsonObject &a) {
            calls << u"done"_qs;
            answer = a;
        };
        h.refused = [this](const client::ApiError &e) {
            calls << u"refused"_qs;
            error = e;
        };
        h.queued = [this] { calls << u"queued"_qs; };
        if (withAfterQueue) {
            h.doneAfterQueue = [this](const QJsonObject &a) {
                calls << u"doneAfterQueue"_qs;
                answer = a;
            };
            h.refusedAfterQueue = [this](const client::ApiError &e) {
                calls << u"refusedAfterQueue"_qs;
                error = e;
            };
        }
        return h;
    }
};
} // namespace

class TestOutboxActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handlersFollowTheServersAnswer()
    {
        test::TestServer server;
        QVERIFY(server.start());
        const QJsonObject login = server.signUp(u"writer"_qs);
        QNetworkAccessManager nam;
        client::ApiClient api(nam, server.url(QString()));
        StaticToken auth;
        auth.token = login.value(u"access_token").toString();
        api.setAuthProvider(&auth);
        client::SecretStore secrets(u"nest-desktop-tst-outboxactions"_qs);
        client::Outbox outbox(api, secrets);
        OutboxActions actions(outbox);

        // Closed (signed out): nothing is queued, no handler runs.
        Seen closed;
        QVERIFY(!actions.submit(client::feedapi::createPostRequest(u"never"_qs), u"never"_qs,
                                closed.handlers(true)));
        QVERIFY(closed.calls.isEmpty());

        QTemporaryDir dir;
        outbox.open(dir.filePath(u"outbox.sqlite"_qs), {api.serverOrigin(), u"writer"_qs, {}});
        QTRY_VERIFY_WITH_TIMEOUT(outbox.isReady(), 10'000);

        // Answered: done, with the server's answer.
        Seen online;
        QVERIFY(actions.submit(client::feedapi::createPostRequest(u"online"_qs), u"Post"_qs,
                               online.handlers(true)));
        QTRY_COMPARE_WITH_TIMEOUT(online.calls, QStringList{u"done"_qs}, 10'000);
        QCOMPARE(online.answer.value(u"text").toString(), u"online"_qs);

        // Refused: the server's status and code, as a direct call would have them.
        Seen refused;
        QVERIFY(actions.submit(client::feedapi::commentRequest(u"p_missing"_qs, u"hi"_qs),
                               u"Comment"_qs, refused.handlers(true)));
        QTRY_COMPARE_WITH_TIMEOUT(refused.calls, QStringList{u"refused"_qs}, 10'000);
        QCOMPARE(refused.error.status, client::ApiStatus::NotFound);
        QCOMPARE(refused.error.httpStatus, 404);
        QVERIFY(!refused.error.code.isEmpty());
        QCOMPARE(outbox.entries().size(), size_t(1)); // kept for the user to read
        QVERIFY(outbox.cancel(outbox.entries().front().id));

        // Waiting (the outbox is held): queued at once, then the late answer.
        outbox.setPaused(true);
        Seen waited;
        Seen plain; // no *AfterQueue handlers: done runs after queued
        QVERIFY(actions.submit(client::feedapi::createPostRequest(u"later"_qs), u"Post"_qs,
                               waited.handlers(true)));
        QVERIFY(actions.submit(client::feedapi::createPostRequest(u"plain"_qs), u"Post"_qs,
                               plain.handlers(false)));
        QCOMPARE(waited.calls, QStringList{u"queued"_qs});
        QCOMPARE(plain.calls, QStringList{u"queued"_qs});
        outbox.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(waited.calls, (QStringList{u"queued"_qs, u"doneAfterQueue"_qs}),
                                  10'000);
        QCOMPARE(waited.answer.value(u"text").toString(), u"later"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(plain.calls, (QStringList{u"queued"_qs, u"done"_qs}), 10'000);

        // Cancelled from the Outbox panel while it waits: no handler runs.
        outbox.setPaused(true);
        Seen cancelled;
        QVERIFY(actions.submit(client::feedapi::createPostRequest(u"cancelled"_qs), u"Post"_qs,
                               cancelled.handlers(true)));
        QCOMPARE(outbox.pendingCount(), 1);
        QVERIFY(outbox.cancel(outbox.entries().front().id));

        // Forgotten (signed out of the view): the action is still sent, its handlers stay quiet.
        Seen forgotten;
        QVERIFY(actions.submit(client::feedapi::createPostRequest(u"forgotten"_qs), u"Post"_qs,
                               forgotten.handlers(true)));
        actions.forget();
        QSignalSpy done(&outbox, &client::Outbox::done);
        outbox.setPaused(false);
        QVERIFY(done.wait(10'000));
        QCOMPARE(forgotten.calls, QStringList{u"queued"_qs});
        QCOMPARE(cancelled.calls, QStringList{u"queued"_qs});
        outbox.close();
    }
};

QTEST_MAIN(TestOutboxActions)
#include "tst_outboxactions.moc"
