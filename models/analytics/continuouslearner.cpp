#include "continuouslearner.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace nest::analytics {

namespace {

constexpr quint32 kLearnerMagic = 0x524c424e; // "NBLR" little-endian
constexpr quint32 kLearnerFormat = 2; // 2 adds the ridge prior and stacking; 1 is still read
// Below this many scored labels the mix is not trusted: the factor model alone.
constexpr quint64 kMinStackLabels = 20;
constexpr double kLearnerLabelRefitShare = 0.05;
constexpr double kLearnerPoolRefitShare = 0.02;
constexpr double kLearnerPoolRefitMin = 16;
constexpr double kLearnerLossWeight = 0.05;

DenseMatrix learnerAugmented(const FeatureVector &x)
{
    DenseMatrix a(ContinuousLearner::kDim, 1);
    for (int i = 0; i < kEventKinds; ++i)
        a(i, 0) = x[static_cast<std::size_t>(i)];
    a(kEventKinds, 0) = 1.0;
    return a;
}

} // namespace

TraitVector LinearTraitModel::predict(const FeatureVector &x) const
{
    TraitVector y{};
    if (weights.rows() != ContinuousLearner::kDim || weights.cols() != kTraits)
        return y;
    for (int j = 0; j < kTraits; ++j) {
        double s = prior + weights(kEventKinds, j);
        for (int i = 0; i < kEventKinds; ++i)
            s += weights(i, j) * x[static_cast<std::size_t>(i)];
        y[static_cast<std::size_t>(j)] = s;
    }
    return y;
}

LinearTraitModel batchRidge(const QList<FeatureVector> &x, const QList<TraitVector> &y,
                            double lambda, double prior)
{
    constexpr int d = ContinuousLearner::kDim;
    DenseMatrix gram = DenseMatrix::identity(d, lambda);
    DenseMatrix cross(d, kTraits);
    const qsizetype n = std::min(x.size(), y.size());
    for (qsizetype s = 0; s < n; ++s) {
        const DenseMatrix a = learnerAugmented(x[s]);
        for (int i = 0; i < d; ++i) {
            for (int j = 0; j < d; ++j)
                gram(i, j) += a(i, 0) * a(j, 0);
            for (int j = 0; j < kTraits; ++j)
                cross(i, j) += a(i, 0) * (y[s][static_cast<std::size_t>(j)] - prior);
        }
    }
    const auto inverse = gram.inverted();
    return LinearTraitModel{inverse ? *inverse * cross : DenseMatrix(d, kTraits), prior};
}

ContinuousLearner::ContinuousLearner(double lambda)
    : m_lambda(lambda > 0 ? lambda : 1.0)
    , m_inverse(DenseMatrix::identity(kDim, 1.0 / m_lambda))
    , m_ridge{DenseMatrix(kDim, kTraits), kRidgeTraitPrior}
{}

TraitVector ContinuousLearner::predict(const FeatureVector &x) const
{
    if (m_labeled == 0) {
        TraitVector neutral;
        neutral.fill(0.5);
        return neutral;
    }
    return m_model.valid ? stacked(m_model.posteriorMean(x, nullptr), x) : m_ridge.predict(x);
}

TraitVector ContinuousLearner::predict(const FeatureVector &x, const FeatureVector &variance) const
{
    if (m_labeled == 0 || !m_model.valid)
        return predict(x);
    return stacked(m_model.posteriorMean(x, &variance), x);
}

TraitVector ContinuousLearner::stacked(TraitVector f, const FeatureVector &x) const
{
    if (m_stackCount < kMinStackLabels)
        return f;
    const TraitVector r = m_ridge.predict(x);
    for (int j = 0; j < kTraits; ++j) {
        const double w = factorWeight(j);
        const auto uj = std::size_t(j);
        f[uj] = w * f[uj] + (1 - w) * r[uj];
    }
    return f;
}

