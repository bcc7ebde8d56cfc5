#include "timeseriesbuffer.h"

#include <algorithm>

namespace nest::charting {

TimeSeriesBuffer::TimeSeriesBuffer(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(capacity, 1))
{
    m_points.reserve(size_t(m_capacity)); // address space only, until written
}

void TimeSeriesBuffer::append(qint64 ts, float value)
{
    if (m_size > 0)
        ts = std::max(ts, last().ts);
    const qsizetype cap = capacity();
    if (m_size < cap) {
        // Until the first wrap the oldest point is at 0, so the next one goes to m_size.
        if (m_size < qsizetype(m_points.size()))
            m_points[size_t(m_size)] = Point{ts, value};
        else
            m_points.push_back(Point{ts, value});
        ++m_size;
        return;
    }
    m_points[size_t(m_head)] = Point{ts, value};
    m_head = (m_head + 1) % cap;
}

void TimeSeriesBuffer::clear()
{
    m_head = 0;
    m_size = 0;
}

qsizetype TimeSeriesBuffer::lowerBound(qint64 ts) const
{
    qsizetype lo = 0;
    qsizetype hi = m_size;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (at(mid).ts < ts)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace nest::charting
