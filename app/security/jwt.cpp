#include "jwt.h"

#include "base64url.h"
#include "cryptologging.h"
#include "ed25519.h"
#include "strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <utility>

namespace nest::security {

namespace {

// Header members that point at keys or change how the token is processed. The verifier only
// trusts its own key set and implements no extensions, so their presence is an attack or a bug.
constexpr QLatin1StringView ForbiddenHeaderMembers[] = {
    QLatin1StringView("jwk"),  QLatin1StringView("jku"), QLatin1StringView("x5u"),
    QLatin1StringView("x5c"),  QLatin1StringView("x5t"), QLatin1StringView("x5t#S256"),
    QLatin1StringView("crit"), QLatin1StringView("b64"),
};

// Larger than any NumericDate we will meet, small enough that adding the leeway cannot overflow
// and that a double holds every integer up to it exactly.
constexpr double MaxNumericDate = 9007199254740992.0; // 2^53

JwtResult failure(JwtError error, QString reason)
{
    JwtResult result;
    result.error = error;
    result.reason = std::move(reason);
    return result;
}

QByteArray jsonString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip the brackets
}

// A required string claim: absent or empty is MissingClaim, another type is Malformed.
std::optional<JwtResult> readString(const QJsonObject &payload, QLatin1StringView name,
                                    QString *out)
{
    const QJsonValue value = payload.value(name);
    if (value.isUndefined() || value.isNull())
        return failure(JwtError::MissingClaim, u"missing claim "_qs + name);
    if (!value.isString())
        return failure(JwtError::Malformed, u"claim "_qs + name + u" is not a string"_qs);
    *out = value.toString();
    if (out->isEmpty())
        return failure(JwtError::MissingClaim, u"empty claim "_qs + name);
    return std::nullopt;
}

std::optional<JwtResult> readNumericDate(const QJsonObject &payload, QLatin1StringView name,
                                         qint64 *out)
{
    const QJsonValue value = payload.value(name);
    if (value.isUndefined() || value.isNull())
        return failure(JwtError::MissingClaim, u"missing claim "_qs + name);
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < 0.0
        || number > MaxNumericDate)
        return failure(JwtError::Malformed,
                       u"claim "_qs + name + u" is not a non-negative integer"_qs);
    *out = static_cast<qint64>(number);
    return std::nullopt;
}

std::optional<JwtResult> checkHeader(const QJsonObject &header, QString *kid)
{
    const QJsonValue alg = header.value(QLatin1StringView("alg"));
    if (!alg.isString() || alg.toString() != u"EdDSA")
        return failure(JwtError::AlgorithmNotAllowed, u"alg must be EdDSA"_qs);
    for (const QLatin1StringView member : ForbiddenHeaderMembers) {
        if (header.contains(member))
            return failure(JwtError::BadHeader, u"forbidden header member "_qs + member);
    }
    const QJsonValue typ = header.value(QLatin1StringView("typ"));
    if (!typ.isUndefined() && (!typ.isString() || typ.toString() != u"JWT"))
        return failure(JwtError::BadHeader, u"typ must be JWT"_qs);
    const QJsonValue kidValue = header.value(QLatin1StringView("kid"));
    if (!kidValue.isString() || kidValue.toString().isEmpty())
        return failure(JwtError::UnknownKey, u"kid missing or not a string"_qs);
    *kid = kidValue.toString();
    return std::nullopt;
}

} // namespace

QString jwtErrorName(JwtError error)
{
    switch (error) {
    case JwtError::None:
        return u"None"_qs;
    case JwtError::Malformed:
        return u"Malformed"_qs;
    case JwtError::BadHeader:
        return u"BadHeader"_qs;
    case JwtError::AlgorithmNotAllowed:
        return u"AlgorithmNotAllowed"_qs;
    case JwtError::UnknownKey:
        return u"UnknownKey"_qs;
    case JwtError::BadSignature:
        return u"BadSignature"_qs;
    case JwtError::MissingClaim:
        return u"MissingClaim"_qs;
    case JwtError::Expired:
        return u"Expired"_qs;
    case JwtError::NotYetValid:
        return u"NotYetValid"_qs;
    case JwtError::WrongIssuer:
        return u"WrongIssuer"_qs;
    case JwtError::WrongAudience:
        return u"WrongAudience"_qs;
    case JwtError::WrongTokenUse:
        return u"WrongTokenUse"_qs;
    }
    return u"Unknown"_qs;
}

