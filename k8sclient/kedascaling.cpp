// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedascaling.h"

#include "k8sclient/kedaformula.h"
#include "k8sclient/kedametricnames.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace kedascope::k8s::keda {

namespace {

constexpr double hpaTolerance = 0.1;

std::optional<double> parseNumber(const std::string &text)
{
    if (text.empty())
        return std::nullopt;
    char *end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (*end != '\0' || !std::isfinite(value))
        return std::nullopt;
    return value;
}

MetricTargetType parseMetricType(const std::string &text, MetricTargetType fallback)
{
    if (text == "AverageValue")
        return MetricTargetType::AverageValue;
    if (text == "Value")
        return MetricTargetType::Value;
    if (text == "Utilization")
        return MetricTargetType::Utilization;
    return fallback;
}

const char *metricTypeName(MetricTargetType type)
{
    switch (type) {
    case MetricTargetType::AverageValue:
        return "AverageValue";
    case MetricTargetType::Value:
        return "Value";
    case MetricTargetType::Utilization:
        return "Utilization";
    }
    return "";
}

int intOr(const json::Value &root, std::string_view path, int fallback)
{
    const auto value = json::intAt(root, path);
    return value ? int(*value) : fallback;
}

TriggerSpec parseTrigger(const json::Value &trigger, int index)
{
    TriggerSpec out;
    out.index = index;
    out.type = json::stringAt(trigger, "type");
    out.name = json::stringAt(trigger, "name");
    out.resource = isResourceTrigger(out.type);
    out.metricName = out.resource
                         ? out.type
                         : externalMetricName(trigger, index)
                               .value_or("s" + std::to_string(index) + "-" + normalizeMetricName(out.type));
    out.metricType =
        parseMetricType(json::stringAt(trigger, "metricType"),
                        out.resource ? MetricTargetType::Utilization : MetricTargetType::AverageValue);
    const auto metadata = [&](const std::string &key) { return json::stringAt(trigger, "metadata." + key); };
    if (out.type == "cron") {
        out.target = 1; // the cron scaler reports desiredReplicas (or 1) against a target of 1
        return out;
    }
    const auto keys = triggerTargetKeys(out.type);
    if (!keys) {
        out.targetProblem = "trigger type " + out.type + " is not known here, so its target is unknown";
        return out;
    }
    std::string key = keys->target;
    std::string text = metadata(key);
    if (text.empty() && !keys->legacyTarget.empty()) {
        key = keys->legacyTarget;
        text = metadata(key);
    }
    if (text.empty()) {
        out.target = keys->defaultTarget;
        if (!out.target)
            out.targetProblem = "metadata." + keys->target + " is missing";
    } else {
        out.target = parseNumber(text);
        if (!out.target)
            out.targetProblem = "metadata." + key + " \"" + text + "\" is not a number";
    }
    if (!keys->activation.empty())
        out.activationTarget = parseNumber(metadata(keys->activation)).value_or(0);
    return out;
}

struct Observation
{
    std::optional<double> value;
    bool inFallback = false;
    bool active = false;
};

struct HpaMetric
{
    std::string name;
    MetricTargetType type = MetricTargetType::AverageValue;
    bool external = true;
    std::optional<double> target;
    std::optional<double> value;
    std::string problem;
};

std::string pluralReplicas(int n)
{
    return std::to_string(n) + (n == 1 ? " replica" : " replicas");
}

// The HPA's replica proposal for one metric, or std::nullopt when the metric is unusable.
std::optional<int> proposeReplicas(const HpaMetric &metric, int current, int ready,
                                   std::vector<std::string> &why)
{
    if (!metric.value) {
        why.push_back(metric.name + ": no value (" + metric.problem + "), the HPA cannot use this metric");
        return std::nullopt;
    }
    if (!metric.target || *metric.target <= 0) {
        why.push_back(metric.name + ": no usable target (" + metric.problem + ")");
        return std::nullopt;
    }
    const double value = *metric.value;
    const double target = *metric.target;
    const std::string v = formatNumber(value);
    const std::string t = formatNumber(target);
    const std::string head = metric.name + " = " + v + ", target " + t;
    if (metric.external && metric.type == MetricTargetType::AverageValue) {
        const double ratio = value / (target * current);
        if (std::fabs(1 - ratio) <= hpaTolerance) {
            why.push_back(head + " → " + v + "/(" + t + " × " + std::to_string(current) +
                          ") = " + formatNumber(ratio) + ", within the 10% tolerance → stays at " +
                          std::to_string(current) + " replicas");
            return current;
        }
        const int replicas = int(std::ceil(value / target));
        why.push_back(head + " → ceil(" + v + "/" + t + ") = " + pluralReplicas(replicas));
        return replicas;
    }
    const double ratio = value / target;
    const std::string kind = std::string(" (") + metricTypeName(metric.type) + ")";
    if (std::fabs(1 - ratio) <= hpaTolerance) {
        why.push_back(head + kind + " → ratio " + formatNumber(ratio) +
                      ", within the 10% tolerance → stays at " + std::to_string(current) + " replicas");
        return current;
    }
    const int replicas = int(std::ceil(ratio * ready));
    why.push_back(head + kind + " → ceil(" + v + "/" + t + " × " + std::to_string(ready) +
                  " ready) = " + pluralReplicas(replicas));
    return replicas;
}

} // namespace

