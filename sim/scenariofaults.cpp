// SPDX-License-Identifier: Apache-2.0
#include "sim/scenariofaults.h"

#include "sim/simclock.h"

#include <algorithm>
#include <cmath>

namespace kedascope::sim {

FaultSchedule::FaultSchedule(std::vector<ScheduledFault> faults, const SimClock &clock, Apply apply)
    : m_faults(std::move(faults)), m_clock(clock), m_apply(std::move(apply))
{
    for (const auto &fault : m_faults)
        m_due.push_back(fault.at);
}

FaultSchedule::~FaultSchedule()
{
    stop();
}

void FaultSchedule::start()
{
    if (m_thread.joinable() || m_faults.empty())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void FaultSchedule::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

double FaultSchedule::fireDue(double t)
{
    double next = -1;
    for (std::size_t i = 0; i < m_faults.size(); ++i) {
        if (m_due[i] < 0)
            continue;
        if (m_due[i] <= t) {
            m_apply(m_faults[i].action);
            const double every = m_faults[i].every;
            // A repeating entry fires once however far the clock moved, then keeps its rhythm.
            m_due[i] = every > 0 ? m_due[i] + every * (std::floor((t - m_due[i]) / every) + 1) : -1;
        }
        if (m_due[i] >= 0 && (next < 0 || m_due[i] < next))
            next = m_due[i];
    }
    return next;
}

void FaultSchedule::loop()
{
    // Woken at least this often, so a late-started or stopped schedule never sleeps long.
    const auto longestWait = std::chrono::steady_clock::duration(std::chrono::milliseconds(250));
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        const double next = fireDue(m_clock.elapsed());
        lock.lock();
        if (next < 0) {
            m_wake.wait(lock, [this] { return m_stopping; });
            break;
        }
        const auto wait = std::clamp(m_clock.realDuration(next - m_clock.elapsed()),
                                     std::chrono::steady_clock::duration::zero(), longestWait);
        m_wake.wait_for(lock, wait, [this] { return m_stopping; });
    }
}

} // namespace kedascope::sim
