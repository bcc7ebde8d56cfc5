#pragma once

#include "governancetypes.h"

#include <QJsonObject>

#include <optional>

namespace nest::server {

//! The contract's proposal object, with `tally` as `{"0": weight, ...}` for every choice, plus
//! this server's `created_at`, `eligible_weight`, `winner`, `executed_at`, `execution_error`.
QJsonObject proposalToJson(const governance::Proposal &proposal);
//! The contract's vote object plus `seq`, `proposal_id` and `balance` (what the weight comes from).
QJsonObject voteToJson(const governance::Vote &vote);

//! The fields of a `POST /governance/proposals` body, type-checked only (the service judges the
//! values); nullopt with `problem` set when a field is missing or of the wrong type.
std::optional<governance::Proposal> parseProposalDraft(const QJsonObject &body, qint64 now,
                                                       QString *problem);
//! The `choices` of a vote body: an array of integers; nullopt with `problem` otherwise.
std::optional<QList<int>> parseBallot(const QJsonValue &value, QString *problem);

} // namespace nest::server
