#include "ratelimiter.h"

namespace nest::server {

void RateLimiter::expire(std::deque<qint64> &times, qint64 nowMs) const
{
    while (!times.empty() && times.front() + m_windowMs <= nowMs)
        times.pop_front();
}

qint64 RateLimiter::retryAfterMs(const QString &key, qint64 nowMs)
{
    const auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    expire(*it, nowMs);
    if (qsizetype(it->size()) < m_maxFailures)
        return 0;
    // Allowed again once the oldest failure that keeps the count at the limit leaves the window.
    return it->at(it->size() - size_t(m_maxFailures)) + m_windowMs - nowMs;
}

void RateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    // Bound memory against a flood of distinct usernames.
    if (m_failures.size() > 100'000)
        prune(nowMs);
    auto &times = m_failures[key];
    expire(times, nowMs);
    times.push_back(nowMs);
    while (qsizetype(times.size()) > m_maxFailures)
        times.pop_front();
}

void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        expire(*it, nowMs);
        it = it->empty() ? m_failures.erase(it) : std::next(it);
    }
}

} // namespace nest::server
