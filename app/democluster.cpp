// SPDX-License-Identifier: Apache-2.0
#include "app/democluster.h"

#include "sim/simserver.h"

#include <QCoreApplication>

#include <algorithm>

namespace kedascope::app {

DemoCluster::DemoCluster() = default;
DemoCluster::~DemoCluster()
{
    if (m_server)
        m_server->stop();
}

QString DemoCluster::start(int scaledObjects)
{
    if (m_server)
        return {};
    sim::SimOptions options;
    options.scaledObjects = scaledObjects;
    options.namespaces = std::max(1, std::min(8, scaledObjects / 10));
    options.keda = true; // the modelled operator keeps conditions, replicas and events moving
    auto server = std::make_unique<sim::SimServer>(options);
    const auto started = server->start();
    if (!started)
        return QCoreApplication::translate("DemoCluster", "The demo cluster could not start: %1")
            .arg(QString::fromStdString(started.error().message));
    m_server = std::move(server);
    return {};
}

bool DemoCluster::running() const
{
    return m_server != nullptr;
}

k8s::Kubeconfig DemoCluster::kubeconfig() const
{
    auto config = k8s::Kubeconfig::fromYaml(m_server->kubeconfigYaml(), "<demo cluster>");
    return config ? config.value() : k8s::Kubeconfig{};
}

} // namespace kedascope::app
