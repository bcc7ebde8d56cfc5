#pragma once

#include <QByteArray>
#include <QString>

namespace nest::server {

//! `n` bytes from libsodium's CSPRNG.
QByteArray randomBytes(int n);
//! A fresh opaque id: `prefix` + 16 base64url characters (96 random bits).
QString newId(const QString &prefix);
qint64 nowMs();

} // namespace nest::server