double ContinuousLearner::factorWeight(int trait) const
{
    if (m_stackCount < kMinStackLabels || trait < 0 || trait >= kTraits)
        return 1.0;
    const auto j = std::size_t(trait);
    // argmin_w sum (w ef + (1 - w) er)^2 = (RR - FR) / (FF + RR - 2 FR), within [0, 1].
    const double denominator = m_errFF[j] + m_errRR[j] - 2 * m_errFR[j];
    if (!(denominator > 1e-12))
        return 1.0; // the two layers err alike: either will do
    return std::clamp((m_errRR[j] - m_errFR[j]) / denominator, 0.0, 1.0);
}

void ContinuousLearner::addLabel(const FeatureVector &x, const TraitVector &y)
{
    addLabel(x, y, FeatureVector{});
}

void ContinuousLearner::addLabel(const FeatureVector &x, const TraitVector &y,
                                 const FeatureVector &variance)
{
    // Prequential: the error of the model as it stood before seeing this label.
    const TraitVector before = predict(x, variance);
    double err = 0;
    for (std::size_t j = 0; j < before.size(); ++j)
        err += (before[j] - y[j]) * (before[j] - y[j]);
    err /= kTraits;
    ++m_lossCount;
    m_loss += std::max(1.0 / static_cast<double>(m_lossCount), kLearnerLossWeight) * (err - m_loss);
    if (m_model.valid) {
        const TraitVector f = m_model.posteriorMean(x, &variance);
        const TraitVector r = m_ridge.predict(x);
        for (std::size_t j = 0; j < f.size(); ++j) {
            const double ef = f[j] - y[j];
            const double er = r[j] - y[j];
            m_errFF[j] += ef * ef;
            m_errRR[j] += er * er;
            m_errFR[j] += ef * er;
        }
        ++m_stackCount;
    }

    updateRidge(x, y, +1.0);
    m_labeledMoments.add(x, &y, variance, +1.0);
    m_pool.add(x, nullptr, variance, +1.0);
    ++m_labeled;
    ++m_samplesSeen;
    ++m_labelChanges;
    ++m_poolChanges;
    maybeRefit();
    ++m_version;
}

void ContinuousLearner::removeLabel(const FeatureVector &x, const TraitVector &y,
                                    const FeatureVector &variance)
{
    if (m_labeled == 0)
        return;
    updateRidge(x, y, -1.0);
    m_labeledMoments.add(x, &y, variance, -1.0);
    m_pool.add(x, nullptr, variance, -1.0);
    --m_labeled;
    ++m_labelChanges;
    ++m_poolChanges;
    maybeRefit();
    ++m_version;
}

void ContinuousLearner::observeUnlabeled(const FeatureVector &x, const FeatureVector &variance)
{
    m_pool.add(x, nullptr, variance, +1.0);
    ++m_samplesSeen;
    ++m_poolChanges;
    maybeRefit();
    ++m_version;
}

void ContinuousLearner::forgetUnlabeled(const FeatureVector &x, const FeatureVector &variance)
{
    if (m_pool.count < static_cast<double>(m_labeled) + 1)
        return;
    m_pool.add(x, nullptr, variance, -1.0);
    ++m_poolChanges;
    maybeRefit();
    ++m_version;
}

void ContinuousLearner::updateRidge(const FeatureVector &x, const TraitVector &y, double sign)
{
    // Sherman-Morrison on P = (X'X + lambda I)^-1 for the rank-one change sign * a a', and the
    // matching recursive-least-squares step on W: exact, O(d^2) per label.
    const DenseMatrix a = learnerAugmented(x);
    const DenseMatrix pa = m_inverse * a; // P is symmetric, so a'P = (Pa)'
    const double denom = 1.0 + sign * (a.transposed() * pa)(0, 0);
    for (int i = 0; i < kDim; ++i)
        for (int j = 0; j < kDim; ++j)
            m_inverse(i, j) -= sign * pa(i, 0) * pa(j, 0) / denom;
    // W' = W + sign * P' a (y - W'a)' with P' the updated inverse (P' a = P a / denom).
    const TraitVector fitted = m_ridge.predict(x);
    for (int i = 0; i < kDim; ++i)
        for (int j = 0; j < kTraits; ++j) {
            const auto uj = static_cast<std::size_t>(j);
            m_ridge.weights(i, j) += sign * pa(i, 0) / denom * (y[uj] - fitted[uj]);
        }
}

