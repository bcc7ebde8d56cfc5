#pragma once

#include <QLoggingCategory>

namespace nest::security {

//! Logging category "nest.crypto". Never log key material, seeds, passwords or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)

} // namespace nest::security
