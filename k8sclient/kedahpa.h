// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <string>
#include <vector>

namespace kedascope::k8s::keda {

// The parts of the Kubernetes HPA controller (pkg/controller/podautoscaler) that decide a KEDA-managed
// HPA's replica count: autoscaling/v2 behavior with its defaults, scale-down/up stabilization and
// the scaling-rate policies. Times are seconds (any epoch, used consistently).

struct HpaScalingPolicy
{
    enum class Type { Pods, Percent };
    Type type = Type::Pods;
    int value = 0;
    int periodSeconds = 15;
};

struct HpaScalingRules
{
    int stabilizationWindowSeconds = 0;
    std::string selectPolicy = "Max"; // Max, Min, Disabled
    std::vector<HpaScalingPolicy> policies;
};

struct HpaBehavior
{
    HpaScalingRules scaleUp;
    HpaScalingRules scaleDown;

    // Kubernetes' defaults: up: no stabilization, max(+4 pods, +100%) per 15 s;
    // down: 300 s stabilization, -100% per 15 s.
    static HpaBehavior defaults();
    // An autoscaling/v2 `behavior` object (or nullptr), with the missing parts defaulted as the API does.
    static HpaBehavior fromJson(const json::Value *behavior);
};

// What the HPA controller remembers between syncs.
struct HpaHistory
{
    struct Recommendation
    {
        long long time = 0;
        int replicas = 0;
    };
    struct ScaleEvent
    {
        long long time = 0;
        int change = 0;
    };
    std::vector<Recommendation> recommendations;
    std::vector<ScaleEvent> scaleUpEvents;
    std::vector<ScaleEvent> scaleDownEvents;
};

// The metric-derived desired count is stabilized, rate-limited and clamped to [minReplicas, maxReplicas];
// `history` is updated (recommendation and scale event). Each step that changes the number is
// explained in `explanation`.
int normalizeWithBehavior(const HpaBehavior &behavior, HpaHistory &history, int currentReplicas,
                          int desiredReplicas, int minReplicas, int maxReplicas, long long now,
                          std::vector<std::string> &explanation);

// Formats a number the way the explanations show it: integers without a fraction, others with up to
// six significant digits.
std::string formatNumber(double value);

} // namespace kedascope::k8s::keda
