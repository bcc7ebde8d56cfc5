#pragma once

// The dashboard shows the behavior analytics' domain types; they live with the model.
#include "behaviordata.h"

namespace nest::ui {

using analytics::AlertMark;
using analytics::ModelState;
using analytics::RatePoint;
using analytics::TraitHistory;
using analytics::UserSummary;

} // namespace nest::ui
