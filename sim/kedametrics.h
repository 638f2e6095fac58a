// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace kedascope::sim {

// What the modelled KEDA operator knows about its scalers, written by the controller each
// polling interval and read by the external metrics API and the operator's Prometheus endpoint.
// Thread-safe.
class KedaMetrics
{
public:
    struct ScalerKey
    {
        std::string ns;
        std::string scaledObject; // also ScaledJob names, as KEDA's `scaledObject` label
        bool isScaledJob = false;
        int triggerIndex = 0;
        std::string scaler;     // trigger type, e.g. rabbitmq
        std::string metricName; // e.g. s0-rabbitmq-orders
        bool operator<(const ScalerKey &o) const;
    };
    struct ScalerSample
    {
        double value = 0;          // keda_scaler_metrics_value
        double latencySeconds = 0; // keda_scaler_metrics_latency_seconds
        bool active = false;       // keda_scaler_active
        bool failing = false;      // the last read errored (value is then not served)
    };

    void setSample(const ScalerKey &key, const ScalerSample &sample);
    void countScalerError(const ScalerKey &key);            // keda_scaler_detail_errors_total
    void countObjectError(const std::string &ns, const std::string &name, bool isScaledJob);
    void setPaused(const std::string &ns, const std::string &scaledObject, bool paused);
    void setScaleLoopLatency(const std::string &ns, const std::string &name, bool isScaledJob, double seconds);
    void setRegistered(const std::string &ns, const std::string &kind, int count); // resource_registered_total
    void forget(const std::string &ns, const std::string &name); // the object was deleted

    // For the external metrics API: the value the HPA would read, nullopt when unknown or failing.
    std::optional<double> currentValue(const std::string &ns, const std::string &scaledObject,
                                       const std::string &metricName) const;

    struct Snapshot
    {
        std::map<ScalerKey, ScalerSample> samples;
        std::map<ScalerKey, double> scalerErrors;
        std::map<std::pair<std::string, std::string>, double> scaledObjectErrors; // (ns, name)
        std::map<std::pair<std::string, std::string>, double> scaledJobErrors;
        std::map<std::pair<std::string, std::string>, bool> paused;
        std::map<std::tuple<std::string, std::string, bool>, double> loopLatency; // (ns, name, isJob)
        std::map<std::pair<std::string, std::string>, int> registered;           // (ns, kind)
    };
    Snapshot snapshot() const;

private:
    mutable std::mutex m_mutex;
    Snapshot m_state;
};

} // namespace kedascope::sim
