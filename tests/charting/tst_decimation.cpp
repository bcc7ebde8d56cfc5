#include "decimation.h"

#include <QRandomGenerator>
#include <QTest>

using namespace nest::charting;

class TestDecimation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheExtremesOfEveryBucket_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("buckets");
        QTest::newRow("dense") << 100000 << 800;
        QTest::newRow("uneven") << 12345 << 97;
        QTest::newRow("sparse") << 500 << 800;
    }
    void keepsTheExtremesOfEveryBucket()
    {
        QFETCH(int, points);
        QFETCH(int, buckets);
        TimeSeriesBuffer series(points);
        QRandomGenerator rng(42);
        qint64 ts = 0;
        for (int i = 0; i < points; ++i) {
            ts += 1 + rng.bounded(20);
            series.append(ts, float(rng.generateDouble() * 100 - 50));
        }
        const qint64 from = series.at(0).ts;
        const qint64 to = series.last().ts;
        QList<QPointF> out;
        decimateMinMax(series, from, to, buckets, &out);
        QVERIFY(out.size() <= 2 * buckets);
        // Every raw point lies within the min..max of the decimated points of its pixel, and
        // the global extremes survive exactly.
        float lo = series.at(0).value;
        float hi = lo;
        for (qsizetype i = 0; i < series.size(); ++i) {
            lo = std::min(lo, series.at(i).value);
            hi = std::max(hi, series.at(i).value);
        }
        double outLo = out.first().y();
        double outHi = outLo;
        for (const QPointF &p : out) {
            outLo = std::min(outLo, p.y());
            outHi = std::max(outHi, p.y());
        }
        QCOMPARE(outLo, double(lo));
        QCOMPARE(outHi, double(hi));
        const double span = double(to - from + 1);
        for (qsizetype i = 0; i < series.size(); ++i) {
            const auto bucket = qint64(double(series.at(i).ts - from) * buckets / span);
            double bLo = 1e9;
            double bHi = -1e9;
            for (const QPointF &p : out) {
                if (qint64((p.x() - double(from)) * buckets / span) == bucket) {
                    bLo = std::min(bLo, p.y());
                    bHi = std::max(bHi, p.y());
                }
            }
            QVERIFY2(series.at(i).value >= bLo && series.at(i).value <= bHi,
                     qPrintable(QStringLiteral("point %1 outside its bucket's range").arg(i)));
            if (points > 20000 && i > 2000)
                break; // the rest is the same check; keep the test fast
        }
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i).x() >= out.at(i - 1).x());
    }

    void windowAndEmptyCases()
    {
        TimeSeriesBuffer series(10);
        QList<QPointF> out{QPointF(1, 1)};
        decimateMinMax(series, 0, 100, 10, &out);
        QVERIFY(out.isEmpty());
        for (int i = 0; i < 10; ++i)
            series.append(i * 10, float(i));
        decimateMinMax(series, 25, 55, 100, &out);
        QCOMPARE(out.size(), 3); // 30, 40, 50
        QCOMPARE(out.first().x(), 30.0);
    }
};

QTEST_GUILESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
