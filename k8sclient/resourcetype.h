// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace kedascope::k8s {

// A resource as discovery describes it: group/version/resource plus what kubectl
// needs to address it (kind, scope, short names).
struct ResourceType
{
    std::string group; // "" for the core group
    std::string version;
    std::string resource; // plural, e.g. "scaledobjects"
    std::string kind;
    bool namespaced = true;
    std::string singular;
    std::vector<std::string> shortNames;

    std::string apiVersion() const { return group.empty() ? version : group + '/' + version; }
    // "/api/v1" or "/apis/GROUP/VERSION"
    std::string groupVersionPath() const;
    bool operator==(const ResourceType &o) const
    {
        return group == o.group && version == o.version && resource == o.resource;
    }
};

namespace resources {
const ResourceType &scaledObjects();
const ResourceType &scaledJobs();
const ResourceType &triggerAuthentications();
const ResourceType &clusterTriggerAuthentications();
const ResourceType &deployments();
const ResourceType &statefulSets();
const ResourceType &hpas();
const ResourceType &eventsV1();
const ResourceType &coreEvents();
const ResourceType &namespaces();
const ResourceType &secrets();
const ResourceType &services();
const ResourceType &jobs();
// The four KEDA kinds, in the order the UI lists them.
const std::vector<ResourceType> &keda();
// Resolves a kubectl-style name: plural, singular, short name or Kind (case-insensitive); nullptr if unknown.
const ResourceType *kedaByName(const std::string &name);
} // namespace resources

} // namespace kedascope::k8s
