// RateChart's data side: the per-second ring buffers, the backfill merge and the alert list.
#include "ratechart.h"

#include <QChartView>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace nest::ui {

using analytics::kEventKinds;

namespace {

constexpr int ratechartUsersIndex = kEventKinds; //!< buffer of active users, after the kinds
constexpr qsizetype ratechartMaxAlerts = 1000;   //!< older alerts are dropped, like old points

qint64 ratechartSecond(qint64 ts)
{
    // Live and backfilled points meet in the same per-second buckets.
    return ts - (((ts % 1000) + 1000) % 1000);
}

} // namespace

void RateChart::appendPoint(const RatePoint &p)
{
    const qint64 ts = ratechartSecond(p.ts);
    if (!m_buffers.front().isEmpty()) {
        const qint64 last = m_buffers.front().last().ts;
        if (ts == last)
            return; // this second is already known (e.g. from the backfill)
        if (ts < last) {
            mergeSorted({p});
            return;
        }
    }
    RatePoint point = p;
    point.ts = ts;
    appendToBuffers(point);
    trackLive();
    if ((m_followLive && !m_paused) || (ts >= m_fromMs - 1000 && ts <= m_toMs + 1000))
        scheduleUpdate();
}

void RateChart::setBackfill(const QList<RatePoint> &points)
{
    mergeSorted(points);
}

void RateChart::addAlert(const AlertMark &a)
{
    // A reconnect may deliver the same alert again: update it instead of doubling the marker.
    const auto it = std::find_if(m_alerts.begin(), m_alerts.end(), [&a](const AlertMark &m) {
        return !a.id.isEmpty() && m.id == a.id;
    });
    if (it != m_alerts.end())
        *it = a;
    else
        m_alerts.append(a);
    if (m_alerts.size() > ratechartMaxAlerts)
        m_alerts.remove(0, m_alerts.size() - ratechartMaxAlerts);
    scheduleUpdate();
}

void RateChart::clear()
{
    for (auto &buffer : m_buffers)
        buffer.clear();
    m_bucketMs = 0; // the buckets are rebuilt from the buffers before the next frame
    m_alerts.clear();
    trackLive();
    scheduleUpdate();
}

QList<RatePoint> RateChart::visiblePoints() const
{
    QList<RatePoint> out;
    const auto &first = m_buffers.front();
    const qsizetype end = first.lowerBound(m_toMs + 1);
    qsizetype i = first.lowerBound(m_fromMs);
    out.reserve(end - i);
    for (; i < end; ++i)
        out.append(pointAt(i));
    return out;
}

qint64 RateChart::liveEndMs() const
{
    // The newest second is "now": the right edge never runs ahead of the data it waits for.
    const auto &first = m_buffers.front();
    return first.isEmpty() ? ratechartSecond(QDateTime::currentMSecsSinceEpoch()) : first.last().ts;
}

void RateChart::trackLive()
{
    if (m_followLive && !m_paused) {
        const qint64 end = liveEndMs();
        setRange(end - m_windowMs, end);
    }
}

void RateChart::appendToBuffers(const RatePoint &p)
{
    const bool incremental = m_bucketMs > 0 && m_minmax.size() == size_t(kEventKinds);
    for (int i = 0; i < kEventKinds; ++i) {
        m_buffers[size_t(i)].append(p.ts, float(p.perKind[size_t(i)]));
        if (incremental)
            m_minmax[size_t(i)].add(p.ts, float(p.perKind[size_t(i)]));
    }
    m_buffers[size_t(ratechartUsersIndex)].append(p.ts, float(p.activeUsers));
}

QString RateChart::summaryText() const
{
    const auto &first = m_buffers.front();
    if (first.isEmpty())
        return tr("No events yet.");
    const RatePoint last = pointAt(first.size() - 1);
    // The minute before, for the trend.
    const qsizetype before = first.lowerBound(last.ts - 60'000);
    const RatePoint earlier = pointAt(std::min(before, first.size() - 1));
    double total = 0;
    double earlierTotal = 0;
    std::array<std::pair<double, int>, analytics::kEventKinds> ranked{};
    for (int k = 0; k < analytics::kEventKinds; ++k) {
        total += last.perKind[size_t(k)];
        earlierTotal += earlier.perKind[size_t(k)];
        ranked[size_t(k)] = {last.perKind[size_t(k)], k};
    }
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    const QLocale locale;
    const QString trend = total > earlierTotal * 1.1   ? tr("rising")
                          : total < earlierTotal * 0.9 ? tr("falling")
                                                       : tr("steady");
    return tr("At %1: %2 events per second in all, %3 over the last minute. Most frequent: "
              "%4 %5/s, %6 %7/s.")
        .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(last.ts).time(), QLocale::ShortFormat),
             locale.toString(total, 'f', 0), trend,
             kindLabel(analytics::EventKind(ranked[0].second)),
             locale.toString(ranked[0].first, 'f', 0),
             kindLabel(analytics::EventKind(ranked[1].second)),
             locale.toString(ranked[1].first, 'f', 0));
}

void RateChart::updateSummary()
{
    const auto &first = m_buffers.front();
    const qint64 newest = first.isEmpty() ? 0 : first.at(first.size() - 1).ts;
    if (newest == m_summaryTs)
        return; // at most once per new second, not per frame
    m_summaryTs = newest;
    m_view->setAccessibleDescription(summaryText());
}

RatePoint RateChart::pointAt(qsizetype index) const
{
    RatePoint p;
    p.ts = m_buffers.front().at(index).ts;
    for (int i = 0; i < kEventKinds; ++i)
        p.perKind[size_t(i)] = double(m_buffers[size_t(i)].at(index).value);
    p.activeUsers = int(m_buffers[size_t(ratechartUsersIndex)].at(index).value);
    return p;
}

void RateChart::mergeSorted(QList<RatePoint> incoming)
{
    if (incoming.isEmpty())
        return;
    for (RatePoint &p : incoming)
        p.ts = ratechartSecond(p.ts);
    std::stable_sort(incoming.begin(), incoming.end(),
                     [](const RatePoint &a, const RatePoint &b) { return a.ts < b.ts; });
    const auto &first = m_buffers.front();
    if (first.isEmpty() || incoming.front().ts > first.last().ts) {
        // Everything is newer: plain appends, no rebuild.
        for (const RatePoint &p : std::as_const(incoming)) {
            if (first.isEmpty() || p.ts > first.last().ts)
                appendToBuffers(p);
        }
        trackLive();
        scheduleUpdate();
        return;
    }
    // Points already held win over a second copy of the same second.
    QList<RatePoint> merged;
    merged.reserve(first.size() + incoming.size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < first.size() || j < incoming.size()) {
        const bool takeOld =
            j >= incoming.size() || (i < first.size() && first.at(i).ts <= incoming[j].ts);
        const RatePoint p = takeOld ? pointAt(i++) : incoming[j++];
        if (merged.isEmpty() || p.ts > merged.constLast().ts)
            merged.append(p);
    }
    for (auto &buffer : m_buffers)
        buffer.clear();
    m_bucketMs = 0; // the buckets are rebuilt from the buffers before the next frame
    for (qsizetype k = std::max<qsizetype>(0, merged.size() - kCapacity); k < merged.size(); ++k)
        appendToBuffers(merged[k]);
    trackLive();
    scheduleUpdate();
}

} // namespace nest::ui
