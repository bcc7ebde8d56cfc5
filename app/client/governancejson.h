#pragma once

#include "governancetypes.h"

#include <QJsonObject>

#include <optional>

//! JSON of the governance endpoints <-> the shared governance types. Readers return nullopt for
//! an object that does not have the contract's shape (a missing field, a wrong type).
namespace nest::client::governancejson {

std::optional<governance::Proposal> proposal(const QJsonObject &json);
std::optional<governance::Vote> vote(const QJsonObject &json);
//! The body of `POST /governance/proposals` for a draft (title, body, choices, voting,
//! weighting, window, quorum, timelock, action).
QJsonObject draft(const governance::Proposal &draft);

} // namespace nest::client::governancejson
