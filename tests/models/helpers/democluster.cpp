// SPDX-License-Identifier: Apache-2.0
#include "democluster.h"

#include "support/testsupport.h"

#include "k8sclient/json.h"
#include "sim/faultinjector.h"
#include "sim/objectstore.h"
#include "sim/simserver.h"

#include <cmath>

namespace kedascope::test {

DemoCluster::DemoCluster(double speed)
{
    sim::SimOptions options;
    options.kubeconfigOut = dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    options.keda = true;
    options.speed = speed;
    server = std::make_unique<sim::SimServer>(options);
    if (!server->start())
        qFatal("the sim did not start");
    connection = std::make_unique<models::KubeClusterConnection>(clientFor(options.kubeconfigOut));
}

DemoCluster::~DemoCluster()
{
    server->stop();
}

std::optional<long long> DemoCluster::intField(const std::string &resource, const std::string &ns,
                                               const std::string &name, const std::string &path) const
{
    const auto record = server->store().get(resource, ns, name);
    if (!record)
        return std::nullopt;
    const auto document = k8s::json::parse(record->json);
    return document ? k8s::json::intAt(*document, path) : std::nullopt;
}

int DemoCluster::requestsFor(const std::string &part) const
{
    int count = 0;
    for (const auto &request : server->faults().recordedRequests())
        count += request.target.find(part) != std::string::npos ? 1 : 0;
    return count;
}

double lastValue(const models::MetricStore &store, const QString &key)
{
    models::MetricSample sample;
    const models::MetricSeries *series = store.find(key);
    return series && series->lastValue(&sample) ? sample.value : std::nan("");
}

} // namespace kedascope::test
