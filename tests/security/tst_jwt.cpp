#include "base64url.h"
#include "ed25519.h"
#include "jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace nest;
using namespace nest::security;

namespace {

constexpr qint64 Now = 1700000000;
const QString Issuer = u"https://nest.test"_qs;
const QString Audience = u"nest"_qs;

const QByteArray SeedA =
    QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const QByteArray SeedB(32, '\x01');

const QByteArray Header = "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"k1\"}";

const SecureBuffer &keyA()
{
    static const Ed25519KeyPair pair = ed25519::fromSeed(SeedA);
    return pair.secretKey;
}
const SecureBuffer &keyB()
{
    static const Ed25519KeyPair pair = ed25519::fromSeed(SeedB);
    return pair.secretKey;
}

JwtKeySet keySet()
{
    JwtKeySet keys;
    keys.insert(u"k1"_qs, ed25519::fromSeed(SeedA).publicKey);
    keys.insert(u"k2"_qs, ed25519::fromSeed(SeedB).publicKey);
    return keys;
}

JwtVerifier verifier()
{
    return JwtVerifier(keySet(), Issuer, Audience, 60);
}

QJsonObject validPayload()
{
    return QJsonObject{
        {u"iss"_qs, Issuer},
        {u"sub"_qs, u"u1"_qs},
        {u"aud"_qs, Audience},
        {u"jti"_qs, u"j1"_qs},
        {u"sid"_qs, u"f1"_qs},
        {u"iat"_qs, Now - 10},
        {u"exp"_qs, Now + 890},
        {u"roles"_qs, QJsonArray{u"trader"_qs, u"voter"_qs}},
        {u"token_use"_qs, u"access"_qs},
    };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray payloadWith(const QString &name, const QJsonValue &value)
{
    QJsonObject payload = validPayload();
    payload.insert(name, value);
    return compact(payload);
}

QByteArray payloadWithout(const QString &name)
{
    QJsonObject payload = validPayload();
    payload.remove(name);
    return compact(payload);
}

// A raw member placed before the others, to write what QJsonObject cannot: duplicates.
QByteArray payloadPrefixed(const QByteArray &member)
{
    return compact(validPayload()).insert(1, QByteArray(member + ','));
}

QByteArray part(const QByteArray &token, int index)
{
    return token.split('.').value(index);
}

} // namespace

Q_DECLARE_METATYPE(nest::security::JwtError)

namespace nest::security {
// Found by QCOMPARE through argument-dependent lookup, so failures name the error.
char *toString(JwtError error)
{
    return qstrdup(jwtErrorName(error).toUtf8().constData());
}
} // namespace nest::security

class TestJwt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc8037Example()
    {
        // RFC 8037 Appendix A.1-A.4.
        const auto seed = base64url::decode("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
        QVERIFY(seed);
        const Ed25519KeyPair pair = ed25519::fromSeed(*seed);
        QCOMPARE(base64url::encode(pair.publicKey),
                 QByteArray("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"));
        const QByteArray expected =
            "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-"
            "09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
        QCOMPARE(jwt::signRaw("{\"alg\":\"EdDSA\"}", "Example of Ed25519 signing", pair.secretKey),
                 expected);

        const qsizetype lastDot = expected.lastIndexOf('.');
        const auto signature = base64url::decode(expected.mid(lastDot + 1));
        QVERIFY(signature);
        QVERIFY(ed25519::verify(pair.publicKey, expected.left(lastDot), *signature));
        QVERIFY(!ed25519::verify(pair.publicKey, expected.left(lastDot - 1), *signature));

        // Valid JWS, but no kid and no claims: not an access token.
        JwtKeySet keys;
        keys.insert(u"rfc"_qs, pair.publicKey);
        const JwtResult result = JwtVerifier(keys, Issuer, Audience).verify(expected, Now);
        QCOMPARE(result.error, JwtError::UnknownKey);
    }

