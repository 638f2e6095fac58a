// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/kedafallback.h"
#include "k8sclient/kedahpa.h"
#include "k8sclient/kedapause.h"
#include "k8sclient/result.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kedascope::k8s::keda {

// How many replicas a ScaledObject's workload gets, as KEDA's operator (activation, cooldown, idle,
// pause, fallback) and the HPA it creates (metrics, tolerance, behavior) decide together. One step()
// is one polling tick; what both remember between ticks lives in ScalingState.

enum class MetricTargetType { AverageValue, Value, Utilization };

struct TriggerSpec
{
    int index = 0;
    std::string type;
    std::string name;       // spec.triggers[].name, used by scalingModifiers formulas
    std::string metricName; // "s0-rabbitmq-orders"; "cpu"/"memory" for Resource metrics
    bool resource = false;
    MetricTargetType metricType = MetricTargetType::AverageValue;
    std::optional<double> target; // std::nullopt: missing or not a number (see targetProblem)
    std::string targetProblem;
    double activationTarget = 0;
};

struct ScalingModifiersSpec
{
    std::string formula;
    double target = 0;
    double activationTarget = 0;
    MetricTargetType metricType = MetricTargetType::AverageValue;
};

struct ScalingSpec
{
    std::string name;
    int minReplicas = 0;
    int maxReplicas = 100;
    std::optional<int> idleReplicas;
    int pollingInterval = 30;
    int cooldownPeriod = 300;
    int initialCooldownPeriod = 0;
    std::vector<TriggerSpec> triggers;
    HpaBehavior behavior = HpaBehavior::defaults();
    std::optional<FallbackSpec> fallback;
    std::optional<ScalingModifiersSpec> modifiers;
    PauseSpec pause;

    // The HPA's minReplicas: KEDA itself does 0 <-> 1.
    int hpaMinReplicas() const { return minReplicas > 0 ? minReplicas : 1; }
    static Result<ScalingSpec> fromScaledObject(const json::Value &scaledObject);
};

// One trigger's poll: a value, or a failure (no value; `error` says why). `active` overrides the
// threshold rule for scalers whose activity is not "value > activation" (cron: inside its window).
struct TriggerReading
{
    std::optional<double> value;
    std::string error;
    std::optional<bool> active;

    static TriggerReading ok(double value) { return {value, {}, std::nullopt}; }
    static TriggerReading failed(std::string error) { return {std::nullopt, std::move(error), std::nullopt}; }
};

struct ScalingInputs
{
    std::vector<TriggerReading> readings; // by trigger index; a missing entry counts as a failure
    int currentReplicas = 0;
    std::optional<int> readyReplicas; // defaults to currentReplicas
};

struct ScalingState
{
    long long createdAt = 0; // the ScaledObject's creationTimestamp, seconds
    std::optional<long long> lastActiveTime;
    std::map<std::string, int> consecutiveFailures; // by metric name
    HpaHistory hpa;
};

struct ScalingDecision
{
    int replicas = 0;
    bool active = false;
    bool paused = false;
    bool fallbackActive = false;
    std::string activeReason;              // ScalerActive, ScalerNotActive, ScalerCooldown
    std::map<std::string, double> metrics; // what the HPA reads per metric (after fallback / formula)
    std::vector<std::string> explanation;  // "why this many replicas", one step per line
};

struct StepResult
{
    ScalingDecision decision;
    ScalingState state;
};

StepResult step(const ScalingSpec &spec, const ScalingState &state, const ScalingInputs &inputs,
                long long now);

} // namespace kedascope::k8s::keda