void JwtKeySet::insert(const QString &kid, const QByteArray &publicKey)
{
    if (kid.isEmpty() || publicKey.size() != ed25519::PublicKeyBytes) {
        qCWarning(lcCrypto) << "Ignoring verification key with empty kid or wrong size"
                            << publicKey.size();
        return;
    }
    m_keys.insert(kid, publicKey);
}

QByteArray JwtKeySet::find(const QString &kid) const
{
    return m_keys.value(kid);
}

QStringList JwtKeySet::kids() const
{
    QStringList kids = m_keys.keys();
    kids.sort();
    return kids;
}

JwtVerifier::JwtVerifier(JwtKeySet keys, QString issuer, QString audience, qint64 leewaySeconds)
    : m_keys(std::move(keys))
    , m_issuer(std::move(issuer))
    , m_audience(std::move(audience))
    , m_leewaySeconds(std::clamp<qint64>(leewaySeconds, 0, 3600))
{}

void JwtVerifier::setKeys(JwtKeySet keys)
{
    m_keys = std::move(keys);
}

JwtResult JwtVerifier::verify(QByteArrayView token, qint64 nowSeconds) const
{
    if (token.isEmpty() || token.size() > MaxTokenBytes)
        return failure(JwtError::Malformed, u"empty or oversized token"_qs);

    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return failure(JwtError::Malformed, u"not three dot-separated parts"_qs);
    if (firstDot == 0 || secondDot == firstDot + 1)
        return failure(JwtError::Malformed, u"empty header or payload"_qs);

    const QByteArrayView signingInput = token.first(secondDot);
    const auto header = base64url::decode(token.first(firstDot));
    const auto payload = base64url::decode(token.sliced(firstDot + 1, secondDot - firstDot - 1));
    const auto signature = base64url::decode(token.sliced(secondDot + 1));
    if (!header || !payload || !signature)
        return failure(JwtError::Malformed, u"part is not strict base64url"_qs);

    const auto headerObject = strictjson::parseObject(*header);
    if (!headerObject)
        return failure(JwtError::BadHeader, u"header is not a JSON object with unique names"_qs);
    QString kid;
    if (auto error = checkHeader(*headerObject, &kid))
        return *error;
    const QByteArray publicKey = m_keys.find(kid);
    if (publicKey.isEmpty())
        return failure(JwtError::UnknownKey, u"unknown kid"_qs);
    if (signature->size() != ed25519::SignatureBytes
        || !ed25519::verify(publicKey, signingInput, *signature))
        return failure(JwtError::BadSignature, u"signature does not verify"_qs);

    // Only signed bytes are interpreted from here on.
    const auto payloadObject = strictjson::parseObject(*payload);
    if (!payloadObject)
        return failure(JwtError::Malformed, u"payload is not a JSON object with unique names"_qs);
    const QJsonObject &claimsObject = *payloadObject;

    JwtResult result;
    JwtClaims &claims = result.claims;
    if (auto error = readString(claimsObject, QLatin1StringView("iss"), &claims.iss))
        return *error;
    if (auto error = readString(claimsObject, QLatin1StringView("sub"), &claims.sub))
        return *error;
    if (auto error = readString(claimsObject, QLatin1StringView("jti"), &claims.jti))
        return *error;
    if (auto error = readNumericDate(claimsObject, QLatin1StringView("iat"), &claims.iat))
        return *error;
    if (auto error = readNumericDate(claimsObject, QLatin1StringView("exp"), &claims.exp))
        return *error;

    const QJsonValue aud = claimsObject.value(QLatin1StringView("aud"));
    if (aud.isUndefined() || aud.isNull())
        return failure(JwtError::MissingClaim, u"missing claim aud"_qs);
    if (aud.isString()) {
        claims.aud = aud.toString();
    } else if (aud.isArray()) {
        for (const QJsonValue entry : aud.toArray()) {
            if (!entry.isString())
                return failure(JwtError::Malformed, u"aud array holds a non-string"_qs);
            if (entry.toString() == m_audience)
                claims.aud = m_audience;
        }
    } else {
        return failure(JwtError::Malformed, u"aud is neither a string nor an array"_qs);
    }

    const QJsonValue roles = claimsObject.value(QLatin1StringView("roles"));
    if (roles.isUndefined() || roles.isNull())
        return failure(JwtError::MissingClaim, u"missing claim roles"_qs);
    if (!roles.isArray())
        return failure(JwtError::Malformed, u"roles is not an array"_qs);
    for (const QJsonValue role : roles.toArray()) {
        if (!role.isString())
            return failure(JwtError::Malformed, u"roles holds a non-string"_qs);
        claims.roles.append(role.toString());
    }

    const QJsonValue sid = claimsObject.value(QLatin1StringView("sid"));
    if (!sid.isUndefined()) {
        if (!sid.isString())
            return failure(JwtError::Malformed, u"sid is not a string"_qs);
        claims.sid = sid.toString();
    }

    const QJsonValue tokenUse = claimsObject.value(QLatin1StringView("token_use"));
    if (tokenUse.isUndefined() || tokenUse.isNull())
        return failure(JwtError::MissingClaim, u"missing claim token_use"_qs);
    if (!tokenUse.isString() || tokenUse.toString() != jwt::AccessTokenUse)
        return failure(JwtError::WrongTokenUse, u"token_use is not access"_qs);

    if (claims.iss != m_issuer)
        return failure(JwtError::WrongIssuer, u"unexpected issuer"_qs);
    if (claims.aud != m_audience)
        return failure(JwtError::WrongAudience, u"unexpected audience"_qs);
    if (claims.exp <= claims.iat)
        return failure(JwtError::Malformed, u"exp is not after iat"_qs);
    if (claims.exp + m_leewaySeconds <= nowSeconds)
        return failure(JwtError::Expired, u"token expired"_qs);
    if (claims.iat - m_leewaySeconds > nowSeconds)
        return failure(JwtError::NotYetValid, u"token issued in the future"_qs);

    result.error = JwtError::None;
    return result;
}

