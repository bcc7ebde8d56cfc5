#pragma once

#include <QFlags>
#include <QStringList>

namespace nest {

//! A platform role, as named on the wire ("analyst", "moderator", ...).
enum class Role : quint8 {
    Analyst = 1 << 0,
    Moderator = 1 << 1,
    Trader = 1 << 2,
    Voter = 1 << 3,
    Admin = 1 << 4,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

inline constexpr Roles allRoles{Role::Analyst, Role::Moderator, Role::Trader, Role::Voter,
                                Role::Admin};
//! What every account after the first one starts with.
inline constexpr Roles defaultRoles{Role::Trader, Role::Voter};

QString roleName(Role role);
//! Wire names in a fixed order (analyst, moderator, trader, voter, admin).
QStringList roleNames(Roles roles);
//! Parses wire names; returns false on an unknown name.
bool parseRoles(const QStringList &names, Roles *out);

} // namespace nest
