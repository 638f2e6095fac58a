// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kedascope::k8s {

// An exec credential plugin as the kubeconfig's user.exec describes it.
struct ExecConfig
{
    std::string apiVersion; // client.authentication.k8s.io/v1 or /v1beta1
    std::string command;    // resolved against the kubeconfig's folder when it contains a '/'
    std::vector<std::string> args;
    std::vector<std::pair<std::string, std::string>> env;
    std::string installHint;
    bool provideClusterInfo = false;
    std::string interactiveMode; // Never, IfAvailable, Always
};

// Everything needed to talk to one context's API server, resolved from the kubeconfig:
// paths made absolute, `-data` fields decoded. Secrets live only in memory.
struct ConnectionConfig
{
    std::string contextName;
    std::string clusterName;
    std::string userName;
    std::string server; // https://host:port[/prefix]
    std::string defaultNamespace = "default";
    std::string sourceFile; // the kubeconfig file that defined the context

    // TLS
    std::string caPem; // empty: the system's trust store
    bool insecureSkipTlsVerify = false;
    std::string tlsServerName;
    std::string proxyUrl;

    // Credentials. At most one of token / tokenFile / basic / exec is used, in kubectl's order:
    // client certificate and token may be combined.
    std::string clientCertPem;
    std::string clientKeyPem;
    std::string token;
    std::string tokenFile;
    std::string username;
    std::string password;
    std::optional<ExecConfig> exec;
};

} // namespace kedascope::k8s
