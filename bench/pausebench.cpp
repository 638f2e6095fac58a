// SPDX-License-Identifier: Apache-2.0
#include "pausebench.h"

#include "benchsim.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/pauserun.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace kedascope::bench {

namespace {

constexpr int objectCount = 200;
constexpr int runs = 5;

namespace pause = k8s::pause;

// Plans and runs one pause (or resume) of every ScaledObject in `ns`; false unless all were done.
bool pauseNamespace(pause::PauseRunner &runner, const std::string &ns, pause::Action action)
{
    auto plan = runner.planNamespace(k8s::resources::scaledObjects(), ns, action,
                                     {pause::Mode::Freeze, 0, std::nullopt}, std::chrono::system_clock::now());
    if (!plan)
        return false;
    const auto report = runner.run(plan.value());
    return report.count(pause::Outcome::Kind::Done) == objectCount;
}

// `kubectl annotate so --all -n NS KEY=true --overwrite` (one call for all), reset with `KEY-`.
std::optional<double> kubectlPauseMedianMs(const BenchSim &sim, const std::string &ns)
{
    const std::string base = "kubectl --kubeconfig '" + sim.kubeconfig + "' --cache-dir '" + sim.dir +
                             "/kubectl-cache' annotate scaledobjects --all -n '" + ns + "' ";
    const std::string pauseAll = base + "autoscaling.keda.sh/paused=true --overwrite > /dev/null";
    const std::string resumeAll = base + "autoscaling.keda.sh/paused- > /dev/null";
    if (std::system(pauseAll.c_str()) != 0 || std::system(resumeAll.c_str()) != 0) {
        std::fprintf(stderr, "bench: kubectl annotate failed against the sim\n");
        return std::nullopt;
    }
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        times.push_back(millisecondsOf([&] { std::system(pauseAll.c_str()); }));
        std::system(resumeAll.c_str());
    }
    return median(times);
}

int measure()
{
    auto sim = startBenchSim(objectCount, 1, "kedascope-pause");
    if (!sim)
        return 1;
    auto client = k8s::ApiClient::create(sim->connection);
    if (!client)
        return 1;
    k8s::ListOptions one;
    one.limit = 1;
    auto listed = client.value()->listPage(k8s::resources::scaledObjects(), {}, one);
    if (!listed || listed->items.empty())
        return 1;
    const std::string ns = k8s::json::stringAt(*k8s::json::parse(listed->items.front()), "metadata.namespace");

    pause::PauseRunner runner(client.value());
    std::vector<double> ours;
    for (int i = 0; i < runs; ++i) {
        bool paused = false;
        ours.push_back(millisecondsOf([&] { paused = pauseNamespace(runner, ns, pause::Action::Pause); }));
        if (!paused || !pauseNamespace(runner, ns, pause::Action::Resume)) {
            std::fprintf(stderr, "bench: pausing %d ScaledObjects did not complete\n", objectCount);
            return 1;
        }
    }
    const auto kubectl = kubectlPauseMedianMs(*sim, ns);
    if (!kubectl)
        return 1;
    report("pause_200_ms", median(ours), "ms");
    report("pause_200_kubectl_ms", *kubectl, "ms");
    report("pause_200_vs_kubectl", median(ours) / *kubectl, "ratio");
    return 0;
}

} // namespace

FigureGroup pauseFigures()
{
    return {"pause", {"pause_200_ms", "pause_200_kubectl_ms", "pause_200_vs_kubectl"}, measure};
}

} // namespace kedascope::bench
