// SPDX-License-Identifier: Apache-2.0
#include "simconnection.h"

#include "k8sclient/kubeconfig.h"
#include "support/testsupport.h"

#include <QtGlobal>

namespace kedascope::test {

k8s::Result<k8s::ConnectionConfig> simConnection(const RunningSim &sim, const std::string &context)
{
    k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = sim.kubeconfigPath();
    options.kubeconfigEnv = std::string();
    auto kubeconfig = k8s::Kubeconfig::load(options);
    if (!kubeconfig)
        return kubeconfig.error();
    return kubeconfig->resolve(context);
}

k8s::ConnectionConfig simConnectionOrAbort(const RunningSim &sim, const std::string &context)
{
    auto config = simConnection(sim, context);
    if (!config)
        qFatal("context %s: %s", context.c_str(), config.error().message.c_str());
    return *config;
}

k8s::Result<std::shared_ptr<k8s::ApiClient>> simApiClient(const RunningSim &sim, const std::string &context)
{
    auto config = simConnection(sim, context);
    if (!config)
        return config.error();
    return k8s::ApiClient::create(*config);
}

} // namespace kedascope::test
