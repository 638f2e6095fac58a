// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/apiclient.h"
#include "k8sclient/json.h"
#include "k8sclient/manifestfile.h"
#include "k8sclient/request.h"
#include "k8sclient/result.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kedascope::k8s {

// A field another manager owns, from a 409 apply conflict.
struct FieldConflict
{
    std::string field;   // ".spec.maxReplicaCount" as the server words it
    std::string manager; // "kubectl-client-side-apply"
    std::string detail;  // the rest of the manager label: "using apps/v1", "with subresource \"scale\""
};

// What happened to one object.
struct ApplyResult
{
    enum class Outcome { Created, Updated, Unchanged, Conflict, Invalid, Forbidden, Failed };

    Outcome outcome = Outcome::Failed;
    ResourceType type;
    std::string ns;
    std::string name;
    bool dryRun = false;
    std::string message;                    // the server's Status message on failure
    std::vector<FieldConflict> conflicts;   // Conflict
    std::vector<StatusCause> causes;        // Invalid (field paths), and any other cause the server gave
    std::vector<std::string> warnings;      // admission warnings (Warning response headers), unquoted
    std::shared_ptr<const json::Document> object; // the server's answer on success

    bool succeeded() const
    {
        return outcome == Outcome::Created || outcome == Outcome::Updated || outcome == Outcome::Unchanged;
    }
    // kubectl's words: "scaledobject.keda.sh/NAME created", "configmap/NAME configured",
    // "... unchanged", with " (server dry run)" on a dry run; failures as "error: ..." lines.
    std::string summary() const;
};

std::string outcomeName(ApplyResult::Outcome outcome); // "created", "configured", "unchanged", "conflict", ...

struct ApplyOptions
{
    DryRun dryRun = DryRun::No;
    bool force = false;                        // take over conflicting fields: only when the user chose it
    std::string fieldManager = "kedascope";
    std::string defaultNamespace = "default";  // for namespaced objects that name none
};

// Server-side apply of one object (any kind; unknown kinds resolved through discovery). Created/updated/
// unchanged is decided from the live object before and the answer after (resourceVersion; on a dry run by
// comparing the managed fields).
ApplyResult applyObject(ApiClient &client, const json::Value &object, const ApplyOptions &options = {});
// Every document of the file that carries an object, in order; documents that did not parse are Invalid.
std::vector<ApplyResult> applyManifest(ApiClient &client, const ManifestFile &file,
                                       const ApplyOptions &options = {});

// The ResourceType for apiVersion + kind: known ones at once, others through discovery.
Result<ResourceType> resolveKind(ApiClient &client, const std::string &apiVersion, const std::string &kind);
// The conflicts named by a 409 from server-side apply (the Status causes, or its message when it has none).
std::vector<FieldConflict> parseConflicts(const Error &error);
// Values of Warning headers ("299 - \"text\"", several joined by ", ") as plain texts.
std::vector<std::string> parseWarnings(const std::string &headerValue);

} // namespace kedascope::k8s
