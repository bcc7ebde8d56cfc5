#pragma once

#include "apierror.h"
#include "authprovider.h"
#include "secretstore.h"
#include "user.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace nest::client {

class ApiClient;
class ApiJob;

//! The signed-in account: tokens, their timely refresh, and the refresh token in SecretStore.
//!
//! It installs itself as the ApiClient's AuthProvider. At most one refresh is in flight; every
//! caller that needs a token meanwhile waits for that one. It holds no UI state, so signing
//! out (asked for, or forced by a dead refresh token) never touches what the user typed.
class Session : public QObject, public AuthProvider {
    Q_OBJECT
public:
    //! The SecretKey name of the refresh token.
    static constexpr QLatin1StringView RefreshTokenName{"refresh_token"};

    Session(ApiClient &api, SecretStore &secrets, QObject *parent = nullptr);
    ~Session() override;

    //! Signs in; ends any current session first. Emits signedIn or loginFailed.
    void login(const QString &username, const QString &password);
    //! Creates the account, then signs in. Emits signedIn or loginFailed.
    void registerAndLogin(const QString &username, const QString &password,
                          const QString &displayName = {});
    //! Ends the session locally at once (tokens, keychain entry) and tells the server when it
    //! can be reached. Emits signedOut with an empty reason if there was a session. Also
    //! abandons a login or restore in flight.
    void logout();
    //! Resumes the account saved for this server at app start, from the stored refresh token.
    //! Emits signedIn, or loginFailed (the entry is kept when only the network failed).
    void restore(const QString &serverOrigin, const QString &username);

    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    //! True while a login, restore or logout is under way.
    bool isBusy() const { return m_busyCount > 0; }
    User user() const { return m_user; }
    QString accessToken() const override { return m_accessToken; }
    //! When the access token expires (ms since the epoch, local clock); 0 when signed out.
    qint64 accessTokenExpiresAtMs() const { return m_expiresAtMs; }
    void refreshAccessToken(std::function<void(bool ok)> done) override;

    //! Where the refresh token of the current account is stored.
    SecretKey refreshTokenKey() const;
    //! Refresh calls sent since construction (diagnostics).
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    void signedIn(const nest::client::User &user);
    //! `reason` is empty when the user signed out, otherwise a sentence to show.
    void signedOut(const QString &reason);
    void loginFailed(const nest::client::ApiError &error);
    //! A refresh could not reach the server; the session stays and retries in `retryInMs`.
    void refreshDeferred(const nest::client::ApiError &error, int retryInMs);
    void accessTokenChanged(const QString &accessToken);
    void busyChanged(bool busy);

private:
    void startLogin(const QString &username, const QString &password);
    void startRefresh();
    void onRefreshFinished(ApiJob *job, quint64 generation);
    void adopt(const TokenPair &pair);
    void scheduleRefresh(qint64 lifetimeMs);
    void endSession(const QString &reason, bool forgetStoredToken);
    void clearLocalState();
    void failWaiters();
    void beginBusy();
    void endBusy();
    void tellServerLogout(const QString &refreshToken, const QString &accessToken,
                          qint64 expiresAtMs);

    ApiClient &m_api;
    SecretStore &m_secrets;
    QString m_origin;
    QString m_username;
    QString m_accessToken;
    QString m_refreshToken;
    qint64 m_expiresAtMs = 0;
    User m_user;
    QTimer m_refreshTimer;
    QPointer<ApiJob> m_refreshJob;
    std::vector<std::function<void(bool)>> m_waiters;
    quint64 m_generation = 0; //!< bumped whenever the session ends; stale answers are ignored
    int m_refreshCount = 0;
    int m_networkRetries = 0;
    int m_busyCount = 0;
    bool m_restoring = false;
};

} // namespace nest::client
