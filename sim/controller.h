// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/scenario.h"

#include <memory>

namespace kedascope::sim {

class KedaMetrics;
class ObjectStore;
class SimClock;

// KEDA's operator and the Kubernetes controllers it relies on (HPA, Deployment, Job), modelled on
// the store: each ScaledObject is polled every pollingInterval of simulated time, its triggers read
// the scenario's event sources, keda::step decides, and the results are written back as KEDA and
// Kubernetes write them (workload replicas and readiness, the keda-hpa-* HPA, the ScaledObject's
// status, events, operator metrics). Runs on its own thread between start() and stop().
class KedaController
{
public:
    KedaController(ObjectStore &store, KedaMetrics &metrics, const SimClock &clock, Scenario scenario);
    ~KedaController();
    KedaController(const KedaController &) = delete;
    KedaController &operator=(const KedaController &) = delete;

    // Stores the scenario's objects, and a Deployment/StatefulSet for each ScaledObject that lacks one.
    void applyScenarioObjects();
    void start();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace kedascope::sim
