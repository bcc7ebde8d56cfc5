#pragma once

#include "timeseriesbuffer.h"

#include <QList>
#include <QPointF>

#include <deque>

namespace nest::charting {

//! Minimum and maximum of a time series per time bucket, aligned to multiples of the bucket
//! width and kept up to date as points are appended. A live chart's frame then costs its new
//! points plus one pass over the visible buckets, not a pass over every point it shows.
class MinMaxBuckets {
public:
    //! Forgets everything and refills from `series` with buckets `bucketMs` wide.
    void rebuild(const TimeSeriesBuffer &series, qint64 bucketMs);
    qint64 bucketMs() const { return m_bucketMs; }
    bool isEmpty() const { return m_buckets.empty(); }
    qsizetype bucketCount() const { return qsizetype(m_buckets.size()); }

    //! Folds in one point; timestamps must not go back (TimeSeriesBuffer guarantees it).
    void add(qint64 ts, float value);
    //! Drops the buckets that end before `ts` (points the ring buffer no longer holds).
    void dropBefore(qint64 ts);
    //! At most two points per bucket of [fromMs, toMs] (its minimum and maximum, in time
    //! order); `out` is cleared and refilled.
    void points(qint64 fromMs, qint64 toMs, QList<QPointF> *out) const;

private:
    struct Bucket {
        qint64 index;
        qint64 minTs;
        qint64 maxTs;
        float min;
        float max;
    };
    qint64 indexOf(qint64 ts) const;

    std::deque<Bucket> m_buckets;
    qint64 m_bucketMs = 1;
};

} // namespace nest::charting
