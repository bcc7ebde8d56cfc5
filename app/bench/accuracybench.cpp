#include "accuracybench.h"

#include "behavioralpersonalitydecoder.h"
#include "behaviorsimulator.h"
#include "behaviortracker.h"
#include "continuouslearner.h"
#include "densematrix.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace nest::analytics;

namespace {

using Estimates = std::vector<TraitVector>;

double pearson(const std::vector<double> &a, const std::vector<double> &b)
{
    const auto n = static_cast<double>(a.size());
    double ma = 0;
    double mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

// r per trait between `estimates` and the truth, over the users in `evaluated`.
TraitVector traitCorrelations(const BehaviorSimulator &sim, const std::vector<int> &evaluated,
                              const Estimates &estimates)
{
    TraitVector r{};
    for (int j = 0; j < kTraits; ++j) {
        const auto uj = static_cast<std::size_t>(j);
        std::vector<double> est;
        std::vector<double> truth;
        for (int u : evaluated) {
            est.push_back(estimates[static_cast<std::size_t>(u)][uj]);
            truth.push_back(sim.trueTraits(u)[uj]);
        }
        r[uj] = pearson(est, truth);
    }
    return r;
}

// The ceiling: knows base_k, M, the idiosyncrasy's spread and the traits' Beta(2, 2) spread, and
// inverts the model per user by weighted least squares with that prior (the posterior mode under
// a Gaussian approximation): each log rate weighted by 1 / (its Poisson variance + eps
// variance). Without the prior term the inversion is unbiased but noisy, and falls below
// plain ridge on the weakly identified traits.
TraitVector oracleEstimate(const BehaviorTracker::UserStats &stats)
{
    const FeatureVector x = BehaviorTracker::features(stats);
    const FeatureVector v = BehaviorTracker::featureVariances(stats);
    DenseMatrix mtwm(kTraits, kTraits);
    DenseMatrix mtwy(kTraits, 1);
    const double eps = BehaviorSimulator::kIdiosyncrasySd * BehaviorSimulator::kIdiosyncrasySd;
    for (int k = 0; k < kEventKinds; ++k) {
        const auto kind = static_cast<EventKind>(k);
        const auto uk = static_cast<std::size_t>(k);
        const double w = 1.0 / (eps + v[uk]);
        const double y = x[uk] - std::log(BehaviorSimulator::baseRate(kind));
        for (int i = 0; i < kTraits; ++i) {
            const double mi = BehaviorSimulator::loading(kind, i);
            mtwy(i, 0) += w * mi * y;
            for (int j = 0; j < kTraits; ++j)
                mtwm(i, j) += w * mi * BehaviorSimulator::loading(kind, j);
        }
    }
    constexpr double traitVariance = 1.0 / 20.0; // Beta(2, 2)
    for (int i = 0; i < kTraits; ++i)
        mtwm(i, i) += 1.0 / traitVariance;
    TraitVector t{};
    const auto inverse = mtwm.inverted();
    if (!inverse)
        return t;
    const DenseMatrix c = *inverse * mtwy;
    for (int j = 0; j < kTraits; ++j)
        t[static_cast<std::size_t>(j)] = 0.5 + c(j, 0);
    return t;
}

struct AccuracyRow {
    TraitVector decoder{};
    TraitVector oracle{};
    TraitVector floor{};
};

AccuracyRow evaluate(const BehaviorSimulator &sim, const BehaviorTracker &tracker,
                     const std::vector<int> &labeled)
{
    const int n = sim.userCount();
    std::vector<bool> isLabeled(static_cast<std::size_t>(n), false);
    for (int u : labeled)
        isLabeled[static_cast<std::size_t>(u)] = true;
    std::vector<BehaviorTracker::UserStats> stats(static_cast<std::size_t>(n));
    for (int u = 0; u < n; ++u) {
        if (const auto *s = tracker.stats(sim.userId(u)))
            stats[static_cast<std::size_t>(u)] = *s;
    }

    ContinuousLearner learner;
    QList<FeatureVector> labelX;
    QList<TraitVector> labelY;
    std::vector<int> evaluated;
    for (int u = 0; u < n; ++u) {
        const auto &s = stats[static_cast<std::size_t>(u)];
        const FeatureVector x = BehaviorTracker::features(s);
        if (isLabeled[static_cast<std::size_t>(u)]) {
            const TraitVector y = sim.questionnaire(u);
            learner.addLabel(x, y, BehaviorTracker::featureVariances(s));
            labelX.append(x);
            labelY.append(y);
        } else {
            learner.observeUnlabeled(x, BehaviorTracker::featureVariances(s));
            evaluated.push_back(u);
        }
    }
    const LinearTraitModel floor = batchRidge(labelX, labelY, learner.lambda());
    const BehavioralPersonalityDecoder decoder;
    Estimates dec(static_cast<std::size_t>(n));
    Estimates ora(static_cast<std::size_t>(n));
    Estimates flo(static_cast<std::size_t>(n));
    for (int u : evaluated) {
        const auto &s = stats[static_cast<std::size_t>(u)];
        dec[static_cast<std::size_t>(u)] = decoder.decode(s, learner).traits;
        ora[static_cast<std::size_t>(u)] = oracleEstimate(s);
        flo[static_cast<std::size_t>(u)] = floor.predict(BehaviorTracker::features(s));
    }
    return {traitCorrelations(sim, evaluated, dec), traitCorrelations(sim, evaluated, ora),
            traitCorrelations(sim, evaluated, flo)};
}

void printRow(int labels, int minutes, const char *method, const TraitVector &r)
{
    std::printf("| %d | %d | %s |", labels, minutes, method);
    for (double v : r)
        std::printf(" %.3f |", v);
    std::printf("\n");
}

} // namespace

int runAccuracyBench(int users, int labeled, quint64 seed)
{
    users = std::max(users, 10);
    labeled = std::clamp(labeled, 2, users - 1);
    BehaviorSimulator::Config config;
    config.users = users;
    config.labeledShare = static_cast<double>(labeled) / users;
    config.seed = seed;
    BehaviorSimulator sim(config);

    std::vector<int> labeledUsers;
    for (int u = 0; u < users; ++u)
        if (sim.isLabeled(u))
            labeledUsers.push_back(u);
    // The smaller run keeps the first half of the same labels: the rest become unlabeled users.
    const std::vector<int> fewerLabels(labeledUsers.begin(),
                                       labeledUsers.begin()
                                           + static_cast<std::ptrdiff_t>(labeledUsers.size() / 2));

    std::vector<QString> userIds(static_cast<std::size_t>(users));
    std::vector<QString> sessionIds(static_cast<std::size_t>(users));
    std::vector<quint32> sessionNumbers(static_cast<std::size_t>(users), 0);
    for (int u = 0; u < users; ++u)
        userIds[static_cast<std::size_t>(u)] = sim.userId(u);
    BehaviorTracker tracker;
    const auto sink = [&](const BehaviorSimulator::SimEvent &e) {
        const auto u = static_cast<std::size_t>(e.user);
        if (sessionNumbers[u] != e.session) {
            sessionNumbers[u] = e.session;
            sessionIds[u] = sim.sessionId(e.user, e.session);
        }
        tracker.record(userIds[u], sessionIds[u], e.kind, e.tsMs);
    };

    std::printf("accuracy: %d simulated users, seed %llu; Pearson r (estimate vs truth) over the "
                "unlabeled users\n\n",
                users, static_cast<unsigned long long>(seed));
    std::printf("| labels | active min | method | O | C | E | A | N |\n"
                "|---|---|---|---|---|---|---|---|\n");
    std::vector<AccuracyRow> results;
    QElapsedTimer timer;
    timer.start();
    quint64 events = 0;
    for (const int minutes : {60, 240}) {
        events += sim.runUntilActiveMinutes(minutes, sink);
        for (const std::vector<int> *set :
             std::array<const std::vector<int> *, 2>{&labeledUsers, &fewerLabels}) {
            const AccuracyRow row = evaluate(sim, tracker, *set);
            const int labels = static_cast<int>(set->size());
            printRow(labels, minutes, "oracle (knows M, base_k)", row.oracle);
            printRow(labels, minutes, "**decoder**", row.decoder);
            printRow(labels, minutes, "floor (plain ridge)", row.floor);
            double worstGap = -1;
            double worstMargin = 1;
            for (int j = 0; j < kTraits; ++j) {
                const auto uj = static_cast<std::size_t>(j);
                worstGap = std::max(worstGap, row.oracle[uj] - row.decoder[uj]);
                worstMargin = std::min(worstMargin, row.decoder[uj] - row.floor[uj]);
            }
            std::printf("| %d | %d | decoder vs oracle, worst trait | %+.3f | | | | |\n", labels,
                        minutes, -worstGap);
            std::printf("| %d | %d | decoder vs floor, worst trait | %+.3f | | | | |\n", labels,
                        minutes, worstMargin);
            std::fflush(stdout);
        }
    }
    std::printf("\n%llu events simulated and tracked, %.1f s in all\n",
                static_cast<unsigned long long>(events),
                static_cast<double>(timer.elapsed()) / 1000.0);
    return 0;
}
