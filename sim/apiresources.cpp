// SPDX-License-Identifier: Apache-2.0
#include "sim/apiresources.h"

#include "k8sclient/json.h"

#include <rapidjson/writer.h>

#include <algorithm>

namespace kedascope::sim {

namespace json = k8s::json;

namespace {

std::vector<ApiResource> buildResources()
{
    std::vector<ApiResource> all;
    auto add = [&all](std::string group, std::string version, std::string resource, std::string singular,
                      std::string kind, bool namespaced, std::vector<std::string> shortNames,
                      std::vector<std::string> categories, bool status, bool scale) {
        all.push_back({std::move(group), std::move(version), std::move(resource), std::move(singular),
                       std::move(kind), namespaced, std::move(shortNames), std::move(categories), status,
                       scale});
    };
    add("", "v1", "namespaces", "namespace", "Namespace", false, {"ns"}, {}, true, false);
    add("", "v1", "events", "event", "Event", true, {"ev"}, {}, false, false);
    add("", "v1", "services", "service", "Service", true, {"svc"}, {"all"}, true, false);
    add("", "v1", "secrets", "secret", "Secret", true, {}, {}, false, false);
    add("", "v1", "configmaps", "configmap", "ConfigMap", true, {"cm"}, {}, false, false);
    add("", "v1", "pods", "pod", "Pod", true, {"po"}, {"all"}, true, false);
    add("apps", "v1", "deployments", "deployment", "Deployment", true, {"deploy"}, {"all"}, true, true);
    add("apps", "v1", "statefulsets", "statefulset", "StatefulSet", true, {"sts"}, {"all"}, true, true);
    add("batch", "v1", "jobs", "job", "Job", true, {}, {"all"}, true, false);
    add("autoscaling", "v2", "horizontalpodautoscalers", "horizontalpodautoscaler", "HorizontalPodAutoscaler",
        true, {"hpa"}, {"all"}, true, false);
    add("events.k8s.io", "v1", "events", "event", "Event", true, {"ev"}, {}, false, false);
    add("keda.sh", "v1alpha1", "scaledobjects", "scaledobject", "ScaledObject", true, {"so"},
        {"keda", "scaledobject"}, true, false);
    add("keda.sh", "v1alpha1", "scaledjobs", "scaledjob", "ScaledJob", true, {"sj"}, {"keda", "scaledjob"},
        true, false);
    add("keda.sh", "v1alpha1", "triggerauthentications", "triggerauthentication", "TriggerAuthentication",
        true, {"ta", "triggerauth"}, {"keda"}, true, false);
    add("keda.sh", "v1alpha1", "clustertriggerauthentications", "clustertriggerauthentication",
        "ClusterTriggerAuthentication", false, {"cta", "clustertriggerauth"}, {"keda"}, true, false);
    return all;
}

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr char kExternalMetricsGroup[] =
    R"({"name":"external.metrics.k8s.io","versions":[{"groupVersion":"external.metrics.k8s.io/v1beta1",)"
    R"("version":"v1beta1"}],"preferredVersion":{"groupVersion":"external.metrics.k8s.io/v1beta1",)"
    R"("version":"v1beta1"}})";

// {"groupVersion":"<group>/<version>","version":"<version>"}
void writeGroupVersion(Writer &w, const ApiResource &r)
{
    w.StartObject();
    w.Key("groupVersion");
    w.String(r.apiVersion().c_str());
    w.Key("version");
    w.String(r.version.c_str());
    w.EndObject();
}

void writeStrings(Writer &w, const char *key, const std::vector<std::string> &values)
{
    w.Key(key);
    w.StartArray();
    for (const auto &v : values)
        w.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
    w.EndArray();
}

void writeResourceEntry(Writer &w, const ApiResource &r, const std::string &name, const std::string &kind,
                        const std::string &group, const std::string &version,
                        const std::vector<std::string> &verbs, bool main)
{
    w.StartObject();
    w.Key("name");
    w.String(name.c_str());
    w.Key("singularName");
    w.String(main ? r.singular.c_str() : "");
    w.Key("namespaced");
    w.Bool(r.namespaced);
    if (!group.empty()) {
        w.Key("group");
        w.String(group.c_str());
        w.Key("version");
        w.String(version.c_str());
    }
    w.Key("kind");
    w.String(kind.c_str());
    writeStrings(w, "verbs", verbs);
    if (main && !r.shortNames.empty())
        writeStrings(w, "shortNames", r.shortNames);
    if (main && !r.categories.empty())
        writeStrings(w, "categories", r.categories);
    if (main) {
        w.Key("storageVersionHash");
        w.String("kedascopesim=");
    }
    w.EndObject();
}

} // namespace

const std::vector<ApiResource> &apiResources()
{
    static const std::vector<ApiResource> all = buildResources();
    return all;
}

const ApiResource *findApiResource(const std::string &group, const std::string &version,
                                   const std::string &resource)
{
    for (const auto &r : apiResources())
        if (r.group == group && r.version == version && r.resource == resource)
            return &r;
    return nullptr;
}

const ApiResource &namespacesResource()
{
    return apiResources().front();
}

std::string apiVersionsJson(const std::string &serverAddress)
{
    return R"({"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":")" +
           serverAddress + "\"}]}";
}

