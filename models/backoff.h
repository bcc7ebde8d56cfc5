#pragma once

#include <QtGlobal>

#include <algorithm>
#include <array>

namespace nest {

//! The one retry schedule of the app: HTTP retries and stream reconnects both use it.
//! Exponential caps with "full jitter" (a uniform draw in [0, cap]), so that many clients
//! losing the same server do not come back in lockstep.
namespace backoff {

inline constexpr std::array<int, 8> kCapsMs{500,   1'000,  2'000,  4'000,
                                            8'000, 15'000, 30'000, 60'000};

//! The cap for the `attempt`-th retry (0-based); attempts past the table stay at the last cap.
constexpr int capMs(int attempt)
{
    return kCapsMs[size_t(std::clamp(attempt, 0, int(kCapsMs.size()) - 1))];
}

//! The delay before retry `attempt`, given a uniform `unit` in [0, 1).
constexpr int delayMs(int attempt, double unit)
{
    return int(double(capMs(attempt)) * std::clamp(unit, 0.0, 1.0));
}

} // namespace backoff
} // namespace nest
