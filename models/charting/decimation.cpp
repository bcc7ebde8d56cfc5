#include "decimation.h"

#include <algorithm>
#include <cmath>

namespace nest::charting {

void decimateMinMax(const TimeSeriesBuffer &series, qint64 fromMs, qint64 toMs, int buckets,
                    QList<QPointF> *out)
{
    out->resize(0);
    if (series.isEmpty() || toMs < fromMs || buckets <= 0)
        return;
    const qsizetype first = series.lowerBound(fromMs);
    const qsizetype end = series.lowerBound(toMs + 1);
    if (first >= end)
        return;
    if (end - first <= 2 * qsizetype(buckets)) {
        // Few enough points to draw as they are.
        for (qsizetype i = first; i < end; ++i)
            out->append(QPointF(double(series.at(i).ts), double(series.at(i).value)));
        return;
    }
    const double span = double(toMs - fromMs + 1);
    qsizetype i = first;
    while (i < end) {
        const auto bucket = qint64(double(series.at(i).ts - fromMs) * buckets / span);
        const qint64 bucketEnd = fromMs + qint64(std::ceil(double(bucket + 1) * span / buckets));
        qsizetype minAt = i;
        qsizetype maxAt = i;
        for (; i < end && series.at(i).ts < bucketEnd; ++i) {
            if (series.at(i).value < series.at(minAt).value)
                minAt = i;
            if (series.at(i).value > series.at(maxAt).value)
                maxAt = i;
        }
        const qsizetype a = std::min(minAt, maxAt);
        const qsizetype b = std::max(minAt, maxAt);
        out->append(QPointF(double(series.at(a).ts), double(series.at(a).value)));
        if (b != a)
            out->append(QPointF(double(series.at(b).ts), double(series.at(b).value)));
    }
}

} // namespace nest::charting
