// SPDX-License-Identifier: Apache-2.0
#include "sim/controllerworkloads.h"

#include "sim/managedfields.h"
#include "sim/objectstore.h"

namespace kedascope::sim {

namespace {

k8s::Error missing()
{
    return k8s::Error::make(k8s::Error::Kind::Api, "not found");
}

void setInt(json::Value &object, const char *key, long long value, json::Allocator &alloc)
{
    json::setMember(object, key, json::Value(static_cast<int64_t>(value)), alloc);
}

std::string resourceOf(const std::string &kind)
{
    if (kind == "Deployment")
        return "deployments.apps";
    if (kind == "StatefulSet")
        return "statefulsets.apps";
    return {};
}

} // namespace

WorkloadModel::WorkloadModel(ObjectStore &store) : m_store(store) {}

std::optional<WorkloadModel::Workload> WorkloadModel::find(const std::string &ns,
                                                           const k8s::keda::WorkloadRef &target) const
{
    const std::string resource = resourceOf(target.kind);
    if (resource.empty() || target.name.empty())
        return std::nullopt;
    const Record record = m_store.get(resource, ns, target.name);
    if (!record)
        return std::nullopt;
    const auto doc = json::parse(record->json);
    if (!doc)
        return std::nullopt;
    Workload w;
    w.resource = resource;
    w.ns = ns;
    w.name = target.name;
    w.key = resource + "/" + ns + "/" + target.name;
    w.replicas = static_cast<int>(json::intAt(*doc, "spec.replicas").value_or(1));
    w.readyReplicas = static_cast<int>(json::intAt(*doc, "status.readyReplicas").value_or(0));
    return w;
}

void WorkloadModel::scale(const Workload &workload, int replicas, const std::string &manager, double t,
                          double startupSeconds)
{
    m_store.write(
        workload.resource, workload.ns, workload.name, ObjectStore::WriteMode::UpdateOnly, false,
        [&](const Record &current) -> k8s::Result<json::Document> {
            json::Document doc;
            doc.Parse(current->json.c_str());
            json::Document before;
            before.CopyFrom(doc, before.GetAllocator());
            auto &alloc = doc.GetAllocator();
            setInt(json::ensureObject(doc, "spec", alloc), "replicas", replicas, alloc);
            auto &status = json::ensureObject(doc, "status", alloc);
            setInt(status, "replicas", replicas, alloc);
            const long long ready = json::intAt(doc, "status.readyReplicas").value_or(0);
            if (ready > replicas)
                for (const char *field : {"readyReplicas", "availableReplicas", "updatedReplicas"})
                    setInt(status, field, replicas, alloc);
            recordUpdate(&before, doc, manager, "apps/v1", "scale", alloc);
            return doc;
        },
        missing, missing);
    if (replicas > workload.readyReplicas)
        m_readyAt[workload.key] = t + startupSeconds;
    else
        m_readyAt.erase(workload.key);
}

void WorkloadModel::settle(double t)
{
    for (auto it = m_readyAt.begin(); it != m_readyAt.end();) {
        if (it->second > t) {
            ++it;
            continue;
        }
        const std::string &key = it->first;
        const auto first = key.find('/');
        const auto second = key.find('/', first + 1);
        markReady(key.substr(0, first), key.substr(first + 1, second - first - 1), key.substr(second + 1));
        it = m_readyAt.erase(it);
    }
}

void WorkloadModel::markReady(const std::string &resource, const std::string &ns, const std::string &name)
{
    m_store.write(
        resource, ns, name, ObjectStore::WriteMode::UpdateOnly, false,
        [&](const Record &current) -> k8s::Result<json::Document> {
            json::Document doc;
            doc.Parse(current->json.c_str());
            auto &alloc = doc.GetAllocator();
            const long long replicas = json::intAt(doc, "spec.replicas").value_or(1);
            auto &status = json::ensureObject(doc, "status", alloc);
            for (const char *field : {"replicas", "readyReplicas", "availableReplicas", "updatedReplicas"})
                setInt(status, field, replicas, alloc);
            if (resource == "statefulsets.apps")
                setInt(status, "currentReplicas", replicas, alloc);
            return doc;
        },
        missing, missing);
}

} // namespace kedascope::sim
