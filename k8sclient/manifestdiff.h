// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <string>
#include <vector>

namespace kedascope::k8s {

// One difference between the live object and the desired document, on a field the user manages.
struct FieldChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    std::string path;   // "spec.maxReplicaCount", "spec.triggers[0].metadata.queueLength"
    std::string before; // the live value as compact JSON ("10", "\"5\"", "{...}"); empty when Added
    std::string after;  // the desired value; empty when Removed
};

struct ManifestDiff
{
    std::vector<FieldChange> changes;
    std::string liveYaml;    // the live object restricted to the managed fields, as YAML
    std::string desiredYaml; // the desired document, cleaned, as YAML
    std::string unified;     // unified diff liveYaml -> desiredYaml; empty when identical
    bool identical() const { return changes.empty(); }
};

// Compares only what the user manages: the fields written in `desired` (server-set metadata, status and
// defaulted fields the user did not write are ignored, also inside list items). Lists are compared item by
// item; items the live list has beyond the desired ones show as Removed. Fields that `fieldManager` owned in
// the live object (metadata.managedFields, an Apply entry) and that `desired` no longer has are reported as
// Removed, as server-side apply removes them. `live` null (not on the server): one Added change, path "".
ManifestDiff diffManifest(const json::Value &desired, const json::Value *live,
                          const std::string &fieldManager = "kedascope");

// The live object cut down to the fields `desired` writes (plus the fields `fieldManager` owns).
json::Document managedView(const json::Value &live, const json::Value &desired,
                           const std::string &fieldManager = "kedascope");

// A unified diff (Myers' algorithm, `context` lines around each change) with ---/+++ headers and @@ hunks;
// empty when the texts are equal.
std::string unifiedDiff(const std::string &before, const std::string &after, const std::string &beforeName,
                        const std::string &afterName, int context = 3);

} // namespace kedascope::k8s
