// The encrypted local cache's record and key-ring decoders on arbitrary bytes. The first byte
// picks what the rest is:
//   0: a keychain entry (parseRing): rejected or parsed; what parses serializes back to a ring
//      that parses to the same keys;
//   1: a stored record (open): never accepted, since nobody without the key can make one;
//   2: a plaintext: sealed and opened again it comes back unchanged, and with any other record
//      id bound in it does not open.
#include "cachecrypto.h"
#include "sodiuminit.h"

#include <cstdint>

using namespace nest;
using namespace nest::client;

namespace {

const CacheKey &fuzzKey()
{
    static const CacheKey key = [] {
        security::initializeSodium();
        return cachecrypto::generateKey(1'700'000'000'000);
    }();
    return key;
}

bool sameRing(const CacheKeyRing &a, const CacheKeyRing &b)
{
    if (a.keys.size() != b.keys.size())
        return false;
    for (size_t i = 0; i < a.keys.size(); ++i) {
        const CacheKey &x = a.keys[i];
        const CacheKey &y = b.keys[i];
        if (x.id != y.id || x.createdMs != y.createdMs || x.secret.view() != y.secret.view())
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CacheKey &key = fuzzKey();
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QByteArray ad = cachecrypto::associatedData(u"cache", key.id, u"feed", u"p_1");
    switch (data[0] % 3) {
    case 0:
        if (const auto ring = cachecrypto::parseRing(input)) {
            QByteArray bytes = cachecrypto::serializeRing(*ring);
            const auto again = cachecrypto::parseRing(bytes);
            cachecrypto::wipe(bytes);
            if (!again || !sameRing(*ring, *again))
                __builtin_trap();
        }
        break;
    case 1:
        if (cachecrypto::open(key.secret, input, ad))
            __builtin_trap(); // a forgery: the key never left this process
        break;
    default: {
        const QByteArray sealed = cachecrypto::seal(key.secret, input, ad);
        const auto opened = cachecrypto::open(key.secret, sealed, ad);
        if (!opened || *opened != input)
            __builtin_trap();
        const QByteArray other = cachecrypto::associatedData(u"cache", key.id, u"feed", u"p_2");
        if (cachecrypto::open(key.secret, sealed, other))
            __builtin_trap(); // a record moved under another id must not open
        break;
    }
    }
    return 0;
}
