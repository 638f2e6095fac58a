// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/kedaadmission.h"
#include "k8sclient/manifestfile.h"

#include <string>
#include <vector>

namespace kedascope::k8s {

namespace keda {
class ScalerCatalog;
}

// One finding about a manifest document, placed where the editor underlines it.
struct ManifestIssue
{
    enum class Severity { Error, Warning, Info };
    enum class Source { Yaml, Schema, Admission, Catalog };

    Severity severity = Severity::Error;
    Source source = Source::Schema;
    std::string field;      // "spec.triggers[0].metadata.queueName"; empty for YAML errors
    std::string message;    // what is wrong, and for catalog findings what to do
    std::string rule;       // KEDA's rule label, CrdSchema's reason, or the catalog check
                            // ("missing-metadata", "inline-secret", "unknown-metadata")
    TextPosition position;  // in the whole file; unknown when validating a bare object
};

std::string severityName(ManifestIssue::Severity severity); // "error", "warning", "info"

// The cluster as far as an offline check can know it: no other ScaledObjects or HPAs, and the scale
// target exists with its requests set. KEDA's rules that need the real namespace are left to the
// server's dry run.
class OfflineClusterView : public keda::AdmissionClusterView
{
public:
    std::vector<keda::ScaledObjectSummary> scaledObjects(const std::string &ns) const override;
    std::vector<keda::HpaSummary> horizontalPodAutoscalers(const std::string &ns) const override;
    std::optional<std::vector<keda::ContainerResources>>
    workloadContainers(const std::string &ns, const keda::WorkloadRef &target) const override;
    bool limitRangeDefaults(const std::string &ns, const std::string &resource) const override;
};

struct ValidationOptions
{
    const keda::AdmissionClusterView *cluster = nullptr; // nullptr: OfflineClusterView
    const keda::ScalerCatalog *catalog = nullptr;        // nullptr: ScalerCatalog::builtIn()
    std::string defaultNamespace = "default";            // for objects that name none
};

// Validates one object, with no cluster needed: KEDA's CRD schema (KEDA kinds only), KEDA's admission rules
// (ScaledObject, ScaledJob, (Cluster)TriggerAuthentication), and the scaler catalog's checks on each trigger:
// required metadata missing (error; not when an alternative key or the authenticationRef may supply it),
// a secret written inline (warning: move it to a TriggerAuthentication), an unknown metadata key (info).
// Positions are unknown.
std::vector<ManifestIssue> validateObject(const json::Value &object, const ValidationOptions &options = {});
// The same for a document of a file, with each issue placed at its field; a document that does not parse
// gives one Yaml issue at the parser's position. Empty documents give nothing.
std::vector<ManifestIssue> validateDocument(const ManifestDocument &document,
                                            const ValidationOptions &options = {});
bool hasErrors(const std::vector<ManifestIssue> &issues);

} // namespace kedascope::k8s
