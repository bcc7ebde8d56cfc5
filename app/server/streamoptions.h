#pragma once

#include <QtGlobal>

namespace nest::server {

//! Limits and timings of the live stream; the defaults are the contract's, tests shrink them.
struct StreamOptions {
    int authTimeoutMs = 5000;              //!< upgrade handshake and first `auth` message
    int pingIntervalMs = 15000;            //!< server pings this often
    int idleTimeoutMs = 45000;             //!< a peer silent this long is dropped
    qint64 maxMessageBytes = 1 << 20;      //!< larger incoming frames/messages close with 1009
    int maxEventsBehind = 10000;           //!< a consumer further behind is closed with 4009
    int maxRetainedEvents = 100000;        //!< replay keeps at least this many events...
    qint64 retentionMs = 600000;           //!< ...or every event younger than this,
    qint64 maxRetainedBytes = 256LL << 20; //!< ...as long as those fit in this many bytes
    int batchMax = 500;                    //!< events per `batch` message
};

} // namespace nest::server
