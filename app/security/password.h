#pragma once

#include <QByteArray>
#include <QByteArrayView>

//! Argon2id password hashes in libsodium's self-describing string form ("$argon2id$v=19$...").
//! Each call takes about 90 ms and 64 MiB on purpose: run it off the event loop. Thread-safe.
namespace nest::security::password {

//! Hashes at the INTERACTIVE limits with a random salt; empty on failure (e.g. out of memory).
QByteArray hash(QByteArrayView password);
//! Constant-time with respect to the password; false for a malformed stored hash.
bool verify(QByteArrayView storedHash, QByteArrayView password);
//! True when storedHash was made with other parameters than hash() uses now.
bool needsRehash(QByteArrayView storedHash);

} // namespace nest::security::password
