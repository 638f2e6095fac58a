// SPDX-License-Identifier: Apache-2.0
// kedascope-ctl apply -f FILE [--dry-run] [--diff] [--force-conflicts] [-n NS]: validate offline, show the
// diff against the live objects, then server-side apply each document as kubectl apply --server-side does.
#include "applyoptions.h"
#include "commands.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/kubeconfig.h"
#include "k8sclient/manifestapply.h"
#include "k8sclient/manifestdiff.h"
#include "k8sclient/manifestfile.h"
#include "k8sclient/manifestvalidation.h"

#include <iostream>

namespace kedascope::ctl {

namespace {

int failWith(const k8s::Error &error)
{
    if (error.kind == k8s::Error::Kind::Api && !error.reason.empty())
        std::cerr << "Error from server (" << error.reason << "): " << error.message << '\n';
    else
        std::cerr << "error: " << error.message << '\n';
    return 1;
}

// Prints every finding as FILE:LINE:COLUMN; returns whether any is an error.
bool reportIssues(const k8s::ManifestFile &file, const std::string &defaultNamespace)
{
    k8s::ValidationOptions options;
    options.defaultNamespace = defaultNamespace;
    bool errors = false;
    for (const auto &document : file.documents()) {
        const auto issues = k8s::validateDocument(document, options);
        for (const auto &issue : issues) {
            std::cerr << file.sourceName() << ':' << issue.position.line << ':' << issue.position.column << ": "
                      << k8s::severityName(issue.severity) << ": ";
            if (!document.name.empty())
                std::cerr << document.displayName() << ": ";
            if (!issue.field.empty())
                std::cerr << issue.field << ": ";
            std::cerr << issue.message << '\n';
        }
        errors = errors || k8s::hasErrors(issues);
    }
    return errors;
}

// kubectl refuses a namespace in the file that differs from an explicit --namespace.
bool namespacesAgree(const k8s::ManifestFile &file, const ApplyArguments &args)
{
    if (args.ns.empty())
        return true;
    for (const auto &document : file.documents()) {
        if (!document.ns.empty() && document.ns != args.ns) {
            std::cerr << "error: the namespace from the provided object \"" << document.ns
                      << "\" does not match the namespace \"" << args.ns << "\". You must pass '--namespace="
                      << document.ns << "' to perform this operation.\n";
            return false;
        }
    }
    return true;
}

void printDiffs(k8s::ApiClient &client, const k8s::ManifestFile &file, const std::string &ns)
{
    for (std::size_t index : file.objectIndexes()) {
        const auto &document = file.document(index);
        auto type = k8s::resolveKind(client, document.apiVersion, document.kind);
        if (!type) {
            std::cerr << "error: " << document.displayName() << ": " << type.error().message << '\n';
            continue;
        }
        const std::string objectNs = type->namespaced ? (document.ns.empty() ? ns : document.ns) : std::string();
        auto live = client.get(*type, objectNs, document.name);
        if (!live && !live.error().isNotFound()) {
            std::cerr << "error: " << document.displayName() << ": " << live.error().message << '\n';
            continue;
        }
        const auto diff = k8s::diffManifest(*document.object, live ? &live.value() : nullptr);
        if (diff.identical())
            continue;
        std::cout << "diff " << document.displayName() << '\n'
                  << k8s::unifiedDiff(diff.liveYaml, diff.desiredYaml, "live/" + document.displayName(),
                                      "desired/" + document.displayName());
    }
}

} // namespace

int applyCommand(const GlobalOptions &global, const std::vector<std::string> &words)
{
    ApplyArguments args;
    if (auto problem = parseApplyArguments(words, args)) {
        std::cerr << "error: " << *problem << "\nSee 'kedascope-ctl apply --help' for usage.\n";
        return 1;
    }
    if (args.help) {
        std::cout << applyUsage();
        return 0;
    }
    auto file = k8s::ManifestFile::load(args.file);
    if (!file)
        return failWith(file.error());

    k8s::Kubeconfig::LoadOptions load;
    load.explicitPath = global.kubeconfig;
    auto config = k8s::Kubeconfig::load(load);
    if (!config)
        return failWith(config.error());
    auto connection = config->resolve(global.context);
    if (!connection)
        return failWith(connection.error());
    const std::string ns = args.ns.empty() ? connection->defaultNamespace : args.ns;

    if (!namespacesAgree(*file, args))
        return 1;
    if (reportIssues(*file, ns.empty() ? "default" : ns)) {
        std::cerr << "error: " << args.file << " has errors; nothing was applied\n";
        return 1;
    }
    auto client = k8s::ApiClient::create(connection.value());
    if (!client)
        return failWith(client.error());
    if (args.diff)
        printDiffs(*client.value(), *file, ns.empty() ? "default" : ns);

    k8s::ApplyOptions options;
    options.dryRun = args.dryRun ? k8s::DryRun::All : k8s::DryRun::No;
    options.force = args.forceConflicts;
    options.defaultNamespace = ns.empty() ? "default" : ns;
    bool failed = false;
    for (const auto &result : k8s::applyManifest(*client.value(), *file, options)) {
        for (const auto &warning : result.warnings)
            std::cerr << "Warning: " << warning << '\n';
        if (result.succeeded()) {
            std::cout << result.summary() << '\n';
            continue;
        }
        failed = true;
        std::cerr << result.summary() << '\n';
        if (result.outcome == k8s::ApplyResult::Outcome::Conflict)
            std::cerr << "Please review the fields above--they currently have other managers. Run again with "
                         "--force-conflicts to take them over.\n";
    }
    std::cout.flush();
    return failed ? 1 : 0;
}

} // namespace kedascope::ctl
