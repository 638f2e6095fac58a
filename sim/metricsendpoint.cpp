// SPDX-License-Identifier: Apache-2.0
#include "sim/metricsendpoint.h"

#include "sim/metricsexposition.h"

#include <prometheus/exposer.h>

namespace kedascope::sim {

OperatorMetricsEndpoint::OperatorMetricsEndpoint(const KedaMetrics &metrics)
    : m_collectable(std::make_shared<KedaMetricsCollectable>(metrics))
{}

OperatorMetricsEndpoint::~OperatorMetricsEndpoint()
{
    stop();
}

k8s::Status OperatorMetricsEndpoint::start(const std::string &host, int port)
{
    if (m_exposer)
        return k8s::success();
    const std::string address = host + ":" + std::to_string(port);
    try {
        auto exposer = std::make_unique<prometheus::Exposer>(address, 2);
        const auto ports = exposer->GetListeningPorts();
        if (ports.empty())
            return k8s::Error::make(k8s::Error::Kind::Transport,
                                    "the operator metrics endpoint has no listening port on " + address);
        exposer->RegisterCollectable(m_collectable);
        m_port = ports.front();
        m_exposer = std::move(exposer);
    } catch (const std::exception &e) {
        return k8s::Error::make(k8s::Error::Kind::Transport,
                                "cannot serve operator metrics on " + address + ": " + e.what());
    }
    return k8s::success();
}

void OperatorMetricsEndpoint::stop()
{
    m_exposer.reset();
    m_port = 0;
}

} // namespace kedascope::sim
