#include "eventratebinner.h"

namespace nest::analytics {

void EventRateBinner::reset(qint64 nowMs)
{
    m_open.clear();
    m_nextSecond = nowMs / 1000;
    m_late = 0;
}

void EventRateBinner::add(qint64 tsMs, EventKind kind)
{
    const qint64 sec = tsMs / 1000;
    const auto k = std::size_t(kind);
    if (sec < m_nextSecond || k >= std::size_t(kEventKinds)) {
        ++m_late;
        return;
    }
    // A clock far ahead must not hold memory: such an event waits in at most this many seconds.
    if (qint64(m_open.size()) >= m_maxOpenSeconds && !m_open.contains(sec)) {
        ++m_late;
        return;
    }
    RatePoint &p = m_open[sec];
    p.ts = sec * 1000;
    p.perKind[k] += 1;
    p.activeUsers = 1;
}

QList<RatePoint> EventRateBinner::closeUntil(qint64 nowMs)
{
    QList<RatePoint> out;
    const qint64 lastClosed = (nowMs - m_latenessMs) / 1000 - 1;
    if (lastClosed < m_nextSecond)
        return out;
    out.reserve(qsizetype(lastClosed - m_nextSecond + 1));
    for (qint64 sec = m_nextSecond; sec <= lastClosed; ++sec) {
        const auto it = m_open.find(sec);
        if (it == m_open.end()) {
            RatePoint quiet;
            quiet.ts = sec * 1000;
            out.append(quiet);
        } else {
            out.append(it->second);
            m_open.erase(it);
        }
    }
    m_nextSecond = lastClosed + 1;
    return out;
}

} // namespace nest::analytics
