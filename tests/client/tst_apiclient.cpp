// ApiClient and the typed auth calls: against the real server for the contract, and against a
// scripted loopback TCP server for what a real server will not do on demand (garbage, silence,
// 503s, oversized answers).
#include "apiclient.h"
#include "authapi.h"
#include "clienttest.h"
#include "scriptedserver.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

using namespace nest::client;
using namespace nest::test;

class TestApiClient : public QObject {
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;

private Q_SLOTS:
    void init()
    {
        nest::server::ServerConfig config;
        config.loginMaxFailures = 2;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_api = std::make_unique<ApiClient>(m_nam, m_server->url(QString()));
    }
    void cleanup()
    {
        m_api.reset();
        m_server.reset();
    }

    void urlsAndOrigin()
    {
        ApiClient api(m_nam, QUrl(u"https://user:pw@Nest.Example:8443/base/?q=1#f"_qs));
        QCOMPARE(api.serverOrigin(), u"https://nest.example:8443"_qs);
        QCOMPARE(api.urlFor(u"/api/v1/me?limit=5"_qs).toString(),
                 u"https://nest.example:8443/base/api/v1/me?limit=5"_qs);
    }

    void typedCallsAgainstRealServer()
    {
        auto job =
            await(authapi::registerAccount(*m_api, u"alice"_qs, u"correct horse"_qs, u"Alice"_qs));
        QVERIFY2(job->isOk(), qPrintable(job->error().message));
        QCOMPARE(job->httpStatus(), 201);
        QVERIFY(!job->idempotencyKey().isEmpty());
        User user = authapi::userOf(*job);
        QCOMPARE(user.username, u"alice"_qs);
        QCOMPARE(user.displayName, u"Alice"_qs);
        QCOMPARE(user.roles, nest::allRoles); // the first account
        QVERIFY(user.publicKey.isEmpty());
        QVERIFY(user.createdAt > 0);

        job = await(authapi::login(*m_api, u"alice"_qs, u"correct horse"_qs));
        QVERIFY(job->isOk());
        const TokenPair pair = authapi::tokenPairOf(*job);
        QCOMPARE(pair.expiresIn, 900);
        QCOMPARE(pair.user.id, user.id);
        QVERIFY(job->idempotencyKey().isEmpty()); // login is not replayable

        FixedAuth auth;
        auth.token = pair.accessToken;
        m_api->setAuthProvider(&auth);
        job = await(authapi::me(*m_api));
        QVERIFY(job->isOk());
        QCOMPARE(authapi::userOf(*job).id, user.id);

        job = await(authapi::updateMe(*m_api, {u"Alice A."_qs, u"hello"_qs}));
        QVERIFY(job->isOk());
        QCOMPARE(authapi::userOf(*job).displayName, u"Alice A."_qs);
        QCOMPARE(authapi::userOf(*job).bio, u"hello"_qs);

        // RFC 8032 test 1 public key.
        job =
            await(authapi::setPublicKey(*m_api, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_qs));
        QVERIFY(job->isOk());
        QCOMPARE(authapi::userOf(*job).publicKey,
                 u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_qs);

        job = await(authapi::refresh(*m_api, pair.refreshToken));
        QVERIFY(job->isOk());
        const TokenPair rotated = authapi::tokenPairOf(*job);
        QVERIFY(rotated.refreshToken != pair.refreshToken);

        job = await(authapi::logout(*m_api, rotated.refreshToken, rotated.accessToken));
        QVERIFY(job->isOk());
        QCOMPARE(job->httpStatus(), 204);
        QVERIFY(job->json().isEmpty());

        // The family is revoked; the provider cannot refresh, so the 401 reaches the caller.
        auth.token = rotated.accessToken;
        job = await(authapi::me(*m_api));
        QCOMPARE(job->status(), ApiStatus::Unauthorized);
        QCOMPARE(job->error().code, u"token_revoked"_qs);
        QCOMPARE(auth.refreshes, 1);
        m_api->setAuthProvider(nullptr);
    }

    void unauthorizedRefreshesOnceAndRetries()
    {
        const QJsonObject login = m_server->signUp(u"bob"_qs);
        FixedAuth auth;
        auth.token = u"not-a-token"_qs;
        auth.next = login.value(u"access_token").toString();
        m_api->setAuthProvider(&auth);
        auto job = await(authapi::me(*m_api));
        QVERIFY2(job->isOk(), qPrintable(job->error().message));
        QCOMPARE(auth.refreshes, 1);
        QCOMPARE(job->attempts(), 2);
        m_api->setAuthProvider(nullptr);
    }

