// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/faultactions.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace kedascope::sim {

class SimClock;

// A scenario's `faults:` entry: `action` at `at` simulated seconds since the clock started, and
// again every `every` seconds when that is above zero.
struct ScheduledFault
{
    double at = 0;
    double every = 0;
    FaultAction action;
};

// Fires scheduled faults on the sim clock, on a thread of its own between start() and stop().
class FaultSchedule
{
public:
    using Apply = std::function<void(const FaultAction &)>;
    FaultSchedule(std::vector<ScheduledFault> faults, const SimClock &clock, Apply apply);
    ~FaultSchedule();
    FaultSchedule(const FaultSchedule &) = delete;
    FaultSchedule &operator=(const FaultSchedule &) = delete;

    void start();
    void stop();

private:
    void loop();
    // Fires what is due at `t`; returns the simulated time of the next entry, negative when none.
    double fireDue(double t);

    std::vector<ScheduledFault> m_faults;
    std::vector<double> m_due; // per entry; negative once a one-shot entry fired
    const SimClock &m_clock;
    Apply m_apply;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

} // namespace kedascope::sim
