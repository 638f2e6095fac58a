// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/connectionconfig.h"
#include "k8sclient/result.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace kedascope::k8s {

// The credentials to put on a request right now.
struct Credentials
{
    std::string authorizationHeader; // "Bearer …" or "Basic …"; empty: none
    std::string clientCertPem;       // from the kubeconfig or an exec plugin; empty: none
    std::string clientKeyPem;
    std::optional<std::chrono::system_clock::time_point> expiry; // exec plugin results
};

// One auth type with its variants (none, basic, bearer token, token file, exec plugin, client
// certificate), thread-safe. Token files are re-read when they change; exec results are cached
// until their expirationTimestamp. After a 401 the caller invalidates and asks once more.
class CredentialProvider
{
public:
    static std::shared_ptr<CredentialProvider> create(const ConnectionConfig &config);
    virtual ~CredentialProvider() = default;

    virtual Result<Credentials> current() = 0;
    // Forget cached exec results and token file contents: the next current() fetches anew.
    virtual void invalidate() = 0;
};

} // namespace kedascope::k8s
