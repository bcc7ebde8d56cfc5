#include "roles.h"

#include <array>
#include <utility>

namespace nest {
namespace {
constexpr std::array<std::pair<Role, QLatin1StringView>, 5> kRoleNames{{
    {Role::Analyst, QLatin1StringView("analyst")},
    {Role::Moderator, QLatin1StringView("moderator")},
    {Role::Trader, QLatin1StringView("trader")},
    {Role::Voter, QLatin1StringView("voter")},
    {Role::Admin, QLatin1StringView("admin")},
}};
} // namespace

QString roleName(Role role)
{
    for (const auto &[r, name] : kRoleNames) {
        if (r == role)
            return name;
    }
    return {};
}

QStringList roleNames(Roles roles)
{
    QStringList out;
    for (const auto &[r, name] : kRoleNames) {
        if (roles.testFlag(r))
            out << name;
    }
    return out;
}

bool parseRoles(const QStringList &names, Roles *out)
{
    Roles roles;
    for (const QString &n : names) {
        bool known = false;
        for (const auto &[r, name] : kRoleNames) {
            if (n == name) {
                roles |= r;
                known = true;
            }
        }
        if (!known)
            return false;
    }
    *out = roles;
    return true;
}

} // namespace nest
