#include "continuouslearner.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace nest::analytics;

namespace {

struct Sample {
    FeatureVector x{};
    TraitVector y{};
};

// Traits t ~ U(0, 1), log rates linear in them plus independent noise: the learner's own model
// class, drawn from a fixed seed so that every assertion is deterministic.
std::vector<Sample> makeSamples(int n, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, 0.15);
    std::uniform_real_distribution<double> trait(0.0, 1.0);
    std::vector<Sample> out(static_cast<std::size_t>(n));
    for (Sample &s : out) {
        for (double &t : s.y)
            t = trait(rng);
        for (int k = 0; k < kEventKinds; ++k) {
            double v = 0.2 * k + noise(rng);
            for (int j = 0; j < kTraits; ++j)
                v += ((k + 2 * j) % 5 == 0 ? 0.8 : (k + j) % 3 == 0 ? -0.4 : 0.0) * s.y[j];
            s.x[k] = v;
        }
    }
    return out;
}

double correlation(const std::vector<double> &a, const std::vector<double> &b)
{
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ma += a[i] / a.size();
        mb += b[i] / b.size();
    }
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

} // namespace

class TestContinuousLearner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onlineEqualsBatchRidge()
    {
        const auto samples = makeSamples(300, 7);
        ContinuousLearner learner(1.0);
        QList<FeatureVector> xs;
        QList<TraitVector> ys;
        for (const Sample &s : samples) {
            learner.addLabel(s.x, s.y);
            xs.append(s.x);
            ys.append(s.y);
        }
        const LinearTraitModel batch = batchRidge(xs, ys, 1.0);
        QVERIFY2(
            learner.ridgeModel().weights.maxAbsDiff(batch.weights) < 1e-9,
            qPrintable(QString::number(learner.ridgeModel().weights.maxAbsDiff(batch.weights))));
        const TraitVector online = learner.ridgeModel().predict(samples[3].x);
        const TraitVector closed = batch.predict(samples[3].x);
        for (int j = 0; j < kTraits; ++j)
            QVERIFY(std::abs(online[j] - closed[j]) < 1e-9);
    }
    void removeLabelIsExact()
    {
        const auto samples = makeSamples(120, 8);
        ContinuousLearner learner(0.5);
        QList<FeatureVector> xs;
        QList<TraitVector> ys;
        for (const Sample &s : samples)
            learner.addLabel(s.x, s.y);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (i % 3 == 0) {
                learner.removeLabel(samples[i].x, samples[i].y);
            } else {
                xs.append(samples[i].x);
                ys.append(samples[i].y);
            }
        }
        QCOMPARE(learner.labeledSamples(), quint64(xs.size()));
        QVERIFY(learner.ridgeModel().weights.maxAbsDiff(batchRidge(xs, ys, 0.5).weights) < 1e-9);
    }
    void countersAndNeutralStart()
    {
        ContinuousLearner learner;
        QCOMPARE(learner.version(), quint64(0));
        for (double t : learner.predict(FeatureVector{}))
            QCOMPARE(t, 0.5);
        const auto samples = makeSamples(5, 9);
        learner.addLabel(samples[0].x, samples[0].y);
        learner.observeUnlabeled(samples[1].x);
        learner.observeUnlabeled(samples[2].x);
        learner.forgetUnlabeled(samples[2].x);
        QCOMPARE(learner.version(), quint64(4));
        QCOMPARE(learner.labeledSamples(), quint64(1));
        QCOMPARE(learner.samplesSeen(), quint64(3));
        QCOMPARE(learner.poolSize(), 2.0);
        QVERIFY(learner.loss() > 0);
    }
    void unlabeledBehaviorHelps()
    {
        // 60 labels and 1,500 unlabeled users of the same population: the factor model must be
        // in use and predict the held-out users' traits better than ridge on the labels alone.
        const auto samples = makeSamples(1560, 10);
        ContinuousLearner learner;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (i < 60)
                learner.addLabel(samples[i].x, samples[i].y);
            else
                learner.observeUnlabeled(samples[i].x);
        }
        QVERIFY(learner.usesFactorModel());
        double semi = 0;
        double ridge = 0;
        for (int j = 0; j < kTraits; ++j) {
            std::vector<double> truth, a, b;
            for (std::size_t i = 60; i < samples.size(); ++i) {
                truth.push_back(samples[i].y[j]);
                a.push_back(learner.predict(samples[i].x)[j]);
                b.push_back(learner.ridgeModel().predict(samples[i].x)[j]);
            }
            semi += correlation(a, truth) / kTraits;
            ridge += correlation(b, truth) / kTraits;
        }
        QVERIFY2(semi > ridge, qPrintable(u"%1 vs %2"_qs.arg(semi).arg(ridge)));
        QVERIFY(semi > 0.8);
    }
    void lossFallsAsLabelsArrive()
    {
        const auto samples = makeSamples(400, 11);
        ContinuousLearner learner;
        double early = 0;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            learner.addLabel(samples[i].x, samples[i].y);
            if (i == 15)
                early = learner.loss();
        }
        QVERIFY2(learner.loss() < 0.5 * early,
                 qPrintable(u"%1 vs %2"_qs.arg(learner.loss()).arg(early)));
    }
    void stackingMixesWithinBothLayers()
    {
        const auto samples = makeSamples(600, 14);
        ContinuousLearner learner;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (i < 20) // the factor model needs kMinFactorLabels labels before it scores any
                learner.addLabel(samples[i].x, samples[i].y);
            else
                learner.observeUnlabeled(samples[i].x);
        }
        QVERIFY(learner.usesFactorModel());
        for (int j = 0; j < kTraits; ++j)
            QCOMPARE(learner.factorWeight(j), 1.0); // too few scored labels to mix yet
        for (std::size_t i = 20; i < 100; ++i)
            learner.addLabel(samples[i].x, samples[i].y);
        for (int j = 0; j < kTraits; ++j) {
            const double w = learner.factorWeight(j);
            QVERIFY(w >= 0 && w <= 1);
        }
        // Every prediction lies between the two layers' (a convex mix, trait by trait).
        const FeatureVector x = samples[300].x;
        const TraitVector mixed = learner.predict(x);
        const TraitVector ridge = learner.ridgeModel().predict(x);
        const TraitVector factor = learner.factorModel().posteriorMean(x, nullptr);
        for (std::size_t j = 0; j < mixed.size(); ++j) {
            QVERIFY(mixed[j] >= std::min(ridge[j], factor[j]) - 1e-12);
            QVERIFY(mixed[j] <= std::max(ridge[j], factor[j]) + 1e-12);
        }
    }
    void readsFormatOne()
    {
        // A learner saved before stacking existed (format 1) still loads: no stacking errors yet.
        const auto samples = makeSamples(8, 15);
        ContinuousLearner learner;
        for (const Sample &s : samples)
            learner.addLabel(s.x, s.y);
        QVERIFY(!learner.usesFactorModel());
        QByteArray bytes = learner.serialize();
        // Format 2 has the ridge's prior after its weights and, before the model flag at the
        // end, the stack count and 15 error sums (128 bytes). Format 1 has neither.
        const auto matrixBytes = [](int rows, int cols) { return 8 + 8 * rows * cols; };
        const qsizetype priorAt = 64 + matrixBytes(ContinuousLearner::kDim, ContinuousLearner::kDim)
                                  + matrixBytes(ContinuousLearner::kDim, kTraits);
        QByteArray v1 = bytes.left(priorAt) + bytes.mid(priorAt + 8);
        v1 = v1.left(v1.size() - 129) + v1.right(1);
        v1[4] = char(1);
        ContinuousLearner restored;
        QVERIFY(restored.deserialize(v1));
        QCOMPARE(restored.labeledSamples(), learner.labeledSamples());
        // It was learned shrinking towards 0 and keeps doing so: its ridge has no prior.
        QCOMPARE(restored.ridgeModel().prior, 0.0);
        const TraitVector was = learner.predict(samples[3].x);
        const TraitVector now = restored.predict(samples[3].x);
        for (std::size_t j = 0; j < was.size(); ++j)
            QVERIFY(std::abs(now[j] - (was[j] - kRidgeTraitPrior)) < 1e-12);
    }
    void serializeRoundTrip()
    {
        const auto samples = makeSamples(400, 12);
        ContinuousLearner learner(2.0);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (i % 4 == 0)
                learner.addLabel(samples[i].x, samples[i].y);
            else
                learner.observeUnlabeled(samples[i].x);
        }
        QVERIFY(learner.usesFactorModel());
        const QByteArray bytes = learner.serialize();
        ContinuousLearner restored;
        QVERIFY(restored.deserialize(bytes));
        QCOMPARE(restored.version(), learner.version());
        QCOMPARE(restored.labeledSamples(), learner.labeledSamples());
        QCOMPARE(restored.samplesSeen(), learner.samplesSeen());
        QCOMPARE(restored.loss(), learner.loss());
        QCOMPARE(restored.lambda(), 2.0);
        QCOMPARE(restored.predict(samples[1].x), learner.predict(samples[1].x));
        QCOMPARE(restored.serialize(), bytes);
        // Both continue identically.
        learner.addLabel(samples[2].x, samples[2].y);
        restored.addLabel(samples[2].x, samples[2].y);
        QCOMPARE(restored.predict(samples[5].x), learner.predict(samples[5].x));
    }
    void deserializeRejectsDamage()
    {
        const auto samples = makeSamples(30, 13);
        ContinuousLearner learner;
        for (const Sample &s : samples)
            learner.addLabel(s.x, s.y);
        const QByteArray bytes = learner.serialize();
        ContinuousLearner target;
        target.addLabel(samples[0].x, samples[0].y);
        const QByteArray before = target.serialize();
        QVERIFY(!target.deserialize(bytes.left(bytes.size() - 1)));
        QVERIFY(!target.deserialize(QByteArray(bytes + QByteArray(1, '\0'))));
        QVERIFY(!target.deserialize(QByteArray()));
        QByteArray wrongMagic = bytes;
        wrongMagic[0] = 'X';
        QVERIFY(!target.deserialize(wrongMagic));
        QByteArray wrongVersion = bytes;
        wrongVersion[4] = char(99);
        QVERIFY(!target.deserialize(wrongVersion));
        QCOMPARE(target.serialize(), before);
        QVERIFY(target.deserialize(bytes));
        QCOMPARE(target.labeledSamples(), quint64(30));
    }
};

QTEST_APPLESS_MAIN(TestContinuousLearner)
#include "tst_continuouslearner.moc"
