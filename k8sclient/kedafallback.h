// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace kedascope::k8s::keda {

// spec.fallback of a ScaledObject.
struct FallbackSpec
{
    int failureThreshold = 0;
    int replicas = 0;
    std::string behavior =
        "static"; // currentReplicas, currentReplicasIfHigher, currentReplicasIfLower, scalingModifiers
};

// The replica count fallback aims at, per `behavior` (keda-docs reference/scaledobject-spec.md#fallback).
int fallbackReplicas(const FallbackSpec &fallback, int currentReplicas);

// The metric value KEDA reports for a trigger in fallback so that the HPA lands on `replicas`:
// target × replicas for AverageValue, target × replicas / readyReplicas for Value.
double fallbackMetricValue(bool averageValue, double target, int replicas, int readyReplicas);

} // namespace kedascope::k8s::keda