std::string apiGroupListJson()
{
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("kind");
    w.String("APIGroupList");
    w.Key("apiVersion");
    w.String("v1");
    w.Key("groups");
    w.StartArray();
    std::vector<std::string> seen;
    for (const auto &r : apiResources()) {
        if (r.group.empty())
            continue;
        const std::string gv = r.apiVersion();
        bool known = false;
        for (const auto &s : seen)
            known = known || s == gv;
        if (known)
            continue;
        seen.push_back(gv);
        w.StartObject();
        w.Key("name");
        w.String(r.group.c_str());
        w.Key("versions");
        w.StartArray();
        writeGroupVersion(w, r);
        w.EndArray();
        w.Key("preferredVersion");
        writeGroupVersion(w, r);
        w.EndObject();
    }
    // Served by KEDA's metrics apiserver through the aggregation layer (sim/externalmetrics.cpp).
    w.RawValue(kExternalMetricsGroup, sizeof kExternalMetricsGroup - 1, rapidjson::kObjectType);
    w.EndArray();
    w.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

std::string apiResourceListJson(const std::string &group, const std::string &version)
{
    const std::vector<std::string> allVerbs = {"create", "delete", "deletecollection", "get",
                                               "list",   "patch",  "update",           "watch"};
    const std::vector<std::string> subVerbs = {"get", "patch", "update"};
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    bool any = false;
    w.StartObject();
    w.Key("kind");
    w.String("APIResourceList");
    w.Key("apiVersion");
    w.String("v1");
    w.Key("groupVersion");
    const std::string gv = group.empty() ? version : group + '/' + version;
    w.String(gv.c_str());
    w.Key("resources");
    w.StartArray();
    for (const auto &r : apiResources()) {
        if (r.group != group || r.version != version)
            continue;
        any = true;
        writeResourceEntry(w, r, r.resource, r.kind, "", "", allVerbs, true);
        if (r.hasStatus)
            writeResourceEntry(w, r, r.resource + "/status", r.kind, "", "", subVerbs, false);
        if (r.hasScale)
            writeResourceEntry(w, r, r.resource + "/scale", "Scale", "autoscaling", "v1", subVerbs, false);
    }
    w.EndArray();
    w.EndObject();
    if (!any)
        return {};
    return {buffer.GetString(), buffer.GetSize()};
}

namespace {

std::string groupVersionPathOf(const ApiResource &r)
{
    return r.group.empty() ? "api/" + r.version : "apis/" + r.group + "/" + r.version;
}

void writeParameter(Writer &w, const char *name, const char *type)
{
    w.StartObject();
    w.Key("name");
    w.String(name);
    w.Key("in");
    w.String("query");
    w.Key("schema");
    w.StartObject();
    w.Key("type");
    w.String(type);
    w.EndObject();
    w.EndObject();
}

void writeWriteOperation(Writer &w, const ApiResource &r, const char *verb, bool withForce)
{
    w.Key(verb);
    w.StartObject();
    w.Key("operationId");
    const std::string id = std::string(verb) + r.kind;
    w.String(id.c_str());
    w.Key("parameters");
    w.StartArray();
    writeParameter(w, "dryRun", "string");
    writeParameter(w, "fieldManager", "string");
    writeParameter(w, "fieldValidation", "string");
    if (withForce)
        writeParameter(w, "force", "boolean");
    w.EndArray();
    w.Key("responses");
    w.StartObject();
    w.Key("200");
    w.StartObject();
    w.Key("description");
    w.String("OK");
    w.EndObject();
    w.EndObject();
    w.Key("x-kubernetes-action");
    w.String(verb);
    w.Key("x-kubernetes-group-version-kind");
    w.StartObject();
    w.Key("group");
    w.String(r.group.c_str());
    w.Key("version");
    w.String(r.version.c_str());
    w.Key("kind");
    w.String(r.kind.c_str());
    w.EndObject();
    w.EndObject();
}

} // namespace

std::string openApiV3IndexJson()
{
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("paths");
    w.StartObject();
    std::vector<std::string> seen;
    for (const auto &r : apiResources()) {
        const std::string path = groupVersionPathOf(r);
        if (std::find(seen.begin(), seen.end(), path) != seen.end())
            continue;
        seen.push_back(path);
        w.Key(path.c_str());
        w.StartObject();
        w.Key("serverRelativeURL");
        const std::string url = "/openapi/v3/" + path + "?hash=kedascope-sim-1";
        w.String(url.c_str());
        w.EndObject();
    }
    w.EndObject();
    w.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

std::string openApiV3GroupVersionJson(const std::string &groupVersionPath)
{
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("openapi");
    w.String("3.0.0");
    w.Key("info");
    w.StartObject();
    w.Key("title");
    w.String("Kubernetes");
    w.Key("version");
    w.String("v1.32.0-kedascope-sim");
    w.EndObject();
    w.Key("paths");
    w.StartObject();
    bool any = false;
    for (const auto &r : apiResources()) {
        if (groupVersionPathOf(r) != groupVersionPath)
            continue;
        any = true;
        const std::string base =
            "/" + groupVersionPath + (r.namespaced ? "/namespaces/{namespace}/" : "/") + r.resource;
        w.Key(base.c_str());
        w.StartObject();
        writeWriteOperation(w, r, "post", false);
        w.EndObject();
        const std::string item = base + "/{name}";
        w.Key(item.c_str());
        w.StartObject();
        writeWriteOperation(w, r, "put", false);
        writeWriteOperation(w, r, "patch", true);
        w.EndObject();
    }
    w.EndObject();
    w.Key("components");
    w.StartObject();
    w.Key("schemas");
    w.StartObject();
    w.EndObject();
    w.EndObject();
    w.EndObject();
    if (!any)
        return {};
    return {buffer.GetString(), buffer.GetSize()};
}

} // namespace kedascope::sim
