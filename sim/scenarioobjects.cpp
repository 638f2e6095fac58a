// SPDX-License-Identifier: Apache-2.0
#include "sim/scenarioobjects.h"

#include "k8sclient/kedaadmission.h"
#include "sim/apiresources.h"
#include "sim/managedfields.h"
#include "sim/objectstore.h"

#include <algorithm>
#include <set>

namespace kedascope::sim {

namespace {

k8s::Error refused()
{
    return k8s::Error::make(k8s::Error::Kind::Api, "exists");
}

const ApiResource *resourceFor(const std::string &apiVersion, const std::string &kind)
{
    const auto slash = apiVersion.find('/');
    const std::string group = slash == std::string::npos ? "" : apiVersion.substr(0, slash);
    const std::string version = slash == std::string::npos ? apiVersion : apiVersion.substr(slash + 1);
    for (const auto &resource : apiResources())
        if (resource.group == group && resource.version == version && resource.kind == kind)
            return &resource;
    return nullptr;
}

void put(ObjectStore &store, const std::string &resource, const std::string &ns, const std::string &name,
         const json::Value &object, const std::string &apiVersion)
{
    store.write(
        resource, ns, name, ObjectStore::WriteMode::CreateOnly, false,
        [&](const Record &) -> k8s::Result<json::Document> {
            json::Document doc;
            doc.CopyFrom(object, doc.GetAllocator());
            auto &alloc = doc.GetAllocator();
            json::Document spec;
            spec.CopyFrom(doc, spec.GetAllocator());
            spec.RemoveMember("status");
            recordUpdate(nullptr, spec, "kubectl-client-side-apply", apiVersion, "", spec.GetAllocator());
            if (auto *fields = json::find(spec, "metadata.managedFields"))
                json::setMember(json::ensureObject(doc, "metadata", alloc), "managedFields",
                                json::Value(*fields, alloc), alloc);
            return doc;
        },
        refused, refused);
}

std::string workloadJson(const std::string &kind, const std::string &ns, const std::string &name,
                         int replicas)
{
    const std::string count = std::to_string(replicas);
    std::string text = R"({"apiVersion":"apps/v1","kind":")" + kind + R"(","metadata":{"name":")" + name +
                       R"(","namespace":")" + ns + R"(","labels":{"app":")" + name +
                       R"("}},"spec":{"replicas":)" + count + R"(,"selector":{"matchLabels":{"app":")" +
                       name + R"("}},)";
    if (kind == "StatefulSet")
        text += R"("serviceName":")" + name + R"(",)";
    text +=
        R"("template":{"metadata":{"labels":{"app":")" + name + R"("}},"spec":{"containers":[{"name":")" +
        name + R"(","image":"registry.example.com/)" + name +
        R"(:1.0.0","resources":{"requests":{"cpu":"100m","memory":"128Mi"},"limits":{"memory":"256Mi"}}}]}}},)";
    text += R"("status":{"observedGeneration":1,"replicas":)" + count + R"(,"readyReplicas":)" + count +
            R"(,"availableReplicas":)" + count + R"(,"updatedReplicas":)" + count + "}}";
    return text;
}

} // namespace

void applyObjects(ObjectStore &store, const std::vector<std::shared_ptr<json::Document>> &objects)
{
    std::set<std::string> namespaces;
    std::set<std::string> workloads;
    for (const auto &object : objects) {
        const std::string kind = json::stringAt(*object, "kind");
        const std::string ns = json::stringAt(*object, "metadata.namespace");
        if (kind == "Namespace")
            namespaces.insert(json::stringAt(*object, "metadata.name"));
        else if (!ns.empty())
            namespaces.insert(ns);
        if (kind == "Deployment" || kind == "StatefulSet")
            workloads.insert(kind + "/" + ns + "/" + json::stringAt(*object, "metadata.name"));
    }
    for (const auto &ns : namespaces) {
        auto doc = json::parse(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":")" + ns +
                               R"(","labels":{"kubernetes.io/metadata.name":")" + ns +
                               R"("}},"spec":{"finalizers":["kubernetes"]},"status":{"phase":"Active"}})");
        put(store, "namespaces", "", ns, *doc, "v1");
    }
    for (const auto &object : objects) {
        const std::string kind = json::stringAt(*object, "kind");
        if (kind == "Namespace")
            continue;
        const std::string apiVersion = json::stringAt(*object, "apiVersion");
        const ApiResource *resource = resourceFor(apiVersion, kind);
        if (!resource)
            continue;
        const std::string ns =
            resource->namespaced ? json::stringAt(*object, "metadata.namespace", "default") : "";
        put(store, resource->qualifiedName(), ns, json::stringAt(*object, "metadata.name"), *object,
            apiVersion);
        if (kind != "ScaledObject")
            continue;
        const json::Value *ref = json::find(*object, "spec.scaleTargetRef");
        const auto target = ref ? k8s::keda::WorkloadRef::fromScaleTargetRef(*ref) : k8s::keda::WorkloadRef{};
        if ((target.kind != "Deployment" && target.kind != "StatefulSet") ||
            workloads.count(target.kind + "/" + ns + "/" + target.name))
            continue;
        const int replicas = static_cast<int>(
            std::max<long long>(1, json::intAt(*object, "spec.minReplicaCount").value_or(1)));
        auto doc = json::parse(workloadJson(target.kind, ns, target.name, replicas));
        put(store, target.kind == "Deployment" ? "deployments.apps" : "statefulsets.apps", ns, target.name,
            *doc, "apps/v1");
    }
}

} // namespace kedascope::sim
