// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/apiclient.h"
#include "k8sclient/connectionconfig.h"
#include "k8sclient/result.h"

#include <memory>
#include <string>

namespace kedascope::test {

class RunningSim;

// The connection of `context` in the kubeconfig the sim wrote (only that file, never $KUBECONFIG).
k8s::Result<k8s::ConnectionConfig> simConnection(const RunningSim &sim, const std::string &context);
// As above; aborts the test program when the kubeconfig cannot be read or lacks the context.
k8s::ConnectionConfig simConnectionOrAbort(const RunningSim &sim, const std::string &context);
// A client for `context` of the sim.
k8s::Result<std::shared_ptr<k8s::ApiClient>> simApiClient(const RunningSim &sim, const std::string &context);

} // namespace kedascope::test
