// SPDX-License-Identifier: Apache-2.0
#include "sim/simclock.h"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace kedascope::sim {

SimClock::SimClock(double speed)
    : m_speed(speed > 0 ? speed : 1.0), m_realStart(std::chrono::steady_clock::now()),
      m_simStart(std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count())
{}

double SimClock::elapsed() const
{
    const auto real = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_realStart).count();
    return real * m_speed;
}

double SimClock::now() const
{
    return m_simStart + elapsed();
}

double SimClock::wallTimeOf(double simulatedUnixSeconds) const
{
    return m_simStart + (simulatedUnixSeconds - m_simStart) / m_speed;
}

std::chrono::steady_clock::duration SimClock::realDuration(double simulatedSeconds) const
{
    return std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double>(simulatedSeconds / m_speed));
}

std::string SimClock::rfc3339(double unixSeconds)
{
    const std::time_t seconds = static_cast<std::time_t>(std::floor(unixSeconds));
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

std::string SimClock::nowMicroRfc3339() const
{
    const double t = wallTimeOf(now());
    const std::time_t seconds = static_cast<std::time_t>(std::floor(t));
    const int micros = static_cast<int>((t - std::floor(t)) * 1e6);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[40];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &utc);
    char result[48];
    std::snprintf(result, sizeof result, "%s.%06dZ", buffer, micros);
    return result;
}

} // namespace kedascope::sim
