#pragma once

#include "behaviordata.h"
#include "eventkind.h"

#include <QList>

#include <map>

namespace nest::analytics {

//! Turns single events (one user's, from the raw `behavior.event` stream) into one RatePoint
//! per second, like the server's `behavior.metrics` does for everybody.
//!
//! A second is closed once the clock is `latenessMs` past its end; an event for a closed second
//! is counted in late() instead of changing a point already drawn. Memory is bounded by the
//! seconds still open plus `maxOpenSeconds`.
class EventRateBinner {
public:
    explicit EventRateBinner(qint64 latenessMs = 2000, int maxOpenSeconds = 120)
        : m_latenessMs(latenessMs)
        , m_maxOpenSeconds(maxOpenSeconds)
    {}

    //! Starts over: forgets open seconds and takes `nowMs` as the earliest second to report.
    void reset(qint64 nowMs);
    void add(qint64 tsMs, EventKind kind);
    //! The seconds that closed by `nowMs`, oldest first, one per second (quiet ones with zeros),
    //! never one already returned.
    QList<RatePoint> closeUntil(qint64 nowMs);
    quint64 late() const { return m_late; }

private:
    std::map<qint64, RatePoint> m_open; //!< by second
    qint64 m_nextSecond = 0;            //!< the first second not yet returned
    qint64 m_latenessMs;
    int m_maxOpenSeconds;
    quint64 m_late = 0;
};

} // namespace nest::analytics
