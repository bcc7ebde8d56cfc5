#include "behaviorsimulator.h"
#include "behaviortracker.h"

#include <QTest>

#include <cmath>

using namespace nest::analytics;

class TestBehaviorSimulator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deterministicBySeed()
    {
        const auto trace = [](quint64 seed) {
            BehaviorSimulator sim({50, 0.1, seed, 1'700'000'000'000});
            QList<qint64> out;
            sim.advance(10 * 60'000, [&](const BehaviorSimulator::SimEvent &e) {
                out << e.tsMs << e.user << static_cast<int>(e.kind) << e.session;
            });
            return out;
        };
        const auto a = trace(3);
        QVERIFY(a.size() > 1000);
        QCOMPARE(trace(3), a);
        QVERIFY(trace(4) != a);
    }
    void eventsInTimeOrderAndClock()
    {
        BehaviorSimulator sim({200, 0.1, 5, 1000});
        qint64 last = 0;
        bool ordered = true;
        sim.advance(30 * 60'000, [&](const BehaviorSimulator::SimEvent &e) {
            ordered = ordered && e.tsMs >= last && e.tsMs >= 1000 && e.tsMs < 1000 + 1'800'000;
            last = e.tsMs;
        });
        QVERIFY(ordered);
        QCOMPARE(sim.now(), qint64(1000 + 1'800'000));
        int active = 0;
        for (int u = 0; u < sim.userCount(); ++u)
            active += sim.isActive(u) ? 1 : 0;
        QVERIFY2(active > 60 && active < 140, qPrintable(QString::number(active))); // about half
    }
    void empiricalRatesMatchModel()
    {
        // One user for 3,000 active minutes: every count within 4 sd of its Poisson mean.
        BehaviorSimulator sim({1, 0.0, 21, 0});
        BehaviorTracker tracker;
        sim.runUntilActiveMinutes(3000, [&](const BehaviorSimulator::SimEvent &e) {
            tracker.record(sim.userId(e.user), sim.sessionId(e.user, e.session), e.kind, e.tsMs);
        });
        QVERIFY(std::abs(sim.activeMinutes(0) - 3000) < 1e-6);
        const auto *s = tracker.stats(sim.userId(0));
        QVERIFY(s);
        // The tracker only sees first-to-last event per session: a few seconds short of the
        // truth per session, never more.
        const double tracked = BehaviorTracker::activeMinutes(*s);
        QVERIFY2(tracked <= 3000 && tracked > 2990, qPrintable(QString::number(tracked)));
        for (int k = 0; k < kEventKinds; ++k) {
            const double expected = sim.rate(0, static_cast<EventKind>(k)) * 3000;
            const double got = static_cast<double>(s->counts[k]);
            QVERIFY2(std::abs(got - expected) < 4 * std::sqrt(expected) + 1,
                     qPrintable(u"kind %1: %2 vs %3"_qs.arg(k).arg(got).arg(expected)));
        }
        // The rate follows the model's table for this user's traits, up to exp(eps).
        double logRatio = 0;
        for (int k = 0; k < kEventKinds; ++k) {
            const auto kind = static_cast<EventKind>(k);
            double exponent = 0;
            for (int j = 0; j < kTraits; ++j)
                exponent += BehaviorSimulator::loading(kind, j) * (sim.trueTraits(0)[j] - 0.5);
            logRatio = std::max(
                logRatio, std::abs(std::log(sim.rate(0, kind) / BehaviorSimulator::baseRate(kind))
                                   - exponent));
        }
        QVERIFY(logRatio < 5 * BehaviorSimulator::kIdiosyncrasySd);
    }
    void traitsAreBeta22()
    {
        BehaviorSimulator sim({4000, 0.1, 2, 0});
        for (int j = 0; j < kTraits; ++j) {
            double mean = 0;
            double var = 0;
            for (int u = 0; u < sim.userCount(); ++u)
                mean += sim.trueTraits(u)[j] / sim.userCount();
            for (int u = 0; u < sim.userCount(); ++u)
                var += std::pow(sim.trueTraits(u)[j] - mean, 2) / (sim.userCount() - 1);
            // Beta(2, 2): mean 1/2, variance 1/20; standard errors about 0.0035 and 0.0008.
            QVERIFY2(std::abs(mean - 0.5) < 0.015, qPrintable(QString::number(mean)));
            QVERIFY2(std::abs(var - 0.05) < 0.004, qPrintable(QString::number(var)));
        }
    }
    void labelsAreNoisyButClose()
    {
        BehaviorSimulator sim({2000, 0.1, 9, 0});
        int labeled = 0;
        double sq = 0;
        int n = 0;
        for (int u = 0; u < sim.userCount(); ++u) {
            if (!sim.isLabeled(u))
                continue;
            ++labeled;
            const TraitVector q = sim.questionnaire(u);
            QCOMPARE(sim.questionnaire(u), q); // the same answer every time
            for (int j = 0; j < kTraits; ++j) {
                QVERIFY(q[j] >= 0 && q[j] <= 1);
                sq += std::pow(q[j] - sim.trueTraits(u)[j], 2);
                ++n;
            }
        }
        QCOMPARE(labeled, 200);
        const double rms = std::sqrt(sq / n);
        QVERIFY2(rms > 0.04 && rms < 0.06, qPrintable(QString::number(rms)));
    }
    void propsAndNames()
    {
        BehaviorSimulator sim({12, 0.1, 1, 0});
        QCOMPARE(sim.userId(0), u"sim_0001"_qs);
        QCOMPARE(sim.sessionId(11, 3), u"sim_0012_s3"_qs);
        QVERIFY(!sim.displayName(3).isEmpty());
        QVERIFY(sim.displayName(3) != sim.displayName(4));
        const BehaviorSimulator::SimEvent dwell{1, 2, EventKind::Dwell, 12345};
        QVERIFY(sim.props(dwell).value(u"duration_ms"_qs).toDouble() > 0);
        QCOMPARE(sim.props(dwell), sim.props(dwell));
        QVERIFY(sim.props({1, 2, EventKind::Scroll, 5}).contains(u"velocity"_qs));
        QVERIFY(sim.props({1, 2, EventKind::PageView, 5}).value(u"page"_qs).isString());
        QVERIFY(sim.props({1, 2, EventKind::Purchase, 5}).value(u"amount"_qs).toDouble() > 0);
        QVERIFY(sim.props({1, 2, EventKind::Like, 5}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestBehaviorSimulator)
#include "tst_behaviorsimulator.moc"
