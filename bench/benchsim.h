// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/connectionconfig.h"
#include "sim/simserver.h"

#include <memory>
#include <optional>
#include <string>

namespace kedascope::bench {

// A kedascope-sim seeded with `objects` ScaledObjects over `namespaces` namespaces, its kubeconfig
// written into a temporary directory, and the sim-admin connection resolved.
struct BenchSim
{
    std::string dir;
    std::string kubeconfig;
    std::unique_ptr<sim::SimServer> server;
    k8s::ConnectionConfig connection;
    ~BenchSim();
};

std::unique_ptr<BenchSim> startBenchSim(int objects, int namespaces, const std::string &tempPrefix);

// Median milliseconds of `kubectl get scaledobjects -A -o json` against the sim over `runs` runs,
// after one warm-up run that fills kubectl's discovery cache; nullopt when kubectl fails.
std::optional<double> kubectlListMedianMs(const BenchSim &sim, int runs);

} // namespace kedascope::bench
