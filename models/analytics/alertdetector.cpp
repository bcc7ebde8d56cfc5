#include "alertdetector.h"

#include <algorithm>
#include <cmath>

namespace nest::analytics {

double AlertDetector::deviation() const
{
    // Counts per second are at least Poisson-dispersed (variance = mean); the floor of 1 keeps
    // an idle series (mean 0) from turning a single event into an infinite z-score.
    return std::sqrt(std::max({m_variance, m_mean, 1.0}));
}

void AlertDetector::reset()
{
    m_mean = 0;
    m_variance = 0;
    m_samples = 0;
    m_inExcursion = false;
}

void AlertDetector::update(double value)
{
    // Early on the weight is 1/n, a plain running mean and variance (Welford), so the baseline
    // after the warm-up does not lean on the first sample; later it is the EWMA's alpha.
    // West's incremental form keeps the variance unbiased for a stationary series either way.
    const double weight = std::max(m_config.alpha, 1.0 / double(m_samples + 1));
    const double delta = value - m_mean;
    m_mean += weight * delta;
    m_variance = (1 - weight) * (m_variance + weight * delta * delta);
    ++m_samples;
}

std::optional<AlertDetector::Alert> AlertDetector::observe(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    if (m_samples < m_config.warmupSamples) {
        update(value);
        return std::nullopt;
    }

    const double sd = deviation();
    const double delta = value - m_mean;
    const double z = delta / sd;
    const bool outlier =
        std::abs(z) >= m_config.zThreshold && std::abs(delta) >= m_config.minAbsoluteChange;

    std::optional<Alert> alert;
    if (outlier && !m_inExcursion) {
        Alert a;
        a.direction = delta > 0 ? Direction::Spike : Direction::Drop;
        a.severity = std::abs(z) >= m_config.criticalFactor * m_config.zThreshold
                         ? Severity::Critical
                         : Severity::Warning;
        a.value = value;
        a.expected = m_mean;
        a.z = z;
        alert = a;
        m_inExcursion = true;
    } else if (m_inExcursion && std::abs(z) < m_config.zReset) {
        m_inExcursion = false;
    }

    // Winsorized update: an outlier moves the baseline only as far as the threshold, so one
    // burst neither drags the mean nor inflates the variance (which would blind the detector),
    // while a lasting level shift is still absorbed over a few dozen samples and ends the
    // excursion.
    const double limit = m_config.zThreshold * sd;
    update(m_mean + std::clamp(delta, -limit, limit));
    return alert;
}

} // namespace nest::analytics
