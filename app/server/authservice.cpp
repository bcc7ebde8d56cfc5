#include "authservice.h"

#include "ids.h"
#include "logging.h"
#include "password.h"
#include "signingkeyring.h"
#include "tokenstore.h"

#include <QFuture>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace nest::server {
namespace {
using limits::kMaxDisplayNameChars;
using limits::kMaxPasswordBytes;
using limits::kMinPasswordChars;

bool validUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{3,32}$"));
    return re.match(username).hasMatch();
}

AuthService::Result failure(AuthService::Outcome outcome, QString message)
{
    AuthService::Result r;
    r.outcome = outcome;
    r.message = std::move(message);
    return r;
}
} // namespace

AuthService::AuthService(UserStore &users, TokenStore &tokens, security::SigningKeyRing &keys,
                         const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_tokens(tokens)
    , m_keys(keys)
    , m_config(config)
    , m_verifier(keys.verificationKeys(), config.issuer, QStringLiteral("nest"),
                 config.tokenLeewaySeconds)
    , m_loginLimiter(config.loginMaxFailures, config.loginWindowMs)
{}

void AuthService::reloadKeys()
{
    m_verifier.setKeys(m_keys.verificationKeys());
}

void AuthService::registerUser(const QString &username, const QString &password,
                               const QString &displayName, Callback done)
{
    if (!validUsername(username)) {
        done(failure(Outcome::InvalidInput,
                     QStringLiteral("username must be 3 to 32 characters of a-z, 0-9 and _")));
        return;
    }
    if (password.toUcs4().size() < kMinPasswordChars) {
        done(failure(Outcome::InvalidInput,
                     QStringLiteral("password must be at least 8 characters")));
        return;
    }
    const QByteArray passwordUtf8 = password.toUtf8();
    if (passwordUtf8.size() > kMaxPasswordBytes) {
        done(failure(Outcome::InvalidInput, QStringLiteral("password is too long")));
        return;
    }
    const QString name = displayName.trimmed().isEmpty() ? username : displayName.trimmed();
    if (name.size() > kMaxDisplayNameChars) {
        done(failure(Outcome::InvalidInput,
                     QStringLiteral("display_name must be at most 64 characters")));
        return;
    }
    if (m_users.usernameExists(username)) {
        done(failure(Outcome::UsernameTaken, QStringLiteral("that username is taken")));
        return;
    }

    QtConcurrent::run([passwordUtf8] {
        return security::password::hash(passwordUtf8);
    }).then(this, [this, username, name, done = std::move(done)](const QByteArray &hash) {
        if (hash.isEmpty()) {
            done(failure(Outcome::Failed, QStringLiteral("could not hash the password")));
            return;
        }
        UserRecord user;
        user.id = newId(QStringLiteral("u_"));
        user.username = username;
        user.displayName = name;
        user.passwordHash = hash;
        user.createdAt = nowMs();
        switch (m_users.create(&user)) {
        case UserStore::CreateResult::Created: {
            Result r;
            r.outcome = Outcome::Ok;
            r.user = user;
            done(r);
            return;
        }
        case UserStore::CreateResult::UsernameTaken:
            done(failure(Outcome::UsernameTaken, QStringLiteral("that username is taken")));
            return;
        case UserStore::CreateResult::Failed:
            done(failure(Outcome::Failed, QStringLiteral("could not store the account")));
            return;
        }
    });
}

void AuthService::login(const QString &username, const QString &password, Callback done)
{
    const qint64 now = nowMs();
    if (const qint64 wait = m_loginLimiter.retryAfterMs(username, now); wait > 0) {
        Result r = failure(Outcome::RateLimited,
                           QStringLiteral("too many failed sign-ins; try again later"));
        r.retryAfterMs = wait;
        done(r);
        return;
    }
    // Counted as a failure before the hash runs, so that guesses sent in parallel are limited
    // too; a success clears the count.
    m_loginLimiter.recordFailure(username, now);
    const QByteArray passwordUtf8 = password.toUtf8();
    const std::optional<UserRecord> user =
        passwordUtf8.size() <= kMaxPasswordBytes ? m_users.findByUsername(username) : std::nullopt;
    const QByteArray stored = user ? user->passwordHash : QByteArray();

    QtConcurrent::run([stored, passwordUtf8] {
        // Unknown users are checked against a dummy hash so that both answers take as long.
        static const QByteArray dummy = security::password::hash(randomBytes(16).toBase64());
        return security::password::verify(stored.isEmpty() ? dummy : stored, passwordUtf8);
    }).then(this, [this, user, username, done = std::move(done)](bool ok) {
        if (!ok || !user) {
            done(
                failure(Outcome::InvalidCredentials, QStringLiteral("wrong username or password")));
            return;
        }
        m_loginLimiter.reset(username);
        const TokenStore::Issued issued =
            m_tokens.startFamily(user->id, nowMs(), m_config.refreshTokenLifetimeMs);
        if (issued.refreshToken.isEmpty()) {
            done(failure(Outcome::Failed, QStringLiteral("could not start a session")));
            return;
        }
        Result r;
        r.outcome = Outcome::Ok;
        r.user = *user;
        r.tokens = issueTokens(*user, issued.refreshToken, issued.familyId);
        done(r);
    });
}

AuthService::Result AuthService::startSession(const QString &username)
{
    const std::optional<UserRecord> user = m_users.findByUsername(username);
    if (!user)
        return failure(Outcome::InvalidCredentials, QStringLiteral("no such account"));
    const TokenStore::Issued issued =
        m_tokens.startFamily(user->id, nowMs(), m_config.refreshTokenLifetimeMs);
    if (issued.refreshToken.isEmpty())
        return failure(Outcome::Failed, QStringLiteral("could not start a session"));
    Result r;
    r.outcome = Outcome::Ok;
    r.user = *user;
    r.tokens = issueTokens(*user, issued.refreshToken, issued.familyId);
    return r;
}

AuthService::Result AuthService::refresh(const QString &refreshToken)
{
    const TokenStore::Rotation rotation =
        m_tokens.rotate(refreshToken, nowMs(), m_config.refreshTokenLifetimeMs);
    switch (rotation.status) {
    case TokenStore::RotateStatus::Rotated:
        break;
    case TokenStore::RotateStatus::Reused:
        qCWarning(lcServer) << "refresh token reuse: revoked family" << rotation.familyId;
        Q_EMIT familyRevoked(rotation.familyId);
        return failure(Outcome::RefreshReused,
                       QStringLiteral("refresh token was already used; sign in again"));
    case TokenStore::RotateStatus::Failed:
        return failure(Outcome::Failed, QStringLiteral("could not rotate the refresh token"));
    case TokenStore::RotateStatus::Unknown:
    case TokenStore::RotateStatus::Revoked:
    case TokenStore::RotateStatus::Expired:
        return failure(Outcome::InvalidRefresh,
                       QStringLiteral("refresh token is invalid or expired; sign in again"));
    }
    const std::optional<UserRecord> user = m_users.findById(rotation.userId);
    if (!user)
        return failure(Outcome::InvalidRefresh, QStringLiteral("account no longer exists"));
    Result r;
    r.outcome = Outcome::Ok;
    r.user = *user;
    r.tokens = issueTokens(*user, rotation.refreshToken, rotation.familyId);
    return r;
}

void AuthService::logout(const QString &userId, const QString &refreshToken)
{
    const auto [familyId, owner] = m_tokens.lookup(refreshToken);
    if (familyId.isEmpty() || owner != userId)
        return;
    if (m_tokens.revokeFamily(familyId, nowMs()))
        Q_EMIT familyRevoked(familyId);
}

AuthService::TokenPair AuthService::issueTokens(const UserRecord &user, const QString &refreshToken,
                                                const QString &familyId) const
{
    const qint64 nowS = nowMs() / 1000;
    security::JwtClaims claims;
    claims.iss = m_config.issuer;
    claims.sub = user.id;
    claims.aud = QStringLiteral("nest");
    claims.jti = newId(QStringLiteral("t_"));
    claims.sid = familyId;
    claims.iat = nowS;
    claims.exp = nowS + m_config.accessTokenLifetimeMs / 1000;
    claims.roles = roleNames(user.roles);
    TokenPair pair;
    pair.accessToken = QString::fromLatin1(
        security::jwt::sign(claims, m_keys.currentKid(), m_keys.currentSecretKey()));
    pair.refreshToken = refreshToken;
    pair.expiresInSeconds = claims.exp - claims.iat;
    pair.user = user;
    return pair;
}

std::variant<Principal, AuthFailure> AuthService::authenticateHeader(QByteArrayView header) const
{
    constexpr QByteArrayView prefix("Bearer ");
    if (header.isEmpty())
        return AuthFailure{QStringLiteral("unauthenticated"),
                           QStringLiteral("an access token is required")};
    if (header.size() <= prefix.size()
        || header.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return AuthFailure{QStringLiteral("invalid_token"),
                           QStringLiteral("expected an Authorization: Bearer token")};
    return authenticateToken(QString::fromLatin1(header.sliced(prefix.size()).trimmed()));
}

std::variant<Principal, AuthFailure> AuthService::authenticateToken(QStringView token) const
{
    const security::JwtResult result = m_verifier.verify(token.toLatin1(), nowMs() / 1000);
    if (!result.ok()) {
        if (result.error == security::JwtError::Expired)
            return AuthFailure{QStringLiteral("token_expired"),
                               QStringLiteral("the access token has expired")};
        return AuthFailure{QStringLiteral("invalid_token"),
                           QStringLiteral("the access token is not valid")};
    }
    if (m_tokens.isRevoked(result.claims.sid))
        return AuthFailure{QStringLiteral("token_revoked"),
                           QStringLiteral("this session was signed out")};
    Principal p;
    p.userId = result.claims.sub;
    p.familyId = result.claims.sid;
    p.expiresAtMs = result.claims.exp * 1000;
    Roles roles;
    parseRoles(result.claims.roles, &roles);
    p.roles = roles;
    return p;
}

} // namespace nest::server
