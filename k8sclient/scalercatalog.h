// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace kedascope::k8s::keda {

// One metadata field of a scaler, as the visual editor offers it.
struct ScalerField
{
    enum class Type { String, Integer, Number, Boolean, Enum, Duration, Url, Text };

    std::string name; // the metadata key, e.g. "lagThreshold"
    Type type = Type::String;
    bool required = false;
    std::string defaultValue;            // as KEDA documents it; empty: none
    std::string description;             // one line
    std::vector<std::string> allowed;    // for Enum
    std::string activationField;         // on a threshold: its activation counterpart ("activationLagThreshold")
    std::string thresholdField;          // on an activation field: the threshold it belongs to
    bool secret = false;                 // belongs in a TriggerAuthentication (the editor offers to move it)
    std::vector<std::string> alternatives; // other keys that supply the same value (e.g. "hostFromEnv")
    std::string placeholder;               // example value for a template when there is no default
};

// One scaler type (the trigger's `type`), with its fields in the order the documentation lists them.
struct ScalerType
{
    std::string type;     // "kafka", "aws-sqs-queue", ...
    std::string title;    // "Apache Kafka"
    std::string description;
    std::string docsUrl;  // https://keda.sh/docs/latest/scalers/...
    std::vector<std::string> metricTypes; // the metricTypes it allows; empty: AverageValue, Value, Utilization
    std::vector<ScalerField> fields;
    std::vector<std::string> authParameters; // parameters a TriggerAuthentication may supply

    const ScalerField *field(std::string_view name) const;
    // The field a metadata key belongs to: its own name or one of its alternatives.
    const ScalerField *fieldForKey(std::string_view key) const;
    bool isAuthParameter(std::string_view name) const;
};

// The catalog of scalers the editor knows (resources/scalers/catalog.json, embedded in the binary).
// A trigger of an unknown type stays editable as plain key/value metadata.
class ScalerCatalog
{
public:
    // Parses the catalog JSON; errors name the scaler and field at fault.
    static Result<ScalerCatalog> parse(std::string_view json);
    // The embedded catalog (parsed once; a broken embedded catalog is a build defect and aborts).
    static const ScalerCatalog &builtIn();

    const std::vector<ScalerType> &types() const { return m_types; }
    const ScalerType *find(std::string_view type) const;

private:
    std::vector<ScalerType> m_types;
};

std::string_view fieldTypeName(ScalerField::Type type);

} // namespace kedascope::k8s::keda
