#pragma once

#include "governancetypes.h"

#include <QString>

//! The words the Governance view uses for statuses, modes, durations, times and actions
//! (translated; numbers and dates through QLocale).
namespace nest::ui::governanceformat {

QString statusName(governance::Status status);
QString votingName(governance::Voting voting);
QString weightingName(governance::Weighting weighting);
//! "2 d 3 h", "3 h 5 min", "4 min 10 s", "12 s".
QString duration(qint64 ms);
//! What happens next and when: "Opens in 1 d 2 h", "Ends in 3 h 5 min", "Executes in 40 min",
//! "Executed 21/11/2026 06:00", "Closed ...".
QString timeLine(const governance::Proposal &proposal, qint64 nowMs);
//! "Set the marketplace fee to 1.5%", "Set the alert threshold to 8σ".
QString actionText(const governance::Action &action);
//! A whole number with the locale's group separators.
QString number(qint64 value);
QString dateTime(qint64 ms);

} // namespace nest::ui::governanceformat
