#pragma once

#include "eventkind.h"
#include "traits.h"

#include <QList>
#include <QString>

#include <array>
#include <utility>

namespace nest::analytics {

//! One second of the event-rate series: events per second for each kind, and active users.
struct RatePoint {
    qint64 ts = 0;
    std::array<double, kEventKinds> perKind{};
    int activeUsers = 0;
};

//! An anomaly alert as the dashboard shows it.
struct AlertMark {
    QString id;
    qint64 ts = 0;
    QString severity; //!< "info", "warning", "critical"
    QString metric;   //!< e.g. "events_per_s.click"
    double value = 0;
    double expected = 0;
    QString message; //!< server text: shown as plain text
};

//! A user found by the personality search, with the latest estimate.
struct UserSummary {
    QString id;
    QString name;
    TraitVector traits{};
    double confidence = 0;
    quint64 samples = 0;
};

//! A user's estimate over time.
struct TraitHistory {
    UserSummary user;
    QList<std::pair<qint64, TraitVector>> history;
};

//! The continuous learner's state, as GET /api/v1/behavior/model reports it.
struct ModelState {
    quint64 version = 0;
    quint64 samplesSeen = 0;
    quint64 labeledSamples = 0;
    double loss = 0;
    qint64 updatedAt = 0;
};

} // namespace nest::analytics