    void realServerErrors()
    {
        // 400: the server's own code and message come through.
        auto job = await(authapi::registerAccount(*m_api, u"Bad Name"_qs, u"correct horse"_qs));
        QCOMPARE(job->status(), ApiStatus::BadRequest);
        QCOMPARE(job->error().code, u"invalid_request"_qs);
        QVERIFY(job->error().message.contains(u"username"));

        QVERIFY(await(authapi::registerAccount(*m_api, u"carol"_qs, u"correct horse"_qs))->isOk());
        job = await(authapi::registerAccount(*m_api, u"carol"_qs, u"correct horse"_qs));
        QCOMPARE(job->status(), ApiStatus::Conflict);
        QCOMPARE(job->error().code, u"username_taken"_qs);
        QCOMPARE(job->attempts(), 1);

        job = await(authapi::me(*m_api)); // no provider, no token
        QCOMPARE(job->status(), ApiStatus::Unauthorized);
        QCOMPARE(job->error().code, u"unauthenticated"_qs);

        job = await(m_api->get(u"/api/v1/nothing/here"_qs));
        QCOMPARE(job->status(), ApiStatus::NotFound);
        QCOMPARE(job->error().code, u"not_found"_qs);

        // 403: carol is not the first account, so not an admin.
        FixedAuth auth;
        auth.token = m_server->signUp(u"dave"_qs).value(u"access_token").toString();
        m_api->setAuthProvider(&auth);
        RequestOptions idempotent;
        idempotent.idempotent = true;
        job = await(m_api->send("PUT", u"/api/v1/admin/users/u_x/roles"_qs,
                                {{u"roles"_qs, QJsonArray{u"admin"_qs}}}, idempotent));
        QCOMPARE(job->status(), ApiStatus::Forbidden);
        QCOMPARE(job->error().code, u"forbidden"_qs);

        // 422: one key, two different bodies.
        RequestOptions sameKey;
        sameKey.idempotencyKey = u"fixed-key-1"_qs;
        QVERIFY(await(authapi::updateMe(*m_api, {u"D1"_qs, {}}))->isOk());
        QVERIFY(
            await(m_api->send("PATCH", u"/api/v1/me"_qs, {{u"bio"_qs, u"a"_qs}}, sameKey))->isOk());
        job = await(m_api->send("PATCH", u"/api/v1/me"_qs, {{u"bio"_qs, u"b"_qs}}, sameKey));
        QCOMPARE(job->status(), ApiStatus::Unprocessable);
        QCOMPARE(job->error().code, u"idempotency_key_reused"_qs);
        m_api->setAuthProvider(nullptr);

        // 401 on login is about the credentials: no refresh involved, describe() says so.
        job = await(authapi::login(*m_api, u"carol"_qs, u"wrong password"_qs));
        QCOMPARE(job->status(), ApiStatus::Unauthorized);
        QCOMPARE(job->error().code, u"invalid_credentials"_qs);
        QCOMPARE(describe(job->error()), u"Wrong username or password."_qs);

        // 429 after loginMaxFailures: never retried (login is not replayable), Retry-After kept.
        job = await(authapi::login(*m_api, u"carol"_qs, u"wrong password"_qs));
        job = await(authapi::login(*m_api, u"carol"_qs, u"correct horse"_qs));
        QCOMPARE(job->status(), ApiStatus::TooManyRequests);
        QCOMPARE(job->attempts(), 1);
        QVERIFY(job->error().retryAfterMs > 0);
        QVERIFY(describe(job->error()).contains(u"Try again in"));
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<ApiStatus>("expected");
        QTest::newRow("400") << 400 << ApiStatus::BadRequest;
        QTest::newRow("401") << 401 << ApiStatus::Unauthorized;
        QTest::newRow("403") << 403 << ApiStatus::Forbidden;
        QTest::newRow("404") << 404 << ApiStatus::NotFound;
        QTest::newRow("409") << 409 << ApiStatus::Conflict;
        QTest::newRow("413") << 413 << ApiStatus::BadRequest;
        QTest::newRow("422") << 422 << ApiStatus::Unprocessable;
        QTest::newRow("429") << 429 << ApiStatus::TooManyRequests;
        QTest::newRow("500") << 500 << ApiStatus::ServerError;
        QTest::newRow("502") << 502 << ApiStatus::ServerError;
        QTest::newRow("503") << 503 << ApiStatus::ServerError;
        QTest::newRow("302") << 302 << ApiStatus::InvalidResponse;
    }
    void statusMapping()
    {
        QFETCH(int, http);
        QFETCH(ApiStatus, expected);
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.answer = [http](const Seen &, int) {
            return httpAnswer(http, errorBody("some_code", "Something human."),
                              "Retry-After: 7\r\nLocation: http://127.0.0.1:1/\r\n");
        };
        ApiClient api(m_nam, scripted.url());
        auto job = await(api.send("POST", u"/api/v1/x"_qs, {}, anonymous()));
        QCOMPARE(job->status(), expected);
        QCOMPARE(job->httpStatus(), http);
        QCOMPARE(job->error().code, u"some_code"_qs);
        QCOMPARE(job->error().message, u"Something human."_qs);
        QCOMPARE(job->error().retryAfterMs, 7000);
        QCOMPARE(scripted.seen.size(), 1); // not idempotent: never retried
        QVERIFY(!describe(job->error()).isEmpty());
    }

