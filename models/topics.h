#pragma once

#include "roles.h"

#include <QString>
#include <QStringList>

namespace nest::topics {

//! Every stream topic of the contract.
QStringList all();
bool isKnown(QStringView topic);
//! Whether a user holding `roles` may read `topic` (unknown topics: never).
bool mayRead(QStringView topic, Roles roles);

} // namespace nest::topics
