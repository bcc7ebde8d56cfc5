#pragma once

#include <QtGlobal>

#include <functional>

namespace nest::server {

//! Tunables of the market; tests inject a clock and run the settle pass themselves.
struct MarketOptions {
    //! Milliseconds since the epoch; nowMs() when empty.
    std::function<qint64()> now;
    //! Settle auctions and expire offers on time by themselves (a timer set to the next
    //! deadline); tests that drive the clock turn it off and call settle().
    bool autoSettle = true;
    //! The timer never sleeps longer than this, so a changed clock is noticed.
    int maxSettleDelayMs = 30'000;
};

} // namespace nest::server
