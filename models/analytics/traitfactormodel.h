#pragma once

#include "densematrix.h"
#include "traits.h"

namespace nest::analytics {

//! Sums of a set of users' features x (and traits y, for labeled users): all that the
//! semi-supervised fit needs, so that no user's rows have to be kept.
struct FeatureMoments {
    double count = 0;
    DenseMatrix sumX = DenseMatrix(kEventKinds, 1);
    DenseMatrix sumXX = DenseMatrix(kEventKinds, kEventKinds);
    DenseMatrix sumY = DenseMatrix(kTraits, 1);
    DenseMatrix sumXY = DenseMatrix(kEventKinds, kTraits);
    DenseMatrix sumYY = DenseMatrix(kTraits, kTraits);
    DenseMatrix sumVar = DenseMatrix(kEventKinds, 1); //!< of the features' sampling variances

    void add(const FeatureVector &x, const TraitVector *y, const FeatureVector &variance,
             double sign);
};

//! The generative model a decoder can learn without being told it: log rates are linear in the
//! traits plus independent per-kind noise, x = a + L t + e, t ~ (m, S), e ~ (0, diag(psi)).
//! Fitted by maximum likelihood with EM over labeled users (t observed through the
//! questionnaire) and unlabeled users (t latent) together. The labels pin down which direction
//! is which trait; the unlabeled users sharpen a, psi and L. Decoding is then the Bayesian
//! inversion an oracle would do with the true model, with per-user weights from the sampling
//! variance of each log rate.
struct TraitFactorModel {
    DenseMatrix loadings = DenseMatrix(kEventKinds, kTraits);  //!< L
    DenseMatrix intercept = DenseMatrix(kEventKinds, 1);       //!< a
    DenseMatrix unique = DenseMatrix(kEventKinds, 1);          //!< psi, sampling noise included
    DenseMatrix traitMean = DenseMatrix(kTraits, 1);           //!< m
    DenseMatrix traitCov = DenseMatrix(kTraits, kTraits);      //!< S
    DenseMatrix meanSamplingVar = DenseMatrix(kEventKinds, 1); //!< part of psi that is Poisson
    int iterations = 0;
    bool valid = false;

    //! E[t | x]. With `variance` (the user's own sampling variances) the noise of kind k is
    //! psi_k minus the pool's mean sampling variance plus the user's: a user observed for long
    //! leans on every kind, one observed briefly on the frequent kinds only.
    TraitVector posteriorMean(const FeatureVector &x, const FeatureVector *variance) const;
};

//! EM for TraitFactorModel on `labeled` (with traits) and `unlabeled` moments, warm-started from
//! `start` when valid, until no parameter moves by more than `tolerance`.
TraitFactorModel fitTraitFactorModel(const FeatureMoments &labeled, const FeatureMoments &unlabeled,
                                     const TraitFactorModel *start, int maxIterations = 400,
                                     double tolerance = 1e-9);

} // namespace nest::analytics
