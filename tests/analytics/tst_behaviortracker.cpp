#include "behaviortracker.h"

#include <QTest>

#include <cmath>

using namespace nest::analytics;

class TestBehaviorTracker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countsPerKind()
    {
        BehaviorTracker t;
        const QString u = u"u1"_qs;
        t.record(u, u"s1"_qs, EventKind::Click, 1000);
        t.record(u, u"s1"_qs, EventKind::Click, 2000);
        t.record(u, u"s1"_qs, EventKind::Like, 3000);
        t.record(u"u2"_qs, u"s9"_qs, EventKind::Vote, 500);
        const auto *s = t.stats(u);
        QVERIFY(s);
        QCOMPARE(s->counts[static_cast<int>(EventKind::Click)], quint64(2));
        QCOMPARE(s->counts[static_cast<int>(EventKind::Like)], quint64(1));
        QCOMPARE(s->total, quint64(3));
        QCOMPARE(t.userCount(), 2);
        QCOMPARE(t.totalEvents(), quint64(4));
        QVERIFY(!t.stats(u"nobody"_qs));
    }
    void activeTimeSumsSessionSpans()
    {
        BehaviorTracker t;
        const QString u = u"u"_qs;
        // Session a spans 60 s; the idle hour before session b is not activity; b spans 30 s.
        t.record(u, u"a"_qs, EventKind::Key, 0);
        t.record(u, u"a"_qs, EventKind::Key, 20'000);
        t.record(u, u"a"_qs, EventKind::Key, 60'000);
        t.record(u, u"b"_qs, EventKind::Key, 3'660'000);
        t.record(u, u"b"_qs, EventKind::Key, 3'690'000);
        QCOMPARE(t.stats(u)->activeMs, qint64(90'000));
        QCOMPARE(BehaviorTracker::activeMinutes(*t.stats(u)), 1.5);
    }
    void outOfOrderWithinSession()
    {
        BehaviorTracker t;
        const QString u = u"u"_qs;
        t.record(u, u"a"_qs, EventKind::Key, 10'000);
        t.record(u, u"a"_qs, EventKind::Key, 40'000);
        t.record(u, u"a"_qs, EventKind::Key, 25'000); // inside the span: counts, adds no time
        t.record(u, u"a"_qs, EventKind::Key, 4'000);  // before the first: extends backwards
        t.record(u, u"a"_qs, EventKind::Key, 41'000);
        QCOMPARE(t.stats(u)->activeMs, qint64(37'000)); // 41 s - 4 s, as if in order
        QCOMPARE(t.stats(u)->total, quint64(5));
    }
    void stuckClockIsCapped()
    {
        BehaviorTracker t;
        const QString u = u"u"_qs;
        t.record(u, u"a"_qs, EventKind::Key, 0);
        t.record(u, u"a"_qs, EventKind::Key, 86'400'000); // a day later, same session
        QCOMPARE(t.stats(u)->activeMs, BehaviorTracker::kMaxGapMs);
    }
    void featuresAreLogRates()
    {
        BehaviorTracker t;
        const QString u = u"u"_qs;
        // 120 clicks over 10 minutes: 12 per minute.
        for (int i = 0; i <= 119; ++i)
            t.record(u, u"a"_qs, EventKind::Click, qint64(i) * 600'000 / 119);
        const FeatureVector x = BehaviorTracker::features(*t.stats(u));
        QCOMPARE(t.stats(u)->activeMs, qint64(600'000));
        QVERIFY(std::abs(x[1] - std::log(120.5 / 10.0)) < 1e-12);
        // A kind never seen is finite and below every seen one: log(0.5 / 10).
        QVERIFY(std::abs(x[9] - std::log(0.05)) < 1e-12);
        const FeatureVector v = BehaviorTracker::featureVariances(*t.stats(u));
        QVERIFY(v[1] < v[9]);
    }
    void smallCountsStayFinite()
    {
        BehaviorTracker::UserStats empty;
        for (double x : BehaviorTracker::features(empty))
            QVERIFY(std::isfinite(x));
        BehaviorTracker t;
        t.record(u"u"_qs, u"a"_qs, EventKind::Post, 5);
        for (double x : BehaviorTracker::features(*t.stats(u"u"_qs)))
            QVERIFY(std::isfinite(x));
    }
};

QTEST_APPLESS_MAIN(TestBehaviorTracker)
#include "tst_behaviortracker.moc"
