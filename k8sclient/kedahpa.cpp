// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedahpa.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>

namespace kedascope::k8s::keda {

namespace {

std::vector<HpaScalingPolicy> defaultScaleUpPolicies()
{
    return {{HpaScalingPolicy::Type::Pods, 4, 15}, {HpaScalingPolicy::Type::Percent, 100, 15}};
}

std::vector<HpaScalingPolicy> defaultScaleDownPolicies()
{
    return {{HpaScalingPolicy::Type::Percent, 100, 15}};
}

HpaScalingRules rulesFromJson(const json::Value *rules, int defaultWindow,
                              std::vector<HpaScalingPolicy> defaults)
{
    HpaScalingRules out;
    out.stabilizationWindowSeconds = defaultWindow;
    out.policies = std::move(defaults);
    if (rules == nullptr || !rules->IsObject())
        return out;
    if (const auto window = json::intAt(*rules, "stabilizationWindowSeconds"))
        out.stabilizationWindowSeconds = int(*window);
    const std::string select = json::stringAt(*rules, "selectPolicy");
    if (!select.empty())
        out.selectPolicy = select;
    const json::Value *policies = json::find(*rules, "policies");
    if (policies != nullptr && policies->IsArray() && !policies->Empty()) {
        out.policies.clear();
        for (const auto &policy : policies->GetArray()) {
            HpaScalingPolicy parsed;
            parsed.type = json::stringAt(policy, "type") == "Percent" ? HpaScalingPolicy::Type::Percent
                                                                      : HpaScalingPolicy::Type::Pods;
            parsed.value = int(json::intAt(policy, "value").value_or(0));
            parsed.periodSeconds = int(json::intAt(policy, "periodSeconds").value_or(15));
            out.policies.push_back(parsed);
        }
    }
    return out;
}

int changeInPeriod(const std::vector<HpaHistory::ScaleEvent> &events, int periodSeconds, long long now)
{
    int sum = 0;
    for (const auto &event : events) {
        if (event.time > now - periodSeconds)
            sum += event.change;
    }
    return sum;
}

std::string describePolicy(const HpaScalingPolicy &policy)
{
    return std::string(policy.type == HpaScalingPolicy::Type::Pods ? "Pods " : "Percent ") +
           std::to_string(policy.value) + " per " + std::to_string(policy.periodSeconds) + " s";
}

// The most (scale-up) or fewest (scale-down) replicas the policies allow now, with the reasoning.
int rateLimit(const HpaScalingRules &rules, const HpaHistory &history, int current, bool up, long long now,
              std::string &reasoning)
{
    const bool pickLargest = (rules.selectPolicy == "Min") != up; // up+Max or down+Min: the largest proposal
    int result = pickLargest ? INT_MIN : INT_MAX;
    std::string parts;
    for (const auto &policy : rules.policies) {
        const int added = changeInPeriod(history.scaleUpEvents, policy.periodSeconds, now);
        const int deleted = changeInPeriod(history.scaleDownEvents, policy.periodSeconds, now);
        const int periodStart = current - added + deleted;
        int proposed = 0;
        if (policy.type == HpaScalingPolicy::Type::Pods) {
            proposed = up ? periodStart + policy.value : periodStart - policy.value;
        } else if (up) {
            proposed = int(std::ceil(double(periodStart) * (1 + double(policy.value) / 100)));
        } else {
            proposed = int(double(periodStart) * (1 - double(policy.value) / 100));
        }
        result = pickLargest ? std::max(result, proposed) : std::min(result, proposed);
        if (!parts.empty())
            parts += ", ";
        parts += describePolicy(policy) + " from " + std::to_string(periodStart) + " → " +
                 std::to_string(proposed);
    }
    reasoning = parts + "; selectPolicy " + rules.selectPolicy;
    return result;
}

void pruneBefore(std::vector<HpaHistory::ScaleEvent> &events, long long cutoff)
{
    events.erase(
        std::remove_if(events.begin(), events.end(), [&](const auto &e) { return e.time <= cutoff; }),
        events.end());
}

int longestPeriod(const HpaScalingRules &rules)
{
    int longest = 0;
    for (const auto &policy : rules.policies)
        longest = std::max(longest, policy.periodSeconds);
    return longest;
}

} // namespace

HpaBehavior HpaBehavior::defaults()
{
    return fromJson(nullptr);
}

HpaBehavior HpaBehavior::fromJson(const json::Value *behavior)
{
    const bool present = behavior != nullptr && behavior->IsObject();
    HpaBehavior out;
    out.scaleUp =
        rulesFromJson(present ? json::find(*behavior, "scaleUp") : nullptr, 0, defaultScaleUpPolicies());
    out.scaleDown = rulesFromJson(present ? json::find(*behavior, "scaleDown") : nullptr, 300,
                                  defaultScaleDownPolicies());
    return out;
}

int normalizeWithBehavior(const HpaBehavior &behavior, HpaHistory &history, int current, int desired,
                          int minReplicas, int maxReplicas, long long now,
                          std::vector<std::string> &explanation)
{
    // Stabilization: the lowest recommendation of the scale-up window and the highest of the scale-down
    // window.
    const int upWindow = behavior.scaleUp.stabilizationWindowSeconds;
    const int downWindow = behavior.scaleDown.stabilizationWindowSeconds;
    int upRecommendation = desired;
    int downRecommendation = desired;
    for (const auto &recommendation : history.recommendations) {
        if (recommendation.time > now - upWindow)
            upRecommendation = std::min(upRecommendation, recommendation.replicas);
        if (recommendation.time > now - downWindow)
            downRecommendation = std::max(downRecommendation, recommendation.replicas);
    }
    const int stabilized = std::min(std::max(current, upRecommendation), downRecommendation);
    if (stabilized != desired) {
        if (desired < stabilized) {
            explanation.push_back("scale-down stabilized: highest recommendation in the last " +
                                  std::to_string(downWindow) + " s is " + std::to_string(downRecommendation) +
                                  " → " + std::to_string(stabilized) + " replicas");
        } else {
            explanation.push_back("scale-up stabilized: lowest recommendation in the last " +
                                  std::to_string(upWindow) + " s is " + std::to_string(upRecommendation) +
                                  " → " + std::to_string(stabilized) + " replicas");
        }
    }
    const long long keepAfter = now - std::max(upWindow, downWindow);
    history.recommendations.erase(std::remove_if(history.recommendations.begin(),
                                                 history.recommendations.end(),
                                                 [&](const auto &r) { return r.time <= keepAfter; }),
                                  history.recommendations.end());
    history.recommendations.push_back({now, desired});

    int result = stabilized;
    if (stabilized > current) {
        int limit = current;
        std::string reasoning = "selectPolicy Disabled";
        if (behavior.scaleUp.selectPolicy != "Disabled")
            limit = std::max(rateLimit(behavior.scaleUp, history, current, true, now, reasoning), current);
        if (limit < maxReplicas && stabilized > limit) {
            result = limit;
            explanation.push_back("scale-up limited to " + std::to_string(limit) + " (" + reasoning + ")");
        } else if (stabilized > maxReplicas) {
            result = maxReplicas;
            explanation.push_back("clamped to max " + std::to_string(maxReplicas));
        }
    } else if (stabilized < current) {
        int limit = current;
        std::string reasoning = "selectPolicy Disabled";
        if (behavior.scaleDown.selectPolicy != "Disabled")
            limit = std::min(rateLimit(behavior.scaleDown, history, current, false, now, reasoning), current);
        if (limit > minReplicas && stabilized < limit) {
            result = limit;
            explanation.push_back("scale-down limited to " + std::to_string(limit) + " (" + reasoning + ")");
        } else if (stabilized < minReplicas) {
            result = minReplicas;
            explanation.push_back("clamped to min " + std::to_string(minReplicas));
        }
    }

    pruneBefore(history.scaleUpEvents, now - longestPeriod(behavior.scaleUp));
    pruneBefore(history.scaleDownEvents, now - longestPeriod(behavior.scaleDown));
    if (result > current)
        history.scaleUpEvents.push_back({now, result - current});
    else if (result < current)
        history.scaleDownEvents.push_back({now, current - result});
    return result;
}

std::string formatNumber(double value)
{
    if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value))
        return std::to_string((long long)value);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

} // namespace kedascope::k8s::keda
