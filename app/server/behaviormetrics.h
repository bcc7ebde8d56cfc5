#pragma once

#include "behaviorjson.h"

#include <QHash>
#include <QString>

#include <array>
#include <cstdlib>
#include <memory>
#include <vector>

namespace nest::server {

//! Per-second event counts by kind and active users over the last 24 h, updated per event in
//! O(1). It is the one source of the live `behavior.metrics` events and of the backfill, so a
//! chart's history and its live continuation are the same buckets.
//!
//! Events count in the second the server received them (server clock), not by their `ts`: a
//! late or batched client, or the simulator's faster clock, cannot change a second that was
//! already published.
class BehaviorMetrics {
public:
    static constexpr qint64 kRetentionSeconds = 24 * 3600;
    //! A user is active for this long after its last event.
    static constexpr qint64 kActiveWindowSeconds = 60;

    struct Second {
        qint64 sec = -1; //!< seconds since the epoch; -1: an unused slot
        KindCounts counts{};
        quint32 activeUsers = 0;
        quint32 eventCount() const;
    };

    struct Point {
        qint64 ts = 0; //!< start of the bucket, ms
        std::array<double, analytics::kEventKinds> perSecond{};
        quint32 activeUsers = 0; //!< the highest of the bucket's seconds
    };

    BehaviorMetrics();

    //! Starts counting at `nowMs`; seconds before it are closed (restored or empty).
    void start(qint64 nowMs);
    //! Puts back a persisted second (before start()).
    void restore(const Second &second);

    //! Counts one event received at `nowMs` from `userId`.
    void record(qint64 nowMs, analytics::EventKind kind, const QString &userId);
    //! Closes every second before the one of `nowMs` and returns the newly closed ones, oldest
    //! first (at most the last minute's after a long stall; older ones close as empty).
    std::vector<Second> closeUntil(qint64 nowMs);

    //! Buckets of `stepMs` over closed seconds in [fromMs, toMs), aligned to multiples of
    //! `stepMs`; seconds without events count as zero.
    std::vector<Point> query(qint64 fromMs, qint64 toMs, qint64 stepMs) const;

    qint64 lastClosedSecond() const { return m_lastClosed; }
    quint32 activeUsers() const { return m_active; }

private:
    struct Touched {
        qint64 sec = -1;
        std::vector<QString> users; //!< users whose latest event fell in `sec`
    };
    static constexpr int kTouchedSlots = 64; // > kActiveWindowSeconds

    Second &slot(qint64 sec);
    const Second *closed(qint64 sec) const;
    void advanceTo(qint64 sec);
    void expireThrough(qint64 sec);
    void touch(const QString &userId, qint64 sec);

    struct FreeRing {
        void operator()(Second *ring) const { std::free(ring); }
    };
    //! Indexed by sec % kRetentionSeconds. Zero-filled by calloc, so that the pages of seconds
    //! not yet seen are never touched (24 h of slots is 10 MB; an hour of them 0.4 MB): a slot
    //! of zeros is unused (its `sec` 0 is no second the server lives in).
    std::unique_ptr<Second[], FreeRing> m_ring;
    std::array<Touched, kTouchedSlots> m_touched;
    QHash<QString, qint64> m_lastSeen; //!< users active in the window -> second of last event
    quint32 m_active = 0;
    qint64 m_current = -1;    //!< the open second
    qint64 m_lastClosed = -1; //!< newest second handed out by closeUntil()
};

} // namespace nest::server
