#include "behavioralpersonalitydecoder.h"

#include <algorithm>
#include <cmath>

namespace nest::analytics {

BehavioralPersonalityDecoder::Estimate
BehavioralPersonalityDecoder::decode(const BehaviorTracker::UserStats &stats,
                                     const ContinuousLearner &learner) const
{
    Estimate e;
    if (learner.labeledSamples() == 0) {
        e.traits.fill(0.5);
        return e;
    }
    const TraitVector raw =
        learner.predict(BehaviorTracker::features(stats), BehaviorTracker::featureVariances(stats));
    for (std::size_t j = 0; j < raw.size(); ++j)
        e.traits[j] = std::isfinite(raw[j]) ? std::clamp(raw[j], 0.0, 1.0) : 0.5;
    e.confidence = confidence(BehaviorTracker::activeMinutes(stats), learner.labeledSamples());
    return e;
}

double BehavioralPersonalityDecoder::confidence(double activeMinutes, quint64 labels)
{
    const double t = std::max(activeMinutes, 0.0);
    const double l = static_cast<double>(labels);
    return t / (t + kHalfConfidenceMinutes) * l / (l + kHalfConfidenceLabels);
}

} // namespace nest::analytics
