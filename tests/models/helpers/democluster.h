// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/kubeclusterconnection.h"
#include "models/metricstore.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <string>

namespace kedascope::sim {
class SimServer;
}

namespace kedascope::test {

// The built-in demo scenario with KEDA's controller running, in-process on 127.0.0.1, and a real
// connection to it over HTTPS.
struct DemoCluster
{
    explicit DemoCluster(double speed = 1.0);
    ~DemoCluster();

    // A field of an object as the sim holds it right now.
    std::optional<long long> intField(const std::string &resource, const std::string &ns, const std::string &name,
                                      const std::string &path) const;
    // How many requests the sim saw whose target contains `part`.
    int requestsFor(const std::string &part) const;

    QTemporaryDir dir;
    std::unique_ptr<sim::SimServer> server;
    std::unique_ptr<models::KubeClusterConnection> connection;
};

// The newest value of a series; NaN when it has none.
double lastValue(const models::MetricStore &store, const QString &key);

} // namespace kedascope::test
