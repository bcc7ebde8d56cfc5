#include "ratelimiter.h"

#include <QTest>

using nest::server::RateLimiter;

class TestRateLimiter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fiveFailuresInAWindowBlock()
    {
        RateLimiter limiter(5, 60'000);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(limiter.retryAfterMs(u"u"_qs, 1000 + i), 0);
            limiter.recordFailure(u"u"_qs, 1000 + i);
        }
        // Blocked until the first failure leaves the window.
        QCOMPARE(limiter.retryAfterMs(u"u"_qs, 2000), 60'000 + 1000 - 2000);
        QCOMPARE(limiter.retryAfterMs(u"other"_qs, 2000), 0);
        QCOMPARE(limiter.retryAfterMs(u"u"_qs, 61'000), 0);
    }
    void spreadOutFailuresDoNotBlock()
    {
        RateLimiter limiter(5, 60'000);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(limiter.retryAfterMs(u"u"_qs, i * 15'000), 0);
            limiter.recordFailure(u"u"_qs, i * 15'000);
        }
    }
    void resetAndPrune()
    {
        RateLimiter limiter(2, 1000);
        limiter.recordFailure(u"a"_qs, 0);
        limiter.recordFailure(u"a"_qs, 1);
        QVERIFY(limiter.retryAfterMs(u"a"_qs, 2) > 0);
        limiter.reset(u"a"_qs);
        QCOMPARE(limiter.retryAfterMs(u"a"_qs, 2), 0);
        limiter.recordFailure(u"b"_qs, 0);
        QCOMPARE(limiter.trackedKeys(), 1);
        limiter.prune(5000);
        QCOMPARE(limiter.trackedKeys(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
