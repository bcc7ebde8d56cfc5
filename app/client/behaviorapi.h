#pragma once

#include "apiclient.h"
#include "behaviordata.h"

namespace nest::client {

//! Typed calls for the behavior analytics endpoints (api-contract.md "Behavior analytics").
//! An ok job's body has been checked, so the *Of() readers always yield a value.
namespace behaviorapi {

//! GET /behavior/metrics?from&to&step_ms -> per-step event rates (chart backfill).
ApiJob *metrics(ApiClient &api, qint64 fromMs, qint64 toMs, qint64 stepMs);
//! GET /behavior/users?q&limit -> users with their latest traits.
ApiJob *users(ApiClient &api, const QString &query, int limit = 50);
//! GET /behavior/users/{id}/traits -> the estimate and its history.
ApiJob *userTraits(ApiClient &api, const QString &userId);
//! GET /behavior/model -> the continuous learner's state.
ApiJob *model(ApiClient &api);

QList<analytics::RatePoint> ratePointsOf(const ApiJob &job);
QList<analytics::UserSummary> usersOf(const ApiJob &job);
analytics::TraitHistory traitHistoryOf(const ApiJob &job);
analytics::ModelState modelStateOf(const ApiJob &job);

} // namespace behaviorapi
} // namespace nest::client
