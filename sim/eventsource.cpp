// SPDX-License-Identifier: Apache-2.0
#include "sim/eventsource.h"

#include <algorithm>
#include <cmath>

namespace kedascope::sim {

namespace {
constexpr double kPi = 3.14159265358979323846;

double burstsUpTo(double t, double start, double every)
{
    if (t < start)
        return 0;
    if (every <= 0)
        return 1;
    return std::floor((t - start) / every) + 1;
}
} // namespace

bool FailureWindow::covers(double t) const
{
    if (t < start || duration <= 0)
        return false;
    const double into = every > 0 ? std::fmod(t - start, every) : t - start;
    return into < duration;
}

EventSource::EventSource(EventSourceSpec spec) : m_spec(std::move(spec))
{
    m_value = m_spec.queue ? m_spec.initial : shapeAt(0);
}

double EventSource::shapeAt(double t) const
{
    switch (m_spec.shape) {
    case EventSourceSpec::Shape::Constant:
        return m_spec.value;
    case EventSourceSpec::Shape::Ramp:
        if (m_spec.duration <= 0 || t >= m_spec.duration)
            return m_spec.to;
        return m_spec.from + (m_spec.to - m_spec.from) * (t / m_spec.duration);
    case EventSourceSpec::Shape::Sine:
        return std::max(0.0, m_spec.base +
                                 m_spec.amplitude * std::sin(2 * kPi * t / std::max(1.0, m_spec.period)));
    case EventSourceSpec::Shape::Bursts: {
        if (t < m_spec.start)
            return m_spec.base;
        const double into = m_spec.every > 0 ? std::fmod(t - m_spec.start, m_spec.every) : t - m_spec.start;
        return into < m_spec.width ? m_spec.size : m_spec.base;
    }
    case EventSourceSpec::Shape::Csv: {
        const auto &p = m_spec.points;
        if (p.empty())
            return 0;
        const double last = p.back().first;
        if (m_spec.loop && last > 0 && t > last)
            t = std::fmod(t, last);
        if (t <= p.front().first)
            return p.front().second;
        for (std::size_t i = 1; i < p.size(); ++i) {
            if (t <= p[i].first) {
                const double span = p[i].first - p[i - 1].first;
                const double f = span > 0 ? (t - p[i - 1].first) / span : 1;
                return p[i - 1].second + (p[i].second - p[i - 1].second) * f;
            }
        }
        return p.back().second;
    }
    }
    return 0;
}

double EventSource::arrivalsBetween(double from, double to) const
{
    if (m_spec.shape == EventSourceSpec::Shape::Bursts)
        return m_spec.size * (burstsUpTo(to, m_spec.start, m_spec.every) -
                              burstsUpTo(from, m_spec.start, m_spec.every)) +
               m_spec.base * (to - from);
    return 0.5 * (shapeAt(from) + shapeAt(to)) * (to - from); // rate in messages per second
}

void EventSource::advance(double t, int readyConsumers)
{
    if (t <= m_time)
        return;
    if (m_spec.queue) {
        // Small steps keep bursts and draining in their real order.
        const double stepSeconds = 1.0;
        double at = m_time;
        while (at < t) {
            const double next = std::min(t, at + stepSeconds);
            const double drained = m_spec.drainPerReplica * std::max(0, readyConsumers) * (next - at);
            m_value = std::max(0.0, m_value + arrivalsBetween(at, next) - drained);
            at = next;
        }
    } else {
        m_value = shapeAt(t);
    }
    m_time = t;
}

void EventSource::take(double messages)
{
    if (m_spec.queue)
        m_value = std::max(0.0, m_value - messages);
}

bool EventSource::failing(double t) const
{
    return std::any_of(m_spec.failures.begin(), m_spec.failures.end(),
                       [t](const FailureWindow &w) { return w.covers(t); });
}

std::string EventSource::errorMessage() const
{
    if (!m_spec.error.empty())
        return m_spec.error;
    return "error getting metric for source " + m_spec.name +
           ": dial tcp 10.96.0.42:443: connect: connection refused";
}

} // namespace kedascope::sim
