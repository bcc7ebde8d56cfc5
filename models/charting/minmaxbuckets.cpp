#include "minmaxbuckets.h"

#include <algorithm>

namespace nest::charting {

qint64 MinMaxBuckets::indexOf(qint64 ts) const
{
    // Floor division, also for times before the epoch.
    return ts >= 0 ? ts / m_bucketMs : -((-ts + m_bucketMs - 1) / m_bucketMs);
}

void MinMaxBuckets::rebuild(const TimeSeriesBuffer &series, qint64 bucketMs)
{
    m_buckets.clear();
    m_bucketMs = std::max<qint64>(bucketMs, 1);
    for (qsizetype i = 0; i < series.size(); ++i)
        add(series.at(i).ts, series.at(i).value);
}

void MinMaxBuckets::add(qint64 ts, float value)
{
    const qint64 index = indexOf(ts);
    if (m_buckets.empty() || m_buckets.back().index != index) {
        m_buckets.push_back(Bucket{index, ts, ts, value, value});
        return;
    }
    Bucket &b = m_buckets.back();
    if (value < b.min) {
        b.min = value;
        b.minTs = ts;
    }
    if (value > b.max) {
        b.max = value;
        b.maxTs = ts;
    }
}

void MinMaxBuckets::dropBefore(qint64 ts)
{
    const qint64 index = indexOf(ts);
    while (!m_buckets.empty() && m_buckets.front().index < index)
        m_buckets.pop_front();
}

void MinMaxBuckets::points(qint64 fromMs, qint64 toMs, QList<QPointF> *out) const
{
    out->resize(0);
    const qint64 first = indexOf(fromMs);
    auto it = std::lower_bound(m_buckets.begin(), m_buckets.end(), first,
                               [](const Bucket &b, qint64 index) { return b.index < index; });
    for (; it != m_buckets.end() && it->minTs <= toMs; ++it) {
        const bool minFirst = it->minTs <= it->maxTs;
        const qint64 ts1 = minFirst ? it->minTs : it->maxTs;
        const qint64 ts2 = minFirst ? it->maxTs : it->minTs;
        const float v1 = minFirst ? it->min : it->max;
        const float v2 = minFirst ? it->max : it->min;
        if (ts1 >= fromMs && ts1 <= toMs)
            out->append(QPointF(double(ts1), double(v1)));
        if ((ts2 != ts1 || v2 != v1) && ts2 >= fromMs && ts2 <= toMs)
            out->append(QPointF(double(ts2), double(v2)));
    }
}

} // namespace nest::charting