void ContinuousLearner::maybeRefit()
{
    if (m_labeled < static_cast<quint64>(kMinFactorLabels)) {
        m_model = TraitFactorModel{};
        return;
    }
    const double labels = static_cast<double>(m_labeled);
    const bool due =
        !m_model.valid || m_labelChanges >= std::max(1.0, kLearnerLabelRefitShare * labels)
        || m_poolChanges >= std::max(kLearnerPoolRefitMin, kLearnerPoolRefitShare * m_pool.count);
    if (!due)
        return;
    FeatureMoments unlabeled;
    unlabeled.count = m_pool.count - m_labeledMoments.count;
    unlabeled.sumX = m_pool.sumX - m_labeledMoments.sumX;
    unlabeled.sumXX = m_pool.sumXX - m_labeledMoments.sumXX;
    unlabeled.sumVar = m_pool.sumVar - m_labeledMoments.sumVar;
    const TraitFactorModel previous = m_model;
    m_model =
        fitTraitFactorModel(m_labeledMoments, unlabeled, previous.valid ? &previous : nullptr);
    if (!m_model.valid && previous.valid) // a failed warm start: try once from scratch
        m_model = fitTraitFactorModel(m_labeledMoments, unlabeled, nullptr);
    m_labelChanges = 0;
    m_poolChanges = 0;
}

namespace {

void learnerWriteMatrix(QDataStream &out, const DenseMatrix &m)
{
    out << qint32(m.rows()) << qint32(m.cols());
    for (double v : m.data())
        out << v;
}

// Reads a matrix of exactly the expected shape, all of it finite.
bool learnerReadMatrix(QDataStream &in, DenseMatrix *m, int rows, int cols)
{
    qint32 r = 0;
    qint32 c = 0;
    in >> r >> c;
    if (in.status() != QDataStream::Ok || r != rows || c != cols)
        return false;
    *m = DenseMatrix(rows, cols);
    for (double &v : m->data()) {
        in >> v;
        if (!std::isfinite(v))
            return false;
    }
    return in.status() == QDataStream::Ok;
}

bool learnerReadMoments(QDataStream &in, FeatureMoments *m)
{
    in >> m->count;
    return in.status() == QDataStream::Ok && std::isfinite(m->count) && m->count >= -0.5
           && learnerReadMatrix(in, &m->sumX, kEventKinds, 1)
           && learnerReadMatrix(in, &m->sumXX, kEventKinds, kEventKinds)
           && learnerReadMatrix(in, &m->sumY, kTraits, 1)
           && learnerReadMatrix(in, &m->sumXY, kEventKinds, kTraits)
           && learnerReadMatrix(in, &m->sumYY, kTraits, kTraits)
           && learnerReadMatrix(in, &m->sumVar, kEventKinds, 1);
}

void learnerWriteMoments(QDataStream &out, const FeatureMoments &m)
{
    out << m.count;
    for (const DenseMatrix *matrix : {&m.sumX, &m.sumXX, &m.sumY, &m.sumXY, &m.sumYY, &m.sumVar})
        learnerWriteMatrix(out, *matrix);
}

//! Format 1 learned its ridge without a prior (shrinking towards 0); format 2 stores it.
bool learnerReadPrior(QDataStream &in, quint32 format, double *prior)
{
    *prior = 0;
    if (format >= 2)
        in >> *prior;
    return in.status() == QDataStream::Ok && std::isfinite(*prior);
}

} // namespace

