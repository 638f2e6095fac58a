// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/kedascaling.h"

#include <optional>
#include <string>
#include <vector>

namespace kedascope::sim {

// One trigger's poll as the controller saw it.
struct TriggerOutcome
{
    int index = 0;
    std::string type;
    std::string metricName; // s0-rabbitmq-orders, or cpu/memory
    bool resource = false;
    std::optional<double> value;
    bool active = false;
    std::string error; // empty unless the scaler failed
    int consecutiveFailures = 0;
};

// Everything one polling tick of a ScaledObject decided, from which its status and HPA are written.
struct PollOutcome
{
    k8s::keda::ScalingSpec spec;
    k8s::keda::ScalingDecision decision;
    std::vector<TriggerOutcome> triggers;
    std::string targetKind = "Deployment";
    std::string targetApiVersion = "apps/v1";
    std::string targetName;
    std::string hpaName;
    int currentReplicas = 0; // before this tick
    int readyReplicas = 0;
    std::string lastActiveTime; // RFC 3339, empty when never active
    std::optional<int> originalReplicas;
    bool hpaScaled = false;   // the HPA changed the count this tick (lastScaleTime)
    std::string checkFailure; // ScaledObjectCheckFailed: the message
    // The stored HPA's ScalingActive condition as KEDA reads it back; unset when there is no HPA to
    // observe (paused-replicas removed it), which leaves the HPAActive condition as it was.
    struct HpaScalingActive
    {
        bool status = false;
        std::string reason;
        std::string message;
    };
    std::optional<HpaScalingActive> hpaScalingActive;
};

// One entry of status.conditions: {type, status: "True"/"False", reason, message}.
k8s::json::Value statusCondition(const std::string &type, bool status, const std::string &reason,
                                 const std::string &message, k8s::json::Allocator &alloc);

// The ScalingActive condition of a stored HPA, if it reports one.
std::optional<PollOutcome::HpaScalingActive> hpaScalingActiveOf(const k8s::json::Value &hpa);

// A Kubernetes quantity for a metric value: "5", "2500m".
std::string quantityOf(double value);

// The keda-hpa-<name> HPA KEDA keeps for `scaledObject`, with the HPA controller's status; `old` is
// the stored HPA (its lastTransitionTimes and lastScaleTime are kept while nothing changes).
k8s::json::Document hpaDocument(const k8s::json::Value &scaledObject, const PollOutcome &outcome,
                                const k8s::json::Value *old, const std::string &now);

// The ScaledObject's status as KEDA writes it.
k8s::json::Value scaledObjectStatus(const k8s::json::Value &scaledObject, const PollOutcome &outcome,
                                    k8s::json::Allocator &alloc);

// status.conditions when the ScaledObject cannot be scaled at all.
k8s::json::Value checkFailedStatus(const k8s::json::Value &scaledObject, const std::string &message,
                                   k8s::json::Allocator &alloc);

// Whether two documents differ outside the fields that only say when (times).
bool sameIgnoringTimes(const k8s::json::Value &a, const k8s::json::Value &b);

} // namespace kedascope::sim
