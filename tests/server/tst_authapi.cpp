// The auth lifecycle against a real server over loopback sockets.
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nest::test;

class TestAuthApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;

    static QJsonObject creds(const QString &u, const QString &p)
    {
        return {{u"username"_qs, u}, {u"password"_qs, p}};
    }

private Q_SLOTS:
    void init()
    {
        nest::server::ServerConfig config;
        config.loginWindowMs = 2000;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void firstAccountGetsEveryRoleLaterOnesDefaults()
    {
        Reply r = m_server->call("POST", u"/api/v1/auth/register"_qs,
                                 {{u"username"_qs, u"alice"_qs},
                                  {u"password"_qs, u"password1"_qs},
                                  {u"display_name"_qs, u"Alice <b>A</b>"_qs}});
        QCOMPARE(r.status, 201);
        const QJsonObject alice = r.json().value(u"user").toObject();
        QCOMPARE(alice.value(u"roles").toArray().size(), 5);
        QCOMPARE(alice.value(u"display_name").toString(), u"Alice <b>A</b>"_qs);
        QVERIFY(!alice.contains(u"password_hash"));
        QVERIFY(alice.value(u"public_key").isNull());

        r = m_server->call("POST", u"/api/v1/auth/register"_qs, creds(u"bob"_qs, u"password2"_qs));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"user").toObject().value(u"roles").toArray(),
                 (QJsonArray{u"trader"_qs, u"voter"_qs}));

        r = m_server->call("POST", u"/api/v1/auth/register"_qs, creds(u"bob"_qs, u"password3"_qs));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"username_taken"_qs);
    }

    void registrationValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("uppercase username")
            << QByteArray(R"({"username":"Bob","password":"12345678"})") << u"invalid_request"_qs;
        QTest::newRow("short username")
            << QByteArray(R"({"username":"ab","password":"12345678"})") << u"invalid_request"_qs;
        QTest::newRow("long username") << QByteArray(
            R"({"username":"abcdefghijklmnopqrstuvwxyz0123456","password":"12345678"})")
                                       << u"invalid_request"_qs;
        QTest::newRow("short password")
            << QByteArray(R"({"username":"carol","password":"1234567"})") << u"invalid_request"_qs;
        QTest::newRow("password not string")
            << QByteArray(R"({"username":"carol","password":12345678})") << u"invalid_request"_qs;
        QTest::newRow("missing username")
            << QByteArray(R"({"password":"12345678"})") << u"invalid_request"_qs;
        QTest::newRow("malformed json")
            << QByteArray(R"({"username":"carol",)") << u"malformed_json"_qs;
        QTest::newRow("json array") << QByteArray(R"(["carol"])") << u"malformed_json"_qs;
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"username\":\"\xff\xfe\",\"password\":\"12345678\"}")
            << u"malformed_json"_qs;
        QTest::newRow("empty body") << QByteArray() << u"malformed_json"_qs;
    }
    void registrationValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const Reply r = m_server->callRaw("POST", u"/api/v1/auth/register"_qs, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.json().value(u"error").toObject().value(u"message").toString().isEmpty());
    }

    void loginMeRefreshLogout()
    {
        const QJsonObject login = m_server->signUp(u"dana"_qs);
        const QString access = login.value(u"access_token").toString();
        const QString refresh = login.value(u"refresh_token").toString();
        QCOMPARE(login.value(u"token_type").toString(), u"Bearer"_qs);
        QCOMPARE(login.value(u"expires_in").toInt(), 900);
        QVERIFY(refresh.size() >= 43); // 256 bits, base64url
        QCOMPARE(access.count(u'.'), 2);

        Reply me = m_server->call("GET", u"/api/v1/me"_qs, {}, access);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"username").toString(), u"dana"_qs);

        Reply patched =
            m_server->call("PATCH", u"/api/v1/me"_qs,
                           {{u"display_name"_qs, u"Dana D"_qs}, {u"bio"_qs, u"hi"_qs}}, access);
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value(u"display_name").toString(), u"Dana D"_qs);
        QCOMPARE(patched.json().value(u"bio").toString(), u"hi"_qs);

        Reply rotated =
            m_server->call("POST", u"/api/v1/auth/refresh"_qs, {{u"refresh_token"_qs, refresh}});
        QCOMPARE(rotated.status, 200);
        const QString refresh2 = rotated.json().value(u"refresh_token").toString();
        const QString access2 = rotated.json().value(u"access_token").toString();
        QVERIFY(refresh2 != refresh);
        QCOMPARE(m_server->call("GET", u"/api/v1/me"_qs, {}, access2).status, 200);

        QCOMPARE(m_server
                     ->call("POST", u"/api/v1/auth/logout"_qs, {{u"refresh_token"_qs, refresh2}},
                            access2)
                     .status,
                 204);
        // The family is revoked: its refresh token and its access tokens stop working.
        Reply after =
            m_server->call("POST", u"/api/v1/auth/refresh"_qs, {{u"refresh_token"_qs, refresh2}});
        QCOMPARE(after.status, 401);
        Reply meAfter = m_server->call("GET", u"/api/v1/me"_qs, {}, access2);
        QCOMPARE(meAfter.status, 401);
        QCOMPARE(meAfter.errorCode(), u"token_revoked"_qs);
    }

    void refreshReuseRevokesTheFamily()
    {
        const QJsonObject login = m_server->signUp(u"erin"_qs);
        const QString refresh1 = login.value(u"refresh_token").toString();
        const Reply r2 =
            m_server->call("POST", u"/api/v1/auth/refresh"_qs, {{u"refresh_token"_qs, refresh1}});
        QCOMPARE(r2.status, 200);
        const QString refresh2 = r2.json().value(u"refresh_token").toString();
        const QString access2 = r2.json().value(u"access_token").toString();

        // An attacker (or a confused client) replays the spent token.
        const Reply reused =
            m_server->call("POST", u"/api/v1/auth/refresh"_qs, {{u"refresh_token"_qs, refresh1}});
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), u"refresh_reused"_qs);
        QVERIFY(reused.header("WWW-Authenticate").startsWith("Bearer"));

        // Every token of that login is now dead, the legitimate successor too.
        QCOMPARE(
            m_server->call("POST", u"/api/v1/auth/refresh"_qs, {{u"refresh_token"_qs, refresh2}})
                .status,
            401);
        QCOMPARE(m_server->call("GET", u"/api/v1/me"_qs, {}, access2).status, 401);

        // Another login of the same user is unaffected.
        const Reply other = m_server->call("POST", u"/api/v1/auth/login"_qs,
                                           creds(u"erin"_qs, u"correct horse"_qs));
        QCOMPARE(other.status, 200);
        QCOMPARE(
            m_server
                ->call("GET", u"/api/v1/me"_qs, {}, other.json().value(u"access_token").toString())
                .status,
            200);
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        m_server->signUp(u"fred"_qs);
        const Reply wrong = m_server->call("POST", u"/api/v1/auth/login"_qs,
                                           creds(u"fred"_qs, u"not the password"_qs));
        const Reply unknown = m_server->call("POST", u"/api/v1/auth/login"_qs,
                                             creds(u"nobody"_qs, u"not the password"_qs));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);
        QCOMPARE(wrong.errorCode(), u"invalid_credentials"_qs);
    }

    void loginRateLimited()
    {
        m_server->signUp(u"gina"_qs);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_server
                         ->call("POST", u"/api/v1/auth/login"_qs,
                                creds(u"gina"_qs, u"wrong-password"_qs))
                         .status,
                     401);
        }
        const Reply limited = m_server->call("POST", u"/api/v1/auth/login"_qs,
                                             creds(u"gina"_qs, u"correct horse"_qs));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"too_many_requests"_qs);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 2);
        // Other usernames are not affected.
        QCOMPARE(
            m_server->call("POST", u"/api/v1/auth/login"_qs, creds(u"nobody"_qs, u"whatever1"_qs))
                .status,
            401);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_server->call("POST", u"/api/v1/auth/login"_qs, creds(u"gina"_qs, u"correct horse"_qs))
                .status,
            200, 5000);
    }

    void unauthenticatedAndForbidden()
    {
        const QString adminToken =
            m_server->signUp(u"root_user"_qs).value(u"access_token").toString();
        const QJsonObject hank = m_server->signUp(u"hank"_qs);
        const QString hankToken = hank.value(u"access_token").toString();
        const QString hankId = hank.value(u"user").toObject().value(u"id").toString();

        Reply r = m_server->call("GET", u"/api/v1/me"_qs);
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        r = m_server->call("GET", u"/api/v1/me"_qs, {}, u"not-a-jwt"_qs);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"invalid_token"_qs);
        // A refresh token is not an access token.
        r = m_server->call("GET", u"/api/v1/me"_qs, {}, hank.value(u"refresh_token").toString());
        QCOMPARE(r.status, 401);

        const QJsonObject roles{{u"roles"_qs, QJsonArray{u"trader"_qs, u"moderator"_qs}}};
        r = m_server->call("PUT", u"/api/v1/admin/users/%1/roles"_qs.arg(hankId), roles, hankToken);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"forbidden"_qs);
        r = m_server->call("PUT", u"/api/v1/admin/users/%1/roles"_qs.arg(hankId), roles,
                           adminToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"roles").toArray(), (QJsonArray{u"moderator"_qs, u"trader"_qs}));
        r = m_server->call("PUT", u"/api/v1/admin/users/u_missing/roles"_qs, roles, adminToken);
        QCOMPARE(r.status, 404);
        r = m_server->call("PUT", u"/api/v1/admin/users/%1/roles"_qs.arg(hankId),
                           {{u"roles"_qs, QJsonArray{u"god"_qs}}}, adminToken);
        QCOMPARE(r.status, 400);
    }

    void publicKeyValidated()
    {
        const QString token = m_server->signUp(u"ivy"_qs).value(u"access_token").toString();
        // RFC 8037 A.2 public key.
        Reply r = m_server->call(
            "PUT", u"/api/v1/me/public-key"_qs,
            {{u"public_key"_qs, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_qs}}, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"public_key").toString(),
                 u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_qs);
        r = m_server->call("PUT", u"/api/v1/me/public-key"_qs, {{u"public_key"_qs, u"AAAA"_qs}},
                           token);
        QCOMPARE(r.status, 400);
    }

    void idempotencyKey()
    {
        const QString token = m_server->signUp(u"jack"_qs).value(u"access_token").toString();
        const QList<QNetworkReply::RawHeaderPair> key{{"Idempotency-Key", "k-123"}};
        const QJsonObject body{{u"bio"_qs, u"first"_qs}};
        const Reply first = m_server->call("PATCH", u"/api/v1/me"_qs, body, token, key);
        QCOMPARE(first.status, 200);
        // Someone else changed the bio meanwhile; a replay must not act again.
        QCOMPARE(
            m_server->call("PATCH", u"/api/v1/me"_qs, {{u"bio"_qs, u"second"_qs}}, token).status,
            200);
        const Reply replay = m_server->call("PATCH", u"/api/v1/me"_qs, body, token, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(m_server->call("GET", u"/api/v1/me"_qs, {}, token).json().value(u"bio").toString(),
                 u"second"_qs);
        const Reply mismatch =
            m_server->call("PATCH", u"/api/v1/me"_qs, {{u"bio"_qs, u"third"_qs}}, token, key);
        QCOMPARE(mismatch.status, 422);
        const Reply badKey = m_server->call("PATCH", u"/api/v1/me"_qs, body, token,
                                            {{"Idempotency-Key", QByteArray(129, 'k')}});
        QCOMPARE(badKey.status, 400);
        // The record is durable: it survives a restart.
        QVERIFY(m_server->restart());
        const Reply afterRestart = m_server->call("PATCH", u"/api/v1/me"_qs, body, token, key);
        QCOMPARE(afterRestart.body, first.body);
    }

    void jwksHealthAndMetrics()
    {
        Reply r = m_server->call("GET", u"/.well-known/jwks.json"_qs);
        QCOMPARE(r.status, 200);
        const QJsonObject key = r.json().value(u"keys").toArray().first().toObject();
        QCOMPARE(key.value(u"kty").toString(), u"OKP"_qs);
        QCOMPARE(key.value(u"crv").toString(), u"Ed25519"_qs);
        QCOMPARE(key.value(u"alg").toString(), u"EdDSA"_qs);
        QVERIFY(!key.value(u"kid").toString().isEmpty());
        QVERIFY(!key.contains(u"d"));

        r = m_server->call("GET", u"/healthz"_qs);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"status").toString(), u"ok"_qs);

        r = m_server->call("GET", u"/metrics"_qs);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/plain"));
        QVERIFY(r.body.contains(
            "nest_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 1"));
        QVERIFY(r.body.contains(
            "nest_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 1"));
        QVERIFY(r.body.contains("nest_stream_connections 0"));
        QVERIFY(r.body.contains("nest_stream_events_published_total"));
        QVERIFY(r.body.contains("nest_stream_events_dropped_total"));
    }

    void errorsAreJsonEverywhere()
    {
        Reply r = m_server->call("GET", u"/api/v1/nowhere"_qs);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"not_found"_qs);
        r = m_server->call("DELETE", u"/api/v1/auth/login"_qs);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), u"method_not_allowed"_qs);
        r = m_server->callRaw("POST", u"/api/v1/auth/login"_qs, QByteArray(2 * 1024 * 1024, 'x'));
        QCOMPARE(r.status, 413);
        r = m_server->call("GET", u"/api/v1/stream"_qs);
        QCOMPARE(r.status, 426);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
    }

    void restartKeepsUsersAndRevocations()
    {
        const QJsonObject login = m_server->signUp(u"kate"_qs);
        const QString refresh1 = login.value(u"refresh_token").toString();
        const Reply r2 =
            m_server->call("POST", u"/api/v1/auth/refresh"_qs, {{u"refresh_token"_qs, refresh1}});
        const QString access2 = r2.json().value(u"access_token").toString();
        QCOMPARE(
            m_server->call("POST", u"/api/v1/auth/refresh"_qs, {{u"refresh_token"_qs, refresh1}})
                .errorCode(),
            u"refresh_reused"_qs);

        QVERIFY(m_server->restart());
        // Same signing key, same users, same revocation.
        QCOMPARE(m_server->call("GET", u"/api/v1/me"_qs, {}, access2).errorCode(),
                 u"token_revoked"_qs);
        const Reply again = m_server->call("POST", u"/api/v1/auth/login"_qs,
                                           creds(u"kate"_qs, u"correct horse"_qs));
        QCOMPARE(again.status, 200);
        QCOMPARE(
            m_server
                ->call("GET", u"/api/v1/me"_qs, {}, again.json().value(u"access_token").toString())
                .status,
            200);
    }

    void slowHashDoesNotStallOtherClients()
    {
        m_server->signUp(u"liam"_qs);
        // Fire a login (≈90 ms of Argon2id on a worker) and time a cheap request meanwhile.
        QNetworkAccessManager nam;
        QNetworkRequest login(m_server->url(u"/api/v1/auth/login"_qs));
        login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *slow =
            nam.post(login, QJsonDocument(creds(u"liam"_qs, u"correct horse"_qs)).toJson());
        QNetworkReply *fast = nam.get(QNetworkRequest(m_server->url(u"/healthz"_qs)));
        QTRY_VERIFY_WITH_TIMEOUT(fast->isFinished() && slow->isFinished(), 10000);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(fast->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete slow;
        delete fast;
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
