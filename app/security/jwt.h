#pragma once

#include "principal.h"
#include "securebuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace nest::security {

//! The claims of a Nest access token. Times are seconds since the Unix epoch (JWT NumericDate).
struct JwtClaims {
    QString iss;
    QString sub; //!< user id
    QString aud;
    QString jti;
    QString sid; //!< login (refresh-token family) id; optional, omitted from the token when empty
    qint64 iat = 0;
    qint64 exp = 0;
    QStringList roles;
};

enum class JwtError {
    None,
    Malformed,
    BadHeader,
    AlgorithmNotAllowed,
    UnknownKey,
    BadSignature,
    MissingClaim,
    Expired,
    NotYetValid, //!< iat lies further in the future than the leeway allows
    WrongIssuer,
    WrongAudience,
    WrongTokenUse,
};

//! A stable name for logs and test output ("None", "Malformed", ...).
QString jwtErrorName(JwtError error);

struct JwtResult {
    JwtError error = JwtError::Malformed; //!< a default-constructed result is never ok()
    QString reason;                       //!< for logs; safe to log, holds no token content
    JwtClaims claims;                     //!< filled only when ok()

    bool ok() const { return error == JwtError::None; }
};

//! The public keys a verifier trusts, by kid. Keys of the wrong size are ignored.
class JwtKeySet {
public:
    void insert(const QString &kid, const QByteArray &publicKey);
    QByteArray find(const QString &kid) const;
    bool isEmpty() const { return m_keys.isEmpty(); }
    QStringList kids() const; //!< sorted

private:
    QHash<QString, QByteArray> m_keys;
};

//! Checks EdDSA (Ed25519) compact JWS access tokens against pinned keys, issuer and audience.
//! verify() is const and reentrant; setKeys() must not race with verify().
class JwtVerifier {
public:
    JwtVerifier(JwtKeySet keys, QString issuer, QString audience, qint64 leewaySeconds = 60);

    JwtResult verify(QByteArrayView token, qint64 nowSeconds) const;
    void setKeys(JwtKeySet keys);

    //! Tokens longer than this are Malformed without further parsing.
    static constexpr qsizetype MaxTokenBytes = 8192;

private:
    JwtKeySet m_keys;
    QString m_issuer;
    QString m_audience;
    qint64 m_leewaySeconds;
};

namespace jwt {

//! The value of the "token_use" claim that marks an access token.
inline constexpr QStringView AccessTokenUse = u"access";

//! base64url(header) "." base64url(payload) "." base64url(Ed25519 signature over the first two
//! parts); the JSON texts are taken verbatim. Empty if secretKey is not a valid secret key.
QByteArray signRaw(QByteArrayView headerJson, QByteArrayView payloadJson,
                   const SecureBuffer &secretKey);

//! An access token: header {"alg":"EdDSA","typ":"JWT","kid":kid}, the claims plus
//! "token_use":"access". Empty if secretKey is not a valid secret key.
QByteArray sign(const JwtClaims &claims, const QString &kid, const SecureBuffer &secretKey);

//! The request principal for verified claims; nullopt if a role name is unknown.
std::optional<Principal> principalFromClaims(const JwtClaims &claims);

} // namespace jwt
} // namespace nest::security
