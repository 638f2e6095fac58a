// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/apiclient.h"
#include "k8sclient/pauseoutcome.h"
#include "k8sclient/pauseplan.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kedascope::k8s::pause {

// A plan: the changes to make, and the objects that could not even be read (as Failed outcomes).
struct Plan
{
    std::vector<PlannedChange> changes;
    std::vector<Outcome> unreadable;
};

// Plans and runs pauses and resumes with an ApiClient, `parallelism` requests at a time. Blocking;
// for the command line, the bench and tests (the console runs the same plans through its connection).
class PauseRunner
{
public:
    explicit PauseRunner(std::shared_ptr<ApiClient> client, int parallelism = 16);

    // Reads each named object (and its scale target's replicas) and plans `action` for it.
    Plan planObjects(const std::vector<ObjectRef> &objects, Action action, const PauseRequest &request,
                     TimePoint now);
    // Every object of `type` in `ns`; an error when the list itself fails.
    Result<Plan> planNamespace(const ResourceType &type, const std::string &ns, Action action,
                               const PauseRequest &request, TimePoint now);
    // Resuming every ScaledObject and ScaledJob in `ns` (empty: all namespaces) whose planned end has passed.
    Result<Plan> planExpired(const std::string &ns, TimePoint now);

    // Patches every change that will change something; each patch is guarded by its resourceVersion.
    // On 409 the object is re-read and reported as a conflict; nothing is retried.
    RunReport run(const std::vector<PlannedChange> &changes);
    RunReport run(const Plan &plan);

private:
    Plan planFromObjects(const ResourceType &type, const std::vector<json::Document> &objects, Action action,
                         const PauseRequest &request, TimePoint now);
    std::function<std::optional<long long>(const ResourceType &, const json::Value &)>
    replicasReader(const std::vector<std::string> &namespaces);
    Outcome apply(const PlannedChange &change);

    std::shared_ptr<ApiClient> m_client;
    int m_parallelism;
};

// Runs fn(0..count-1) on at most `parallelism` threads and returns when all have finished.
void forEachInParallel(std::size_t count, int parallelism, const std::function<void(std::size_t)> &fn);

} // namespace kedascope::k8s::pause
