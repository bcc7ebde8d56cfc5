#include "minmaxbuckets.h"

#include <QRandomGenerator>
#include <QTest>

using namespace nest::charting;

class TestMinMaxBuckets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void incrementalEqualsRebuild()
    {
        TimeSeriesBuffer series(50'000);
        MinMaxBuckets live;
        live.rebuild(series, 250);
        QRandomGenerator rng(3);
        qint64 ts = 1'000'000;
        for (int i = 0; i < 60'000; ++i) {
            ts += 1 + rng.bounded(30);
            const float v = float(rng.generateDouble() * 200 - 100);
            series.append(ts, v);
            live.add(ts, v);
            live.dropBefore(series.at(0).ts);
        }
        MinMaxBuckets rebuilt;
        rebuilt.rebuild(series, 250);
        // The oldest bucket may still hold extremes of points the ring has dropped since; every
        // later bucket must be the same either way.
        const qint64 from = (series.at(0).ts / 250 + 1) * 250;
        QList<QPointF> a;
        QList<QPointF> b;
        live.points(from, ts, &a);
        rebuilt.points(from, ts, &b);
        QVERIFY(a.size() > 1000);
        QCOMPARE(a, b);
    }

    void keepsEveryBucketsExtremes()
    {
        TimeSeriesBuffer series(10'000);
        QRandomGenerator rng(5);
        qint64 ts = 0;
        for (int i = 0; i < 10'000; ++i)
            series.append(ts += 1 + rng.bounded(10), float(rng.generateDouble()));
        MinMaxBuckets buckets;
        buckets.rebuild(series, 100);
        QList<QPointF> out;
        buckets.points(0, ts, &out);
        QVERIFY(out.size() <= 2 * buckets.bucketCount());
        for (qsizetype i = 0; i < series.size(); ++i) {
            const qint64 bucket = series.at(i).ts / 100;
            double lo = 2;
            double hi = -1;
            for (const QPointF &p : out) {
                if (qint64(p.x()) / 100 == bucket) {
                    lo = std::min(lo, p.y());
                    hi = std::max(hi, p.y());
                }
            }
            QVERIFY(series.at(i).value >= lo && series.at(i).value <= hi);
        }
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i).x() >= out.at(i - 1).x());
    }

    void windowClipsAndDrops()
    {
        TimeSeriesBuffer series(100);
        for (int i = 0; i < 100; ++i)
            series.append(i * 10, float(i));
        MinMaxBuckets buckets;
        buckets.rebuild(series, 50);
        QList<QPointF> out;
        buckets.points(200, 299, &out);
        for (const QPointF &p : out)
            QVERIFY(p.x() >= 200 && p.x() <= 299);
        QCOMPARE(out.first().y(), 20.0);
        QCOMPARE(out.last().y(), 29.0);
        buckets.dropBefore(500);
        buckets.points(0, 1000, &out);
        QCOMPARE(out.first().x(), 500.0);
    }
};

QTEST_GUILESS_MAIN(TestMinMaxBuckets)
#include "tst_minmaxbuckets.moc"