namespace jwt {

QByteArray signRaw(QByteArrayView headerJson, QByteArrayView payloadJson,
                   const SecureBuffer &secretKey)
{
    if (secretKey.size() != ed25519::SecretKeyBytes)
        return {};
    QByteArray token = base64url::encode(headerJson) + '.' + base64url::encode(payloadJson);
    const QByteArray signature = ed25519::sign(secretKey, token);
    if (signature.isEmpty())
        return {};
    token += '.' + base64url::encode(signature);
    return token;
}

QByteArray sign(const JwtClaims &claims, const QString &kid, const SecureBuffer &secretKey)
{
    // Written by hand rather than through QJsonObject, which would sort the names.
    const QByteArray header = R"({"alg":"EdDSA","typ":"JWT","kid":)" + jsonString(kid) + '}';

    QJsonObject payload{
        {u"iss"_qs, claims.iss},
        {u"sub"_qs, claims.sub},
        {u"aud"_qs, claims.aud},
        {u"jti"_qs, claims.jti},
        {u"iat"_qs, claims.iat},
        {u"exp"_qs, claims.exp},
        {u"roles"_qs, QJsonArray::fromStringList(claims.roles)},
        {u"token_use"_qs, jwt::AccessTokenUse.toString()},
    };
    if (!claims.sid.isEmpty())
        payload.insert(u"sid"_qs, claims.sid);
    return signRaw(header, QJsonDocument(payload).toJson(QJsonDocument::Compact), secretKey);
}

std::optional<Principal> principalFromClaims(const JwtClaims &claims)
{
    Principal principal;
    if (!parseRoles(claims.roles, &principal.roles))
        return std::nullopt;
    principal.userId = claims.sub;
    principal.familyId = claims.sid;
    principal.expiresAtMs = claims.exp * 1000;
    return principal;
}

} // namespace jwt
} // namespace nest::security
