#pragma once

#include "behaviordata.h"

#include <QJsonObject>

#include <optional>

namespace nest::client {

//! Readers for the behavior analytics' JSON (REST answers and `behavior.*`/`alerts` stream
//! data). Each returns nullopt when a required field is missing or has the wrong type.
namespace behaviorjson {

std::optional<analytics::RatePoint> ratePoint(const QJsonObject &json);
std::optional<analytics::UserSummary> userSummary(const QJsonObject &json);
std::optional<analytics::TraitHistory> traitHistory(const QJsonObject &json);
std::optional<analytics::ModelState> modelState(const QJsonObject &json);
std::optional<analytics::AlertMark> alert(const QJsonObject &json, qint64 ts);
std::optional<analytics::TraitVector> traits(const QJsonValue &value);

} // namespace behaviorjson
} // namespace nest::client
