// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kedascope::test {

// What a test ScaledObject looks like; the defaults are a healthy, active one.
struct ScaledObjectSpec
{
    std::string ns = "default";
    std::string name;
    std::string resourceVersion = "1";
    int minReplicas = 0;
    int maxReplicas = 10;
    std::vector<std::pair<std::string, std::string>> triggers = {{"kafka", ""}}; // type, name
    std::map<std::string, std::string> labels;
    std::map<std::string, std::string> annotations;
    std::string ready = "True";
    std::string active = "True";
    std::string fallback = "False";
    std::string paused = "False";
    std::string readyReason = "ScaledObjectReady";
    std::string readyMessage = "ScaledObject is defined correctly and is ready for scaling";
    std::string created = "2026-11-20T10:00:00Z";
    std::string lastActive; // empty: none
    std::string hpaName;    // empty: none in the status
    int pausedReplicas = -1;
    std::string targetKind = "Deployment";
};

k8s::CachedObject scaledObject(const ScaledObjectSpec &spec);
k8s::CachedObject scaledObject(const std::string &ns, const std::string &name,
                               const std::string &resourceVersion, int maxReplicas = 10);
k8s::CachedObject scaledJob(const std::string &ns, const std::string &name,
                            const std::string &resourceVersion, const std::string &strategy,
                            const std::string &pausedAnnotation = {});
k8s::CachedObject triggerAuth(const std::string &ns, const std::string &name,
                              const std::string &resourceVersion, const std::string &specJson);
k8s::CachedObject hpa(const std::string &ns, const std::string &name, int current, int desired);

k8s::WatchDelta added(k8s::CachedObject object);
k8s::WatchDelta modified(k8s::CachedObject object);
k8s::WatchDelta deleted(k8s::CachedObject object);

// `count` ScaledObjects spread over `namespaces` namespaces ("ns-<k>"), named "so-<i>".
models::ObjectList manyScaledObjects(int count, int namespaces, const std::string &resourceVersion,
                                     int firstIndex = 0);

} // namespace kedascope::test
