#pragma once

#include "secretstore.h"
#include "securebuffer.h"

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace nest::client {

class ApiClient;
class Session;
struct User;

//! The signed-in user's Ed25519 signing key for marketplace actions and votes.
//!
//! Made on first use: generated with libsodium, its 32-byte seed kept only in the OS keychain
//! (SecretStore, entry "signing_key" of the account), its public key registered with the server
//! (`PUT /me/public-key`). A key found in the keychain is reused; when the server holds another
//! public key (another computer, a reset server) this one is registered in its place, so later
//! actions verify; earlier votes keep the key they were signed with in the vote log.
//! The secret is in locked memory while signed in and wiped at sign-out; a sign-out the user
//! asks for also removes it from the keychain, like the refresh token.
class UserKeys final : public QObject {
    Q_OBJECT
public:
    static constexpr QLatin1StringView SecretName{"signing_key"};

    //! `ok` false with a sentence to show in `error`.
    using Ready = std::function<void(bool ok, const QString &error)>;
    //! The base64url signature, or an empty one and a sentence to show in `error`.
    using Signed = std::function<void(const QString &signature, const QString &error)>;

    UserKeys(ApiClient &api, SecretStore &secrets, Session &session, QObject *parent = nullptr);
    ~UserKeys() override;

    //! Loads or creates the key and makes sure the server has its public key; `done` runs once,
    //! from the event loop. Concurrent calls share one load.
    void ensureReady(Ready done);
    //! Signs the UTF-8 bytes of `message` once the key is ready (see ensureReady).
    void sign(const QString &message, Signed done);

    bool isReady() const { return !m_secret.isEmpty() && m_registered; }
    //! Base64url without padding; empty until loaded.
    QString publicKey() const { return m_publicKey; }
    //! A signature with the loaded key, base64url; empty when not ready.
    QString signNow(const QString &message) const;

Q_SIGNALS:
    void readyChanged(bool ready);

private:
    void onSignedIn(const User &user);
    void onSignedOut(const QString &reason);
    SecretKey secretKey() const;
    void load();
    void adoptSeed(QByteArrayView seed);
    void createKey();
    void registerPublicKey();
    void finish(bool ok, const QString &error);

    ApiClient &m_api;
    SecretStore &m_secrets;
    Session &m_session;
    security::SecureBuffer m_secret; //!< libsodium's 64-byte secret key
    QString m_publicKey;
    QString m_serverPublicKey; //!< what the server has registered for this user
    SecretKey m_account;       //!< whose key is loaded (origin, username)
    std::vector<Ready> m_waiters;
    quint64 m_generation = 0; //!< bumped at sign-out: answers for an earlier account are dropped
    bool m_loading = false;
    bool m_registered = false;
};

} // namespace nest::client
