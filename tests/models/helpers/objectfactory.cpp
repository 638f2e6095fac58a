// SPDX-License-Identifier: Apache-2.0
#include "objectfactory.h"

namespace kedascope::test {

namespace {

std::string quoted(const std::string &text)
{
    return '"' + text + '"';
}

std::string stringMap(const std::map<std::string, std::string> &entries)
{
    std::string json = "{";
    for (const auto &[key, value] : entries) {
        if (json.size() > 1)
            json += ',';
        json += quoted(key) + ':' + quoted(value);
    }
    return json + '}';
}

std::string condition(const std::string &type, const std::string &status, const std::string &reason,
                      const std::string &message)
{
    return R"({"type":")" + type + R"(","status":")" + status + R"(","reason":")" + reason +
           R"(","message":")" + message + R"("})";
}

std::string metadata(const std::string &ns, const std::string &name, const std::string &resourceVersion,
                     const std::string &created, const std::map<std::string, std::string> &labels,
                     const std::map<std::string, std::string> &annotations)
{
    std::string json = R"({"name":")" + name + '"';
    if (!ns.empty())
        json += R"(,"namespace":")" + ns + '"';
    json += R"(,"uid":"uid-)" + ns + '-' + name + R"(","resourceVersion":")" + resourceVersion +
            R"(","creationTimestamp":")" + created + '"';
    if (!labels.empty())
        json += R"(,"labels":)" + stringMap(labels);
    if (!annotations.empty())
        json += R"(,"annotations":)" + stringMap(annotations);
    return json + '}';
}

k8s::CachedObject cached(const std::string &ns, const std::string &name, const std::string &resourceVersion,
                         std::string json)
{
    return k8s::CachedObject{ns, name, "uid-" + ns + '-' + name, resourceVersion, std::move(json)};
}

} // namespace

k8s::CachedObject scaledObject(const ScaledObjectSpec &spec)
{
    std::string triggers = "[";
    for (const auto &[type, name] : spec.triggers) {
        if (triggers.size() > 1)
            triggers += ',';
        triggers += R"({"type":")" + type + '"';
        if (!name.empty())
            triggers += R"(,"name":")" + name + '"';
        triggers += R"(,"metadata":{}})";
    }
    triggers += ']';
    std::string status =
        R"({"conditions":[)" + condition("Ready", spec.ready, spec.readyReason, spec.readyMessage) + ',' +
        condition("Active", spec.active, spec.active == "True" ? "ScalerActive" : "ScalerNotActive",
                  "Scaling is performed because triggers are active") +
        ',' +
        condition("Fallback", spec.fallback, spec.fallback == "True" ? "FallbackExists" : "NoFallbackFound",
                  "No fallbacks are active on this scaled object") +
        ',' +
        condition("Paused", spec.paused,
                  spec.paused == "True" ? "ScaledObjectPaused" : "ScaledObjectUnpaused",
                  "ScaledObject pause state") +
        ']';
    if (!spec.hpaName.empty())
        status += R"(,"hpaName":")" + spec.hpaName + '"';
    if (!spec.lastActive.empty())
        status += R"(,"lastActiveTime":")" + spec.lastActive + '"';
    if (spec.pausedReplicas >= 0)
        status += R"(,"pausedReplicaCount":)" + std::to_string(spec.pausedReplicas);
    status += '}';
    const std::string json =
        R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":)" +
        metadata(spec.ns, spec.name, spec.resourceVersion, spec.created, spec.labels, spec.annotations) +
        R"(,"spec":{"scaleTargetRef":{"kind":")" + spec.targetKind + R"(","name":")" + spec.name +
        R"("},"minReplicaCount":)" + std::to_string(spec.minReplicas) + R"(,"maxReplicaCount":)" +
        std::to_string(spec.maxReplicas) + R"(,"triggers":)" + triggers + R"(},"status":)" + status + '}';
    return cached(spec.ns, spec.name, spec.resourceVersion, json);
}

k8s::CachedObject scaledObject(const std::string &ns, const std::string &name,
                               const std::string &resourceVersion, int maxReplicas)
{
    ScaledObjectSpec spec;
    spec.ns = ns;
    spec.name = name;
    spec.resourceVersion = resourceVersion;
    spec.maxReplicas = maxReplicas;
    return scaledObject(spec);
}

k8s::CachedObject scaledJob(const std::string &ns, const std::string &name,
                            const std::string &resourceVersion, const std::string &strategy,
                            const std::string &pausedAnnotation)
{
    std::map<std::string, std::string> annotations;
    if (!pausedAnnotation.empty())
        annotations["autoscaling.keda.sh/paused"] = pausedAnnotation;
    const std::string json =
        R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledJob","metadata":)" +
        metadata(ns, name, resourceVersion, "2026-11-21T08:00:00Z", {}, annotations) +
        R"(,"spec":{"jobTargetRef":{"template":{"spec":{"containers":[{"name":"c","image":"busybox"}]}}},)" +
        R"("maxReplicaCount":20,"scalingStrategy":{"strategy":")" + strategy +
        R"("},"triggers":[{"type":"rabbitmq","name":"queue","metadata":{}}]},"status":{"lastActiveTime":"2026-11-22T09:00:00Z","conditions":[)" +
        condition("Ready", "True", "ScaledJobReady",
                  "ScaledJob is defined correctly and is ready to scaling") +
        ',' +
        condition("Active", "False", "ScalerNotActive",
                  "Scaling is not performed because triggers are not active") +
        "]}}";
    return cached(ns, name, resourceVersion, json);
}

k8s::CachedObject triggerAuth(const std::string &ns, const std::string &name,
                              const std::string &resourceVersion, const std::string &specJson)
{
    const std::string kind = ns.empty() ? "ClusterTriggerAuthentication" : "TriggerAuthentication";
    const std::string json = R"({"apiVersion":"keda.sh/v1alpha1","kind":")" + kind + R"(","metadata":)" +
                             metadata(ns, name, resourceVersion, "2026-11-19T12:00:00Z", {}, {}) +
                             R"(,"spec":)" + specJson + '}';
    return cached(ns, name, resourceVersion, json);
}

k8s::CachedObject hpa(const std::string &ns, const std::string &name, int current, int desired)
{
    const std::string json =
        R"({"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","metadata":)" +
        metadata(ns, name, "1", "2026-11-20T10:00:00Z", {}, {}) +
        R"(,"spec":{},"status":{"currentReplicas":)" + std::to_string(current) + R"(,"desiredReplicas":)" +
        std::to_string(desired) + "}}";
    return cached(ns, name, "1", json);
}

k8s::WatchDelta added(k8s::CachedObject object)
{
    return {k8s::WatchDelta::Type::Added, std::move(object)};
}

k8s::WatchDelta modified(k8s::CachedObject object)
{
    return {k8s::WatchDelta::Type::Modified, std::move(object)};
}

k8s::WatchDelta deleted(k8s::CachedObject object)
{
    return {k8s::WatchDelta::Type::Deleted, std::move(object)};
}

models::ObjectList manyScaledObjects(int count, int namespaces, const std::string &resourceVersion,
                                     int firstIndex)
{
    models::ObjectList objects;
    objects.reserve(static_cast<size_t>(count));
    for (int i = firstIndex; i < firstIndex + count; ++i)
        objects.push_back(scaledObject("ns-" + std::to_string(i % namespaces), "so-" + std::to_string(i),
                                       resourceVersion, 10));
    return objects;
}

} // namespace kedascope::test
