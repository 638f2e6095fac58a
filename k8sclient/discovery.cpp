// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/discovery.h"

#include "k8sclient/json.h"

namespace kedascope::k8s::discovery {

namespace {

Result<json::Document> parseObject(std::string_view body, const std::string &what)
{
    std::string error;
    auto doc = json::parse(body, &error);
    if (!doc)
        return Error::make(Error::Kind::Decode, what + " is not JSON: " + error);
    if (!doc->IsObject())
        return Error::make(Error::Kind::Decode, what + " is not a JSON object");
    return std::move(*doc);
}

std::string stringOf(const json::Value &value, const char *key)
{
    auto it = value.FindMember(key);
    return it != value.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString())
                                                           : std::string();
}

} // namespace

Result<std::vector<std::string>> parseCoreVersions(std::string_view body)
{
    auto doc = parseObject(body, "the /api discovery answer");
    if (!doc)
        return doc.error();
    std::vector<std::string> versions;
    if (const json::Value *list = json::find(*doc, "versions"); list && list->IsArray()) {
        for (const auto &v : list->GetArray())
            if (v.IsString())
                versions.emplace_back(v.GetString());
    }
    return versions;
}

Result<std::vector<std::string>> parseGroupVersions(std::string_view body)
{
    auto doc = parseObject(body, "the /apis discovery answer");
    if (!doc)
        return doc.error();
    std::vector<std::string> groupVersions;
    const json::Value *groups = json::find(*doc, "groups");
    if (!groups || !groups->IsArray())
        return groupVersions;
    for (const auto &group : groups->GetArray()) {
        const json::Value *versions = group.IsObject() ? json::find(group, "versions") : nullptr;
        if (!versions || !versions->IsArray())
            continue;
        for (const auto &version : versions->GetArray()) {
            if (!version.IsObject())
                continue;
            std::string groupVersion = stringOf(version, "groupVersion");
            if (groupVersion.empty())
                groupVersion = stringOf(group, "name") + '/' + stringOf(version, "version");
            groupVersions.push_back(std::move(groupVersion));
        }
    }
    return groupVersions;
}

Result<DiscoveredGroupVersion> parseResourceList(std::string_view body, const std::string &groupVersion)
{
    auto doc = parseObject(body, "the discovery answer for " + groupVersion);
    if (!doc)
        return doc.error();
    DiscoveredGroupVersion discovered;
    discovered.groupVersion = groupVersion;
    const auto slash = groupVersion.find('/');
    const std::string group = slash == std::string::npos ? std::string() : groupVersion.substr(0, slash);
    const std::string version = slash == std::string::npos ? groupVersion : groupVersion.substr(slash + 1);
    const json::Value *resources = json::find(*doc, "resources");
    if (!resources || !resources->IsArray())
        return discovered;
    for (const auto &entry : resources->GetArray()) {
        if (!entry.IsObject())
            continue;
        ResourceType type;
        type.resource = stringOf(entry, "name");
        if (type.resource.empty() || type.resource.find('/') != std::string::npos)
            continue;
        type.group =
            entry.HasMember("group") && !stringOf(entry, "group").empty() ? stringOf(entry, "group") : group;
        type.version = entry.HasMember("version") && !stringOf(entry, "version").empty()
                           ? stringOf(entry, "version")
                           : version;
        type.kind = stringOf(entry, "kind");
        type.singular = stringOf(entry, "singularName");
        auto namespaced = entry.FindMember("namespaced");
        type.namespaced =
            namespaced != entry.MemberEnd() && namespaced->value.IsBool() && namespaced->value.GetBool();
        if (const json::Value *shortNames = json::find(entry, "shortNames");
            shortNames && shortNames->IsArray()) {
            for (const auto &name : shortNames->GetArray())
                if (name.IsString())
                    type.shortNames.emplace_back(name.GetString());
        }
        discovered.resources.push_back(std::move(type));
    }
    return discovered;
}

std::string pathFor(const std::string &groupVersion)
{
    return groupVersion.find('/') == std::string::npos ? "/api/" + groupVersion : "/apis/" + groupVersion;
}

} // namespace kedascope::k8s::discovery
