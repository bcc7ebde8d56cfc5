#pragma once

#include "eventkind.h"
#include "traits.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

namespace nest::server {

//! Limits on tracked events, shared by the REST validation and the simulator.
namespace behaviorlimits {
inline constexpr int kMaxEventsPerCall = 1000;
inline constexpr qsizetype kMaxIdChars = 128;
//! How far ahead of the server clock an event's ts may be (client clock skew).
inline constexpr qint64 kMaxFutureSkewMs = 24LL * 3600 * 1000;
} // namespace behaviorlimits

//! One tracked event on its way into the service (REST ingest and simulator alike).
struct TrackedEvent {
    QString userId;
    QString sessionId;
    analytics::EventKind kind = analytics::EventKind::PageView;
    qint64 ts = 0;
    QJsonObject props;
};

//! Per-kind event counts of one second, in EventKind order.
using KindCounts = std::array<quint32, analytics::kEventKinds>;

//! The wire form of a tracked event (`behavior.event` data).
QJsonObject trackedEventToJson(const TrackedEvent &event);
//! Parses and validates one element of `events`; on failure `error` says which field is wrong.
std::optional<TrackedEvent> parseTrackedEvent(const QJsonValue &value, qint64 nowMs,
                                              QString *error);

//! `{openness, conscientiousness, extraversion, agreeableness, neuroticism}`.
QJsonObject traitsToJson(const analytics::TraitVector &traits);
//! Reads all five traits, each a number in [0, 1]; on failure `error` names the trait.
std::optional<analytics::TraitVector> traitsFromJson(const QJsonValue &value, QString *error);

//! `{page_view: n, click: n, ...}` with every kind present.
QJsonObject countsToJson(const std::array<double, analytics::kEventKinds> &perSecond);

} // namespace nest::server
