// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <memory>
#include <vector>

namespace kedascope::sim {

class ObjectStore;

// Stores a scenario's manifests as if applied with kubectl: their namespaces first, and for each
// ScaledObject whose Deployment/StatefulSet is not among them, a workload with cpu and memory requests.
void applyObjects(ObjectStore &store, const std::vector<std::shared_ptr<k8s::json::Document>> &objects);

} // namespace kedascope::sim
