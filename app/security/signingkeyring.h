#pragma once

#include "jwt.h"
#include "securebuffer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace nest::security {

//! The server's Ed25519 token-signing keys, persisted in <dir>/signing-keys.json (mode 0600).
//!
//! File: {"version":1,"keys":[{"kid","seed","created_at","retired_at"}]}, seed in base64url,
//! times in ms, retired_at 0 for the one current key. A kid is the RFC 7638 JWK thumbprint of the
//! public key (base64url SHA-256 of {"crv":"Ed25519","kty":"OKP","x":...}), so it is derived, not
//! chosen, and load() checks it against the seed. Not thread-safe: owned by one thread.
class SigningKeyRing {
public:
    static constexpr QLatin1StringView FileName{"signing-keys.json"};
    //! Clock skew allowed to verifiers after a retired key's last token has expired.
    static constexpr qint64 PruneLeewayMs = 60000;

    SigningKeyRing() = default;
    ~SigningKeyRing();
    SigningKeyRing(const SigningKeyRing &) = delete;
    SigningKeyRing &operator=(const SigningKeyRing &) = delete;
    SigningKeyRing(SigningKeyRing &&) noexcept = default;
    SigningKeyRing &operator=(SigningKeyRing &&) noexcept = default;

    //! Reads the key file in dir, or creates dir (0700) and a file with one fresh key when it is
    //! absent. Refuses a file that group or others may read or write, or that is corrupt; the
    //! ring is left unchanged on failure.
    bool load(const QString &dir, QString *error);
    //! Makes a fresh key current and retires the previous one at nowMs; saves. Unchanged on
    //! failure.
    bool rotate(qint64 nowMs, QString *error);
    //! Drops retired keys that can no longer verify a live token, then saves if any was dropped.
    void prune(qint64 nowMs, qint64 maxTokenLifetimeMs);

    bool isLoaded() const { return !m_keys.empty(); }
    QString filePath() const;
    QString currentKid() const;
    //! Empty before a successful load().
    const SecureBuffer &currentSecretKey() const;
    //! Every key in the ring, current and retired.
    JwtKeySet verificationKeys() const;
    //! {"keys":[{"kty":"OKP","crv":"Ed25519","x","kid","alg":"EdDSA","use":"sig"}]}
    QJsonObject jwks() const;

    //! RFC 7638 thumbprint of an Ed25519 public key, base64url; empty for a wrong-size key.
    static QString thumbprint(QByteArrayView publicKey);

private:
    struct Key {
        QString kid;
        QByteArray publicKey;
        SecureBuffer seed;
        SecureBuffer secretKey;
        qint64 createdAt = 0;
        qint64 retiredAt = 0;
    };

    static Key makeKey(QByteArrayView seed, qint64 createdAt, qint64 retiredAt);
    static bool parse(const QByteArray &json, std::vector<Key> *keys, QString *error);
    static bool save(const QString &dir, const std::vector<Key> &keys, QString *error);
    const Key *current() const;

    QString m_dir;
    std::vector<Key> m_keys;
};

} // namespace nest::security
