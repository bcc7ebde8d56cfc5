#pragma once

#include "densematrix.h"
#include "traitfactormodel.h"
#include "traits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace nest::analytics {

//! A linear map from features (plus an intercept) to traits: the form of every model here.
struct LinearTraitModel {
    DenseMatrix weights; //!< (kEventKinds + 1) x kTraits, the intercept in the last row
    double prior = 0;    //!< added to every trait: what the penalty shrinks the model towards
    TraitVector predict(const FeatureVector &x) const;
};

//! Where ridge shrinks an estimate with little evidence: the middle of the trait scale, which is
//! also the traits' prior mean (analytics-model.md), not 0 (the bottom of the scale).
inline constexpr double kRidgeTraitPrior = 0.5;

//! Closed-form ridge regression, W = (X'X + lambda I)^-1 X'(Y - prior) with X = [features, 1]
//! (the intercept penalized like the slopes, as in the online learner, so the two agree exactly).
LinearTraitModel batchRidge(const QList<FeatureVector> &x, const QList<TraitVector> &y,
                            double lambda, double prior = kRidgeTraitPrior);

//! Learns traits from behavior features as questionnaire labels arrive, and from the behavior of
//! unlabeled users. Two layers:
//!
//! 1. Exact online ridge on the labels: the inverse P = (X'X + lambda I)^-1 and W = P X'Y are
//!    updated per label by Sherman-Morrison in O(d^2) (d = 11); ridgeModel() equals
//!    batchRidge() on the same labels to rounding. predict() uses it while there are fewer than
//!    kMinFactorLabels labels.
//! 2. Semi-supervised: running moments of every observed user's features (labeled or not, O(d^2)
//!    per observation) and of the labeled users' features x traits feed a TraitFactorModel
//!    (x = a + L t + e with independent per-kind noise) fitted by EM to labeled and unlabeled
//!    users together; predict() is then its posterior mean E[t | x]. The reverse direction is
//!    what makes the unlabeled users count: each log rate is regressed on 5 traits (not each
//!    trait on 10 log rates), the noise variances and intercepts come from everybody, and the
//!    Bayesian inversion weights every kind by how reliably it is observed. Nothing in it is
//!    specific to the simulator: it assumes only that traits act linearly on log rates.
//!
//! 3. Stacking: each label, before it is learned, scores both layers' predictions (prequential,
//!    so out of sample). predict() returns per trait the convex mix w f + (1 - w) r of the
//!    factor model f and the ridge r with the w that minimizes the summed squared error of those
//!    scores: with few labels a loading the factor model got wrong costs less than with ridge
//!    alone, and with many labels w goes to the better layer.
//!
//! The model is refitted (warm-started EM on the moments, cost independent of the number of
//! users) once 5% more labels or 2% more observations (at least 16) arrived since the last
//! fit, so the amortized cost per update stays O(d^2). Not thread-safe.
class ContinuousLearner {
public:
    static constexpr int kDim = kEventKinds + 1;
    static constexpr int kMinFactorLabels = 2 * (kTraits + 1);

    explicit ContinuousLearner(double lambda = 1.0);

    //! Adds one questionnaire label for a user whose features are `x` (and, optionally, their
    //! sampling variances, see BehaviorTracker::featureVariances). The features also join the
    //! pool of observed behavior: a labeled user's behavior is behavior too.
    void addLabel(const FeatureVector &x, const TraitVector &y);
    void addLabel(const FeatureVector &x, const TraitVector &y, const FeatureVector &variance);
    //! Exactly undoes an addLabel() with the same arguments (Sherman-Morrison downdate): lets a
    //! caller refresh a labeled user's features as they firm up.
    void removeLabel(const FeatureVector &x, const TraitVector &y,
                     const FeatureVector &variance = {});
    //! Adds one unlabeled user's features to the pool; forgetUnlabeled() takes the same vector
    //! out again, so a caller keeps one current snapshot per user by forget-then-observe.
    void observeUnlabeled(const FeatureVector &x, const FeatureVector &variance = {});
    void forgetUnlabeled(const FeatureVector &x, const FeatureVector &variance = {});

    //! Raw (unclipped) traits for `x`; 0.5 each before the first label.
    TraitVector predict(const FeatureVector &x) const;
    //! The same with the user's own sampling variances, which lets the factor model weight
    //! each kind by how often this user was seen doing it (more accurate; what the decoder uses).
    TraitVector predict(const FeatureVector &x, const FeatureVector &variance) const;
    //! The exact online ridge on the labels alone (layer 1).
    const LinearTraitModel &ridgeModel() const { return m_ridge; }
    const TraitFactorModel &factorModel() const { return m_model; }
    //! Whether predict() currently uses the semi-supervised layer.
    bool usesFactorModel() const { return m_model.valid; }
    //! The factor model's share of trait `j` in predict() (1 until enough labels scored both).
    double factorWeight(int trait) const;

    double lambda() const { return m_lambda; }
    quint64 version() const { return m_version; }
    quint64 labeledSamples() const { return m_labeled; }
    //! Labels plus unlabeled observations used (a forgotten observation stays counted).
    quint64 samplesSeen() const { return m_samplesSeen; }
    //! Users currently in the pool of observed behavior (labeled and unlabeled).
    double poolSize() const { return m_pool.count; }
    //! Prequential loss: before each label is learned, the squared error of the current
    //! prediction averaged over the 5 traits; reported as an exponentially weighted mean with
    //! weight max(1/n, 0.05) for the n-th label (a plain mean over the first 20 labels, then
    //! about the last 20). 0 before any label.
    double loss() const { return m_loss; }

    //! Versioned little-endian snapshot of the whole state (the server keeps it in SQLite).
    QByteArray serialize() const;
    //! Replaces the state from serialize() output; false (state untouched) when the bytes are
    //! not a complete snapshot of a compatible version.
    bool deserialize(QByteArrayView bytes);

private:
    void updateRidge(const FeatureVector &x, const TraitVector &y, double sign);
    void maybeRefit();
    //! Mixes the factor model's prediction `f` with the ridge's for `x` (layer 3).
    TraitVector stacked(TraitVector f, const FeatureVector &x) const;

    double m_lambda = 1.0;
    quint64 m_version = 0;
    quint64 m_labeled = 0;
    quint64 m_samplesSeen = 0;
    double m_loss = 0;
    quint64 m_lossCount = 0;

    // Layer 1: the inverse of (X'X + lambda I) and the ridge weights.
    DenseMatrix m_inverse;
    LinearTraitModel m_ridge;
    // Layer 2: moments of the labeled users and of everybody, and the model fitted to them.
    FeatureMoments m_labeledMoments;
    FeatureMoments m_pool;
    double m_labelChanges = 0;
    double m_poolChanges = 0;
    TraitFactorModel m_model;
    // Layer 3: prequential squared errors of the factor model (f) and the ridge (r) per trait.
    TraitVector m_errFF{};
    TraitVector m_errRR{};
    TraitVector m_errFR{};
    quint64 m_stackCount = 0;
};

} // namespace nest::analytics
