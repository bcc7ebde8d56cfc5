#include "behaviormetrics.h"

#include <algorithm>
#include <new>
#include <numeric>
#include <type_traits>

namespace nest::server {

quint32 BehaviorMetrics::Second::eventCount() const
{
    return std::accumulate(counts.begin(), counts.end(), quint32(0));
}

static_assert(
    std::is_trivially_copyable_v<
        BehaviorMetrics::Second> && std::is_trivially_destructible_v<BehaviorMetrics::Second>,
    "the ring's slots are made by calloc");

BehaviorMetrics::BehaviorMetrics()
    : m_ring(static_cast<Second *>(std::calloc(std::size_t(kRetentionSeconds), sizeof(Second))))
{
    if (!m_ring)
        throw std::bad_alloc();
}

BehaviorMetrics::Second &BehaviorMetrics::slot(qint64 sec)
{
    Second &s = m_ring[std::size_t(sec % kRetentionSeconds)];
    if (s.sec != sec)
        s = Second{sec, {}, 0};
    return s;
}

const BehaviorMetrics::Second *BehaviorMetrics::closed(qint64 sec) const
{
    if (sec < 0 || sec > m_lastClosed)
        return nullptr;
    const Second &s = m_ring[std::size_t(sec % kRetentionSeconds)];
    return s.sec == sec ? &s : nullptr;
}

void BehaviorMetrics::restore(const Second &second)
{
    if (second.sec < 0)
        return;
    m_ring[std::size_t(second.sec % kRetentionSeconds)] = second;
}

void BehaviorMetrics::start(qint64 nowMs)
{
    m_current = nowMs / 1000;
    m_lastClosed = m_current - 1;
    slot(m_current);
}

void BehaviorMetrics::expireThrough(qint64 sec)
{
    // A user leaves the window when the second of its latest event does; later events moved
    // it to a newer slot, so the lastSeen check skips it here.
    for (Touched &t : m_touched) {
        if (t.sec < 0 || t.sec > sec)
            continue;
        for (const QString &user : t.users) {
            const auto it = m_lastSeen.find(user);
            if (it != m_lastSeen.end() && it.value() == t.sec) {
                m_lastSeen.erase(it);
                --m_active;
            }
        }
        t.users.clear();
        t.sec = -1;
    }
}

void BehaviorMetrics::advanceTo(qint64 sec)
{
    if (sec <= m_current)
        return;
    // Snapshot each second's active users as it ends, before the next second's events touch
    // the window; seconds without events get their own snapshot as users age out.
    slot(m_current).activeUsers = m_active;
    const qint64 firstGap = std::max(m_current + 1, sec - kRetentionSeconds + 1);
    for (qint64 s = firstGap; s < sec; ++s) {
        if (m_active == 0) {
            slot(s);
            continue;
        }
        expireThrough(s - kActiveWindowSeconds);
        slot(s).activeUsers = m_active;
    }
    expireThrough(sec - kActiveWindowSeconds);
    m_current = sec;
    slot(m_current);
}

void BehaviorMetrics::touch(const QString &userId, qint64 sec)
{
    const auto it = m_lastSeen.find(userId);
    if (it == m_lastSeen.end()) {
        m_lastSeen.insert(userId, sec);
        ++m_active;
    } else if (it.value() == sec) {
        return;
    } else {
        it.value() = sec;
    }
    Touched &t = m_touched[std::size_t(sec % kTouchedSlots)];
    if (t.sec != sec) {
        t.sec = sec; // expired already: it is more than kActiveWindowSeconds old
        t.users.clear();
    }
    t.users.push_back(userId);
}

void BehaviorMetrics::record(qint64 nowMs, analytics::EventKind kind, const QString &userId)
{
    // A clock that steps back keeps counting into the open second rather than a closed one.
    const qint64 sec = std::max(nowMs / 1000, m_current);
    advanceTo(sec);
    ++slot(sec).counts[std::size_t(kind)];
    touch(userId, sec);
}

std::vector<BehaviorMetrics::Second> BehaviorMetrics::closeUntil(qint64 nowMs)
{
    const qint64 sec = nowMs / 1000;
    advanceTo(sec);
    std::vector<Second> out;
    // After a stall (or a suspended machine) only the last minute is worth publishing.
    const qint64 first = std::max(m_lastClosed + 1, m_current - kActiveWindowSeconds);
    for (qint64 s = first; s < m_current; ++s) {
        const Second &stored = m_ring[std::size_t(s % kRetentionSeconds)];
        out.push_back(stored.sec == s ? stored : Second{s, {}, 0});
    }
    m_lastClosed = std::max(m_lastClosed, m_current - 1);
    return out;
}

std::vector<BehaviorMetrics::Point> BehaviorMetrics::query(qint64 fromMs, qint64 toMs,
                                                           qint64 stepMs) const
{
    std::vector<Point> out;
    if (stepMs < 1000 || toMs <= fromMs)
        return out;
    const qint64 oldest = (m_lastClosed - kRetentionSeconds + 1) * 1000;
    const qint64 end = std::min(toMs, (m_lastClosed + 1) * 1000);
    qint64 bucket = std::max(fromMs, oldest) / stepMs * stepMs;
    for (; bucket < end; bucket += stepMs) {
        Point p;
        p.ts = bucket;
        KindCounts sum{};
        const qint64 last = std::min((bucket + stepMs) / 1000, m_lastClosed + 1);
        for (qint64 s = bucket / 1000; s < last; ++s) {
            const Second *second = closed(s);
            if (!second)
                continue;
            for (std::size_t k = 0; k < sum.size(); ++k)
                sum[k] += second->counts[k];
            p.activeUsers = std::max(p.activeUsers, second->activeUsers);
        }
        // The newest bucket may still be filling: its rate is over the seconds it covers so far.
        const double seconds = double(last - bucket / 1000);
        for (std::size_t k = 0; k < sum.size(); ++k)
            p.perSecond[k] = double(sum[k]) / seconds;
        out.push_back(p);
    }
    return out;
}

} // namespace nest::server
