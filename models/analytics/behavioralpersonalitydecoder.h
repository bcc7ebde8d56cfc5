#pragma once

#include "behaviortracker.h"
#include "continuouslearner.h"
#include "traits.h"

namespace nest::analytics {

//! Turns one user's tracked behavior into Big Five estimates in [0, 1] with a confidence, using
//! whatever the ContinuousLearner has learned so far.
class BehavioralPersonalityDecoder {
public:
    struct Estimate {
        TraitVector traits{};
        double confidence = 0;
    };

    //! Active minutes at which the time factor of the confidence reaches 1/2.
    static constexpr double kHalfConfidenceMinutes = 30.0;
    //! Labels at which the model factor of the confidence reaches 1/2.
    static constexpr double kHalfConfidenceLabels = 10.0;

    //! Traits are the learner's prediction on the user's log-rate features, clipped to [0, 1].
    //! confidence = T / (T + 30) * L / (L + 10), T the active minutes, L the labels learned:
    //! the sampling noise of a log rate falls like 1/T, so after about 30 minutes it stops
    //! dominating the per-user idiosyncrasy; the second factor discounts a model fitted on a
    //! handful of labels. It is in [0, 1) and grows with observed time. With no label yet the
    //! estimate is a neutral 0.5 on every trait with confidence 0.
    Estimate decode(const BehaviorTracker::UserStats &stats,
                    const ContinuousLearner &learner) const;
    static double confidence(double activeMinutes, quint64 labels);
};

} // namespace nest::analytics
