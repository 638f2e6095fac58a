// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/connectionconfig.h"
#include "k8sclient/result.h"

#include <chrono>
#include <optional>
#include <string>

namespace kedascope::k8s {

// What an exec credential plugin printed, checked: a token, a client certificate and key, or both.
struct ExecCredential
{
    std::string token;
    std::string clientCertPem;
    std::string clientKeyPem;
    std::optional<std::chrono::system_clock::time_point> expiry;
};

namespace exec {

inline constexpr std::chrono::seconds defaultTimeout{60};

// Runs `config.exec` as kubectl does (parent environment plus exec.env, KUBERNETES_EXEC_INFO, stdin
// from /dev/null) and reads its ExecCredential. Errors are Kind::Auth and never quote stdout.
Result<ExecCredential> run(const ConnectionConfig &config,
                           std::chrono::milliseconds timeout = defaultTimeout);

// The ExecCredential put in KUBERNETES_EXEC_INFO.
std::string execInfoJson(const ConnectionConfig &config);
// Checks the plugin's stdout against the apiVersion the kubeconfig asked for.
Result<ExecCredential> parseExecCredential(const std::string &output, const ExecConfig &exec);

} // namespace exec
} // namespace kedascope::k8s
