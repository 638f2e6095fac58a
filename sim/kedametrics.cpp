// SPDX-License-Identifier: Apache-2.0
#include "sim/kedametrics.h"

namespace kedascope::sim {

bool KedaMetrics::ScalerKey::operator<(const ScalerKey &o) const
{
    return std::tie(ns, scaledObject, isScaledJob, triggerIndex, scaler, metricName) <
           std::tie(o.ns, o.scaledObject, o.isScaledJob, o.triggerIndex, o.scaler, o.metricName);
}

void KedaMetrics::setSample(const ScalerKey &key, const ScalerSample &sample)
{
    std::lock_guard lock(m_mutex);
    m_state.samples[key] = sample;
}

void KedaMetrics::countScalerError(const ScalerKey &key)
{
    std::lock_guard lock(m_mutex);
    m_state.scalerErrors[key] += 1;
}

void KedaMetrics::countObjectError(const std::string &ns, const std::string &name, bool isScaledJob)
{
    std::lock_guard lock(m_mutex);
    (isScaledJob ? m_state.scaledJobErrors : m_state.scaledObjectErrors)[{ns, name}] += 1;
}

void KedaMetrics::setPaused(const std::string &ns, const std::string &scaledObject, bool paused)
{
    std::lock_guard lock(m_mutex);
    m_state.paused[{ns, scaledObject}] = paused;
}

void KedaMetrics::setScaleLoopLatency(const std::string &ns, const std::string &name, bool isScaledJob,
                                      double seconds)
{
    std::lock_guard lock(m_mutex);
    m_state.loopLatency[{ns, name, isScaledJob}] = seconds;
}

void KedaMetrics::setRegistered(const std::string &ns, const std::string &kind, int count)
{
    std::lock_guard lock(m_mutex);
    m_state.registered[{ns, kind}] = count;
}

void KedaMetrics::forget(const std::string &ns, const std::string &name)
{
    std::lock_guard lock(m_mutex);
    auto matchesKey = [&](const ScalerKey &k) { return k.ns == ns && k.scaledObject == name; };
    for (auto it = m_state.samples.begin(); it != m_state.samples.end();)
        it = matchesKey(it->first) ? m_state.samples.erase(it) : std::next(it);
    for (auto it = m_state.scalerErrors.begin(); it != m_state.scalerErrors.end();)
        it = matchesKey(it->first) ? m_state.scalerErrors.erase(it) : std::next(it);
    m_state.scaledObjectErrors.erase({ns, name});
    m_state.scaledJobErrors.erase({ns, name});
    m_state.paused.erase({ns, name});
    m_state.loopLatency.erase({ns, name, false});
    m_state.loopLatency.erase({ns, name, true});
}

std::optional<double> KedaMetrics::currentValue(const std::string &ns, const std::string &scaledObject,
                                                const std::string &metricName) const
{
    std::lock_guard lock(m_mutex);
    for (const auto &[key, sample] : m_state.samples) {
        if (key.ns == ns && key.scaledObject == scaledObject && !key.isScaledJob &&
            key.metricName == metricName)
            return sample.failing ? std::nullopt : std::optional<double>(sample.value);
    }
    return std::nullopt;
}

KedaMetrics::Snapshot KedaMetrics::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

} // namespace kedascope::sim
