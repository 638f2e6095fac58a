// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <optional>
#include <string>
#include <vector>

namespace kedascope::k8s::keda {

// The metric the HPA sees with scalingModifiers (KEDA's CompositeMetricName).
inline constexpr const char *compositeMetricName = "composite-metric";

bool isResourceTrigger(const std::string &triggerType); // cpu, memory

// KEDA's kedautil.NormalizeString: / . : % ( ) become '-'.
std::string normalizeMetricName(std::string name);

// The external metric name KEDA gives trigger `index` ("s0-rabbitmq-orders", "s1-prometheus"), from the
// trigger's `type` and `metadata` (a ScaledObject's spec.triggers[index]). std::nullopt for cpu/memory
// (Resource metrics) and for trigger types this table does not know.
std::optional<std::string> externalMetricName(const json::Value &trigger, int index);

// The metric names of a whole ScaledObject, as KEDA lists them in its status and in the HPA it creates.
struct ScaledObjectMetricNames
{
    std::vector<std::string> external; // status.externalMetricNames ("s0-rabbitmq-orders", ...)
    std::vector<std::string> resource; // status.resourceMetricNames ("cpu", "memory")
    std::vector<std::string> hpa; // the HPA's metrics: composite-metric with scalingModifiers, then resources
};
ScaledObjectMetricNames scaledObjectMetricNames(const json::Value &scaledObject);

// Which metadata keys hold a trigger type's scaling target and activation threshold, per KEDA's scaler
// docs (keda-docs content/docs/2.20/scalers/<type>.md).
struct TriggerTargetKeys
{
    std::string target;       // "value", "lagThreshold", ...
    std::string legacyTarget; // an older spelling still read (rabbitmq queueLength), or empty
    std::string activation;   // "activationValue", ...; empty when the type has no activation threshold
    std::optional<double> defaultTarget;
};
std::optional<TriggerTargetKeys> triggerTargetKeys(const std::string &triggerType);

} // namespace kedascope::k8s::keda