Result<ScalingSpec> ScalingSpec::fromScaledObject(const json::Value &so)
{
    const json::Value *spec = json::find(so, "spec");
    if (!so.IsObject() || spec == nullptr || !spec->IsObject())
        return Error::make(Error::Kind::Invalid, "ScaledObject has no spec");
    ScalingSpec out;
    out.name = json::stringAt(so, "metadata.name");
    out.minReplicas = intOr(*spec, "minReplicaCount", 0);
    out.maxReplicas = intOr(*spec, "maxReplicaCount", 100);
    if (const auto idle = json::intAt(*spec, "idleReplicaCount"))
        out.idleReplicas = int(*idle);
    out.pollingInterval = intOr(*spec, "pollingInterval", 30);
    out.cooldownPeriod = intOr(*spec, "cooldownPeriod", 300);
    out.initialCooldownPeriod = intOr(*spec, "initialCooldownPeriod", 0);
    if (const json::Value *triggers = json::find(*spec, "triggers");
        triggers != nullptr && triggers->IsArray()) {
        for (rapidjson::SizeType i = 0; i < triggers->Size(); ++i)
            out.triggers.push_back(parseTrigger((*triggers)[i], int(i)));
    }
    out.behavior =
        HpaBehavior::fromJson(json::find(*spec, "advanced.horizontalPodAutoscalerConfig.behavior"));
    if (const json::Value *fallback = json::find(*spec, "fallback");
        fallback != nullptr && fallback->IsObject()) {
        FallbackSpec parsed;
        parsed.failureThreshold = intOr(*fallback, "failureThreshold", 0);
        parsed.replicas = intOr(*fallback, "replicas", 0);
        const std::string behavior = json::stringAt(*fallback, "behavior");
        if (!behavior.empty())
            parsed.behavior = behavior;
        out.fallback = parsed;
    }
    const json::Value *modifiers = json::find(*spec, "advanced.scalingModifiers");
    if (modifiers != nullptr && modifiers->IsObject() && modifiers->MemberCount() > 0) {
        ScalingModifiersSpec parsed;
        parsed.formula = json::stringAt(*modifiers, "formula");
        const std::string target = json::stringAt(*modifiers, "target");
        const auto targetValue = parseNumber(target);
        if (!targetValue || *targetValue <= 0)
            return Error::make(Error::Kind::Invalid, "spec.advanced.scalingModifiers.target \"" + target +
                                                         "\" is not a number above 0");
        parsed.target = *targetValue;
        parsed.activationTarget = parseNumber(json::stringAt(*modifiers, "activationTarget")).value_or(0);
        parsed.metricType =
            parseMetricType(json::stringAt(*modifiers, "metricType"), MetricTargetType::AverageValue);
        out.modifiers = parsed;
    }
    out.pause = PauseSpec::fromScaledObject(so);
    return out;
}

