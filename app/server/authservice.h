#pragma once

#include "jwt.h"
#include "principal.h"
#include "ratelimiter.h"
#include "serverconfig.h"
#include "userstore.h"

#include <QObject>

#include <functional>

namespace nest::security {
class SigningKeyRing;
}

namespace nest::server {

class TokenStore;

//! Why a bearer token was not accepted: a 401 with this code and message.
struct AuthFailure {
    QString code;
    QString message;
};

//! Accounts and tokens: registration, login, refresh rotation, logout, bearer verification.
//! Password hashing (Argon2id, ~90 ms) runs on the global thread pool, never on the event loop.
class AuthService final : public QObject {
    Q_OBJECT
public:
    AuthService(UserStore &users, TokenStore &tokens, security::SigningKeyRing &keys,
                const ServerConfig &config, QObject *parent = nullptr);

    struct TokenPair {
        QString accessToken;
        QString refreshToken;
        qint64 expiresInSeconds = 0;
        UserRecord user;
    };
    enum class Outcome {
        Ok,
        InvalidInput,
        UsernameTaken,
        InvalidCredentials,
        RateLimited,
        RefreshReused,
        InvalidRefresh,
        Failed
    };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString message;
        qint64 retryAfterMs = 0;
        UserRecord user;
        TokenPair tokens;
    };
    using Callback = std::function<void(const Result &)>;

    //! Validates and creates an account; `done` runs later on this thread.
    void registerUser(const QString &username, const QString &password, const QString &displayName,
                      Callback done);
    void login(const QString &username, const QString &password, Callback done);
    Result refresh(const QString &refreshToken);
    //! A new session for an existing account, without its password: only for code in this
    //! process (the desktop app's fallback account on its embedded server), never a route.
    Result startSession(const QString &username);
    //! Revokes the family of `refreshToken` when it belongs to `userId`.
    void logout(const QString &userId, const QString &refreshToken);

    //! Checks an `Authorization` header value ("Bearer <jwt>").
    std::variant<Principal, AuthFailure> authenticateHeader(QByteArrayView header) const;
    //! Checks a bare access token (the stream's auth message).
    std::variant<Principal, AuthFailure> authenticateToken(QStringView token) const;

    //! Reloads verification keys after a rotation (new tokens use the new current key).
    void reloadKeys();

Q_SIGNALS:
    //! A login family was revoked (reuse or logout): its stream sessions must close.
    void familyRevoked(const QString &familyId);

private:
    TokenPair issueTokens(const UserRecord &user, const QString &refreshToken,
                          const QString &familyId) const;

    UserStore &m_users;
    TokenStore &m_tokens;
    security::SigningKeyRing &m_keys;
    const ServerConfig &m_config;
    security::JwtVerifier m_verifier;
    RateLimiter m_loginLimiter;
};

} // namespace nest::server
