#pragma once

#include "timeseriesbuffer.h"

#include <QList>
#include <QPointF>

namespace nest::charting {

//! Reduces the points of [fromMs, toMs] to at most two per bucket (`buckets` = the plot's width
//! in pixels): each bucket's minimum and maximum, in time order, so that every spike and dip of
//! the raw data stays visible. `out` is cleared and refilled (its capacity is reused).
void decimateMinMax(const TimeSeriesBuffer &series, qint64 fromMs, qint64 toMs, int buckets,
                    QList<QPointF> *out);

} // namespace nest::charting
