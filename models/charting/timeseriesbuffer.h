#pragma once

#include <QtGlobal>

#include <vector>

namespace nest::charting {

//! A fixed-capacity ring of (timestamp, value) points in increasing time: 16 bytes a point
//! (a 64-bit millisecond timestamp and a float value, padded), the oldest dropped when full.
//! Memory is reserved up front but touched only as points arrive, so a 24-hour buffer that holds
//! a minute costs a minute's worth of resident memory.
class TimeSeriesBuffer {
public:
    struct Point {
        qint64 ts;
        float value;
    };

    explicit TimeSeriesBuffer(qsizetype capacity);

    //! Appends a point; a timestamp older than the newest is clamped to it (time never goes back).
    void append(qint64 ts, float value);
    void clear();

    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    //! The i-th point, oldest first.
    const Point &at(qsizetype i) const { return m_points[physical(i)]; }
    const Point &last() const { return at(m_size - 1); }

    //! Index of the first point with ts >= `ts` (size() when none).
    qsizetype lowerBound(qint64 ts) const;
    static constexpr qsizetype bytesPerPoint() { return qsizetype(sizeof(Point)); }

private:
    size_t physical(qsizetype i) const { return size_t((m_head + i) % qsizetype(m_points.size())); }

    std::vector<Point> m_points; //!< grows to m_capacity, then the ring turns
    qsizetype m_capacity = 1;
    qsizetype m_head = 0; //!< physical index of the oldest point
    qsizetype m_size = 0;
};

} // namespace nest::charting