    void unusableAnswers_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<ApiStatus>("expected");
        QTest::addColumn<bool>("logged"); // a 2xx we cannot read is worth a warning
        const ApiStatus invalid = ApiStatus::InvalidResponse;
        QTest::newRow("truncated json") << httpAnswer(200, "{\"id\":\"u_1\",") << invalid << true;
        QTest::newRow("array") << httpAnswer(200, "[1,2,3]") << invalid << true;
        QTest::newRow("null") << httpAnswer(200, "null") << invalid << true;
        QTest::newRow("binary") << httpAnswer(200, QByteArray("\x00\xff\xfe{", 4)) << invalid
                                << true;
        QTest::newRow("html") << httpAnswer(200, "<html>hi</html>") << invalid << true;
        QTest::newRow("deep nesting")
            << httpAnswer(200, QByteArray(100'000, '[')) << invalid << true;
        QTest::newRow("wrong shape")
            << httpAnswer(200, "{\"id\":5,\"username\":[]}") << invalid << true;
        QTest::newRow("error not json")
            << httpAnswer(500, "<h1>Bad gateway</h1>") << ApiStatus::ServerError << false;
        QTest::newRow("not http") << QByteArray("\x16\x03\x01 garbage\r\n\r\n")
                                  << ApiStatus::NetworkError << false;
        QTest::newRow("oversized by length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 17000000\r\n\r\n{") << invalid
            << false;
    }
    void unusableAnswers()
    {
        QFETCH(QByteArray, answer);
        QFETCH(ApiStatus, expected);
        QFETCH(bool, logged);
        if (logged) {
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(u"(unreadable|unexpected) answer"_qs));
        }
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.answer = [answer](const Seen &, int) { return answer; };
        ApiClient api(m_nam, scripted.url());
        // /me has a validator, so a JSON object of the wrong shape is refused too.
        RequestOptions options;
        options.requiresAuth = false;
        options.maxRetries = 0;
        options.validate = [](const QJsonObject &json) {
            QString why;
            return User::fromJson(json, &why) ? QString() : why;
        };
        auto job = await(api.get(u"/api/v1/me"_qs, options));
        QVERIFY(job->isFinished());
        QCOMPARE(job->status(), expected);
        QVERIFY(!job->error().message.isEmpty());
        QVERIFY(job->json().isEmpty());
    }

    void oversizedStreamedAnswerIsCut()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        // No Content-Length: the body runs until the connection closes, past the 16 MiB cap.
        scripted.answer = [](const Seen &, int) {
            return QByteArray(18 * 1024 * 1024, 'a')
                .prepend("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
        };
        ApiClient api(m_nam, scripted.url());
        auto job = await(api.get(u"/big"_qs, anonymous(0)));
        QCOMPARE(job->status(), ApiStatus::InvalidResponse);
        QVERIFY(job->error().message.contains(u"16 MiB"));
    }

    void timeout()
    {
        ScriptedServer silent; // reads the request, never answers
        QVERIFY(silent.listen());
        ApiClient api(m_nam, silent.url());
        QElapsedTimer timer;
        timer.start();
        auto job = await(api.get(u"/api/v1/me"_qs, anonymous(0, 300)));
        QCOMPARE(job->status(), ApiStatus::Timeout);
        QVERIFY(timer.elapsed() >= 250); // coarse timers may fire up to 5% early
        QVERIFY(timer.elapsed() < 5'000);
        QCOMPARE(silent.seen.size(), 1);
    }

    void retriesReuseTheIdempotencyKeyAndStopAfterThree()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.answer = [](const Seen &, int) {
            return httpAnswer(503, errorBody("overloaded", "Busy."));
        };
        ApiClient api(m_nam, scripted.url());
        auto job = await(
            api.send("POST", u"/api/v1/things"_qs, {{u"a"_qs, 1}}, anonymous(3, 15'000, true)),
            30'000);
        QCOMPARE(job->status(), ApiStatus::ServerError);
        QCOMPARE(job->attempts(), 4);
        QCOMPARE(scripted.seen.size(), 4); // the first try and three retries
        const QByteArray key = scripted.seen.first().headers.value("idempotency-key");
        QVERIFY(!key.isEmpty());
        QCOMPARE(QString::fromLatin1(key), job->idempotencyKey());
        for (const Seen &seen : std::as_const(scripted.seen)) {
            QCOMPARE(seen.headers.value("idempotency-key"), key);
            QCOMPARE(seen.body, scripted.seen.first().body); // byte-identical, as the key demands
        }

        // Another logical call gets another key.
        scripted.answer = [](const Seen &, int) { return httpAnswer(200, "{}"); };
        job = await(
            api.send("POST", u"/api/v1/things"_qs, {{u"a"_qs, 1}}, anonymous(3, 15'000, true)));
        QVERIFY(job->isOk());
        QVERIFY(scripted.seen.last().headers.value("idempotency-key") != key);
    }

    void getRetriedOn503HonouringRetryAfter()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.answer = [](const Seen &, int index) {
            return index == 0
                       ? httpAnswer(503, errorBody("overloaded", "Busy."), "Retry-After: 1\r\n")
                       : httpAnswer(200, "{\"ok\":true}");
        };
        ApiClient api(m_nam, scripted.url());
        auto job = await(api.get(u"/api/v1/status"_qs, anonymous()));
        QVERIFY2(job->isOk(), qPrintable(job->error().message));
        QCOMPARE(job->json().value(u"ok").toBool(), true);
        QCOMPARE(scripted.seen.size(), 2);
        QVERIFY(scripted.seen.at(0).headers.value("idempotency-key").isEmpty());
        const qint64 gap = scripted.seen.at(1).atMs - scripted.seen.at(0).atMs;
        QVERIFY2(gap >= 950, qPrintable(u"retried after %1 ms"_qs.arg(gap)));
    }

    void getRetriedAfterNetworkError()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.answer = [](const Seen &, int index) {
            return index == 0 ? QByteArray("\x16 not http\r\n\r\n") : httpAnswer(200, "{}");
        };
        ApiClient api(m_nam, scripted.url());
        auto job = await(api.get(u"/api/v1/status"_qs, anonymous()));
        QVERIFY2(job->isOk(), qPrintable(job->error().message));
        QCOMPARE(scripted.seen.size(), 2);
    }

    void postWithoutIdempotencyIsNotRetried()
    {
        ScriptedServer scripted;
        QVERIFY(scripted.listen());
        scripted.answer = [](const Seen &, int) {
            return httpAnswer(503, errorBody("overloaded", "Busy."), "Retry-After: 0\r\n");
        };
        ApiClient api(m_nam, scripted.url());
        auto job = await(api.send("POST", u"/api/v1/things"_qs, {}, anonymous()));
        QCOMPARE(job->status(), ApiStatus::ServerError);
        QCOMPARE(scripted.seen.size(), 1);
        QVERIFY(!scripted.seen.first().headers.contains("idempotency-key"));
        // Nor after a timeout: the server may have acted.
        scripted.answer = nullptr;
        job = await(api.send("POST", u"/api/v1/things"_qs, {}, anonymous(3, 200)));
        QCOMPARE(job->status(), ApiStatus::Timeout);
        QCOMPARE(scripted.seen.size(), 2);
    }

    void cancel()
    {
        ScriptedServer silent;
        QVERIFY(silent.listen());
        ApiClient api(m_nam, silent.url());
        ApiJob *job = api.get(u"/slow"_qs, anonymous());
        job->setAutoDelete(false);
        std::unique_ptr<ApiJob> owner(job);
        QSignalSpy finished(job, &ApiJob::finished);
        QTRY_COMPARE(silent.seen.size(), qsizetype(1));
        job->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->status(), ApiStatus::Cancelled);
        job->cancel();
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
