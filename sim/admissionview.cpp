// SPDX-License-Identifier: Apache-2.0
#include "sim/admissionview.h"

#include "sim/objectstore.h"

#include <mutex>
#include <set>

namespace kedascope::sim {

namespace keda = k8s::keda;

namespace {

std::mutex g_enabledMutex;
std::set<const ObjectStore *> g_enabled;

std::vector<Record> listAll(const ObjectStore &store, const std::string &resource, const std::string &ns)
{
    return store.list(resource, ns, {}, 0, [](const ObjectRecord &) { return true; }).items;
}

} // namespace

AdmissionSnapshot AdmissionSnapshot::capture(const ObjectStore &store, const std::string &ns)
{
    AdmissionSnapshot snapshot;
    for (const auto &record : listAll(store, "scaledobjects.keda.sh", ns))
        if (auto doc = json::parse(record->json))
            snapshot.m_scaledObjects.push_back(keda::ScaledObjectSummary::fromJson(*doc));
    for (const auto &record : listAll(store, "horizontalpodautoscalers.autoscaling", ns))
        if (auto doc = json::parse(record->json))
            snapshot.m_hpas.push_back(keda::HpaSummary::fromJson(*doc));
    for (const auto &[resource, kind] :
         {std::pair<std::string, std::string>{"deployments.apps", "Deployment"},
          {"statefulsets.apps", "StatefulSet"}})
        for (const auto &record : listAll(store, resource, ns))
            if (auto doc = json::parse(record->json))
                snapshot.m_workloads[kind + "/" + record->name] = keda::containerResources(*doc);
    for (const auto &record : listAll(store, "limitranges", ns)) {
        auto doc = json::parse(record->json);
        const json::Value *limits = doc ? json::find(*doc, "spec.limits") : nullptr;
        if (!limits || !limits->IsArray())
            continue;
        for (const auto &limit : limits->GetArray()) {
            if (json::stringAt(limit, "type") != "Container")
                continue;
            for (const char *name : {"cpu", "memory"}) {
                const json::Value *defaults = json::find(limit, "default");
                const json::Value *requests = json::find(limit, "defaultRequest");
                if ((defaults && json::find(*defaults, name)) || (requests && json::find(*requests, name)))
                    snapshot.m_limitRangeDefaults[name] = true;
            }
        }
    }
    return snapshot;
}

std::vector<keda::ScaledObjectSummary> AdmissionSnapshot::scaledObjects(const std::string &) const
{
    return m_scaledObjects;
}

std::vector<keda::HpaSummary> AdmissionSnapshot::horizontalPodAutoscalers(const std::string &) const
{
    return m_hpas;
}

std::optional<std::vector<keda::ContainerResources>>
AdmissionSnapshot::workloadContainers(const std::string &, const keda::WorkloadRef &target) const
{
    const auto found = m_workloads.find(target.kind + "/" + target.name);
    if (found == m_workloads.end())
        return std::nullopt;
    return found->second;
}

bool AdmissionSnapshot::limitRangeDefaults(const std::string &, const std::string &resource) const
{
    const auto found = m_limitRangeDefaults.find(resource);
    return found != m_limitRangeDefaults.end() && found->second;
}

k8s::Status AdmissionSnapshot::admit(const std::string &kind, const std::string &ns,
                                     const json::Value &object, const json::Value *old, bool dryRun) const
{
    if (old && keda::isFinalizerRemoval(*old, object))
        return k8s::success();
    std::optional<keda::AdmissionDenial> denial;
    if (kind == "ScaledObject") {
        json::Document copy;
        copy.CopyFrom(object, copy.GetAllocator());
        json::setString(json::ensureObject(copy, "metadata", copy.GetAllocator()), "namespace", ns,
                        copy.GetAllocator());
        denial = keda::validateScaledObject(copy, *this, dryRun);
    } else if (kind == "ScaledJob") {
        denial = keda::validateScaledJob(object);
    } else if (kind == "TriggerAuthentication" || kind == "ClusterTriggerAuthentication") {
        denial = keda::validateTriggerAuthentication(object);
    }
    if (denial)
        return keda::admissionError(*denial, kind);
    return k8s::success();
}

void setKedaAdmission(const ObjectStore &store, bool enabled)
{
    std::lock_guard lock(g_enabledMutex);
    if (enabled)
        g_enabled.insert(&store);
    else
        g_enabled.erase(&store);
}

bool kedaAdmissionEnabled(const ObjectStore &store)
{
    std::lock_guard lock(g_enabledMutex);
    return g_enabled.count(&store) > 0;
}

std::optional<AdmissionSnapshot> kedaAdmissionFor(const ObjectStore &store, const std::string &kind,
                                                  const std::string &ns)
{
    if (kind != "ScaledObject" && kind != "ScaledJob" && kind != "TriggerAuthentication" &&
        kind != "ClusterTriggerAuthentication")
        return std::nullopt;
    if (!kedaAdmissionEnabled(store))
        return std::nullopt;
    if (kind != "ScaledObject")
        return AdmissionSnapshot{};
    return AdmissionSnapshot::capture(store, ns);
}

} // namespace kedascope::sim
