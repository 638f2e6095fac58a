// SPDX-License-Identifier: Apache-2.0
#include "listbench.h"

#include "benchsim.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/informer.h"
#include "k8sclient/kubeconfig.h"
#include "sim/simserver.h"

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <unistd.h>

namespace kedascope::bench {

namespace {

constexpr int objectCount = 10000;
constexpr int namespaceCount = 200;
constexpr int runs = 5;

int measure()
{
    auto sim = startBenchSim(objectCount, namespaceCount, "kedascope-bench");
    if (!sim)
        return 1;
    auto client = k8s::ApiClient::create(sim->connection);
    if (!client) {
        std::fprintf(stderr, "bench: %s\n", client.error().message.c_str());
        return 1;
    }

    std::size_t jsonBytes = 0;
    std::vector<double> ours;
    for (int i = 0; i < runs; ++i) {
        std::size_t items = 0;
        const double ms = millisecondsOf([&] {
            k8s::ListOptions list;
            list.limit = 500;
            list.resourceVersion = "0";
            auto result = client.value()->listAll(k8s::resources::scaledObjects(), {}, list);
            if (result) {
                items = result->items.size();
                jsonBytes = 0;
                for (const auto &item : result->items)
                    jsonBytes += item.size();
            }
        });
        if (items != objectCount) {
            std::fprintf(stderr, "bench: k8sclient listed %zu objects, expected %d\n", items, objectCount);
            return 1;
        }
        ours.push_back(ms);
    }

    const auto kubectlMedian = kubectlListMedianMs(*sim, runs);
    if (!kubectlMedian)
        return 1;
    const double oursMedian = median(ours);
    report("list_10k_k8sclient_ms", oursMedian, "ms");
    report("list_10k_kubectl_ms", *kubectlMedian, "ms");
    report("list_10k_vs_kubectl", oursMedian / *kubectlMedian, "ratio");

    std::mutex mutex;
    std::condition_variable synced;
    bool done = false;
    k8s::Informer::Callbacks callbacks;
    callbacks.onSynced = [&](std::vector<k8s::CachedObject>, std::string) {
        std::lock_guard lock(mutex);
        done = true;
        synced.notify_all();
    };
    k8s::Informer informer(client.value(), k8s::resources::scaledObjects(), {}, callbacks);
    informer.start();
    {
        std::unique_lock lock(mutex);
        if (!synced.wait_for(lock, std::chrono::seconds(60), [&] { return done; })) {
            std::fprintf(stderr, "bench: the informer did not sync within 60 s\n");
            return 1;
        }
    }
    const double perObject = static_cast<double>(informer.cacheBytes()) / static_cast<double>(informer.size());
    const double jsonPerObject = static_cast<double>(jsonBytes) / objectCount;
    informer.stop();
    report("informer_cache_bytes_per_object", perObject, "bytes");
    report("object_json_bytes", jsonPerObject, "bytes");
    report("informer_cache_vs_json", perObject / jsonPerObject, "ratio");

    return 0;
}

} // namespace

FigureGroup listFigures()
{
    return {"list",
            {"list_10k_k8sclient_ms", "list_10k_kubectl_ms", "list_10k_vs_kubectl", "informer_cache_bytes_per_object",
             "object_json_bytes", "informer_cache_vs_json"},
            measure};
}

} // namespace kedascope::bench
