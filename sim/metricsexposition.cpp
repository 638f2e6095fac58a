// SPDX-License-Identifier: Apache-2.0
#include "sim/metricsexposition.h"

#include "sim/kedametrics.h"

#include <prometheus/text_serializer.h>

#include <map>
#include <set>
#include <sstream>

namespace kedascope::sim {

namespace {

using prometheus::ClientMetric;
using prometheus::MetricFamily;
using prometheus::MetricType;

constexpr const char *kKedaVersion = "2.17.0";

MetricFamily family(const char *name, const char *help, MetricType type)
{
    MetricFamily f;
    f.name = name;
    f.help = help;
    f.type = type;
    return f;
}

void add(MetricFamily &f, std::vector<ClientMetric::Label> labels, double value)
{
    ClientMetric m;
    m.label = std::move(labels);
    if (f.type == MetricType::Counter)
        m.counter.value = value;
    else
        m.gauge.value = value;
    f.metric.push_back(std::move(m));
}

const char *resourceType(bool isScaledJob)
{
    return isScaledJob ? "scaledjob" : "scaledobject";
}

std::vector<ClientMetric::Label> scalerLabels(const KedaMetrics::ScalerKey &k)
{
    return {{"namespace", k.ns},
            {"metric", k.metricName},
            {"scaledObject", k.scaledObject},
            {"scaler", k.scaler},
            {"triggerIndex", std::to_string(k.triggerIndex)},
            {"type", resourceType(k.isScaledJob)}};
}

} // namespace

std::vector<MetricFamily> KedaMetricsCollectable::Collect() const
{
    const KedaMetrics::Snapshot s = m_metrics.snapshot();

    auto buildInfo = family("keda_build_info",
                            "Info metric, with static information about KEDA build like: "
                            "version, git commit and Golang runtime info.",
                            MetricType::Gauge);
    add(buildInfo,
        {{"git_commit", "kedascope-sim"},
         {"goarch", "amd64"},
         {"goos", "linux"},
         {"goversion", "go1.23.4"},
         {"version", kKedaVersion}},
        1);

    auto value =
        family("keda_scaler_metrics_value",
               "The current value for each scaler's metric that would be used by the HPA in computing "
               "the target average.",
               MetricType::Gauge);
    auto latency =
        family("keda_scaler_metrics_latency_seconds",
               "The latency of retrieving current metric from each scaler, in seconds.", MetricType::Gauge);
    auto active = family("keda_scaler_active", "Indicates whether a scaler is active (1), or not (0).",
                         MetricType::Gauge);
    std::map<std::string, std::set<std::tuple<std::string, std::string, bool, int>>> triggersByType;
    for (const auto &[key, sample] : s.samples) {
        if (!sample.failing)
            add(value, scalerLabels(key), sample.value);
        add(latency, scalerLabels(key), sample.latencySeconds);
        add(active, scalerLabels(key), sample.active ? 1 : 0);
        triggersByType[key.scaler].insert({key.ns, key.scaledObject, key.isScaledJob, key.triggerIndex});
    }

    auto scalerErrors =
        family("keda_scaler_detail_errors_total", "The total number of errors encountered for each scaler.",
               MetricType::Counter);
    for (const auto &[key, count] : s.scalerErrors)
        add(scalerErrors, scalerLabels(key), count);

    auto emptyResponses =
        family("keda_scaler_empty_upstream_responses_total",
               "The number of times a scaler returned an empty response from its upstream source.",
               MetricType::Counter);

    auto paused = family("keda_scaled_object_paused",
                         "Indicates whether a ScaledObject is paused (1), or not (0).", MetricType::Gauge);
    for (const auto &[key, isPaused] : s.paused)
        add(paused, {{"namespace", key.first}, {"scaledObject", key.second}}, isPaused ? 1 : 0);

    auto objectErrors =
        family("keda_scaled_object_errors_total",
               "The number of errors that have occurred for each ScaledObject.", MetricType::Counter);
    for (const auto &[key, count] : s.scaledObjectErrors)
        add(objectErrors, {{"namespace", key.first}, {"scaledObject", key.second}}, count);

    auto jobErrors =
        family("keda_scaled_job_errors_total", "The number of errors that have occurred for each ScaledJob.",
               MetricType::Counter);
    for (const auto &[key, count] : s.scaledJobErrors)
        add(jobErrors, {{"namespace", key.first}, {"scaledJob", key.second}}, count);

    auto triggers = family("keda_trigger_registered_total",
                           "Total number of triggers per trigger type registered.", MetricType::Gauge);
    for (const auto &[type, set] : triggersByType)
        add(triggers, {{"type", type}}, static_cast<double>(set.size()));

    auto resources =
        family("keda_resource_registered_total",
               "Total number of KEDA custom resources per namespace for each custom resource type "
               "(CRD) registered.",
               MetricType::Gauge);
    for (const auto &[key, count] : s.registered)
        add(resources, {{"namespace", key.first}, {"type", key.second}}, count);

    auto loop = family("keda_internal_scale_loop_latency_seconds",
                       "Total deviation (in seconds) between the expected execution time and the actual "
                       "execution time for the scaling loop.",
                       MetricType::Gauge);
    for (const auto &[key, seconds] : s.loopLatency)
        add(loop,
            {{"namespace", std::get<0>(key)},
             {"resource", std::get<1>(key)},
             {"type", resourceType(std::get<2>(key))}},
            seconds);

    return {std::move(buildInfo),    std::move(value),          std::move(latency),   std::move(active),
            std::move(scalerErrors), std::move(emptyResponses), std::move(paused),    std::move(objectErrors),
            std::move(jobErrors),    std::move(triggers),       std::move(resources), std::move(loop)};
}

std::string operatorMetricsText(const KedaMetrics &metrics)
{
    std::ostringstream out;
    prometheus::TextSerializer().Serialize(out, KedaMetricsCollectable(metrics).Collect());
    return out.str();
}

} // namespace kedascope::sim
