#include "behavioralpersonalitydecoder.h"

#include <QTest>

using namespace nest::analytics;

namespace {

BehaviorTracker::UserStats statsFor(double minutes, double clicksPerMinute)
{
    BehaviorTracker::UserStats s;
    s.activeMs = static_cast<qint64>(minutes * 60000);
    for (auto &c : s.counts)
        c = static_cast<quint64>(minutes);
    s.counts[1] = static_cast<quint64>(minutes * clicksPerMinute);
    return s;
}

} // namespace

class TestBehavioralPersonalityDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void neutralWithoutModel()
    {
        const BehavioralPersonalityDecoder decoder;
        const ContinuousLearner learner;
        const auto e = decoder.decode(statsFor(120, 5), learner);
        for (double t : e.traits)
            QCOMPARE(t, 0.5);
        QCOMPARE(e.confidence, 0.0);
    }
    void clipsToUnitInterval()
    {
        // A learner that maps click rate steeply onto every trait: extreme users fall far
        // outside [0, 1] raw, and the decoder must clip them.
        ContinuousLearner learner(1e-6);
        for (int i = 0; i < 8; ++i) {
            FeatureVector x{};
            x[1] = i;
            TraitVector y;
            y.fill(i * 0.1);
            learner.addLabel(x, y);
        }
        const BehavioralPersonalityDecoder decoder;
        const auto high = decoder.decode(statsFor(60, 1e6), learner);
        const auto low = decoder.decode(statsFor(60, 0), learner);
        QVERIFY(learner.predict(BehaviorTracker::features(statsFor(60, 1e6)))[0] > 1.0);
        for (double t : high.traits)
            QCOMPARE(t, 1.0);
        QVERIFY(learner.predict(BehaviorTracker::features(statsFor(60, 0)))[0] < 0.0);
        for (double t : low.traits)
            QCOMPARE(t, 0.0);
    }
    void confidenceGrowsWithTime()
    {
        ContinuousLearner learner;
        learner.addLabel(FeatureVector{}, TraitVector{});
        const BehavioralPersonalityDecoder decoder;
        double previous = -1;
        for (double minutes : {0.0, 1.0, 10.0, 60.0, 240.0, 10000.0}) {
            const double c = decoder.decode(statsFor(minutes, 5), learner).confidence;
            QVERIFY(c > previous || (minutes == 0 && c == 0));
            QVERIFY(c >= 0 && c < 1);
            previous = c;
        }
        // And with labels: the same time is worth more with a better-trained model.
        QVERIFY(BehavioralPersonalityDecoder::confidence(60, 200)
                > BehavioralPersonalityDecoder::confidence(60, 20));
    }
};

QTEST_APPLESS_MAIN(TestBehavioralPersonalityDecoder)
#include "tst_behavioralpersonalitydecoder.moc"
