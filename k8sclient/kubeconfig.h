// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/connectionconfig.h"
#include "k8sclient/result.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kedascope::k8s {

// The merged kubeconfig, loaded as kubectl loads it:
// --kubeconfig > KUBECONFIG (several files, missing ones skipped, first file to set a key wins,
// current-context from the first that sets it) > ~/.kube/config.
class Kubeconfig
{
public:
    struct LoadOptions
    {
        std::string explicitPath;                 // --kubeconfig; must exist when given
        std::optional<std::string> kubeconfigEnv; // value of $KUBECONFIG; nullopt: read the environment
        std::optional<std::string> home;          // nullopt: $HOME
    };

    struct Context
    {
        std::string name;
        std::string cluster;
        std::string user;
        std::string ns; // empty when the context sets none
        std::string sourceFile;
    };

    static Result<Kubeconfig> load(const LoadOptions &options);
    static Result<Kubeconfig> load() { return load(LoadOptions{}); }
    // Parses one file's text; `sourcePath` names it in errors and anchors relative paths.
    static Result<Kubeconfig> fromYaml(const std::string &text, const std::string &sourcePath);

    const std::vector<std::string> &files() const { return m_files; } // the files that were read, in order
    const std::string &currentContext() const { return m_currentContext; }
    const std::vector<Context> &contexts() const { return m_contexts; }
    const Context *findContext(const std::string &name) const;

    // Everything needed to connect with `contextName` (empty: current-context): credentials and
    // CA decoded and read from their files. Errors name the context, the field and the file.
    Result<ConnectionConfig> resolve(const std::string &contextName = {}) const;

    struct Impl;

private:
    std::vector<std::string> m_files;
    std::string m_currentContext;
    std::vector<Context> m_contexts;
    std::shared_ptr<const Impl> d; // clusters and users, as read
};

} // namespace kedascope::k8s
