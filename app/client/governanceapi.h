#pragma once

#include "apiclient.h"
#include "governancetypes.h"
#include "writerequest.h"

#include <functional>
#include <optional>

namespace nest::client {

//! Typed calls for the governance endpoints (api-contract.md "Governance"). An ok job's body
//! has been checked, so the *Of() readers always yield a value.
namespace governanceapi {

//! GET /governance/proposals?status&limit&cursor -> newest first.
ApiJob *proposals(ApiClient &api, std::optional<governance::Status> status = std::nullopt,
                  int limit = 200, const QString &cursor = {});
//! GET /governance/proposals/{id}
ApiJob *proposal(ApiClient &api, const QString &id);
//! POST /governance/proposals (voter) -> 201 the proposal.
ApiJob *create(ApiClient &api, const governance::Proposal &draft);
//! POST /governance/proposals/{id}/votes (voter) -> 201 {vote, proposal}. `signature` covers
//! governance::voteMessage(id, choices, own user id). Retried safely (Idempotency-Key).
ApiJob *castVote(ApiClient &api, const QString &proposalId, const QList<int> &choices,
                 const QString &signature);
//! GET /governance/proposals/{id}/votes?limit&cursor -> a page of the vote log in log order.
ApiJob *votes(ApiClient &api, const QString &proposalId, const QString &cursor = {},
              int limit = 200);

//! create() and castVote() as data, for the Outbox (kinds "proposal", "vote").
WriteRequest createRequest(const governance::Proposal &draft);
WriteRequest castVoteRequest(const QString &proposalId, const QList<int> &choices,
                             const QString &signature);

QList<governance::Proposal> proposalsOf(const ApiJob &job);
QString nextCursorOf(const ApiJob &job);
//! The proposal of a proposal, create or vote answer (or of a vote-log page).
governance::Proposal proposalOf(const ApiJob &job);
governance::Vote voteOf(const ApiJob &job);
QList<governance::Vote> votePageOf(const ApiJob &job);

//! A proposal's whole vote log and the proposal as of its last page (its tally covers exactly
//! the votes read).
struct VoteLog {
    governance::Proposal proposal;
    QList<governance::Vote> votes;
};
//! Reads every page of the vote log; `done` runs once with the log, or with nullopt and a
//! sentence saying why. Nothing runs after `context` is destroyed.
void fetchVoteLog(ApiClient &api, const QString &proposalId, QObject *context,
                  std::function<void(std::optional<VoteLog>, const QString &error)> done);

} // namespace governanceapi
} // namespace nest::client
