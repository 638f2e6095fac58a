// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/httptypes.h"

#include <optional>
#include <string>

namespace kedascope::sim {

class ObjectStore;
class KedaMetrics;

// A value in Kubernetes' canonical quantity form, as KEDA builds it (milli precision, decimal SI):
// 42 → "42", 1.5 → "1500m", 2000 → "2k".
std::string milliQuantity(double value);

// external.metrics.k8s.io/v1beta1 as KEDA's metrics apiserver serves it: discovery, and the
// current value of one ScaledObject's metric, selected by `scaledobject.keda.sh/name`.
class ExternalMetricsApi
{
public:
    ExternalMetricsApi(const ObjectStore &store, const KedaMetrics &metrics)
        : m_store(store), m_metrics(metrics)
    {}
    // nullopt when the request is not for this API group.
    std::optional<ApiResponse> handle(const ApiRequest &request) const;

    static constexpr const char *kGroupVersion = "external.metrics.k8s.io/v1beta1";

private:
    ApiResponse metricValue(const std::string &ns, const std::string &metric,
                            const ApiRequest &request) const;
    std::optional<double> seededValue(const std::string &ns, const std::string &scaledObject,
                                      const std::string &metric) const;

    const ObjectStore &m_store;
    const KedaMetrics &m_metrics;
};

} // namespace kedascope::sim
