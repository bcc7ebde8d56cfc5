#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <functional>

namespace nest::server {

//! Request counters and latency histograms by route, rendered as Prometheus text.
class Metrics {
public:
    struct Gauges {
        int streamConnections = 0;
        quint64 eventsPublished = 0;
        quint64 eventsDropped = 0;
        int httpConnections = 0;
    };

    void observeRequest(const QString &route, const QByteArray &method, int status, double seconds);
    //! Prometheus text exposition format 0.0.4.
    QByteArray render(const Gauges &gauges) const;

private:
    static constexpr std::array<double, 11> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                     0.1,   0.25,   0.5,   1.0,  2.5};
    struct Histogram {
        std::array<quint64, kBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };
    QHash<QString, quint64> m_requests;  //!< key: route \t method \t status
    QHash<QString, Histogram> m_latency; //!< key: route
};

} // namespace nest::server
