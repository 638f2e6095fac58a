// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <string>

namespace kedascope::sim {

// The demo cluster's time: starts at the wall clock and runs `speed` times faster, so every
// duration in objects and scenarios (polling intervals, cooldowns, bursts) follows --speed.
class SimClock
{
public:
    explicit SimClock(double speed = 1.0);

    double speed() const { return m_speed; }
    double now() const;     // simulated Unix time, seconds
    double elapsed() const; // simulated seconds since the clock started
    long long nowSeconds() const { return static_cast<long long>(now()); }
    // Timestamps written into objects are wall-clock times (the API server stamps creationTimestamp
    // with the wall clock, clients compute ages with it): when the simulated instant happened.
    double wallTimeOf(double simulatedUnixSeconds) const;
    std::string nowRfc3339() const { return rfc3339(wallTimeOf(now())); }
    std::string nowMicroRfc3339() const; // RFC 3339 with microseconds, as events' eventTime
    // How long `simulatedSeconds` last on the wall clock.
    std::chrono::steady_clock::duration realDuration(double simulatedSeconds) const;

    static std::string rfc3339(double unixSeconds);

private:
    double m_speed;
    std::chrono::steady_clock::time_point m_realStart;
    double m_simStart;
};

} // namespace kedascope::sim
