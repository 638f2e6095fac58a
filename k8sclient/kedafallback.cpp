// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedafallback.h"

#include <algorithm>

namespace kedascope::k8s::keda {

int fallbackReplicas(const FallbackSpec &fallback, int currentReplicas)
{
    if (fallback.behavior == "currentReplicas")
        return currentReplicas;
    if (fallback.behavior == "currentReplicasIfHigher")
        return std::max(currentReplicas, fallback.replicas);
    if (fallback.behavior == "currentReplicasIfLower")
        return std::min(currentReplicas, fallback.replicas);
    return fallback.replicas;
}

double fallbackMetricValue(bool averageValue, double target, int replicas, int readyReplicas)
{
    if (averageValue)
        return target * replicas;
    return target * replicas / std::max(readyReplicas, 1);
}

} // namespace kedascope::k8s::keda
