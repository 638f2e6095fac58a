// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/kubeconfig.h"

#include <QString>

#include <memory>

namespace kedascope::sim {
class SimServer;
}

namespace kedascope::app {

// kedascope-sim started inside the app on a free loopback port; its kubeconfig is kept in
// memory only (it holds the demo cluster's client key).
class DemoCluster
{
public:
    DemoCluster();
    ~DemoCluster();

    // Returns an empty string on success, else what went wrong.
    QString start(int scaledObjects);
    bool running() const;
    k8s::Kubeconfig kubeconfig() const;

private:
    std::unique_ptr<sim::SimServer> m_server;
};

} // namespace kedascope::app
