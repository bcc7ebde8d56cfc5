#pragma once

#include "securebuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace nest::security {

//! An Ed25519 key pair; secretKey is libsodium's 64-byte form (seed followed by public key).
struct Ed25519KeyPair {
    QByteArray publicKey;
    SecureBuffer secretKey;

    bool isValid() const { return !publicKey.isEmpty() && !secretKey.isEmpty(); }
};

namespace ed25519 {

inline constexpr qsizetype PublicKeyBytes = 32;
inline constexpr qsizetype SecretKeyBytes = 64;
inline constexpr qsizetype SeedBytes = 32;
inline constexpr qsizetype SignatureBytes = 64;

//! A fresh key pair from the system CSPRNG.
Ed25519KeyPair generate();
//! The key pair for a 32-byte seed (RFC 8032 private key); an invalid pair for any other size.
Ed25519KeyPair fromSeed(QByteArrayView seed);
//! The 32-byte seed of a 64-byte secret key; empty for any other size.
SecureBuffer seedOf(const SecureBuffer &secretKey);
//! A detached 64-byte signature; empty if secretKey is not SecretKeyBytes long.
QByteArray sign(const SecureBuffer &secretKey, QByteArrayView message);
//! False for a bad signature and for any argument of the wrong size.
bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

} // namespace ed25519
} // namespace nest::security
