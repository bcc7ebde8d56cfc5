#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace nest::server {

//! Counts failures per key in a sliding window (login: 5 failures in 60 s for one username).
class RateLimiter {
public:
    RateLimiter(int maxFailures, qint64 windowMs)
        : m_maxFailures(maxFailures)
        , m_windowMs(windowMs)
    {}

    //! 0 when `key` may try now, else the milliseconds until it may.
    qint64 retryAfterMs(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void reset(const QString &key) { m_failures.remove(key); }
    //! Forgets keys whose failures have all left the window.
    void prune(qint64 nowMs);
    qsizetype trackedKeys() const { return m_failures.size(); }

private:
    void expire(std::deque<qint64> &times, qint64 nowMs) const;

    int m_maxFailures;
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_failures;
};

} // namespace nest::server
