#include "cachecrypto.h"

#include "sodiuminit.h"

// libsodium through its sub-headers (see sodiuminit.cpp: <sodium.h> may resolve elsewhere).
#include <QtEndian>

#include <sodium/crypto_aead_xchacha20poly1305.h>
#include <sodium/randombytes.h>
#include <sodium/utils.h>

namespace nest::client {

using security::SecureBuffer;

static_assert(cachecrypto::KeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(cachecrypto::NonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(cachecrypto::TagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

const CacheKey *CacheKeyRing::find(const QString &id) const
{
    for (const CacheKey &key : keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

namespace cachecrypto {

namespace {
constexpr QByteArrayView kRingMagic = "NCK1";
constexpr int kMaxRingKeys = 16;
constexpr int kMaxIdBytes = 64;

void appendPart(QByteArray &out, QStringView part)
{
    const QByteArray utf8 = part.toUtf8();
    const quint32 size = qToBigEndian(quint32(utf8.size()));
    out.append(reinterpret_cast<const char *>(&size), sizeof size);
    out.append(utf8);
}
} // namespace

CacheKey generateKey(qint64 createdMs)
{
    security::initializeSodium();
    CacheKey key;
    key.createdMs = createdMs;
    key.secret = SecureBuffer(KeyBytes);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.secret.data());
    unsigned char idBytes[8];
    randombytes_buf(idBytes, sizeof idBytes);
    key.id = u'k'
             + QString::fromLatin1(
                 QByteArray(reinterpret_cast<const char *>(idBytes), sizeof idBytes).toHex());
    return key;
}

QByteArray associatedData(QStringView domain, QStringView keyId, QStringView collection,
                          QStringView recordId)
{
    QByteArray out;
    appendPart(out, domain);
    appendPart(out, keyId);
    appendPart(out, collection);
    appendPart(out, recordId);
    return out;
}

QByteArray seal(const SecureBuffer &key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    security::initializeSodium();
    QByteArray out(NonceBytes + plaintext.size() + TagBytes, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, NonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + NonceBytes, &written, reinterpret_cast<const unsigned char *>(plaintext.data()),
        static_cast<unsigned long long>(plaintext.size()),
        reinterpret_cast<const unsigned char *>(associatedData.data()),
        static_cast<unsigned long long>(associatedData.size()), nullptr, nonce, key.data());
    out.resize(NonceBytes + qsizetype(written));
    return out;
}

std::optional<QByteArray> open(const SecureBuffer &key, QByteArrayView sealed,
                               QByteArrayView associatedData)
{
    if (key.size() != KeyBytes || sealed.size() < NonceBytes + TagBytes)
        return std::nullopt;
    security::initializeSodium();
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.data());
    QByteArray plain(sealed.size() - NonceBytes - TagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr, nonce + NonceBytes,
            static_cast<unsigned long long>(sealed.size() - NonceBytes),
            reinterpret_cast<const unsigned char *>(associatedData.data()),
            static_cast<unsigned long long>(associatedData.size()), nonce, key.data())
        != 0)
        return std::nullopt;
    plain.resize(qsizetype(written));
    return plain;
}

QByteArray serializeRing(const CacheKeyRing &ring)
{
    QByteArray out;
    out.reserve(8 + qsizetype(ring.keys.size()) * (KeyBytes + 40));
    out.append(kRingMagic);
    out.append(char(ring.keys.size()));
    for (const CacheKey &key : ring.keys) {
        const QByteArray id = key.id.toLatin1();
        out.append(char(id.size()));
        out.append(id);
        const qint64 created = qToBigEndian(key.createdMs);
        out.append(reinterpret_cast<const char *>(&created), sizeof created);
        out.append(reinterpret_cast<const char *>(key.secret.data()), key.secret.size());
    }
    return out;
}

std::optional<CacheKeyRing> parseRing(QByteArrayView bytes)
{
    if (!bytes.startsWith(kRingMagic) || bytes.size() < kRingMagic.size() + 1)
        return std::nullopt;
    qsizetype pos = kRingMagic.size();
    const int count = static_cast<unsigned char>(bytes[pos++]);
    if (count < 1 || count > kMaxRingKeys)
        return std::nullopt;
    CacheKeyRing ring;
    for (int i = 0; i < count; ++i) {
        if (pos >= bytes.size())
            return std::nullopt;
        const int idSize = static_cast<unsigned char>(bytes[pos++]);
        if (idSize < 1 || idSize > kMaxIdBytes
            || pos + idSize + qsizetype(sizeof(qint64)) + KeyBytes > bytes.size())
            return std::nullopt;
        CacheKey key;
        key.id = QString::fromLatin1(bytes.sliced(pos, idSize));
        pos += idSize;
        key.createdMs = qFromBigEndian<qint64>(bytes.data() + pos);
        pos += qsizetype(sizeof(qint64));
        key.secret = SecureBuffer::fromBytes(bytes.sliced(pos, KeyBytes));
        pos += KeyBytes;
        if (ring.find(key.id))
            return std::nullopt;
        ring.keys.push_back(std::move(key));
    }
    if (pos != bytes.size())
        return std::nullopt;
    return ring;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace cachecrypto
} // namespace nest::client
