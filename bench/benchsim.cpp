// SPDX-License-Identifier: Apache-2.0
#include "benchsim.h"

#include "figure.h"

#include "k8sclient/kubeconfig.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <vector>

namespace kedascope::bench {

BenchSim::~BenchSim()
{
    if (server)
        server->stop();
    if (!dir.empty())
        std::filesystem::remove_all(dir);
}

std::unique_ptr<BenchSim> startBenchSim(int objects, int namespaces, const std::string &tempPrefix)
{
    auto bench = std::make_unique<BenchSim>();
    std::string pattern = (std::filesystem::temp_directory_path() / (tempPrefix + "-XXXXXX")).string();
    if (!mkdtemp(pattern.data())) {
        std::fprintf(stderr, "bench: cannot create a temporary directory\n");
        return nullptr;
    }
    bench->dir = pattern;
    bench->kubeconfig = bench->dir + "/kubeconfig";
    sim::SimOptions options;
    options.scaledObjects = objects;
    options.namespaces = namespaces;
    options.kubeconfigOut = bench->kubeconfig;
    bench->server = std::make_unique<sim::SimServer>(options);
    if (auto started = bench->server->start(); !started) {
        std::fprintf(stderr, "bench: the sim did not start: %s\n", started.error().message.c_str());
        return nullptr;
    }
    auto config = k8s::Kubeconfig::fromYaml(bench->server->kubeconfigYaml(), bench->kubeconfig);
    if (!config)
        return nullptr;
    auto connection = config->resolve("sim-admin");
    if (!connection)
        return nullptr;
    bench->connection = connection.value();
    return bench;
}

std::optional<double> kubectlListMedianMs(const BenchSim &sim, int runs)
{
    const std::string command = "kubectl --kubeconfig '" + sim.kubeconfig + "' --cache-dir '" + sim.dir +
                                "/kubectl-cache' get scaledobjects -A -o json > /dev/null";
    if (std::system(command.c_str()) != 0) {
        std::fprintf(stderr, "bench: kubectl failed against the sim\n");
        return std::nullopt;
    }
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(millisecondsOf([&] { std::system(command.c_str()); }));
    return median(times);
}

} // namespace kedascope::bench
