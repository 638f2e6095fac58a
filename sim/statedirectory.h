// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"
#include "sim/certificates.h"

#include <string>

namespace kedascope::sim {

// What makes a sim the same cluster to its clients across restarts: its TLS material and tokens.
struct SimIdentity
{
    ClusterCertificates certificates;
    std::string adminToken;
    std::string viewerToken;
};

// A directory that keeps a sim's identity: ca.crt/ca.key, server.crt/server.key, admin.crt/admin.key,
// admin.token and viewer.token, keys and tokens readable by the owner only; and resource-version.
class StateDirectory
{
public:
    explicit StateDirectory(std::string path) : m_path(std::move(path)) {}

    // The identity saved there by an earlier run, or a new one (from `fresh`) saved there now. An
    // incomplete or damaged identity is an error: it is never overwritten.
    k8s::Result<SimIdentity> loadOrCreate(const SimIdentity &fresh) const;
    k8s::Status saveTokens(const std::string &adminToken, const std::string &viewerToken) const;
    // The last resourceVersion an earlier run handed out (0: none known). A restarted sim starts above
    // it, as etcd's revisions only grow, so that clients' old versions are too old (410) and they list again.
    unsigned long long lastResourceVersion() const;
    k8s::Status saveResourceVersion(unsigned long long version) const;

private:
    k8s::Status save(const SimIdentity &identity) const;
    k8s::Status writeFile(const std::string &name, const std::string &text, bool secret) const;
    std::string filePath(const std::string &name) const;

    std::string m_path;
};

} // namespace kedascope::sim
