// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/httptypes.h"

#include <functional>
#include <optional>
#include <string>

namespace kedascope::sim {

class ObjectStore;

// The API server's service proxy, `/api/v1/namespaces/NS/services/[SCHEME:]NAME[:PORT]/proxy/PATH`,
// with one backend: the KEDA operator's metrics port (a Service in `keda` selecting
// `app: keda-operator`, port 8080), whose /metrics is `operatorMetrics()`. Other ports have no
// endpoints, as a Service whose pods are not there.
class ServiceProxy
{
public:
    ServiceProxy(const ObjectStore &store, std::function<std::string()> operatorMetrics)
        : m_store(store), m_operatorMetrics(std::move(operatorMetrics))
    {}
    // nullopt when the request is not a service proxy request.
    std::optional<ApiResponse> handle(const ApiRequest &request) const;

private:
    const ObjectStore &m_store;
    std::function<std::string()> m_operatorMetrics;
};

} // namespace kedascope::sim
