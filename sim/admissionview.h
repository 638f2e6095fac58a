// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/kedaadmission.h"
#include "k8sclient/result.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kedascope::sim {

class ObjectStore;

// A namespace of the store as KEDA's ScaledObject webhook sees it, copied before a write so the
// webhook can run while the store holds its lock.
class AdmissionSnapshot : public k8s::keda::AdmissionClusterView
{
public:
    static AdmissionSnapshot capture(const ObjectStore &store, const std::string &ns);

    std::vector<k8s::keda::ScaledObjectSummary> scaledObjects(const std::string &ns) const override;
    std::vector<k8s::keda::HpaSummary> horizontalPodAutoscalers(const std::string &ns) const override;
    std::optional<std::vector<k8s::keda::ContainerResources>>
    workloadContainers(const std::string &ns, const k8s::keda::WorkloadRef &target) const override;
    bool limitRangeDefaults(const std::string &ns, const std::string &resource) const override;

    // KEDA's webhook answer for `object` of `kind` (ScaledObject, ScaledJob, TriggerAuthentication,
    // ClusterTriggerAuthentication) in `ns`; `old` is the stored object on update, null on create.
    k8s::Status admit(const std::string &kind, const std::string &ns, const k8s::json::Value &object,
                      const k8s::json::Value *old, bool dryRun) const;

private:
    std::vector<k8s::keda::ScaledObjectSummary> m_scaledObjects;
    std::vector<k8s::keda::HpaSummary> m_hpas;
    std::map<std::string, std::vector<k8s::keda::ContainerResources>> m_workloads; // "Kind/name"
    std::map<std::string, bool> m_limitRangeDefaults;                              // cpu, memory
};

// Whether KEDA's webhooks guard `store` (the demo cluster runs KEDA when its controller runs).
void setKedaAdmission(const ObjectStore &store, bool enabled);
bool kedaAdmissionEnabled(const ObjectStore &store);
// The snapshot to admit a write of `kind` in `ns` with; std::nullopt when KEDA does not look at it.
std::optional<AdmissionSnapshot> kedaAdmissionFor(const ObjectStore &store, const std::string &kind,
                                                  const std::string &ns);

} // namespace kedascope::sim
