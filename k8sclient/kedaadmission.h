// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kedascope::k8s::keda {

// KEDA's validating admission webhooks (apis/keda/v1alpha1/*_webhook.go) as plain functions, so the
// demo cluster can refuse what KEDA refuses and the app can check an edit before applying it.

struct WorkloadRef
{
    std::string apiVersion = "apps/v1"; // KEDA's defaults for an empty scaleTargetRef field
    std::string kind = "Deployment";
    std::string name;

    // "apps/v1.Deployment", as KEDA names the type in its messages.
    std::string typeName() const { return apiVersion + "." + kind; }
    static WorkloadRef fromScaleTargetRef(const json::Value &scaleTargetRef);
};

struct ScaledObjectSummary
{
    std::string name;
    WorkloadRef target;
    std::string hpaName; // advanced.horizontalPodAutoscalerConfig.name, or keda-hpa-<name>
    static ScaledObjectSummary fromJson(const json::Value &scaledObject);
};

struct HpaSummary
{
    std::string name;
    WorkloadRef target;
    std::vector<std::pair<std::string, std::string>> owners; // (kind, name) of metadata.ownerReferences
    std::map<std::string, std::string> annotations;
    static HpaSummary fromJson(const json::Value &hpa);
};

// Whether a container of the workload's pod template has a cpu/memory request or limit above zero.
struct ContainerResources
{
    std::string name;
    bool cpu = false;
    bool memory = false;
};
// The containers of a Deployment or StatefulSet (spec.template.spec.containers).
std::vector<ContainerResources> containerResources(const json::Value &workload);

// The read-only view of the namespace the ScaledObject webhook needs. The demo cluster implements it
// over its store, the app over its informer cache.
class AdmissionClusterView
{
public:
    virtual ~AdmissionClusterView() = default;
    virtual std::vector<ScaledObjectSummary> scaledObjects(const std::string &ns) const = 0;
    virtual std::vector<HpaSummary> horizontalPodAutoscalers(const std::string &ns) const = 0;
    // The pod template containers of the Deployment/StatefulSet `target`; std::nullopt when it does not
    // exist.
    virtual std::optional<std::vector<ContainerResources>>
    workloadContainers(const std::string &ns, const WorkloadRef &target) const = 0;
    // Whether a LimitRange in `ns` gives containers a default request or limit for `resource` (cpu, memory).
    virtual bool limitRangeDefaults(const std::string &ns, const std::string &resource) const = 0;
};

struct AdmissionDenial
{
    std::string message; // KEDA's wording
    std::string field;   // the field at fault, e.g. spec.minReplicaCount
    std::string rule;    // KEDA's validation error label, e.g. "other-scaled-object"
};

// ScaledObject create/update; the object carries metadata.namespace (the namespace the view is asked about).
// Checks run in a fixed order and the first failure is returned. `dryRun` (server-side dry run) skips the
// cpu/memory request check, as KEDA does.
std::optional<AdmissionDenial> validateScaledObject(const json::Value &scaledObject,
                                                    const AdmissionClusterView &cluster, bool dryRun);
// On update KEDA skips every check when the change only removes finalizers (same spec, fewer finalizers),
// so an object being deleted is never stuck on its own rules.
bool isFinalizerRemoval(const json::Value &oldObject, const json::Value &newObject);

// ScaledJob create/update: the trigger checks only.
std::optional<AdmissionDenial> validateScaledJob(const json::Value &scaledJob);
// TriggerAuthentication and ClusterTriggerAuthentication create/update.
std::optional<AdmissionDenial> validateTriggerAuthentication(const json::Value &triggerAuthentication);

// The API server's answer to a denied request: 403 Forbidden,
// "admission webhook \"vscaledobject.kb.io\" denied the request: <message>".
Error admissionError(const AdmissionDenial &denial, const std::string &kind);

} // namespace kedascope::k8s::keda
