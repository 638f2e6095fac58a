// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <optional>
#include <string>

namespace kedascope::k8s::keda {

inline constexpr const char *pausedReplicasAnnotation = "autoscaling.keda.sh/paused-replicas";
inline constexpr const char *pausedAnnotation = "autoscaling.keda.sh/paused";
inline constexpr const char *pausedScaleInAnnotation = "autoscaling.keda.sh/paused-scale-in";
inline constexpr const char *pausedScaleOutAnnotation = "autoscaling.keda.sh/paused-scale-out";
inline constexpr const char *forceActivationAnnotation = "autoscaling.keda.sh/force-activation";

// What a ScaledObject's annotations say about pausing. paused-replicas wins over paused; the boolean
// annotations read like KEDA's getBoolAnnotation: absent is false, a Go boolean ("true", "1", "F", ...)
// is itself, anything else counts as true.
struct PauseSpec
{
    bool hasPausedReplicas = false;
    std::optional<int> pausedReplicas; // std::nullopt with hasPausedReplicas: the value is not a number
    std::string pausedReplicasText;
    bool paused = false;
    std::string pausedText; // the raw value of autoscaling.keda.sh/paused
    bool pausedScaleIn = false;
    bool pausedScaleOut = false;
    bool forceActivation = false;

    // Scaling stops entirely (paused-replicas or paused).
    bool stopsScaling() const { return hasPausedReplicas || paused; }
    static PauseSpec fromScaledObject(const json::Value &scaledObject);
};

// Go's strconv.ParseBool; std::nullopt when `text` is not one of its spellings.
std::optional<bool> parseGoBool(const std::string &text);

} // namespace kedascope::k8s::keda
