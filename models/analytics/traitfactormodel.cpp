#include "traitfactormodel.h"

#include <algorithm>
#include <cmath>

namespace nest::analytics {

namespace {

constexpr double kFactorMinUnique = 1e-6;
// A touch of ridge on the trait block of the M-step keeps it invertible with very few labels.
constexpr double kFactorRidge = 1e-6;

DenseMatrix factorColumn(const double *values, int n)
{
    DenseMatrix c(n, 1);
    for (int i = 0; i < n; ++i)
        c(i, 0) = values[i];
    return c;
}

// The M-step: regress x on [t, 1] given the expected trait moments, then psi, m and S.
void factorMaximize(TraitFactorModel *model, double n, const DenseMatrix &ett,
                    const DenseMatrix &et, const DenseMatrix &ext, const DenseMatrix &sumX,
                    const DenseMatrix &sumXX)
{
    DenseMatrix a(kTraits + 1, kTraits + 1);
    DenseMatrix b(kEventKinds, kTraits + 1);
    for (int i = 0; i < kTraits; ++i) {
        for (int j = 0; j < kTraits; ++j)
            a(i, j) = ett(i, j);
        a(i, i) += kFactorRidge * n;
        a(i, kTraits) = et(i, 0);
        a(kTraits, i) = et(i, 0);
    }
    a(kTraits, kTraits) = n;
    for (int k = 0; k < kEventKinds; ++k) {
        for (int j = 0; j < kTraits; ++j)
            b(k, j) = ext(k, j);
        b(k, kTraits) = sumX(k, 0);
    }
    const auto inverse = a.inverted();
    if (!inverse) {
        model->valid = false;
        return;
    }
    const DenseMatrix lambda = b * *inverse;
    const DenseMatrix explained = lambda * b.transposed();
    for (int k = 0; k < kEventKinds; ++k) {
        for (int j = 0; j < kTraits; ++j)
            model->loadings(k, j) = lambda(k, j);
        model->intercept(k, 0) = lambda(k, kTraits);
        model->unique(k, 0) = std::max((sumXX(k, k) - explained(k, k)) / n, kFactorMinUnique);
    }
    model->traitMean = et.scaled(1.0 / n);
    model->traitCov = ett.scaled(1.0 / n) - model->traitMean * model->traitMean.transposed();
    for (int i = 0; i < kTraits; ++i)
        model->traitCov(i, i) += kFactorRidge;
    model->valid = true;
}

double factorDistance(const TraitFactorModel &l, const TraitFactorModel &r)
{
    return std::max({l.loadings.maxAbsDiff(r.loadings), l.intercept.maxAbsDiff(r.intercept),
                     l.unique.maxAbsDiff(r.unique), l.traitMean.maxAbsDiff(r.traitMean),
                     l.traitCov.maxAbsDiff(r.traitCov)});
}

} // namespace

void FeatureMoments::add(const FeatureVector &x, const TraitVector *y,
                         const FeatureVector &variance, double sign)
{
    count += sign;
    for (int i = 0; i < kEventKinds; ++i) {
        const double xi = x[static_cast<std::size_t>(i)];
        sumX(i, 0) += sign * xi;
        sumVar(i, 0) += sign * variance[static_cast<std::size_t>(i)];
        for (int j = 0; j < kEventKinds; ++j)
            sumXX(i, j) += sign * xi * x[static_cast<std::size_t>(j)];
        if (y) {
            for (int j = 0; j < kTraits; ++j)
                sumXY(i, j) += sign * xi * (*y)[static_cast<std::size_t>(j)];
        }
    }
    if (!y)
        return;
    for (int i = 0; i < kTraits; ++i) {
        const double yi = (*y)[static_cast<std::size_t>(i)];
        sumY(i, 0) += sign * yi;
        for (int j = 0; j < kTraits; ++j)
            sumYY(i, j) += sign * yi * (*y)[static_cast<std::size_t>(j)];
    }
}

TraitVector TraitFactorModel::posteriorMean(const FeatureVector &x,
                                            const FeatureVector *variance) const
{
    TraitVector t{};
    if (!valid)
        return t;
    DenseMatrix noiseInv(kEventKinds, 1);
    for (int k = 0; k < kEventKinds; ++k) {
        double psi = unique(k, 0);
        if (variance) {
            // The idiosyncratic part is what is left of psi after the pool's average sampling
            // noise; it never drops below a twentieth of psi.
            psi = std::max(psi - meanSamplingVar(k, 0), 0.05 * psi)
                  + (*variance)[static_cast<std::size_t>(k)];
        }
        noiseInv(k, 0) = 1.0 / psi;
    }
    const auto covInverse = traitCov.inverted();
    if (!covInverse)
        return t;
    // Woodbury form: a 5 x 5 solve instead of 10 x 10.
    DenseMatrix precision = *covInverse;
    DenseMatrix weighted(kTraits, 1);
    const DenseMatrix residual =
        factorColumn(x.data(), kEventKinds) - intercept - loadings * traitMean;
    for (int i = 0; i < kTraits; ++i) {
        for (int j = 0; j < kTraits; ++j)
            for (int k = 0; k < kEventKinds; ++k)
                precision(i, j) += loadings(k, i) * noiseInv(k, 0) * loadings(k, j);
        for (int k = 0; k < kEventKinds; ++k)
            weighted(i, 0) += loadings(k, i) * noiseInv(k, 0) * residual(k, 0);
    }
    const auto posteriorCov = precision.inverted();
    if (!posteriorCov)
        return t;
    const DenseMatrix mean = traitMean + *posteriorCov * weighted;
    for (int j = 0; j < kTraits; ++j)
        t[static_cast<std::size_t>(j)] = mean(j, 0);
    return t;
}

TraitFactorModel fitTraitFactorModel(const FeatureMoments &labeled, const FeatureMoments &unlabeled,
                                     const TraitFactorModel *start, int maxIterations,
                                     double tolerance)
{
    TraitFactorModel model;
    const double n = labeled.count + unlabeled.count;
    if (labeled.count < kTraits + 2)
        return model;
    if (start && start->valid) {
        model = *start;
    } else {
        // Start from the labeled users alone: each log rate regressed on the questionnaire.
        factorMaximize(&model, labeled.count, labeled.sumYY, labeled.sumY, labeled.sumXY,
                       labeled.sumX, labeled.sumXX);
        if (!model.valid)
            return model;
    }
    model.meanSamplingVar = (labeled.sumVar + unlabeled.sumVar).scaled(1.0 / n);

    const double nu = unlabeled.count;
    for (model.iterations = 0; model.iterations < maxIterations; ++model.iterations) {
        DenseMatrix ett = labeled.sumYY;
        DenseMatrix et = labeled.sumY;
        DenseMatrix ext = labeled.sumXY;
        if (nu > 0) {
            // E-step for the unlabeled users, in sums: E[t | x] = m + G (x - mu_x) is linear in
            // x, so the sums of E[t], E[t t'] and x E[t]' follow from the sums of x and x x'.
            const auto covInverse = model.traitCov.inverted();
            if (!covInverse)
                return TraitFactorModel{};
            DenseMatrix precision = *covInverse;
            DenseMatrix lPsi(kTraits, kEventKinds); // L' Psi^-1
            for (int i = 0; i < kTraits; ++i)
                for (int k = 0; k < kEventKinds; ++k)
                    lPsi(i, k) = model.loadings(k, i) / model.unique(k, 0);
            precision = precision + lPsi * model.loadings;
            const auto posteriorCov = precision.inverted();
            if (!posteriorCov)
                return TraitFactorModel{};
            const DenseMatrix g = *posteriorCov * lPsi; // 5 x 10
            const DenseMatrix mu = model.intercept + model.loadings * model.traitMean;
            const DenseMatrix &m = model.traitMean;
            const DenseMatrix d = unlabeled.sumX - mu.scaled(nu);
            const DenseMatrix gd = g * d;
            const DenseMatrix centered = unlabeled.sumXX - mu * unlabeled.sumX.transposed()
                                         - unlabeled.sumX * mu.transposed()
                                         + (mu * mu.transposed()).scaled(nu);
            et = et + m.scaled(nu) + gd;
            ext = ext + unlabeled.sumX * m.transposed()
                  + (unlabeled.sumXX - unlabeled.sumX * mu.transposed()) * g.transposed();
            ett = ett + (*posteriorCov + m * m.transposed()).scaled(nu) + m * gd.transposed()
                  + gd * m.transposed() + g * centered * g.transposed();
        }
        const TraitFactorModel previous = model;
        factorMaximize(&model, n, ett, et, ext, labeled.sumX + unlabeled.sumX,
                       labeled.sumXX + unlabeled.sumXX);
        if (!model.valid)
            return model;
        if (factorDistance(model, previous) < tolerance)
            break;
    }
    return model;
}

} // namespace nest::analytics
