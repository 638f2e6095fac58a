// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/httptypes.h"

#include <functional>
#include <string>

namespace kedascope::sim {

class FaultInjector;

// The sim's fault switchboard, `POST /sim/v1/faults` with a JSON action, for tests and shell scripts
// (curl with the admin client certificate from the sim's kubeconfig). Actions:
//   {"action":"dropWatches"}   every open watch stream ends now
//   {"action":"gone"}          the watch history is compacted: the next watch from any earlier
//                              resourceVersion gets 410 Gone
//   {"action":"restart"}       an API server restart: new resourceVersion history and dropped watches
//   {"action":"fail","method":"GET","path":"/apis/keda.sh","code":429,"count":3,"retryAfter":2}
//   {"action":"stall","method":"GET","path":"/api/v1/pods","delayMs":3000,"count":1}
//   {"action":"truncate","method":"GET","path":"/apis/apps","count":1}
//   {"action":"expireTokens"}  bearer tokens stop working (401); new ones are issued and the
//                              kubeconfig (file and kubeconfigYaml()) rewritten: re-reading it
//                              re-authenticates
//   {"action":"clear"}         forgets pending fail/stall/truncate rules
// `method` "" or absent matches any method; `path` is a prefix of the request target; `code`
// defaults to 500 here. A scenario's `faults:` entries take the same fields (faultactions.h).
class ControlEndpoint
{
public:
    ControlEndpoint(FaultInjector &faults, std::function<void()> expireTokens)
        : m_faults(faults), m_expireTokens(std::move(expireTokens))
    {}

    static bool isControlPath(const std::string &path);
    // The user who may use it: the admin client certificate's user.
    static constexpr const char *kAdminUser = "kedascope-admin";

    // `fromLoopback`: the peer connected from a loopback address.
    ApiResponse handle(const ApiRequest &request, bool fromLoopback) const;

private:
    ApiResponse apply(const ApiRequest &request) const;

    FaultInjector &m_faults;
    std::function<void()> m_expireTokens;
};

} // namespace kedascope::sim
