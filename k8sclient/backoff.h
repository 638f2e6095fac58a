// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>
#include <random>

namespace kedascope::k8s {

class CancelToken;

// Jittered exponential backoff (kube-rs' default: about 0.8 s doubling to 30 s) that starts over
// once things have gone well for `resetAfter`.
class Backoff
{
public:
    using Clock = std::chrono::steady_clock;

    Backoff(std::chrono::milliseconds min, std::chrono::milliseconds max,
            std::chrono::milliseconds resetAfter = std::chrono::minutes(2));

    // The delay before the next attempt.
    std::chrono::milliseconds next();
    // A healthy period begins (e.g. a watch is established); next() starts over when it lasted long enough.
    void healthy();
    void reset();

private:
    std::chrono::milliseconds m_min;
    std::chrono::milliseconds m_max;
    std::chrono::milliseconds m_resetAfter;
    std::chrono::milliseconds m_current{0};
    std::optional<Clock::time_point> m_healthySince;
    std::minstd_rand m_random;
};

// The delay before retry `attempt` (0-based) of a single request: 200 ms doubling, jittered, at most 5 s.
std::chrono::milliseconds retryDelay(int attempt);

// Sleeps `delay` unless `cancel` fires first; returns false when cancelled.
bool sleepUnlessCancelled(std::chrono::milliseconds delay, const CancelToken *cancel);

} // namespace kedascope::k8s
