#include "cryptologging.h"

namespace nest::security {

Q_LOGGING_CATEGORY(lcCrypto, "nest.crypto")

} // namespace nest::security
