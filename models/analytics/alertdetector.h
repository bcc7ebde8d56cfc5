#pragma once

#include <optional>

namespace nest::analytics {

//! Watches one event-rate series (one sample per second) and flags a spike or a drop once per
//! excursion: an EWMA of the rate and of its variance, a z-score threshold, a warm-up and a
//! minimum absolute change, so that steady Poisson traffic stays quiet.
class AlertDetector {
public:
    struct Config {
        double alpha = 0.05;          //!< weight of a new sample (about 20 s of memory)
        double zThreshold = 6.0;      //!< fire beyond this many standard deviations...
        double minAbsoluteChange = 5; //!< ...and only when the rate moved at least this much
        double zReset = 2.0;          //!< an excursion ends once a sample is back within this
        int warmupSamples = 30;       //!< no verdict before the baseline has seen this many
        double criticalFactor = 2.0;  //!< |z| beyond factor * zThreshold is critical
    };

    enum class Direction { Spike, Drop };
    enum class Severity { Warning, Critical };

    struct Alert {
        Direction direction = Direction::Spike;
        Severity severity = Severity::Warning;
        double value = 0;    //!< the sample that fired
        double expected = 0; //!< the baseline it was compared with
        double z = 0;
    };

    AlertDetector()
        : AlertDetector(Config{})
    {}
    explicit AlertDetector(Config config)
        : m_config(config)
    {}

    //! Feeds the next sample; returns an alert when this sample starts an excursion.
    std::optional<Alert> observe(double value);
    void reset();

    double expected() const { return m_mean; }
    //! The spread a sample is judged against: the EWMA deviation, at least Poisson's.
    double deviation() const;
    int samples() const { return m_samples; }
    bool inExcursion() const { return m_inExcursion; }
    const Config &config() const { return m_config; }
    //! A new threshold applies from the next sample on; the baseline is kept.
    void setZThreshold(double z) { m_config.zThreshold = z; }

private:
    void update(double value);

    Config m_config;
    double m_mean = 0;
    double m_variance = 0;
    int m_samples = 0;
    bool m_inExcursion = false;
};

} // namespace nest::analytics
