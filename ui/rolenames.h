#pragma once

#include "roles.h"

#include <QString>

namespace nest::ui {

//! A role as users read it, translated ("analyst" is a wire name, not a label).
QString displayRoleName(Role role);
//! The roles of `roles` as a translated, locale-separated list ("analyst, trader and voter").
QString displayRoleList(Roles roles);

} // namespace nest::ui