    void signProducesExactHeaderAndRoundTrips()
    {
        JwtClaims claims;
        claims.iss = Issuer;
        claims.sub = u"user-42"_qs;
        claims.aud = Audience;
        claims.jti = u"jti-1"_qs;
        claims.sid = u"family-7"_qs;
        claims.iat = Now;
        claims.exp = Now + 900;
        claims.roles = QStringList{u"admin"_qs, u"trader"_qs};

        const QByteArray token = jwt::sign(claims, u"k2"_qs, keyB());
        QCOMPARE(token.count('.'), 2);
        QCOMPARE(base64url::decode(part(token, 0)).value_or(QByteArray()),
                 QByteArray("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"k2\"}"));
        const QJsonObject payload =
            QJsonDocument::fromJson(base64url::decode(part(token, 1)).value_or(QByteArray()))
                .object();
        QCOMPARE(payload.value(u"token_use"_qs).toString(), u"access"_qs);
        QCOMPARE(payload.value(u"exp"_qs).toInteger(), Now + 900);

        const JwtResult result = verifier().verify(token, Now);
        QCOMPARE(result.error, JwtError::None);
        QVERIFY(result.ok());
        QCOMPARE(result.claims.iss, claims.iss);
        QCOMPARE(result.claims.sub, claims.sub);
        QCOMPARE(result.claims.aud, claims.aud);
        QCOMPARE(result.claims.jti, claims.jti);
        QCOMPARE(result.claims.sid, claims.sid);
        QCOMPARE(result.claims.iat, claims.iat);
        QCOMPARE(result.claims.exp, claims.exp);
        QCOMPARE(result.claims.roles, claims.roles);

        // Signed with key B but claiming kid k1: the pinned key for k1 does not verify it.
        QCOMPARE(verifier().verify(jwt::sign(claims, u"k1"_qs, keyB()), Now).error,
                 JwtError::BadSignature);
        QVERIFY(jwt::sign(claims, u"k1"_qs, SecureBuffer()).isEmpty());
    }

    void kidNeedingJsonEscapes()
    {
        JwtClaims claims;
        claims.iss = Issuer;
        claims.sub = u"u"_qs;
        claims.aud = Audience;
        claims.jti = u"j"_qs;
        claims.iat = Now;
        claims.exp = Now + 60;
        const QString kid = u"odd\"kid\\"_qs;
        JwtKeySet keys;
        keys.insert(kid, ed25519::fromSeed(SeedA).publicKey);
        const QByteArray token = jwt::sign(claims, kid, keyA());
        const JwtResult result = JwtVerifier(keys, Issuer, Audience).verify(token, Now);
        QCOMPARE(result.error, JwtError::None);
        QVERIFY(result.claims.roles.isEmpty());
        QVERIFY(result.claims.sid.isEmpty());
    }

