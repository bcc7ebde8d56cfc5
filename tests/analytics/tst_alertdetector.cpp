// The event-rate detector: fires once on a real spike or drop, stays quiet on steady Poisson
// traffic at every rate the dashboard sees (a rare kind at 0.5/s up to a busy one at 800/s).
#include "alertdetector.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using nest::analytics::AlertDetector;

namespace {
struct Run {
    int alerts = 0;
    int spikes = 0;
    int drops = 0;
    int firstAlertAt = -1;
    AlertDetector::Alert last;
};

//! Feeds `seconds` Poisson samples at `rate` (per second) and counts what fired.
Run feedPoisson(AlertDetector &detector, std::mt19937_64 &rng, double rate, int seconds,
                int offset = 0)
{
    Run run;
    std::poisson_distribution<int> poisson(rate);
    for (int s = 0; s < seconds; ++s) {
        const auto alert = detector.observe(rate > 0 ? poisson(rng) : 0);
        if (!alert)
            continue;
        ++run.alerts;
        (alert->direction == AlertDetector::Direction::Spike ? run.spikes : run.drops) += 1;
        if (run.firstAlertAt < 0)
            run.firstAlertAt = offset + s;
        run.last = *alert;
    }
    return run;
}
} // namespace

class TestAlertDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void steadyPoissonStaysQuiet_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("idle") << 0.0;
        QTest::newRow("rare kind, 0.5/s") << 0.5;
        QTest::newRow("5/s") << 5.0;
        QTest::newRow("50/s") << 50.0;
        QTest::newRow("busy kind, 800/s") << 800.0;
    }
    void steadyPoissonStaysQuiet()
    {
        QFETCH(double, rate);
        AlertDetector detector;
        std::mt19937_64 rng(42);
        // Six hours of one-second samples.
        const Run run = feedPoisson(detector, rng, rate, 6 * 3600);
        QCOMPARE(run.alerts, 0);
        QVERIFY(std::abs(detector.expected() - rate) <= 3 * std::sqrt(std::max(rate, 1.0)));
    }

    void spikeFiresOncePerExcursion_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("spike");
        QTest::newRow("rare kind jumps to 20/s") << 0.5 << 20.0;
        QTest::newRow("50/s triples") << 50.0 << 150.0;
        QTest::newRow("800/s up by a third") << 800.0 << 1070.0;
    }
    void spikeFiresOncePerExcursion()
    {
        QFETCH(double, rate);
        QFETCH(double, spike);
        AlertDetector detector;
        std::mt19937_64 rng(7);
        QCOMPARE(feedPoisson(detector, rng, rate, 600).alerts, 0);

        // A five-second burst: one alert, at its first second, pointing up.
        const Run burst = feedPoisson(detector, rng, spike, 5, 600);
        QCOMPARE(burst.alerts, 1);
        QCOMPARE(burst.spikes, 1);
        QCOMPARE(burst.firstAlertAt, 600);
        QVERIFY(burst.last.value > burst.last.expected);
        QVERIFY(std::abs(burst.last.expected - rate) <= 3 * std::sqrt(std::max(rate, 1.0)));

        // Back to normal: quiet again, and a second burst is a new excursion.
        QCOMPARE(feedPoisson(detector, rng, rate, 600).alerts, 0);
        QCOMPARE(feedPoisson(detector, rng, spike, 3).alerts, 1);
    }

    void dropFires()
    {
        AlertDetector detector;
        std::mt19937_64 rng(11);
        QCOMPARE(feedPoisson(detector, rng, 200, 600).alerts, 0);
        const Run outage = feedPoisson(detector, rng, 0, 10);
        QCOMPARE(outage.alerts, 1);
        QCOMPARE(outage.drops, 1);
        QCOMPARE(outage.last.value, 0.0);
        QCOMPARE(outage.last.severity, AlertDetector::Severity::Critical);
        QVERIFY(outage.last.z < -6);
    }

    void lastingShiftIsAbsorbed()
    {
        // A new level (the simulator's rate was raised) fires once, then becomes the baseline.
        AlertDetector detector;
        std::mt19937_64 rng(3);
        QCOMPARE(feedPoisson(detector, rng, 100, 300).alerts, 0);
        const Run shifted = feedPoisson(detector, rng, 300, 1800);
        QCOMPARE(shifted.alerts, 1);
        QVERIFY(!detector.inExcursion());
        QVERIFY(std::abs(detector.expected() - 300) < 10);
        QCOMPARE(feedPoisson(detector, rng, 300, 3600).alerts, 0);
    }

    void smallRatesNeedAnAbsoluteChange()
    {
        // From an idle series, a handful of events is not an incident...
        AlertDetector detector;
        for (int i = 0; i < 60; ++i)
            QVERIFY(!detector.observe(0));
        QVERIFY(!detector.observe(4));
        QVERIFY(!detector.observe(0));
        // ...but a burst is.
        const auto alert = detector.observe(300);
        QVERIFY(alert);
        QCOMPARE(alert->direction, AlertDetector::Direction::Spike);
        QCOMPARE(alert->severity, AlertDetector::Severity::Critical);
    }

    void warmupIsSilent()
    {
        AlertDetector::Config config;
        config.warmupSamples = 10;
        AlertDetector detector(config);
        QVERIFY(!detector.observe(1000)); // the very first sample sets the baseline
        for (int i = 0; i < 8; ++i)
            QVERIFY(!detector.observe(i % 2 ? 0 : 1000));
        QCOMPARE(detector.samples(), 9);
        QVERIFY(!detector.observe(std::numeric_limits<double>::quiet_NaN()));
    }
};

QTEST_APPLESS_MAIN(TestAlertDetector)
#include "tst_alertdetector.moc"
