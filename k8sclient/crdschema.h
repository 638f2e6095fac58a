// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"

#include <memory>
#include <string>
#include <vector>

namespace kedascope::k8s {

// One finding of a validation, as the API server words its causes.
struct FieldError
{
    std::string field;   // "spec.triggers[0].type", "spec.maxReplicaCount"
    std::string reason;  // FieldValueRequired, FieldValueInvalid, FieldValueNotSupported,
                         // FieldValueTypeInvalid, FieldUnknown
    std::string message; // e.g. "Invalid value: \"x\": spec.pollingInterval in body must be of type integer:
                         // \"string\""
};

// A CRD's printer column (for Table responses).
struct PrinterColumn
{
    std::string name;
    std::string type; // string, integer, number, boolean, date
    std::string jsonPath;
    std::string description;
    int priority = 0;
};

// KEDA's CRD schemas (compiled in from resources/crds, with the release patches applied)
// and validation of objects against them as the API server does it: types, required, enums,
// minimum/maximum, int-or-string, preserve-unknown-fields, unknown fields, and the CRDs'
// x-kubernetes-validations rules.
class CrdSchema
{
public:
    // kind: ScaledObject, ScaledJob, TriggerAuthentication, ClusterTriggerAuthentication; nullptr otherwise.
    static std::shared_ptr<const CrdSchema> forKind(const std::string &kind);

    const std::string &kind() const;
    const std::vector<PrinterColumn> &printerColumns() const;
    // The CRD itself as JSON (for /openapi and discovery details).
    const json::Value &crd() const;

    // Validates a whole object (apiVersion, kind, metadata, spec, status). Empty: valid.
    // `strict`: unknown fields are errors (fieldValidation=Strict); otherwise they are pruned
    // silently by the caller via prune().
    std::vector<FieldError> validate(const json::Value &object, bool strict = true) const;
    // Removes fields the schema does not know (the API server's pruning), and nulls of fields
    // that are not nullable.
    void prune(json::Value &object) const;
    // Fills in the schema's `default` values where fields are missing, as the API server does
    // after pruning and before storing (fallback.behavior: static, container port protocol: TCP).
    void applyDefaults(json::Value &object, json::Allocator &alloc) const;

    struct Impl;
    explicit CrdSchema(std::unique_ptr<Impl> impl);
    ~CrdSchema();

private:
    std::unique_ptr<Impl> d;
};

// Evaluates the subset of kubectl's JSONPath used by printer columns:
// ".a.b", ".a[0]", ".a[*].b", ".status.conditions[?(@.type==\"Ready\")].status".
// Several results are joined with ','. Missing: empty.
std::string evaluateJsonPath(const json::Value &root, const std::string &path);

} // namespace kedascope::k8s