QByteArray ContinuousLearner::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << kLearnerMagic << kLearnerFormat << quint32(kEventKinds) << quint32(kTraits);
    out << m_lambda << m_version << m_labeled << m_samplesSeen << m_loss << m_lossCount;
    learnerWriteMatrix(out, m_inverse);
    learnerWriteMatrix(out, m_ridge.weights);
    out << m_ridge.prior;
    learnerWriteMoments(out, m_labeledMoments);
    learnerWriteMoments(out, m_pool);
    out << m_labelChanges << m_poolChanges;
    out << m_stackCount;
    for (const TraitVector *errors : {&m_errFF, &m_errRR, &m_errFR})
        for (double e : *errors)
            out << e;
    // The fitted model is state, not cache: refits happen at thresholds and warm-start from
    // it, so a restored learner must continue from the same fit to predict exactly as before.
    out << quint8(m_model.valid ? 1 : 0);
    if (m_model.valid) {
        out << qint32(m_model.iterations);
        for (const DenseMatrix *matrix :
             {&m_model.loadings, &m_model.intercept, &m_model.unique, &m_model.traitMean,
              &m_model.traitCov, &m_model.meanSamplingVar})
            learnerWriteMatrix(out, *matrix);
    }
    return bytes;
}

bool ContinuousLearner::deserialize(QByteArrayView bytes)
{
    const QByteArray copy = bytes.toByteArray();
    QDataStream in(copy);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint32 magic = 0;
    quint32 format = 0;
    quint32 kinds = 0;
    quint32 traits = 0;
    in >> magic >> format >> kinds >> traits;
    if (in.status() != QDataStream::Ok || magic != kLearnerMagic
        || (format != kLearnerFormat && format != 1) || kinds != quint32(kEventKinds)
        || traits != quint32(kTraits))
        return false;

    ContinuousLearner l;
    in >> l.m_lambda >> l.m_version >> l.m_labeled >> l.m_samplesSeen >> l.m_loss >> l.m_lossCount;
    if (in.status() != QDataStream::Ok || !(l.m_lambda > 0) || !std::isfinite(l.m_loss))
        return false;
    if (!learnerReadMatrix(in, &l.m_inverse, kDim, kDim)
        || !learnerReadMatrix(in, &l.m_ridge.weights, kDim, kTraits)
        || !learnerReadPrior(in, format, &l.m_ridge.prior)
        || !learnerReadMoments(in, &l.m_labeledMoments) || !learnerReadMoments(in, &l.m_pool))
        return false;
    quint8 hasModel = 0;
    in >> l.m_labelChanges >> l.m_poolChanges;
    if (format >= 2) {
        in >> l.m_stackCount;
        for (TraitVector *errors : {&l.m_errFF, &l.m_errRR, &l.m_errFR})
            for (double &e : *errors) {
                in >> e;
                if (!std::isfinite(e))
                    return false;
            }
    }
    in >> hasModel;
    if (in.status() != QDataStream::Ok || hasModel > 1 || !std::isfinite(l.m_labelChanges)
        || !std::isfinite(l.m_poolChanges))
        return false;
    if (hasModel) {
        qint32 iterations = 0;
        in >> iterations;
        TraitFactorModel &m = l.m_model;
        m.iterations = iterations;
        if (!learnerReadMatrix(in, &m.loadings, kEventKinds, kTraits)
            || !learnerReadMatrix(in, &m.intercept, kEventKinds, 1)
            || !learnerReadMatrix(in, &m.unique, kEventKinds, 1)
            || !learnerReadMatrix(in, &m.traitMean, kTraits, 1)
            || !learnerReadMatrix(in, &m.traitCov, kTraits, kTraits)
            || !learnerReadMatrix(in, &m.meanSamplingVar, kEventKinds, 1))
            return false;
        m.valid = true;
    }
    if (!in.atEnd())
        return false;
    *this = std::move(l);
    return true;
}

} // namespace nest::analytics
