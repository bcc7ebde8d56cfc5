#include "rolenames.h"

#include <QCoreApplication>
#include <QLocale>

namespace nest::ui {

QString displayRoleName(Role role)
{
    switch (role) {
    case Role::Analyst:
        return QCoreApplication::translate("nest::ui::Roles", "analyst");
    case Role::Moderator:
        return QCoreApplication::translate("nest::ui::Roles", "moderator");
    case Role::Trader:
        return QCoreApplication::translate("nest::ui::Roles", "trader");
    case Role::Voter:
        return QCoreApplication::translate("nest::ui::Roles", "voter");
    case Role::Admin:
        return QCoreApplication::translate("nest::ui::Roles", "admin");
    }
    return {};
}

QString displayRoleList(Roles roles)
{
    QStringList names;
    for (Role role : {Role::Analyst, Role::Moderator, Role::Trader, Role::Voter, Role::Admin}) {
        if (roles.testFlag(role))
            names << displayRoleName(role);
    }
    return names.isEmpty() ? QCoreApplication::translate("nest::ui::Roles", "no roles")
                           : QLocale().createSeparatedList(names);
}

} // namespace nest::ui