StepResult step(const ScalingSpec &spec, const ScalingState &previous, const ScalingInputs &inputs,
                long long now)
{
    StepResult result{ScalingDecision{}, previous};
    ScalingState &state = result.state;
    ScalingDecision &decision = result.decision;
    std::vector<std::string> &why = decision.explanation;
    const int current = inputs.currentReplicas;
    const int ready = inputs.readyReplicas.value_or(current);
    decision.replicas = current;
    decision.activeReason = "ScalerNotActive";

    // 1. Pause annotations stop everything else.
    if (spec.pause.hasPausedReplicas) {
        decision.paused = true;
        state.hpa = {};
        if (!spec.pause.pausedReplicas) {
            why.push_back(std::string(pausedReplicasAnnotation) + " is \"" + spec.pause.pausedReplicasText +
                          "\", not a number: KEDA reports an error and replicas stay at " +
                          std::to_string(current));
            return result;
        }
        decision.replicas = *spec.pause.pausedReplicas;
        why.push_back("paused by " + std::string(pausedReplicasAnnotation) + ": \"" +
                      spec.pause.pausedReplicasText + "\" → " + pluralReplicas(decision.replicas) +
                      "; KEDA removes the HPA");
        if (spec.pause.paused)
            why.push_back(std::string(pausedAnnotation) + " is ignored: paused-replicas takes precedence");
        return result;
    }
    if (spec.pause.paused) {
        decision.paused = true;
        state.hpa = {};
        std::string line =
            "paused by " + std::string(pausedAnnotation) + ": \"" + spec.pause.pausedText + "\"";
        if (!parseGoBool(spec.pause.pausedText))
            line += " (not a boolean, which counts as true)";
        why.push_back(line + " → replicas stay at " + std::to_string(current));
        return result;
    }

    // 2. Poll the triggers: values, consecutive failures, fallback and activity.
    std::vector<Observation> observed(spec.triggers.size());
    bool anyError = false;
    bool anyActive = false;
    bool allResource = !spec.triggers.empty();
    for (size_t i = 0; i < spec.triggers.size(); ++i) {
        const TriggerSpec &trigger = spec.triggers[i];
        const TriggerReading reading =
            i < inputs.readings.size() ? inputs.readings[i] : TriggerReading::failed("no reading this tick");
        Observation &seen = observed[i];
        int &failures = state.consecutiveFailures[trigger.metricName];
        allResource = allResource && trigger.resource;
        if (!reading.value) {
            ++failures;
            anyError = true;
            seen.inFallback =
                spec.fallback && !trigger.resource && failures > spec.fallback->failureThreshold;
            std::string line = trigger.metricName + " failed (" + std::to_string(failures) +
                               (failures == 1 ? " consecutive failure" : " consecutive failures") + ")";
            if (!reading.error.empty())
                line += ": " + reading.error;
            if (seen.inFallback)
                line += "; more than failureThreshold " + std::to_string(spec.fallback->failureThreshold) +
                        ", so fallback applies";
            why.push_back(line);
            continue;
        }
        failures = 0;
        seen.value = reading.value;
        const std::string value = formatNumber(*reading.value);
        if (trigger.resource) {
            why.push_back(trigger.metricName + " = " + value + " (Resource metric, no activation threshold)");
            continue;
        }
        if (spec.modifiers) {
            why.push_back(trigger.metricName + " = " + value);
            continue;
        }
        if (reading.active) {
            seen.active = *reading.active;
            why.push_back(
                trigger.metricName + " = " + value + ": " +
                (seen.active ? "active (reported by the scaler)" : "not active (reported by the scaler)"));
        } else {
            seen.active = *reading.value > trigger.activationTarget;
            why.push_back(trigger.metricName + " = " + value + ": " +
                          (seen.active ? "active (above" : "not active (not above") +
                          " activation threshold " + formatNumber(trigger.activationTarget) + ")");
        }
        anyActive = anyActive || seen.active;
    }
    bool fallbackActive =
        std::any_of(observed.begin(), observed.end(), [](const auto &o) { return o.inFallback; });

    // scalingModifiers: one composite metric computed by the formula decides activity and replicas.
    std::optional<HpaMetric> composite;
    if (spec.modifiers) {
        HpaMetric metric;
        metric.name = compositeMetricName;
        metric.type = spec.modifiers->metricType;
        metric.target = spec.modifiers->target;
        const bool nilRouting = spec.fallback && spec.fallback->behavior == "scalingModifiers";
        FormulaVariables variables;
        bool blocked = false;
        for (size_t i = 0; i < spec.triggers.size(); ++i) {
            const TriggerSpec &trigger = spec.triggers[i];
            if (trigger.resource || trigger.name.empty())
                continue;
            if (observed[i].value)
                variables[trigger.name] = observed[i].value;
            else if (nilRouting && observed[i].inFallback)
                variables[trigger.name] = std::nullopt;
            else
                blocked = true;
        }
        bool fromFormula = false;
        if (blocked) {
            metric.problem = "a trigger of the formula failed";
        } else {
            const auto parsed = Formula::parse(spec.modifiers->formula);
            if (const auto *error = std::get_if<FormulaError>(&parsed)) {
                metric.problem = "formula error: " + error->toString();
            } else {
                const auto evaluated = std::get<Formula>(parsed).evaluate(variables);
                if (const auto *error = std::get_if<FormulaError>(&evaluated)) {
                    metric.problem = "formula error: " + error->toString();
                } else if (const auto &value = std::get<std::optional<double>>(evaluated)) {
                    metric.value = *value;
                    fromFormula = true;
                    why.push_back(std::string(compositeMetricName) + " = " + spec.modifiers->formula + " = " +
                                  formatNumber(*value));
                } else {
                    metric.problem = "the formula gave nil (every trigger it reads is failing)";
                }
            }
        }
        if (!metric.value && spec.fallback && (fallbackActive || (nilRouting && !blocked))) {
            const int replicas =
                nilRouting ? spec.fallback->replicas : fallbackReplicas(*spec.fallback, current);
            metric.value = fallbackMetricValue(metric.type == MetricTargetType::AverageValue, *metric.target,
                                               replicas, ready);
            fallbackActive = true;
            why.push_back(std::string(compositeMetricName) + ": " + metric.problem + "; fallback reports " +
                          formatNumber(*metric.value) + " (target " + formatNumber(*metric.target) + " for " +
                          pluralReplicas(replicas) + ")");
        }
        if (fromFormula) {
            anyActive = *metric.value > spec.modifiers->activationTarget;
            why.push_back(std::string(compositeMetricName) +
                          (anyActive ? " is active (above" : " is not active (not above") +
                          " activationTarget " + formatNumber(spec.modifiers->activationTarget) + ")");
        }
        composite = metric;
    }
    bool active = anyActive || (allResource && !anyError);
    if (allResource && !anyError)
        why.push_back("only cpu/memory triggers: KEDA always counts the ScaledObject as active");
    if (spec.pause.forceActivation && !active) {
        active = true;
        why.push_back(std::string(forceActivationAnnotation) + " is set: every trigger counts as active");
    }
    decision.active = active;
    decision.fallbackActive = fallbackActive;
    if (active)
        decision.activeReason = "ScalerActive";

    // 3. KEDA's own part (pkg/scaling/executor/scale_scaledobjects.go): 0 <-> 1 (or idle <-> min), fallback
    // while nothing is active, cooldown and minReplicaCount.
    const int hpaMin = spec.hpaMinReplicas();
    const bool belowMinWithIdle = spec.idleReplicas && current < spec.minReplicas;
    if (active && (current == 0 || belowMinWithIdle)) {
        if (spec.pause.pausedScaleOut) {
            why.push_back(std::string(pausedScaleOutAnnotation) + " is set: KEDA does not scale out from " +
                          std::to_string(current));
            return result;
        }
        decision.replicas = hpaMin;
        state.lastActiveTime = now;
        why.push_back("activated: KEDA scales from " + std::to_string(current) + " to " +
                      pluralReplicas(hpaMin) + (hpaMin > 1 ? " (minReplicaCount)" : "") +
                      "; the HPA takes over from there");
        return result;
    }
    if (!active && anyError && spec.fallback && spec.fallback->replicas != 0) {
        decision.replicas = fallbackReplicas(*spec.fallback, current);
        decision.fallbackActive = true;
        why.push_back("a trigger failed and none is active: KEDA sets the fallback replica count (" +
                      spec.fallback->behavior + ") → " + pluralReplicas(decision.replicas));
        return result;
    }
    if (!active && current == 0) {
        if (!spec.idleReplicas && current < spec.minReplicas) {
            decision.replicas = spec.minReplicas;
            why.push_back("below minReplicaCount " + std::to_string(spec.minReplicas) + ": KEDA scales to " +
                          pluralReplicas(spec.minReplicas));
            return result;
        }
        why.push_back("no trigger is active: stays at " + pluralReplicas(current));
        return result;
    }
    if (!active && spec.idleReplicas && current <= *spec.idleReplicas) {
        why.push_back("no trigger is active: stays at idleReplicaCount " + std::to_string(current));
        return result;
    }
    if (!active && (spec.minReplicas == 0 || spec.idleReplicas)) {
        const int idle = spec.idleReplicas.value_or(0);
        const std::string goal = spec.idleReplicas ? "idleReplicaCount " + std::to_string(idle) : "0";
        if (spec.pause.pausedScaleIn) {
            why.push_back(std::string(pausedScaleInAnnotation) + " is set: KEDA does not scale in to " +
                          goal);
        } else {
            const bool neverActive = !state.lastActiveTime;
            const long long since = neverActive ? state.createdAt : *state.lastActiveTime;
            const int period = neverActive ? spec.initialCooldownPeriod : spec.cooldownPeriod;
            const std::string periodName = neverActive ? "initialCooldownPeriod" : "cooldownPeriod";
            if (since + period < now) {
                decision.replicas = idle;
                why.push_back(std::string("no trigger active ") +
                              (neverActive ? "since creation " : "since the last activity ") +
                              std::to_string(now - since) + " s ago, " + periodName + " " +
                              std::to_string(period) + " s has passed → KEDA scales to " + goal);
                return result;
            }
            decision.activeReason = "ScalerCooldown";
            why.push_back(std::string("cooling down: no trigger active, ") + periodName + " " +
                          std::to_string(period) + " s ends in " + std::to_string(since + period - now + 1) +
                          " s; until then the HPA keeps at least " + pluralReplicas(hpaMin));
        }
    } else if (!active && current < spec.minReplicas) {
        decision.replicas = spec.minReplicas;
        why.push_back("below minReplicaCount " + std::to_string(spec.minReplicas) + ": KEDA scales to " +
                      pluralReplicas(spec.minReplicas));
        return result;
    } else if (active) {
        state.lastActiveTime = now;
    }
    if (spec.minReplicas >= 1 && !spec.idleReplicas)
        why.push_back("activation does not matter here: minReplicaCount " + std::to_string(spec.minReplicas) +
                      " ≥ 1, so KEDA never scales to 0");

    // 4. The HPA: one proposal per metric, the highest wins, then behavior and bounds.
    if (current > spec.maxReplicas) {
        decision.replicas = spec.maxReplicas;
        why.push_back("current " + std::to_string(current) + " is above maxReplicaCount → " +
                      pluralReplicas(spec.maxReplicas));
        return result;
    }
    if (current < hpaMin) {
        decision.replicas = hpaMin;
        why.push_back("current " + std::to_string(current) + " is below the HPA's minReplicas → " +
                      pluralReplicas(hpaMin));
        return result;
    }
    std::vector<HpaMetric> metrics;
    // With scalingModifiers the HPA reads composite-metric instead of the external metrics; cpu/memory stay.
    if (composite)
        metrics.push_back(*composite);
    for (size_t i = 0; i < spec.triggers.size(); ++i) {
        const TriggerSpec &trigger = spec.triggers[i];
        if (composite && !trigger.resource)
            continue;
        HpaMetric metric;
        metric.name = trigger.metricName;
        metric.type = trigger.metricType;
        metric.external = !trigger.resource;
        metric.target = trigger.target;
        metric.problem = trigger.targetProblem.empty() ? "the scaler failed" : trigger.targetProblem;
        metric.value = observed[i].value;
        if (observed[i].inFallback && trigger.target) {
            const int replicas = fallbackReplicas(*spec.fallback, current);
            metric.value = fallbackMetricValue(trigger.metricType == MetricTargetType::AverageValue,
                                               *trigger.target, replicas, ready);
            why.push_back(trigger.metricName + ": fallback (" + spec.fallback->behavior + ") aims at " +
                          pluralReplicas(replicas) + ", so KEDA reports " + formatNumber(*metric.value));
        }
        metrics.push_back(metric);
    }
    std::optional<int> proposal;
    int invalid = 0;
    for (const auto &metric : metrics) {
        if (metric.value)
            decision.metrics[metric.name] = *metric.value;
        const auto replicas = proposeReplicas(metric, current, ready, why);
        if (!replicas) {
            ++invalid;
            continue;
        }
        proposal = proposal ? std::max(*proposal, *replicas) : *replicas;
    }
    if (!proposal) {
        why.push_back("no metric is usable: the HPA keeps " + pluralReplicas(current));
        return result;
    }
    if (metrics.size() > 1 && invalid == 0)
        why.push_back("the HPA takes the highest proposal: " + pluralReplicas(*proposal));
    if (invalid > 0 && *proposal < current) {
        why.push_back("a metric is unavailable, so the HPA does not scale down: stays at " +
                      pluralReplicas(current));
        proposal = current;
    }
    HpaBehavior behavior = spec.behavior;
    if (spec.pause.pausedScaleIn) {
        behavior.scaleDown.selectPolicy = "Disabled";
        if (*proposal < current)
            why.push_back(std::string(pausedScaleInAnnotation) + " is set: scale-down is disabled");
    }
    if (spec.pause.pausedScaleOut) {
        behavior.scaleUp.selectPolicy = "Disabled";
        if (*proposal > current)
            why.push_back(std::string(pausedScaleOutAnnotation) + " is set: scale-up is disabled");
    }
    decision.replicas =
        normalizeWithBehavior(behavior, state.hpa, current, *proposal, hpaMin, spec.maxReplicas, now, why);
    why.push_back("→ " + pluralReplicas(decision.replicas) +
                  (decision.replicas == current ? " (unchanged)" : " (was " + std::to_string(current) + ")"));
    return result;
}

} // namespace kedascope::k8s::keda
