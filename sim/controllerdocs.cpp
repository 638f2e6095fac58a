// SPDX-License-Identifier: Apache-2.0
#include "sim/controllerdocs.h"

#include "k8sclient/kedametricnames.h"

#include <cmath>
#include <set>

namespace kedascope::sim {

namespace json = k8s::json;
namespace keda = k8s::keda;

namespace {

using Alloc = json::Allocator;

void setInt(json::Value &object, const char *key, long long value, Alloc &alloc)
{
    json::setMember(object, key, json::Value(static_cast<int64_t>(value)), alloc);
}

json::Value copyOf(const json::Value &value, Alloc &alloc)
{
    return json::Value(value, alloc);
}

// Kubernetes conditions keep their lastTransitionTime until the status changes.
json::Value hpaCondition(const json::Value *old, const std::string &type, bool status,
                         const std::string &reason, const std::string &message, const std::string &now,
                         Alloc &alloc)
{
    json::Value c = statusCondition(type, status, reason, message, alloc);
    std::string since = now;
    if (const json::Value *conditions = old ? json::find(*old, "status.conditions") : nullptr;
        conditions && conditions->IsArray()) {
        for (const auto &o : conditions->GetArray())
            if (json::stringAt(o, "type") == type &&
                json::stringAt(o, "status") == (status ? "True" : "False"))
                since = json::stringAt(o, "lastTransitionTime", now);
    }
    json::setString(c, "lastTransitionTime", since, alloc);
    return c;
}

// HPAActive (KEDA v2.20.2) mirrors the HPA's ScalingActive: True while it scales (HPAActive), True with
// a reason of its own while KEDA holds the target at zero (ScalingDisabled), False when the HPA cannot
// get its metrics (HPAMetricsUnavailable, the HPA's reason kept in the message). An HPA that cannot be
// read leaves the last observed condition untouched; it is not set before one was observed.
json::Value hpaActiveCondition(const json::Value &so, const PollOutcome &outcome, Alloc &alloc)
{
    if (const auto &observed = outcome.hpaScalingActive) {
        if (observed->status)
            return statusCondition("HPAActive", true, "HPAActive", observed->message, alloc);
        if (observed->reason == "ScalingDisabled")
            return statusCondition("HPAActive", true, "HPAScalingDisabled", observed->message, alloc);
        const std::string message =
            observed->message.empty() ? observed->reason : observed->reason + ": " + observed->message;
        return statusCondition("HPAActive", false, "HPAMetricsUnavailable", message, alloc);
    }
    if (const json::Value *conditions = json::find(so, "status.conditions");
        conditions && conditions->IsArray())
        for (const auto &c : conditions->GetArray())
            if (json::stringAt(c, "type") == "HPAActive")
                return json::Value(c, alloc);
    return json::Value();
}

json::Value metricIdentifier(const std::string &metricName, const std::string &scaledObject, Alloc &alloc)
{
    json::Value metric(rapidjson::kObjectType);
    json::setString(metric, "name", metricName, alloc);
    json::Value labels(rapidjson::kObjectType);
    json::setString(labels, "scaledobject.keda.sh/name", scaledObject, alloc);
    json::Value selector(rapidjson::kObjectType);
    selector.AddMember("matchLabels", labels, alloc);
    metric.AddMember("selector", selector, alloc);
    return metric;
}

const char *targetTypeName(keda::MetricTargetType type)
{
    switch (type) {
    case keda::MetricTargetType::Value:
        return "Value";
    case keda::MetricTargetType::Utilization:
        return "Utilization";
    case keda::MetricTargetType::AverageValue:
        break;
    }
    return "AverageValue";
}

struct HpaMetricEntry
{
    std::string name;
    bool resource = false;
    keda::MetricTargetType type = keda::MetricTargetType::AverageValue;
    double target = 0;
};

std::vector<HpaMetricEntry> hpaMetrics(const keda::ScalingSpec &spec)
{
    std::vector<HpaMetricEntry> out;
    if (spec.modifiers) {
        out.push_back({keda::compositeMetricName, false, spec.modifiers->metricType, spec.modifiers->target});
        for (const auto &t : spec.triggers)
            if (t.resource)
                out.push_back({t.metricName, true, t.metricType, t.target.value_or(0)});
        return out;
    }
    for (const auto &t : spec.triggers)
        out.push_back({t.metricName, t.resource, t.metricType, t.target.value_or(0)});
    return out;
}

json::Value target(const HpaMetricEntry &m, Alloc &alloc)
{
    json::Value t(rapidjson::kObjectType);
    json::setString(t, "type", targetTypeName(m.type), alloc);
    if (m.type == keda::MetricTargetType::Utilization)
        setInt(t, "averageUtilization", static_cast<long long>(std::lround(m.target)), alloc);
    else
        json::setString(t, m.type == keda::MetricTargetType::Value ? "value" : "averageValue",
                        quantityOf(m.target), alloc);
    return t;
}

std::string joined(const std::vector<std::string> &items, const char *separator)
{
    std::string out;
    for (const auto &item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

} // namespace

json::Value statusCondition(const std::string &type, bool status, const std::string &reason,
                            const std::string &message, json::Allocator &alloc)
{
    json::Value c(rapidjson::kObjectType);
    json::setString(c, "type", type, alloc);
    json::setString(c, "status", status ? "True" : "False", alloc);
    json::setString(c, "reason", reason, alloc);
    json::setString(c, "message", message, alloc);
    return c;
}

std::string quantityOf(double value)
{
    if (std::fabs(value - std::round(value)) < 1e-9)
        return std::to_string(static_cast<long long>(std::llround(value)));
    return std::to_string(static_cast<long long>(std::llround(value * 1000))) + "m";
}

json::Document hpaDocument(const json::Value &so, const PollOutcome &outcome, const json::Value *old,
                           const std::string &now)
{
    json::Document doc(rapidjson::kObjectType);
    auto &alloc = doc.GetAllocator();
    const std::string name = json::stringAt(so, "metadata.name");
    json::setString(doc, "apiVersion", "autoscaling/v2", alloc);
    json::setString(doc, "kind", "HorizontalPodAutoscaler", alloc);
    auto &metadata = json::ensureObject(doc, "metadata", alloc);
    json::setString(metadata, "name", outcome.hpaName, alloc);
    auto &labels = json::ensureObject(metadata, "labels", alloc);
    if (const auto *soLabels = json::find(so, "metadata.labels"); soLabels && soLabels->IsObject())
        for (const auto &m : soLabels->GetObject())
            json::setMember(labels, m.name.GetString(), copyOf(m.value, alloc), alloc);
    json::setString(labels, "app.kubernetes.io/managed-by", "keda-operator", alloc);
    json::setString(labels, "app.kubernetes.io/name", outcome.hpaName, alloc);
    json::setString(labels, "app.kubernetes.io/part-of", name, alloc);
    json::setString(labels, "app.kubernetes.io/version", "2.20.2", alloc);
    json::setString(labels, "scaledobject.keda.sh/name", name, alloc);
    if (const auto *annotations = json::find(so, "metadata.annotations");
        annotations && annotations->IsObject()) {
        auto &copy = json::ensureObject(metadata, "annotations", alloc);
        for (const auto &m : annotations->GetObject())
            if (std::string(m.name.GetString()) != "kubectl.kubernetes.io/last-applied-configuration")
                json::setMember(copy, m.name.GetString(), copyOf(m.value, alloc), alloc);
    }
    json::Value owner(rapidjson::kObjectType);
    json::setString(owner, "apiVersion", "keda.sh/v1alpha1", alloc);
    json::setString(owner, "kind", "ScaledObject", alloc);
    json::setString(owner, "name", name, alloc);
    json::setString(owner, "uid", json::stringAt(so, "metadata.uid"), alloc);
    owner.AddMember("controller", true, alloc);
    owner.AddMember("blockOwnerDeletion", true, alloc);
    json::Value owners(rapidjson::kArrayType);
    owners.PushBack(owner, alloc);
    metadata.AddMember("ownerReferences", owners, alloc);

    auto &spec = json::ensureObject(doc, "spec", alloc);
    auto &ref = json::ensureObject(spec, "scaleTargetRef", alloc);
    json::setString(ref, "apiVersion", outcome.targetApiVersion, alloc);
    json::setString(ref, "kind", outcome.targetKind, alloc);
    json::setString(ref, "name", outcome.targetName, alloc);
    setInt(spec, "minReplicas", outcome.spec.hpaMinReplicas(), alloc);
    setInt(spec, "maxReplicas", outcome.spec.maxReplicas, alloc);
    json::Value metrics(rapidjson::kArrayType);
    json::Value current(rapidjson::kArrayType);
    const int replicas = outcome.currentReplicas;
    for (const auto &m : hpaMetrics(outcome.spec)) {
        json::Value metric(rapidjson::kObjectType);
        json::Value now_(rapidjson::kObjectType);
        const auto value = outcome.decision.metrics.find(m.name);
        json::Value currentValue(rapidjson::kObjectType);
        if (value != outcome.decision.metrics.end()) {
            if (m.type == keda::MetricTargetType::Value)
                json::setString(currentValue, "value", quantityOf(value->second), alloc);
            else if (m.type == keda::MetricTargetType::Utilization)
                setInt(currentValue, "averageUtilization", std::lround(value->second), alloc);
            else
                json::setString(currentValue, "averageValue",
                                quantityOf(value->second / std::max(1, replicas)), alloc);
        }
        if (m.resource) {
            json::setString(metric, "type", "Resource", alloc);
            json::Value resource(rapidjson::kObjectType);
            json::setString(resource, "name", m.name, alloc);
            resource.AddMember("target", target(m, alloc), alloc);
            metric.AddMember("resource", resource, alloc);
            json::setString(now_, "type", "Resource", alloc);
            json::Value cur(rapidjson::kObjectType);
            json::setString(cur, "name", m.name, alloc);
            cur.AddMember("current", currentValue, alloc);
            now_.AddMember("resource", cur, alloc);
        } else {
            json::setString(metric, "type", "External", alloc);
            json::Value external(rapidjson::kObjectType);
            external.AddMember("metric", metricIdentifier(m.name, name, alloc), alloc);
            external.AddMember("target", target(m, alloc), alloc);
            metric.AddMember("external", external, alloc);
            json::setString(now_, "type", "External", alloc);
            json::Value cur(rapidjson::kObjectType);
            cur.AddMember("metric", metricIdentifier(m.name, name, alloc), alloc);
            cur.AddMember("current", currentValue, alloc);
            now_.AddMember("external", cur, alloc);
        }
        metrics.PushBack(metric, alloc);
        if (replicas > 0 && value != outcome.decision.metrics.end())
            current.PushBack(now_, alloc);
    }
    spec.AddMember("metrics", metrics, alloc);
    if (const auto *behavior = json::find(so, "spec.advanced.horizontalPodAutoscalerConfig.behavior"))
        spec.AddMember("behavior", copyOf(*behavior, alloc), alloc);

    auto &status = json::ensureObject(doc, "status", alloc);
    const int desired = outcome.decision.replicas;
    setInt(status, "currentReplicas", replicas, alloc);
    setInt(status, "desiredReplicas", desired, alloc);
    status.AddMember("currentMetrics", current, alloc);
    std::string lastScale = old ? json::stringAt(*old, "status.lastScaleTime") : std::string();
    if (outcome.hpaScaled || lastScale.empty())
        lastScale = outcome.hpaScaled ? now : lastScale;
    if (!lastScale.empty())
        json::setString(status, "lastScaleTime", lastScale, alloc);
    json::Value conditions(rapidjson::kArrayType);
    conditions.PushBack(
        hpaCondition(old, "AbleToScale", true, desired == replicas ? "ReadyForNewScale" : "SucceededRescale",
                     desired == replicas ? "recommended size matches current size"
                                         : "the HPA controller was able to update the target scale to " +
                                               std::to_string(desired),
                     now, alloc),
        alloc);
    const bool anyValue = !outcome.decision.metrics.empty();
    if (replicas == 0)
        conditions.PushBack(hpaCondition(old, "ScalingActive", false, "ScalingDisabled",
                                         "scaling is disabled since the replica count of the target is zero",
                                         now, alloc),
                            alloc);
    else if (!anyValue)
        conditions.PushBack(hpaCondition(old, "ScalingActive", false, "FailedGetExternalMetric",
                                         "the HPA was unable to compute the replica count: unable to get "
                                         "external metric",
                                         now, alloc),
                            alloc);
    else
        conditions.PushBack(hpaCondition(old, "ScalingActive", true, "ValidMetricFound",
                                         "the HPA was able to successfully calculate a replica count from "
                                         "external metric " +
                                             outcome.decision.metrics.begin()->first,
                                         now, alloc),
                            alloc);
    const bool atMax = desired >= outcome.spec.maxReplicas;
    const bool atMin = desired > 0 && desired <= outcome.spec.hpaMinReplicas();
    conditions.PushBack(
        hpaCondition(old, "ScalingLimited", atMax || atMin,
                     atMax ? "TooManyReplicas" : (atMin ? "TooFewReplicas" : "DesiredWithinRange"),
                     atMax ? "the desired replica count is more than the maximum replica count"
                           : (atMin ? "the desired replica count is less than the minimum replica count"
                                    : "the desired count is within the acceptable range"),
                     now, alloc),
        alloc);
    status.AddMember("conditions", conditions, alloc);
    return doc;
}

json::Value scaledObjectStatus(const json::Value &so, const PollOutcome &outcome, Alloc &alloc)
{
    json::Value status(rapidjson::kObjectType);
    const auto &d = outcome.decision;
    json::setString(status, "scaleTargetKind", outcome.targetApiVersion + "." + outcome.targetKind, alloc);
    json::Value gvkr(rapidjson::kObjectType);
    const auto slash = outcome.targetApiVersion.find('/');
    json::setString(gvkr, "group",
                    slash == std::string::npos ? "" : outcome.targetApiVersion.substr(0, slash), alloc);
    json::setString(gvkr, "kind", outcome.targetKind, alloc);
    json::setString(gvkr, "resource", outcome.targetKind == "StatefulSet" ? "statefulsets" : "deployments",
                    alloc);
    json::setString(gvkr, "version",
                    slash == std::string::npos ? outcome.targetApiVersion
                                               : outcome.targetApiVersion.substr(slash + 1),
                    alloc);
    status.AddMember("scaleTargetGVKR", gvkr, alloc);
    if (outcome.originalReplicas)
        setInt(status, "originalReplicaCount", *outcome.originalReplicas, alloc);
    if (!outcome.lastActiveTime.empty())
        json::setString(status, "lastActiveTime", outcome.lastActiveTime, alloc);
    const auto names = keda::scaledObjectMetricNames(so);
    auto stringArray = [&](const std::vector<std::string> &items) {
        json::Value a(rapidjson::kArrayType);
        for (const auto &item : items)
            a.PushBack(json::Value(item.c_str(), static_cast<rapidjson::SizeType>(item.size()), alloc),
                       alloc);
        return a;
    };
    if (!names.external.empty())
        status.AddMember("externalMetricNames", stringArray(names.external), alloc);
    if (!names.resource.empty())
        status.AddMember("resourceMetricNames", stringArray(names.resource), alloc);
    if (outcome.spec.modifiers)
        json::setString(status, "compositeScalerName", keda::compositeMetricName, alloc);
    json::setString(status, "hpaName", outcome.hpaName, alloc);
    std::vector<std::string> types;
    std::vector<std::string> auths;
    if (const auto *triggers = json::find(so, "spec.triggers"); triggers && triggers->IsArray()) {
        std::set<std::string> seen;
        for (const auto &t : triggers->GetArray()) {
            const std::string type = json::stringAt(t, "type");
            if (seen.insert(type).second)
                types.push_back(type);
            const std::string auth = json::stringAt(t, "authenticationRef.name");
            if (!auth.empty())
                auths.push_back(auth);
        }
    }
    json::setString(status, "triggersTypes", joined(types, ","), alloc);
    if (!auths.empty())
        json::setString(status, "authenticationsTypes", joined(auths, ","), alloc);
    if (outcome.spec.fallback) {
        json::Value health(rapidjson::kObjectType);
        for (const auto &t : outcome.triggers) {
            if (t.resource)
                continue;
            json::Value h(rapidjson::kObjectType);
            setInt(h, "numberOfFailures", t.consecutiveFailures, alloc);
            json::setString(h, "status", t.consecutiveFailures > 0 ? "Failing" : "Happy", alloc);
            json::setMember(health, t.metricName, std::move(h), alloc);
        }
        status.AddMember("health", health, alloc);
    }
    if (!d.paused) {
        json::Value activity(rapidjson::kObjectType);
        for (const auto &t : outcome.triggers) {
            if (t.resource)
                continue;
            json::Value a(rapidjson::kObjectType);
            a.AddMember("isActive", t.active, alloc);
            json::setMember(activity, t.metricName, std::move(a), alloc);
        }
        if (activity.MemberCount() > 0)
            status.AddMember("triggersActivity", activity, alloc);
    }
    if (outcome.spec.pause.hasPausedReplicas && outcome.spec.pause.pausedReplicas)
        setInt(status, "pausedReplicaCount", *outcome.spec.pause.pausedReplicas, alloc);

    // KEDA's conditions carry no lastTransitionTime (its Condition type has none).
    json::Value conditions(rapidjson::kArrayType);
    int failing = 0;
    for (const auto &t : outcome.triggers)
        failing += t.error.empty() ? 0 : 1;
    if (failing == 0 || d.paused)
        conditions.PushBack(statusCondition("Ready", true, "ScaledObjectReady",
                                            "ScaledObject is defined correctly and is ready for scaling",
                                            alloc),
                            alloc);
    else if (failing < static_cast<int>(outcome.triggers.size()))
        conditions.PushBack(statusCondition("Ready", false, "PartialTriggerError",
                                            "Some triggers defined in ScaledObject are not working correctly",
                                            alloc),
                            alloc);
    else
        conditions.PushBack(statusCondition("Ready", false, "TriggerError",
                                            "Triggers defined in ScaledObject are not working correctly",
                                            alloc),
                            alloc);
    if (d.active)
        conditions.PushBack(statusCondition("Active", true, "ScalerActive",
                                            "Scaling is performed because triggers are active", alloc),
                            alloc);
    else if (d.activeReason == "ScalerCooldown")
        conditions.PushBack(statusCondition("Active", false, "ScalerCooldown",
                                            "Scaler cooling down because triggers are not active", alloc),
                            alloc);
    else
        conditions.PushBack(statusCondition("Active", false, "ScalerNotActive",
                                            "Scaling is not performed because triggers are not active",
                                            alloc),
                            alloc);
    conditions.PushBack(d.fallbackActive
                            ? statusCondition("Fallback", true, "FallbackExists",
                                              "At least one trigger is falling back on this scaled object",
                                              alloc)
                            : statusCondition("Fallback", false, "NoFallbackFound",
                                              "No fallbacks are active on this scaled object", alloc),
                        alloc);
    const auto &pause = outcome.spec.pause;
    if (d.paused || pause.pausedScaleIn || pause.pausedScaleOut)
        conditions.PushBack(
            statusCondition("Paused", true, "ScaledObjectPaused", "ScaledObject is paused", alloc), alloc);
    else
        conditions.PushBack(
            statusCondition("Paused", false, "ScaledObjectUnpaused", "ScaledObject is not paused", alloc),
            alloc);
    if (auto hpaActive = hpaActiveCondition(so, outcome, alloc); !hpaActive.IsNull())
        conditions.PushBack(hpaActive, alloc);
    status.AddMember("conditions", conditions, alloc);
    return status;
}

std::optional<PollOutcome::HpaScalingActive> hpaScalingActiveOf(const json::Value &hpa)
{
    const json::Value *conditions = json::find(hpa, "status.conditions");
    if (!conditions || !conditions->IsArray())
        return std::nullopt;
    for (const auto &c : conditions->GetArray())
        if (json::stringAt(c, "type") == "ScalingActive")
            return PollOutcome::HpaScalingActive{json::stringAt(c, "status") == "True",
                                                 json::stringAt(c, "reason"), json::stringAt(c, "message")};
    return std::nullopt;
}

json::Value checkFailedStatus(const json::Value &so, const std::string &message, Alloc &alloc)
{
    json::Value status(rapidjson::kObjectType);
    if (const auto *old = json::find(so, "status"); old && old->IsObject())
        status.CopyFrom(*old, alloc);
    status.RemoveMember("conditions");
    json::Value conditions(rapidjson::kArrayType);
    conditions.PushBack(statusCondition("Ready", false, "ScaledObjectCheckFailed", message, alloc), alloc);
    conditions.PushBack(statusCondition("Active", false, "ScalerNotActive",
                                        "Scaling is not performed because triggers are not active", alloc),
                        alloc);
    conditions.PushBack(statusCondition("Fallback", false, "NoFallbackFound",
                                        "No fallbacks are active on this scaled object", alloc),
                        alloc);
    conditions.PushBack(
        statusCondition("Paused", false, "ScaledObjectUnpaused", "ScaledObject is not paused", alloc), alloc);
    status.AddMember("conditions", conditions, alloc);
    return status;
}

bool sameIgnoringTimes(const json::Value &a, const json::Value &b)
{
    if (a.GetType() != b.GetType())
        return false;
    if (a.IsObject()) {
        if (a.MemberCount() != b.MemberCount())
            return false;
        for (const auto &m : a.GetObject()) {
            const std::string key = m.name.GetString();
            const auto other = b.FindMember(m.name);
            if (other == b.MemberEnd())
                return false;
            if (key == "lastTransitionTime" || key == "lastScaleTime")
                continue;
            if (!sameIgnoringTimes(m.value, other->value))
                return false;
        }
        return true;
    }
    if (a.IsArray()) {
        if (a.Size() != b.Size())
            return false;
        for (rapidjson::SizeType i = 0; i < a.Size(); ++i)
            if (!sameIgnoringTimes(a[i], b[i]))
                return false;
        return true;
    }
    return a == b;
}

} // namespace kedascope::sim
