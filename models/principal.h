#pragma once

#include "roles.h"

#include <QString>

namespace nest {

//! Who is making a request: the verified subject of an access token.
struct Principal {
    QString userId;
    Roles roles;
    QString familyId; //!< the login (refresh-token family) the token belongs to
    qint64 expiresAtMs = 0;

    bool has(Role role) const { return roles.testFlag(role); }
};

} // namespace nest
