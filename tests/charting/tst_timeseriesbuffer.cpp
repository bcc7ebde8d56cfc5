#include "timeseriesbuffer.h"

#include <QTest>

using nest::charting::TimeSeriesBuffer;

class TestTimeSeriesBuffer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrapsKeepingTheNewest()
    {
        TimeSeriesBuffer b(4);
        for (int i = 0; i < 10; ++i)
            b.append(1000 + i, float(i));
        QCOMPARE(b.size(), 4);
        QCOMPARE(b.at(0).ts, 1006);
        QCOMPARE(b.last().value, 9.0f);
    }
    void lowerBoundAcrossTheWrap()
    {
        TimeSeriesBuffer b(5);
        for (int i = 0; i < 7; ++i)
            b.append(i * 10, 0);
        // Holds 20, 30, 40, 50, 60.
        QCOMPARE(b.lowerBound(0), 0);
        QCOMPARE(b.lowerBound(35), 2);
        QCOMPARE(b.lowerBound(60), 4);
        QCOMPARE(b.lowerBound(61), 5);
    }
    void timeNeverGoesBack()
    {
        TimeSeriesBuffer b(3);
        b.append(100, 1);
        b.append(50, 2);
        QCOMPARE(b.last().ts, 100);
    }
    void compact() { QVERIFY(TimeSeriesBuffer::bytesPerPoint() <= 20); }
};

QTEST_GUILESS_MAIN(TestTimeSeriesBuffer)
#include "tst_timeseriesbuffer.moc"
