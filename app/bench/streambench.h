#pragma once

#include <QString>

namespace nest::server {
class EmbeddedServer;
}

struct StreamBenchResult {
    int subscribers = 0;
    qint64 eventsPerSubscriber = 0;
    qint64 delivered = 0; //!< summed over subscribers
    qint64 dropped = 0;
    double seconds = 0;
    bool complete = false;
    double deliveredPerSecond() const { return seconds > 0 ? double(delivered) / seconds : 0; }
};

//! `subscribers` WebSocket clients on `market`; the server publishes `events` as fast as the
//! slowest client keeps up (at most 5,000 ahead); measures until every client has every event.
StreamBenchResult benchStream(nest::server::EmbeddedServer &server, const QString &token,
                              int subscribers, qint64 events, bool binary);
