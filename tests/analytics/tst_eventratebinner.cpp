// One user's raw events binned into per-second rate points for the Dashboard's user filter.
#include "eventratebinner.h"

#include <QTest>

using namespace nest::analytics;

class TestEventRateBinner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void closesEverySecondOnceWithQuietOnesAsZero()
    {
        EventRateBinner binner(2000);
        binner.reset(10'000);
        binner.add(10'100, EventKind::Click);
        binner.add(10'900, EventKind::Click);
        binner.add(12'500, EventKind::Vote);
        QVERIFY(binner.closeUntil(12'999).isEmpty()); // second 10 ends at 11 s, +2 s lateness
        const QList<RatePoint> first = binner.closeUntil(13'000);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first[0].ts, 10'000);
        QCOMPARE(first[0].perKind[std::size_t(EventKind::Click)], 2.0);
        QCOMPARE(first[0].activeUsers, 1);
        const QList<RatePoint> next = binner.closeUntil(15'000);
        QCOMPARE(next.size(), 2);
        QCOMPARE(next[0].ts, 11'000);
        QCOMPARE(next[0].activeUsers, 0); // nothing happened: a zero, not a gap
        QCOMPARE(next[1].perKind[std::size_t(EventKind::Vote)], 1.0);
        QVERIFY(binner.closeUntil(15'000).isEmpty()); // never twice
    }

    void lateAndFarFutureEventsAreCountedNotDrawn()
    {
        EventRateBinner binner(1000, 3);
        binner.reset(100'000);
        binner.add(99'000, EventKind::Key); // before the filter was set
        QCOMPARE(binner.late(), 1u);
        binner.closeUntil(103'000); // closes 100 and 101
        binner.add(101'500, EventKind::Key);
        QCOMPARE(binner.late(), 2u);
        for (qint64 s = 0; s < 5; ++s)
            binner.add(500'000 + s * 1000, EventKind::Key); // a clock far ahead
        QCOMPARE(binner.late(), 4u);                        // three seconds held, two refused
    }
};

QTEST_GUILESS_MAIN(TestEventRateBinner)
#include "tst_eventratebinner.moc"
