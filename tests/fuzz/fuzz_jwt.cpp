// Feeds arbitrary bytes to the JWT verifier: it must reject without crashing, and never accept
// a token it did not sign.
#include "ed25519.h"
#include "jwt.h"
#include "sodiuminit.h"

#include <cstdint>

using namespace nest::security;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const JwtVerifier verifier = [] {
        initializeSodium();
        JwtKeySet keys;
        keys.insert(QStringLiteral("k1"), ed25519::generate().publicKey);
        return JwtVerifier(keys, QStringLiteral("nest-server"), QStringLiteral("nest"));
    }();
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (verifier.verify(input, 1'700'000'000).ok())
        __builtin_trap(); // forged: the key's secret half was thrown away
    return 0;
}
