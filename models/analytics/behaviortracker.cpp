#include "behaviortracker.h"

#include <algorithm>
#include <cmath>

namespace nest::analytics {

void BehaviorTracker::record(const QString &userId, const QString &sessionId, EventKind kind,
                             qint64 tsMs)
{
    const auto k = static_cast<std::size_t>(kind);
    if (k >= static_cast<std::size_t>(kEventKinds))
        return;
    UserStats &s = m_users[userId];
    ++s.counts[k];
    ++s.total;
    ++m_totalEvents;
    if (s.total == 1 || s.lastSessionId != sessionId) {
        s.lastSessionId = sessionId;
        s.sessionStartMs = tsMs;
        s.lastTsMs = tsMs;
        return;
    }
    // The current session's span [start, last] only ever widens, so adding each widening to
    // activeMs keeps activeMs = sum of the spans without revisiting anything.
    if (tsMs > s.lastTsMs) {
        s.activeMs += std::min(tsMs - s.lastTsMs, kMaxGapMs);
        s.lastTsMs = tsMs;
    } else if (tsMs < s.sessionStartMs) {
        s.activeMs += std::min(s.sessionStartMs - tsMs, kMaxGapMs);
        s.sessionStartMs = tsMs;
    }
}

void BehaviorTracker::restore(const QString &userId, const UserStats &stats)
{
    UserStats &s = m_users[userId];
    m_totalEvents += stats.total - s.total;
    s = stats;
}

const BehaviorTracker::UserStats *BehaviorTracker::stats(const QString &userId) const
{
    const auto it = m_users.constFind(userId);
    return it == m_users.cend() ? nullptr : &it.value();
}

void BehaviorTracker::clear()
{
    m_users.clear();
    m_totalEvents = 0;
}

double BehaviorTracker::activeMinutes(const UserStats &stats)
{
    return static_cast<double>(stats.activeMs) / 60000.0;
}

FeatureVector BehaviorTracker::features(const UserStats &stats)
{
    const double minutes = std::max(activeMinutes(stats), kMinActiveMinutes);
    FeatureVector x{};
    for (std::size_t k = 0; k < x.size(); ++k)
        x[k] = std::log((static_cast<double>(stats.counts[k]) + 0.5) / minutes);
    return x;
}

FeatureVector BehaviorTracker::featureVariances(const UserStats &stats)
{
    FeatureVector v{};
    for (std::size_t k = 0; k < v.size(); ++k)
        v[k] = 1.0 / (static_cast<double>(stats.counts[k]) + 0.5);
    return v;
}

} // namespace nest::analytics
