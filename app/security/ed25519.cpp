#include "ed25519.h"

#include "cryptologging.h"
#include "sodiuminit.h"

#include <sodium/crypto_sign.h>

namespace nest::security::ed25519 {

static_assert(PublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(SecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(SeedBytes == crypto_sign_SEEDBYTES);
static_assert(SignatureBytes == crypto_sign_BYTES);

namespace {

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

Ed25519KeyPair generate()
{
    if (!initializeSodium())
        return {};
    Ed25519KeyPair pair{QByteArray(PublicKeyBytes, Qt::Uninitialized),
                        SecureBuffer(SecretKeyBytes)};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        pair.secretKey.data());
    return pair;
}

Ed25519KeyPair fromSeed(QByteArrayView seed)
{
    if (seed.size() != SeedBytes || !initializeSodium()) {
        qCWarning(lcCrypto) << "Ed25519 seed of wrong size:" << seed.size();
        return {};
    }
    Ed25519KeyPair pair{QByteArray(PublicKeyBytes, Qt::Uninitialized),
                        SecureBuffer(SecretKeyBytes)};
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                             pair.secretKey.data(), bytes(seed));
    return pair;
}

SecureBuffer seedOf(const SecureBuffer &secretKey)
{
    if (secretKey.size() != SecretKeyBytes)
        return {};
    SecureBuffer seed(SeedBytes);
    crypto_sign_ed25519_sk_to_seed(seed.data(), secretKey.data());
    return seed;
}

QByteArray sign(const SecureBuffer &secretKey, QByteArrayView message)
{
    if (secretKey.size() != SecretKeyBytes || !initializeSodium())
        return {};
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         bytes(message), static_cast<unsigned long long>(message.size()),
                         secretKey.data());
    return signature;
}

bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != PublicKeyBytes || signature.size() != SignatureBytes
        || !initializeSodium())
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey))
           == 0;
}

} // namespace nest::security::ed25519
