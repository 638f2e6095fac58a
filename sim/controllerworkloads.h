// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/kedaadmission.h"

#include <map>
#include <optional>
#include <string>

namespace kedascope::sim {

class ObjectStore;

// The Deployment and StatefulSet controllers as far as scaling shows: spec.replicas is written the
// way /scale writes it, and new pods become ready after the scenario's start-up delay.
class WorkloadModel
{
public:
    explicit WorkloadModel(ObjectStore &store);

    struct Workload
    {
        std::string resource; // deployments.apps, statefulsets.apps
        std::string ns;
        std::string name;
        std::string key; // resource/ns/name
        int replicas = 0;
        int readyReplicas = 0;
    };
    std::optional<Workload> find(const std::string &ns, const k8s::keda::WorkloadRef &target) const;
    // Sets spec.replicas as `manager` does through /scale; pods above the ready count start now.
    void scale(const Workload &workload, int replicas, const std::string &manager, double t,
               double startupSeconds);
    // Marks pods ready whose start-up is over, and follows replica changes made by others.
    void settle(double t);

private:
    void markReady(const std::string &resource, const std::string &ns, const std::string &name);

    ObjectStore &m_store;
    std::map<std::string, double> m_readyAt; // workload key -> when its pods are ready
};

} // namespace kedascope::sim
