// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <memory>
#include <string>

namespace prometheus {
class Exposer;
}

namespace kedascope::sim {

class KedaMetrics;
class KedaMetricsCollectable;

// The operator's own /metrics listener (what KEDA serves on :8080), on loopback with prometheus-cpp.
class OperatorMetricsEndpoint
{
public:
    explicit OperatorMetricsEndpoint(const KedaMetrics &metrics);
    ~OperatorMetricsEndpoint();
    OperatorMetricsEndpoint(const OperatorMetricsEndpoint &) = delete;
    OperatorMetricsEndpoint &operator=(const OperatorMetricsEndpoint &) = delete;

    // `port` 0 picks a free one; a taken port is an error, not an exception.
    k8s::Status start(const std::string &host, int port);
    void stop();
    int port() const { return m_port; }

private:
    std::shared_ptr<KedaMetricsCollectable> m_collectable;
    std::unique_ptr<prometheus::Exposer> m_exposer;
    int m_port = 0;
};

} // namespace kedascope::sim
