#pragma once

namespace nest::security {

//! Initializes libsodium once per process; safe to call from any thread, any number of times.
//! Returns false if libsodium could not be initialized (nothing in this library works then).
bool initializeSodium();

} // namespace nest::security
