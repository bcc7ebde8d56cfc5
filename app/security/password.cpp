#include "password.h"

#include "cryptologging.h"
#include "sodiuminit.h"

#include <sodium/crypto_pwhash.h>

namespace nest::security::password {

namespace {

// crypto_pwhash_str_* read a NUL-terminated string: refuse anything that is not one well-formed
// string of printable ASCII, so an embedded NUL cannot truncate what gets checked.
bool isPlausibleHash(QByteArrayView storedHash)
{
    if (storedHash.isEmpty() || storedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    for (const char c : storedHash) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

} // namespace

QByteArray hash(QByteArrayView password)
{
    if (!initializeSodium())
        return {};
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, password.data(),
                              static_cast<unsigned long long>(password.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        qCWarning(lcCrypto, "Argon2id hashing failed (out of memory?)");
        return {};
    }
    return QByteArray(out);
}

bool verify(QByteArrayView storedHash, QByteArrayView password)
{
    if (!isPlausibleHash(storedHash) || !initializeSodium())
        return false;
    const QByteArray terminated = storedHash.toByteArray(); // QByteArray keeps a trailing NUL
    return crypto_pwhash_str_verify(terminated.constData(), password.data(),
                                    static_cast<unsigned long long>(password.size()))
           == 0;
}

bool needsRehash(QByteArrayView storedHash)
{
    if (!isPlausibleHash(storedHash) || !storedHash.startsWith("$argon2id$") || !initializeSodium())
        return true;
    const QByteArray terminated = storedHash.toByteArray();
    return crypto_pwhash_str_needs_rehash(terminated.constData(),
                                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
           != 0;
}

} // namespace nest::security::password
