// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace kedascope::sim {

class ObjectStore;

// Fills the store with a plausible KEDA cluster: namespaces default, keda and team-000…,
// exactly `scaledObjects` ScaledObjects spread evenly over `namespaces` team namespaces, each with
// its Deployment and keda-hpa-* HPA (none while paused), plus the KEDA operator's own Deployments
// and Services, a TriggerAuthentication per namespace, a ClusterTriggerAuthentication, a ScaledJob in
// each of the first 20 namespaces and the events KEDA emitted for the first 200 ScaledObjects.
void seedCluster(ObjectStore &store, int scaledObjects, int namespaces);

} // namespace kedascope::sim
