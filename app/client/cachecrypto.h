#pragma once

#include "securebuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace nest::client {

//! One key of an encrypted local store: its id (bound into every record), when it was made
//! and the 32-byte XChaCha20-Poly1305 key in locked memory.
struct CacheKey {
    QString id;
    qint64 createdMs = 0;
    security::SecureBuffer secret;
};

//! The keys of one encrypted store as they are kept in ONE keychain entry: the current key
//! (new writes) first, then older keys that records still use during a rotation. One entry, so
//! that adding or dropping a key is a single atomic keychain write and a lost or corrupt data
//! file never orphans a key the app can no longer name.
struct CacheKeyRing {
    std::vector<CacheKey> keys; //!< keys[0] is current

    bool isEmpty() const { return keys.empty(); }
    const CacheKey *current() const { return keys.empty() ? nullptr : &keys.front(); }
    const CacheKey *find(const QString &id) const;
};

//! Record encryption for the local cache and the outbox: libsodium XChaCha20-Poly1305 (IETF),
//! a random 24-byte nonce per write, stored in front of the ciphertext.
namespace cachecrypto {

inline constexpr qsizetype KeyBytes = 32;
inline constexpr qsizetype NonceBytes = 24;
inline constexpr qsizetype TagBytes = 16;

//! A fresh random key with a fresh random id ("k" + 16 hex digits).
CacheKey generateKey(qint64 createdMs);

//! What a record is bound to: domain, key id, collection and record id, each length-prefixed
//! so that no two different tuples give the same bytes. A record copied under another id or
//! collection, or relabelled with another key id, no longer authenticates.
QByteArray associatedData(QStringView domain, QStringView keyId, QStringView collection,
                          QStringView recordId);

//! nonce || ciphertext || tag.
QByteArray seal(const security::SecureBuffer &key, QByteArrayView plaintext,
                QByteArrayView associatedData);
//! The plaintext, or nullopt when the blob is short, altered, or sealed with other data/key.
std::optional<QByteArray> open(const security::SecureBuffer &key, QByteArrayView sealed,
                               QByteArrayView associatedData);

//! The keychain entry's bytes (version 1: "NCK1", count, then id, created, key per key).
//! The caller wipes the result (wipe()) once it has been handed to the keychain.
QByteArray serializeRing(const CacheKeyRing &ring);
//! nullopt when the bytes are not a well-formed ring.
std::optional<CacheKeyRing> parseRing(QByteArrayView bytes);
//! Overwrites the bytes (a serialized ring) before they are freed.
void wipe(QByteArray &bytes);

} // namespace cachecrypto
} // namespace nest::client
