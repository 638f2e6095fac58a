// SPDX-License-Identifier: Apache-2.0
#include "consolebench.h"

#include "benchsim.h"

#include "models/kubeclusterconnection.h"
#include "models/objectfilterproxy.h"
#include "models/scaledobjectmodel.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/kubeconfig.h"
#include "sim/simserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unistd.h>

namespace kedascope::bench {

namespace {

constexpr int objectCount = 10000;
constexpr int namespaceCount = 200;
constexpr int runs = 3;
constexpr int deltaBatch = 1000;

double residentMegabytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    return 0;
}

// Spins the event loop until `done` holds or `timeoutMs` passes; false on timeout.
template <typename Condition> bool waitFor(Condition done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Connect → a filled, sorted table of every ScaledObject; returns ms, or a negative value.
double connectToFilledTable(const std::shared_ptr<k8s::ApiClient> &client,
                            std::unique_ptr<models::KubeClusterConnection> *keepConnection,
                            std::unique_ptr<models::ScaledObjectModel> *keepModel)
{
    QElapsedTimer clock;
    clock.start();
    auto connection = std::make_unique<models::KubeClusterConnection>(client);
    auto model = std::make_unique<models::ScaledObjectModel>();
    models::ObjectFilterProxy proxy;
    proxy.setSourceModel(model.get());
    proxy.sort(0);
    model->setConnection(connection.get());
    connection->watch(k8s::resources::scaledObjects(), QString());
    const bool filled = waitFor(
        [&] { return model->hasSynced() && !model->isParsing() && proxy.rowCount() == objectCount; }, 120000);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (keepConnection)
        *keepConnection = std::move(connection);
    if (keepModel) {
        proxy.setSourceModel(nullptr);
        *keepModel = std::move(model);
    }
    return filled ? ms : -1;
}

// Every object once more with a new resourceVersion, applied in batches as the connection delivers
// them; returns events per second and the longest batch (a GUI-thread stall).
std::pair<double, double> absorbDeltas(models::ScaledObjectModel &model, const models::ObjectList &objects)
{
    double longestMs = 0;
    QElapsedTimer total;
    total.start();
    for (size_t first = 0; first < objects.size(); first += deltaBatch) {
        models::DeltaList batch;
        for (size_t i = first; i < std::min(objects.size(), first + deltaBatch); ++i) {
            k8s::WatchDelta delta{k8s::WatchDelta::Type::Modified, objects[i]};
            const std::string oldVersion = "\"resourceVersion\":\"" + delta.object.resourceVersion + '"';
            delta.object.resourceVersion += "9";
            const auto at = delta.object.json.find(oldVersion);
            if (at != std::string::npos)
                delta.object.json.replace(at, oldVersion.size(),
                                          "\"resourceVersion\":\"" + delta.object.resourceVersion + '"');
            batch.push_back(std::move(delta));
        }
        QElapsedTimer clock;
        clock.start();
        model.applyDeltas(batch);
        waitFor([&] { return !model.isParsing(); }, 60000);
        longestMs = std::max(longestMs, double(clock.nsecsElapsed()) / 1e6);
    }
    return {double(objects.size()) / (double(total.nsecsElapsed()) / 1e9), longestMs};
}

int measure()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "kedascope-bench";
    static char *argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);

    auto sim = startBenchSim(objectCount, namespaceCount, "kedascope-console");
    if (!sim)
        return 1;

    // Memory first, while the heap is fresh: what one connected console with its table adds to the
    // process (the sim lives here too; its answer buffers count against us).
    const double before = residentMegabytes();
    auto client = k8s::ApiClient::create(sim->connection);
    if (!client)
        return 1;
    std::unique_ptr<models::KubeClusterConnection> connection;
    std::unique_ptr<models::ScaledObjectModel> model;
    if (connectToFilledTable(client.value(), &connection, &model) < 0) {
        std::fprintf(stderr, "bench: the console table did not fill\n");
        return 1;
    }
    const double rss = residentMegabytes() - before;

    std::vector<double> ours;
    for (int i = 0; i < runs; ++i) {
        auto fresh = k8s::ApiClient::create(sim->connection);
        if (!fresh)
            return 1;
        const double ms = connectToFilledTable(fresh.value(), nullptr, nullptr);
        if (ms < 0) {
            std::fprintf(stderr, "bench: the console table did not fill\n");
            return 1;
        }
        ours.push_back(ms);
    }
    const auto kubectl = kubectlListMedianMs(*sim, runs);
    if (!kubectl)
        return 1;
    report("console_10k_ms", median(ours), "ms");
    report("console_10k_vs_kubectl", median(ours) / *kubectl, "ratio");
    report("console_10k_rss_mb", rss, "MB");

    auto listed = client.value()->listAll(k8s::resources::scaledObjects(), {}, k8s::ListOptions{});
    if (!listed)
        return 1;
    models::ObjectList objects;
    for (const auto &item : listed->items) {
        auto document = k8s::json::parse(item);
        if (!document)
            continue;
        const auto &metadata = (*document)["metadata"];
        objects.push_back({metadata["namespace"].GetString(), metadata["name"].GetString(),
                           metadata["uid"].GetString(), metadata["resourceVersion"].GetString(), item});
    }
    const auto [eventsPerSecond, stallMs] = absorbDeltas(*model, objects);
    report("watch_events_per_s", eventsPerSecond, "events/s");
    report("watch_max_stall_ms", stallMs, "ms");
    model.reset();
    connection.reset();
    return 0;
}

} // namespace

FigureGroup consoleFigures()
{
    return {"console",
            {"console_10k_ms", "console_10k_vs_kubectl", "console_10k_rss_mb", "watch_events_per_s",
             "watch_max_stall_ms"},
            measure};
}

} // namespace kedascope::bench
