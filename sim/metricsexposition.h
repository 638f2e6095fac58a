// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <prometheus/collectable.h>
#include <prometheus/metric_family.h>

#include <string>
#include <vector>

namespace kedascope::sim {

class KedaMetrics;

// The KEDA operator's Prometheus families (names, types and labels as KEDA exports them), built from
// KedaMetrics at every scrape so that deleted objects leave no stale series behind.
class KedaMetricsCollectable : public prometheus::Collectable
{
public:
    explicit KedaMetricsCollectable(const KedaMetrics &metrics) : m_metrics(metrics) {}
    std::vector<prometheus::MetricFamily> Collect() const override;

private:
    const KedaMetrics &m_metrics;
};

// The same families in Prometheus' text format (version 0.0.4), as served on /metrics.
std::string operatorMetricsText(const KedaMetrics &metrics);
inline constexpr const char *kPrometheusTextContentType = "text/plain; version=0.0.4; charset=utf-8";

} // namespace kedascope::sim
