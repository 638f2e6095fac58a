// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/resourcetype.h"

#include <algorithm>
#include <cctype>

namespace kedascope::k8s {

std::string ResourceType::groupVersionPath() const
{
    return group.empty() ? "/api/" + version : "/apis/" + group + '/' + version;
}

namespace resources {

const ResourceType &scaledObjects()
{
    static const ResourceType t{"keda.sh", "v1alpha1", "scaledobjects", "ScaledObject", true, "scaledobject", {"so"}};
    return t;
}
const ResourceType &scaledJobs()
{
    static const ResourceType t{"keda.sh", "v1alpha1", "scaledjobs", "ScaledJob", true, "scaledjob", {"sj"}};
    return t;
}
const ResourceType &triggerAuthentications()
{
    static const ResourceType t{"keda.sh", "v1alpha1", "triggerauthentications", "TriggerAuthentication",
                                true, "triggerauthentication", {"ta", "triggerauth"}};
    return t;
}
const ResourceType &clusterTriggerAuthentications()
{
    static const ResourceType t{"keda.sh", "v1alpha1", "clustertriggerauthentications",
                                "ClusterTriggerAuthentication", false, "clustertriggerauthentication",
                                {"cta", "clustertriggerauth"}};
    return t;
}
const ResourceType &deployments()
{
    static const ResourceType t{"apps", "v1", "deployments", "Deployment", true, "deployment", {"deploy"}};
    return t;
}
const ResourceType &statefulSets()
{
    static const ResourceType t{"apps", "v1", "statefulsets", "StatefulSet", true, "statefulset", {"sts"}};
    return t;
}
const ResourceType &hpas()
{
    static const ResourceType t{"autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler",
                                true, "horizontalpodautoscaler", {"hpa"}};
    return t;
}
const ResourceType &eventsV1()
{
    static const ResourceType t{"events.k8s.io", "v1", "events", "Event", true, "event", {"ev"}};
    return t;
}
const ResourceType &coreEvents()
{
    static const ResourceType t{"", "v1", "events", "Event", true, "event", {"ev"}};
    return t;
}
const ResourceType &namespaces()
{
    static const ResourceType t{"", "v1", "namespaces", "Namespace", false, "namespace", {"ns"}};
    return t;
}
const ResourceType &secrets()
{
    static const ResourceType t{"", "v1", "secrets", "Secret", true, "secret", {}};
    return t;
}
const ResourceType &services()
{
    static const ResourceType t{"", "v1", "services", "Service", true, "service", {"svc"}};
    return t;
}
const ResourceType &jobs()
{
    static const ResourceType t{"batch", "v1", "jobs", "Job", true, "job", {}};
    return t;
}

const std::vector<ResourceType> &keda()
{
    static const std::vector<ResourceType> all{scaledObjects(), scaledJobs(), triggerAuthentications(),
                                               clusterTriggerAuthentications()};
    return all;
}

static std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

const ResourceType *kedaByName(const std::string &name)
{
    std::string wanted = lower(name);
    const auto dot = wanted.find('.');
    if (dot != std::string::npos) {
        if (wanted.substr(dot + 1) != "keda.sh")
            return nullptr;
        wanted.resize(dot);
    }
    for (const ResourceType &t : keda()) {
        if (wanted == t.resource || wanted == t.singular || wanted == lower(t.kind))
            return &t;
        if (std::find(t.shortNames.begin(), t.shortNames.end(), wanted) != t.shortNames.end())
            return &t;
    }
    return nullptr;
}

} // namespace resources


} // namespace kedascope::k8s
