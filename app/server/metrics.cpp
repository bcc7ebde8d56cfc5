#include "metrics.h"

#include <QList>

#include <algorithm>

namespace nest::server {
namespace {
QByteArray escapeLabel(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 10);
}
} // namespace

void Metrics::observeRequest(const QString &route, const QByteArray &method, int status,
                             double seconds)
{
    const QString label = route.isEmpty() ? QStringLiteral("unmatched") : route;
    ++m_requests[label + u'\t' + QString::fromLatin1(method) + u'\t' + QString::number(status)];
    Histogram &h = m_latency[label];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++h.buckets[i];
    }
    ++h.count;
    h.sum += seconds;
}

QByteArray Metrics::render(const Gauges &gauges) const
{
    QByteArray out;
    out += "# HELP nest_http_requests_total HTTP requests by route, method and status.\n"
           "# TYPE nest_http_requests_total counter\n";
    QStringList keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const QStringList parts = key.split(u'\t');
        out += "nest_http_requests_total{route=\"" + escapeLabel(parts.value(0)) + "\",method=\""
               + escapeLabel(parts.value(1)) + "\",status=\"" + escapeLabel(parts.value(2)) + "\"} "
               + QByteArray::number(m_requests.value(key)) + '\n';
    }

    out += "# HELP nest_http_request_duration_seconds HTTP request latency by route.\n"
           "# TYPE nest_http_request_duration_seconds histogram\n";
    QStringList routes = m_latency.keys();
    std::sort(routes.begin(), routes.end());
    for (const QString &route : std::as_const(routes)) {
        const Histogram &h = m_latency[route];
        const QByteArray label = "route=\"" + escapeLabel(route) + '"';
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            out += "nest_http_request_duration_seconds_bucket{" + label + ",le=\""
                   + number(kBuckets[i]) + "\"} " + QByteArray::number(h.buckets[i]) + '\n';
        }
        out += "nest_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} "
               + QByteArray::number(h.count) + '\n';
        out += "nest_http_request_duration_seconds_sum{" + label + "} " + number(h.sum) + '\n';
        out += "nest_http_request_duration_seconds_count{" + label + "} "
               + QByteArray::number(h.count) + '\n';
    }

    out += "# HELP nest_http_open_connections Open HTTP connections.\n"
           "# TYPE nest_http_open_connections gauge\n"
           "nest_http_open_connections "
           + QByteArray::number(gauges.httpConnections) + '\n';
    out += "# HELP nest_stream_connections Open stream (WebSocket) connections.\n"
           "# TYPE nest_stream_connections gauge\n"
           "nest_stream_connections "
           + QByteArray::number(gauges.streamConnections) + '\n';
    out += "# HELP nest_stream_events_published_total Events published on the stream.\n"
           "# TYPE nest_stream_events_published_total counter\n"
           "nest_stream_events_published_total "
           + QByteArray::number(gauges.eventsPublished) + '\n';
    out += "# HELP nest_stream_events_dropped_total Events not delivered to a subscriber.\n"
           "# TYPE nest_stream_events_dropped_total counter\n"
           "nest_stream_events_dropped_total "
           + QByteArray::number(gauges.eventsDropped) + '\n';
    return out;
}

} // namespace nest::server