    void verifyHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<JwtError>("expected");
        QTest::newRow("valid") << Header << JwtError::None;
        QTest::newRow("valid without typ")
            << QByteArray("{\"alg\":\"EdDSA\",\"kid\":\"k1\"}") << JwtError::None;
        QTest::newRow("valid with whitespace")
            << QByteArray(" {\n \"alg\" : \"EdDSA\" ,\"kid\":\"k1\"}\n") << JwtError::None;
        const auto alg = [](const QByteArray &value) -> QByteArray {
            return "{\"alg\":" + value + ",\"typ\":\"JWT\",\"kid\":\"k1\"}";
        };
        QTest::newRow("alg none") << alg("\"none\"") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg HS256") << alg("\"HS256\"") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg RS256") << alg("\"RS256\"") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg ES256") << alg("\"ES256\"") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg Ed25519") << alg("\"Ed25519\"") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg eddsa") << alg("\"eddsa\"") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg EDDSA") << alg("\"EDDSA\"") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg trailing space") << alg("\"EdDSA \"") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg empty") << alg("\"\"") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg null") << alg("null") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg array") << alg("[\"EdDSA\"]") << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg missing")
            << QByteArray("{\"typ\":\"JWT\",\"kid\":\"k1\"}") << JwtError::AlgorithmNotAllowed;
        const auto with = [](const QByteArray &member) -> QByteArray {
            return "{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"k1\"," + member + '}';
        };
        QTest::newRow("jwk") << with("\"jwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AAAA\"}")
                             << JwtError::BadHeader;
        QTest::newRow("jku") << with("\"jku\":\"https://evil.test/jwks.json\"")
                             << JwtError::BadHeader;
        QTest::newRow("x5u") << with("\"x5u\":\"https://evil.test/cert.pem\"")
                             << JwtError::BadHeader;
        QTest::newRow("x5c") << with("\"x5c\":[\"MIIB\"]") << JwtError::BadHeader;
        QTest::newRow("crit") << with("\"crit\":[\"exp\"]") << JwtError::BadHeader;
        QTest::newRow("b64 false") << with("\"b64\":false") << JwtError::BadHeader;
        QTest::newRow("typ other")
            << QByteArray("{\"alg\":\"EdDSA\",\"typ\":\"JWS\",\"kid\":\"k1\"}")
            << JwtError::BadHeader;
        QTest::newRow("duplicate kid") << with("\"kid\":\"k2\"") << JwtError::BadHeader;
        QTest::newRow("duplicate alg")
            << QByteArray("{\"alg\":\"none\",\"alg\":\"EdDSA\",\"kid\":\"k1\"}")
            << JwtError::BadHeader;
        QTest::newRow("duplicate via escape")
            << with("\"\\u006bid\":\"k1\"") << JwtError::BadHeader;
        QTest::newRow("not an object") << QByteArray("[\"EdDSA\"]") << JwtError::BadHeader;
        QTest::newRow("not json") << QByteArray("alg=EdDSA") << JwtError::BadHeader;
        QTest::newRow("trailing garbage") << QByteArray(Header + 'x') << JwtError::BadHeader;
        QTest::newRow("empty") << QByteArray() << JwtError::Malformed;
        QTest::newRow("unknown kid")
            << QByteArray("{\"alg\":\"EdDSA\",\"kid\":\"k9\"}") << JwtError::UnknownKey;
        QTest::newRow("kid case") << QByteArray("{\"alg\":\"EdDSA\",\"kid\":\"K1\"}")
                                  << JwtError::UnknownKey;
        QTest::newRow("kid missing") << QByteArray("{\"alg\":\"EdDSA\"}") << JwtError::UnknownKey;
        QTest::newRow("kid number")
            << QByteArray("{\"alg\":\"EdDSA\",\"kid\":1}") << JwtError::UnknownKey;
        // Names repeated in a nested object are no duplicates of the top-level ones.
        QTest::newRow("nested object reusing names")
            << with("\"ext\":{\"kid\":\"a\",\"alg\":\"b\"}") << JwtError::None;
    }
    void verifyHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(JwtError, expected);
        const QByteArray token = jwt::signRaw(header, compact(validPayload()), keyA());
        const JwtResult result = verifier().verify(token, Now);
        QCOMPARE(result.error, expected);
        QCOMPARE(result.ok(), expected == JwtError::None);
        if (!result.ok())
            QVERIFY(!result.reason.isEmpty());
    }

    void verifyPayload_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<JwtError>("expected");
        QTest::newRow("valid") << compact(validPayload()) << JwtError::None;
        QTest::newRow("valid without sid") << payloadWithout(u"sid"_qs) << JwtError::None;
        QTest::newRow("valid no roles") << payloadWith(u"roles"_qs, QJsonArray()) << JwtError::None;
        QTest::newRow("valid integral double")
            << compact(validPayload()).replace(":1700000890", ":1700000890.0") << JwtError::None;
        for (const char *name : {"iss", "sub", "aud", "jti", "iat", "exp", "roles", "token_use"}) {
            QTest::addRow("missing %s", name)
                << payloadWithout(QString::fromLatin1(name)) << JwtError::MissingClaim;
            QTest::addRow("null %s", name)
                << payloadWith(QString::fromLatin1(name), QJsonValue::Null)
                << JwtError::MissingClaim;
        }
        QTest::newRow("empty sub") << payloadWith(u"sub"_qs, u""_qs) << JwtError::MissingClaim;
        QTest::newRow("token_use refresh")
            << payloadWith(u"token_use"_qs, u"refresh"_qs) << JwtError::WrongTokenUse;
        QTest::newRow("token_use Access")
            << payloadWith(u"token_use"_qs, u"Access"_qs) << JwtError::WrongTokenUse;
        QTest::newRow("token_use id")
            << payloadWith(u"token_use"_qs, u"id"_qs) << JwtError::WrongTokenUse;
        QTest::newRow("token_use number")
            << payloadWith(u"token_use"_qs, 1) << JwtError::WrongTokenUse;
        QTest::newRow("wrong issuer")
            << payloadWith(u"iss"_qs, u"https://evil.test"_qs) << JwtError::WrongIssuer;
        QTest::newRow("wrong audience")
            << payloadWith(u"aud"_qs, u"other"_qs) << JwtError::WrongAudience;
        QTest::newRow("aud array with ours")
            << payloadWith(u"aud"_qs, QJsonArray{u"other"_qs, Audience}) << JwtError::None;
        QTest::newRow("aud array without ours")
            << payloadWith(u"aud"_qs, QJsonArray{u"other"_qs, u"nest2"_qs})
            << JwtError::WrongAudience;
        QTest::newRow("aud empty array")
            << payloadWith(u"aud"_qs, QJsonArray()) << JwtError::WrongAudience;
        QTest::newRow("aud array non-string")
            << payloadWith(u"aud"_qs, QJsonArray{Audience, 7}) << JwtError::Malformed;
        QTest::newRow("aud number") << payloadWith(u"aud"_qs, 7) << JwtError::Malformed;
        QTest::newRow("sub number") << payloadWith(u"sub"_qs, 42) << JwtError::Malformed;
        QTest::newRow("sid number") << payloadWith(u"sid"_qs, 42) << JwtError::Malformed;
        QTest::newRow("iat string")
            << payloadWith(u"iat"_qs, QString::number(Now)) << JwtError::Malformed;
        QTest::newRow("exp fractional")
            << payloadWith(u"exp"_qs, double(Now) + 0.5) << JwtError::Malformed;
        QTest::newRow("exp negative") << payloadWith(u"exp"_qs, -1) << JwtError::Malformed;
        QTest::newRow("exp huge") << payloadWith(u"exp"_qs, 1e300) << JwtError::Malformed;
        QTest::newRow("exp bool") << payloadWith(u"exp"_qs, true) << JwtError::Malformed;
        QTest::newRow("exp before iat") << payloadWith(u"exp"_qs, Now - 11) << JwtError::Malformed;
        QTest::newRow("roles string")
            << payloadWith(u"roles"_qs, u"admin"_qs) << JwtError::Malformed;
        QTest::newRow("roles with number")
            << payloadWith(u"roles"_qs, QJsonArray{u"admin"_qs, 1}) << JwtError::Malformed;
        QTest::newRow("duplicate sub")
            << payloadPrefixed("\"sub\":\"admin\"") << JwtError::Malformed;
        QTest::newRow("duplicate roles")
            << payloadPrefixed("\"roles\":[\"admin\"]") << JwtError::Malformed;
        QTest::newRow("duplicate token_use")
            << payloadPrefixed("\"token_use\":\"refresh\"") << JwtError::Malformed;
        QTest::newRow("duplicate via escape")
            << payloadPrefixed("\"\\u0073ub\":\"admin\"") << JwtError::Malformed;
        QTest::newRow("colon in a string is not a member")
            << payloadPrefixed("\"note\":\"a:b:{c}:[d]\\\":\"") << JwtError::None;
        QTest::newRow("array") << QByteArray("[1,2]") << JwtError::Malformed;
        QTest::newRow("not json") << QByteArray("Example of Ed25519 signing")
                                  << JwtError::Malformed;
        QTest::newRow("empty") << QByteArray() << JwtError::Malformed;
    }
    void verifyPayload()
    {
        QFETCH(QByteArray, payload);
        QFETCH(JwtError, expected);
        const QByteArray token = jwt::signRaw(Header, payload, keyA());
        const JwtResult result = verifier().verify(token, Now);
        QCOMPARE(result.error, expected);
        QCOMPARE(result.ok(), expected == JwtError::None);
    }

    void timeWindow_data()
    {
        QTest::addColumn<qint64>("iat");
        QTest::addColumn<qint64>("exp");
        QTest::addColumn<JwtError>("expected");
        // Leeway 60 s: valid while now < exp + 60 and iat - 60 <= now.
        QTest::newRow("fresh") << Now << Now + 900 << JwtError::None;
        QTest::newRow("expired within leeway") << Now - 900 << Now - 59 << JwtError::None;
        QTest::newRow("expired at leeway") << Now - 900 << Now - 60 << JwtError::Expired;
        QTest::newRow("expired long ago") << Now - 9000 << Now - 8100 << JwtError::Expired;
        QTest::newRow("issued at leeway ahead") << Now + 60 << Now + 960 << JwtError::None;
        QTest::newRow("issued beyond leeway") << Now + 61 << Now + 961 << JwtError::NotYetValid;
    }
    void timeWindow()
    {
        QFETCH(qint64, iat);
        QFETCH(qint64, exp);
        QFETCH(JwtError, expected);
        QJsonObject payload = validPayload();
        payload.insert(u"iat"_qs, iat);
        payload.insert(u"exp"_qs, exp);
        const QByteArray token = jwt::signRaw(Header, compact(payload), keyA());
        QCOMPARE(verifier().verify(token, Now).error, expected);
    }

    void zeroLeeway()
    {
        const QByteArray token = jwt::signRaw(Header, payloadWith(u"exp"_qs, Now + 1), keyA());
        const JwtVerifier strict(keySet(), Issuer, Audience, 0);
        QCOMPARE(strict.verify(token, Now).error, JwtError::None);
        QCOMPARE(strict.verify(token, Now + 1).error, JwtError::Expired);
    }

    void verifyToken_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<JwtError>("expected");
        const QByteArray valid = jwt::signRaw(Header, compact(validPayload()), keyA());
        const QByteArray h = part(valid, 0);
        const QByteArray p = part(valid, 1);
        const QByteArray s = part(valid, 2);
        QTest::newRow("valid") << valid << JwtError::None;

        // RFC 7515 Appendix A.5, an unsecured JWS.
        QTest::newRow("rfc7515 a.5 unsecured")
            << QByteArray("eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogI"
                          "mh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.")
            << JwtError::AlgorithmNotAllowed;
        QTest::newRow("alg none keeping claims")
            << QByteArray(base64url::encode("{\"alg\":\"none\",\"kid\":\"k1\"}") + '.' + p + '.')
            << JwtError::AlgorithmNotAllowed;
        const QByteArray refreshToken = base64url::encode(QByteArray(32, '\x5a'));
        QCOMPARE(refreshToken.size(), 43);
        QTest::newRow("refresh token") << refreshToken << JwtError::Malformed;
        QTest::newRow("empty") << QByteArray() << JwtError::Malformed;
        QTest::newRow("two parts") << QByteArray(h + '.' + p) << JwtError::Malformed;
        QTest::newRow("four parts") << QByteArray(valid + '.' + s) << JwtError::Malformed;
        QTest::newRow("only dots") << QByteArray("..") << JwtError::Malformed;
        QTest::newRow("padded signature") << QByteArray(valid + "==") << JwtError::Malformed;
        QTest::newRow("standard base64 header")
            << QByteArray(QByteArray(h).replace('-', '+').replace('_', '/') + "+." + p + '.' + s)
            << JwtError::Malformed;
        QTest::newRow("whitespace") << QByteArray(valid + ' ') << JwtError::Malformed;
        QTest::newRow("bearer prefix") << QByteArray("Bearer " + valid) << JwtError::Malformed;
        QTest::newRow("oversized")
            << QByteArray(valid + QByteArray(JwtVerifier::MaxTokenBytes, 'A'))
            << JwtError::Malformed;
        QTest::newRow("empty signature") << QByteArray(h + '.' + p + '.') << JwtError::BadSignature;
        QTest::newRow("short signature")
            << QByteArray(h + '.' + p + '.' + s.left(84)) << JwtError::BadSignature;

        QByteArray tamperedSignature = valid;
        const qsizetype sigStart = valid.lastIndexOf('.') + 1;
        tamperedSignature[sigStart + 5] = tamperedSignature[sigStart + 5] == 'A' ? 'B' : 'A';
        QTest::newRow("tampered signature") << tamperedSignature << JwtError::BadSignature;

        const QByteArray adminPayload =
            base64url::encode(payloadWith(u"roles"_qs, QJsonArray{u"admin"_qs}));
        QTest::newRow("tampered payload")
            << QByteArray(h + '.' + adminPayload + '.' + s) << JwtError::BadSignature;
        QTest::newRow("swapped key (signed by k2, says k1)")
            << jwt::signRaw(Header, compact(validPayload()), keyB()) << JwtError::BadSignature;
        const QByteArray headerK2 =
            base64url::encode("{\"alg\":\"EdDSA\",\"typ\":\"JWT\",\"kid\":\"k2\"}");
        QTest::newRow("kid swapped after signing")
            << QByteArray(headerK2 + '.' + p + '.' + s) << JwtError::BadSignature;
    }
    void verifyToken()
    {
        QFETCH(QByteArray, token);
        QFETCH(JwtError, expected);
        QCOMPARE(verifier().verify(token, Now).error, expected);
    }

    void keySetBasics()
    {
        JwtKeySet keys;
        QVERIFY(keys.isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"wrong size"_qs));
        keys.insert(u"short"_qs, QByteArray(31, 'x'));
        QVERIFY(keys.isEmpty());
        const QByteArray publicKey = ed25519::fromSeed(SeedA).publicKey;
        keys.insert(u"b"_qs, publicKey);
        keys.insert(u"a"_qs, publicKey);
        QCOMPARE(keys.kids(), (QStringList{u"a"_qs, u"b"_qs}));
        QCOMPARE(keys.find(u"a"_qs), publicKey);
        QVERIFY(keys.find(u"c"_qs).isEmpty());
    }

    void setKeysReplacesTrust()
    {
        const QByteArray token = jwt::signRaw(Header, compact(validPayload()), keyA());
        JwtVerifier empty(JwtKeySet(), Issuer, Audience);
        QCOMPARE(empty.verify(token, Now).error, JwtError::UnknownKey);
        empty.setKeys(keySet());
        QCOMPARE(empty.verify(token, Now).error, JwtError::None);
        QVERIFY(!JwtResult().ok());
    }

    void principal()
    {
        JwtClaims claims;
        claims.sub = u"u1"_qs;
        claims.sid = u"f1"_qs;
        claims.exp = Now;
        claims.roles = QStringList{u"trader"_qs, u"admin"_qs};
        const auto principal = jwt::principalFromClaims(claims);
        QVERIFY(principal);
        QCOMPARE(principal->userId, u"u1"_qs);
        QCOMPARE(principal->familyId, u"f1"_qs);
        QCOMPARE(principal->expiresAtMs, Now * 1000);
        QVERIFY(principal->has(Role::Admin));
        QVERIFY(principal->has(Role::Trader));
        QVERIFY(!principal->has(Role::Moderator));
        claims.roles.append(u"root"_qs);
        QVERIFY(!jwt::principalFromClaims(claims));
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
