// Session against the real server over loopback: sign-in, refresh, single-flight refresh,
// reuse detection and logout, with the refresh token in SecretStore.
#include "apiclient.h"
#include "authapi.h"
#include "clienttest.h"
#include "session.h"
#include "testserver.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace nest::client;

using namespace nest::test;

namespace {

//! POST /auth/refresh answers the server counted, from /metrics (any status).
int refreshRequestsSeen(nest::test::TestServer &server)
{
    const QString text = QString::fromUtf8(server.call("GET", u"/metrics"_qs).body);
    static const QRegularExpression line(u"^nest_http_requests_total\\{([^}]*)\\} (\\d+)$"_qs,
                                         QRegularExpression::MultilineOption);
    int total = 0;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1).contains(u"route=\"/api/v1/auth/refresh\""))
            total += match.captured(2).toInt();
    }
    return total;
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<nest::test::TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<Session> m_session;

    void startServer(nest::server::ServerConfig config = {})
    {
        m_server = std::make_unique<nest::test::TestServer>(config);
        QVERIFY(m_server->start());
        m_api = std::make_unique<ApiClient>(m_nam, m_server->url(QString()));
        m_store = std::make_unique<SecretStore>(u"nest-desktop-tst-session"_qs);
        m_session = std::make_unique<Session>(*m_api, *m_store);
    }

    void signIn(const QString &username)
    {
        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        QSignalSpy failed(m_session.get(), &Session::loginFailed);
        m_session->registerAndLogin(username, u"correct horse"_qs);
        QVERIFY(signedIn.wait(15'000));
        QCOMPARE(failed.count(), 0);
    }

    //! Fires `n` concurrent GET /me calls; `*finished` counts the answers.
    std::vector<std::unique_ptr<ApiJob>> fireMeCalls(int n, int *finished)
    {
        std::vector<std::unique_ptr<ApiJob>> jobs;
        for (int i = 0; i < n; ++i) {
            ApiJob *job = authapi::me(*m_api);
            job->setAutoDelete(false);
            connect(job, &ApiJob::finished, this, [finished] { ++*finished; });
            jobs.emplace_back(job);
        }
        return jobs;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_session.reset();
        m_store.reset();
        m_api.reset();
        m_server.reset();
    }

    void loginRefreshLogout()
    {
        startServer();
        QSignalSpy busy(m_session.get(), &Session::busyChanged);
        QSignalSpy tokens(m_session.get(), &Session::accessTokenChanged);
        signIn(u"alice"_qs);
        QVERIFY(m_session->isSignedIn());
        QCOMPARE(m_session->user().username, u"alice"_qs);
        QVERIFY(m_session->user().has(nest::Role::Admin));
        QCOMPARE(busy.first().first().toBool(), true);
        QCOMPARE(busy.last().first().toBool(), false);
        QCOMPARE(tokens.count(), 1);
        const qint64 ttl =
            m_session->accessTokenExpiresAtMs() - QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(ttl > 890'000 && ttl <= 900'000, qPrintable(QString::number(ttl)));

        const SecretKey key = m_session->refreshTokenKey();
        QCOMPARE(key.serverOrigin, m_api->serverOrigin());
        QCOMPARE(key.username, u"alice"_qs);
        QCOMPARE(key.name, u"refresh_token"_qs);
        const std::optional<QByteArray> stored = readSync(*m_store, key);
        QVERIFY(stored && stored->size() >= 43);

        auto *me = authapi::me(*m_api);
        QSignalSpy meDone(me, &ApiJob::finished);
        QVERIFY(meDone.wait(10'000));

        const QString before = m_session->accessToken();
        bool refreshed = false;
        m_session->refreshAccessToken([&](bool ok) { refreshed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, 10'000);
        QVERIFY(m_session->accessToken() != before);
        QCOMPARE(tokens.count(), 2);
        QCOMPARE(tokens.last().first().toString(), m_session->accessToken());
        // The rotated refresh token replaced the spent one in the store.
        const std::optional<QByteArray> rotated = readSync(*m_store, key);
        QVERIFY(rotated && *rotated != *stored);

        const QString access = m_session->accessToken();
        QSignalSpy signedOut(m_session.get(), &Session::signedOut);
        m_session->logout();
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(signedOut.first().first().toString(), QString()); // asked for, no reason shown
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(m_session->accessToken().isEmpty());
        QCOMPARE(tokens.last().first().toString(), QString());
        QVERIFY(!readSync(*m_store, key));
        // The server revoked the family too.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->call("GET", u"/api/v1/me"_qs, {}, access).errorCode(),
                                  u"token_revoked"_qs, 10'000);
    }

    void loginFailureIsReported()
    {
        startServer();
        m_server->signUp(u"bob"_qs);
        QSignalSpy failed(m_session.get(), &Session::loginFailed);
        m_session->login(u"bob"_qs, u"wrong password"_qs);
        QVERIFY(failed.wait(10'000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.status, ApiStatus::Unauthorized);
        QCOMPARE(error.code, u"invalid_credentials"_qs);
        QVERIFY(!m_session->isSignedIn());
        QVERIFY(!m_session->isBusy());
    }

    void refreshesBeforeExpiry()
    {
        nest::server::ServerConfig config;
        config.accessTokenLifetimeMs = 3'000;
        startServer(config);
        signIn(u"carol"_qs);
        const QString first = m_session->accessToken();
        QSignalSpy tokens(m_session.get(), &Session::accessTokenChanged);
        // 10% of a 3 s lifetime is 300 ms, so the refresh comes ~2.7 s after issue, by itself.
        QVERIFY(tokens.wait(6'000));
        QVERIFY(m_session->accessToken() != first);
        QCOMPARE(m_session->refreshCount(), 1);
        QVERIFY(m_session->accessTokenExpiresAtMs() > QDateTime::currentMSecsSinceEpoch());
    }

    void twentyCallsOneRefresh()
    {
        startServer();
        signIn(u"dave"_qs);
        // Make the server refuse the session's access token without waiting out the 60 s
        // leeway our server grants expired tokens: restart it with a new signing key. The
        // refresh token, kept in the database, stays valid, exactly as for an expired token.
        m_server->stop();
        QVERIFY(QFile::remove(m_server->dataDir() + u"/signing-keys.json"_qs));
        QVERIFY(m_server->start());
        const QString stale = m_session->accessToken();
        QCOMPARE(m_server->call("GET", u"/api/v1/me"_qs, {}, stale).status, 401);
        QCOMPARE(refreshRequestsSeen(*m_server), 0);

        int finished = 0;
        const auto jobs = fireMeCalls(20, &finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 20, 20'000);
        for (const auto &job : jobs) {
            QVERIFY2(job->isOk(), qPrintable(job->error().message));
            QCOMPARE(job->attempts(), 2); // 401, then once more with the new token
        }
        QCOMPARE(m_session->refreshCount(), 1);
        QCOMPARE(refreshRequestsSeen(*m_server), 1);
        QVERIFY(m_session->accessToken() != stale);
    }

    void twentyCallsWithAnExpiredTokenOneRefresh()
    {
        nest::server::ServerConfig config;
        config.accessTokenLifetimeMs = 2'000;
        config.tokenLeewaySeconds = 0; // the contract's 60 s would make this test a minute long
        startServer(config);
        signIn(u"erin"_qs);
        const QString expired = m_session->accessToken();
        // Let the token expire without running the event loop, so that the session's own
        // timer has not refreshed it yet: the calls below go out with an expired token.
        QThread::msleep(2'100);
        QCOMPARE(m_server->call("GET", u"/api/v1/me"_qs, {}, expired).errorCode(),
                 u"token_expired"_qs);

        int finished = 0;
        const auto jobs = fireMeCalls(20, &finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 20, 20'000);
        for (const auto &job : jobs)
            QVERIFY2(job->isOk(), qPrintable(job->error().message));
        // However the timer and the 401s interleave, one refresh serves them all.
        QCOMPARE(m_session->refreshCount(), 1);
        QCOMPARE(refreshRequestsSeen(*m_server), 1);
        QVERIFY(m_session->accessToken() != expired);
    }

    void reusedRefreshTokenSignsOut()
    {
        startServer();
        signIn(u"erin"_qs);
        const SecretKey key = m_session->refreshTokenKey();
        const std::optional<QByteArray> held = readSync(*m_store, key);
        QVERIFY(held);
        // Someone else (a stolen copy) spends the session's refresh token first.
        const auto thief = m_server->call("POST", u"/api/v1/auth/refresh"_qs,
                                          {{u"refresh_token"_qs, QString::fromLatin1(*held)}});
        QCOMPARE(thief.status, 200);

        QSignalSpy signedOut(m_session.get(), &Session::signedOut);
        QSignalSpy tokens(m_session.get(), &Session::accessTokenChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refresh token reuse"_qs));
        auto *job = authapi::me(*m_api); // still fine: the access token is valid
        job->setAutoDelete(false);
        std::unique_ptr<ApiJob> owner(job);
        QSignalSpy meDone(job, &ApiJob::finished);
        QVERIFY(meDone.wait(10'000));
        QVERIFY(job->isOk());

        std::optional<bool> result;
        m_session->refreshAccessToken([&](bool ok) { result = ok; });
        QVERIFY(signedOut.wait(10'000));
        QCOMPARE(result, std::optional<bool>(false));
        const QString reason = signedOut.first().first().toString();
        QCOMPARE(reason, u"Your session ended; sign in again."_qs);
        QVERIFY(!m_session->isSignedIn());
        QCOMPARE(tokens.last().first().toString(), QString());
        QVERIFY(!readSync(*m_store, key));
        // The thief's pair died with the family.
        const QString thiefToken = thief.json().value(u"access_token").toString();
        QCOMPARE(m_server->call("GET", u"/api/v1/me"_qs, {}, thiefToken).errorCode(),
                 u"token_revoked"_qs);
    }

    void networkErrorDuringRefreshKeepsTheSession()
    {
        startServer();
        signIn(u"fred"_qs);
        const SecretKey key = m_session->refreshTokenKey();
        m_server->stop();
        QSignalSpy deferred(m_session.get(), &Session::refreshDeferred);
        QSignalSpy signedOut(m_session.get(), &Session::signedOut);
        std::optional<bool> result;
        m_session->refreshAccessToken([&](bool ok) { result = ok; });
        QVERIFY(deferred.wait(10'000));
        QCOMPARE(result, std::optional<bool>(false));
        QCOMPARE(deferred.first().first().value<ApiError>().status, ApiStatus::NetworkError);
        QVERIFY(m_session->isSignedIn());
        QVERIFY(readSync(*m_store, key));

        QSignalSpy tokens(m_session.get(), &Session::accessTokenChanged);
        QVERIFY(m_server->start());
        QVERIFY(tokens.wait(20'000)); // the backoff retry succeeds by itself
        QVERIFY(m_session->isSignedIn());
        QCOMPARE(signedOut.count(), 0);
    }

    void logoutWithServerStoppedStillForgets()
    {
        startServer();
        signIn(u"gina"_qs);
        const SecretKey key = m_session->refreshTokenKey();
        QVERIFY(readSync(*m_store, key));
        m_server->stop();
        QSignalSpy signedOut(m_session.get(), &Session::signedOut);
        m_session->logout();
        QCOMPARE(signedOut.count(), 1);
        QVERIFY(!m_session->isSignedIn());
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 10'000);
        QVERIFY(!readSync(*m_store, key));
    }

    void restoreFromStoredToken()
    {
        startServer();
        signIn(u"hank"_qs);
        const SecretKey key = m_session->refreshTokenKey();
        const QString id = m_session->user().id;
        QVERIFY(readSync(*m_store, key)); // also waits until the store knows its backend
        if (!m_store->isPersistent())
            QSKIP("memory-only store: a second store cannot see the first one's entries");

        // As at the next app start: a fresh client, store and session.
        ApiClient api(m_nam, m_server->url(QString()));
        SecretStore store(u"nest-desktop-tst-session"_qs);
        Session restored(api, store);
        QSignalSpy signedIn(&restored, &Session::signedIn);
        restored.restore(key.serverOrigin, key.username);
        QVERIFY(restored.isBusy());
        QVERIFY(signedIn.wait(10'000));
        QCOMPARE(restored.user().id, id);
        QVERIFY(!restored.isBusy());

        // The restore rotated the token, so the first session's copy is now spent: its next
        // refresh looks like reuse and ends both.
        QSignalSpy firstOut(m_session.get(), &Session::signedOut);
        QSignalSpy secondOut(&restored, &Session::signedOut);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refresh token reuse"_qs));
        m_session->refreshAccessToken({});
        QVERIFY(firstOut.wait(10'000));
        QVERIFY(!readSync(store, key)); // one entry per account: both are gone
        restored.refreshAccessToken({});
        QVERIFY(secondOut.count() == 1 || secondOut.wait(10'000));

        // Nothing stored any more: restore fails without a network call.
        QSignalSpy failed(&restored, &Session::loginFailed);
        restored.restore(key.serverOrigin, key.username);
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.first().first().value<ApiError>().code, u"no_saved_session"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
