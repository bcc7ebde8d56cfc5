#pragma once

#include <QString>

#include <optional>

namespace nest::client {

//! When an access token was issued and expires, read from its JWT payload (seconds).
//! Only for scheduling refreshes: the signature is not verified here, the server does that.
struct AccessTokenTimes {
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;

    //! nullopt unless `jwt` is three base64url parts whose payload has integer iat < exp.
    static std::optional<AccessTokenTimes> read(const QString &jwt);
};

} // namespace nest::client
