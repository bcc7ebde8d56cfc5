#include "sodiuminit.h"

#include "cryptologging.h"

// libsodium through its sub-headers: <sodium.h> would resolve to this folder's sodium.h.
#include <sodium/core.h>

namespace nest::security {

bool initializeSodium()
{
    // A function-local static is initialized exactly once even under concurrent first calls.
    static const bool initialized = [] {
        if (sodium_init() < 0) {
            qCCritical(lcCrypto, "libsodium could not be initialized");
            return false;
        }
        return true;
    }();
    return initialized;
}

} // namespace nest::security
