// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace kedascope::sim {

// A resource the sim serves, with what discovery reports about it.
struct ApiResource
{
    std::string group; // "" for core
    std::string version;
    std::string resource; // plural
    std::string singular;
    std::string kind;
    bool namespaced = true;
    std::vector<std::string> shortNames;
    std::vector<std::string> categories;
    bool hasStatus = false;
    bool hasScale = false;

    std::string apiVersion() const { return group.empty() ? version : group + '/' + version; }
    // The store's key and the name in messages: "scaledobjects.keda.sh", "pods".
    std::string qualifiedName() const { return group.empty() ? resource : resource + '.' + group; }
    bool isKeda() const { return group == "keda.sh"; }
};

const std::vector<ApiResource> &apiResources();
const ApiResource *findApiResource(const std::string &group, const std::string &version,
                                   const std::string &resource);
const ApiResource &namespacesResource();

// Discovery documents (plain JSON, not aggregated).
std::string apiVersionsJson(const std::string &serverAddress);
std::string apiGroupListJson();
// Empty when the group version is not served.
std::string apiResourceListJson(const std::string &group, const std::string &version);

// A minimal OpenAPI v3: the index of group versions and, per group version, the PATCH operations
// with their query parameters — what kubectl checks to trust server-side field validation.
std::string openApiV3IndexJson();
// `groupVersionPath`: "api/v1" or "apis/GROUP/VERSION"; empty when not served.
std::string openApiV3GroupVersionJson(const std::string &groupVersionPath);

} // namespace kedascope::sim
