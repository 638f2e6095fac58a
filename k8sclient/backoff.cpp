// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/backoff.h"

#include "k8sclient/apiclient.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace kedascope::k8s {

namespace {

std::chrono::milliseconds jittered(std::chrono::milliseconds base, std::minstd_rand &random)
{
    // between 75% and 125% of the base, so that many clients do not retry in lockstep
    std::uniform_real_distribution<double> factor(0.75, 1.25);
    return std::chrono::milliseconds(
        static_cast<long long>(static_cast<double>(base.count()) * factor(random)));
}

} // namespace

Backoff::Backoff(std::chrono::milliseconds min, std::chrono::milliseconds max,
                 std::chrono::milliseconds resetAfter)
    : m_min(min), m_max(std::max(min, max)), m_resetAfter(resetAfter), m_random(std::random_device{}())
{}

std::chrono::milliseconds Backoff::next()
{
    if (m_healthySince && Clock::now() - *m_healthySince >= m_resetAfter)
        m_current = std::chrono::milliseconds(0);
    m_healthySince.reset();
    m_current = m_current.count() == 0 ? m_min : std::min(m_current * 2, m_max);
    return std::min(jittered(m_current, m_random), m_max);
}

void Backoff::healthy()
{
    if (!m_healthySince)
        m_healthySince = Clock::now();
}

void Backoff::reset()
{
    m_current = std::chrono::milliseconds(0);
    m_healthySince.reset();
}

std::chrono::milliseconds retryDelay(int attempt)
{
    thread_local std::minstd_rand random(std::random_device{}());
    const auto base = std::chrono::milliseconds(200) * (1LL << std::min(attempt, 5));
    return std::min(jittered(base, random), std::chrono::milliseconds(5000));
}

bool sleepUnlessCancelled(std::chrono::milliseconds delay, const CancelToken *cancel)
{
    if (!cancel) {
        std::this_thread::sleep_for(delay);
        return true;
    }
    struct Wake
    {
        std::mutex mutex;
        std::condition_variable condition;
        bool cancelled = false;
    };
    auto wake = std::make_shared<Wake>();
    const int id = cancel->onCancel([wake] {
        std::lock_guard lock(wake->mutex);
        wake->cancelled = true;
        wake->condition.notify_all();
    });
    bool cancelled = false;
    {
        std::unique_lock lock(wake->mutex);
        cancelled = wake->condition.wait_for(lock, delay, [&] { return wake->cancelled; });
    }
    cancel->removeCallback(id);
    return !cancelled;
}

} // namespace kedascope::k8s
