// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/manifestvalidation.h"

#include "k8sclient/crdschema.h"
#include "k8sclient/scalercatalog.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace kedascope::k8s {

namespace {

using Severity = ManifestIssue::Severity;
using Source = ManifestIssue::Source;
using keda::ScalerField;

ManifestIssue makeIssue(Severity severity, Source source, std::string field, std::string message,
                        std::string rule)
{
    ManifestIssue found;
    found.severity = severity;
    found.source = source;
    found.field = std::move(field);
    found.message = std::move(message);
    found.rule = std::move(rule);
    return found;
}

bool isNumber(const std::string &value, bool integer)
{
    if (value.empty())
        return false;
    char *end = nullptr;
    errno = 0;
    if (integer)
        std::strtoll(value.c_str(), &end, 10);
    else
        std::strtod(value.c_str(), &end);
    return errno == 0 && end && *end == '\0';
}

// Whether KEDA can read `value` as the field's type; empty when it can, else what was expected.
std::string expectedType(const ScalerField &field, const std::string &value)
{
    switch (field.type) {
    case ScalerField::Type::Integer:
        return isNumber(value, true) ? std::string() : "an integer";
    case ScalerField::Type::Number:
        return isNumber(value, false) ? std::string() : "a number";
    case ScalerField::Type::Boolean:
        return value == "true" || value == "false" || value == "True" || value == "False" ? std::string()
                                                                                           : "true or false";
    case ScalerField::Type::Enum: {
        if (std::find(field.allowed.begin(), field.allowed.end(), value) != field.allowed.end())
            return {};
        std::string list;
        for (const auto &allowed : field.allowed)
            list += (list.empty() ? "" : ", ") + allowed;
        return "one of " + list;
    }
    default:
        return {};
    }
}

bool suppliedByMetadata(const ScalerField &field, const json::Value &metadata)
{
    if (!metadata.IsObject())
        return false;
    if (metadata.HasMember(field.name.c_str()))
        return true;
    return std::any_of(field.alternatives.begin(), field.alternatives.end(),
                       [&](const std::string &key) { return metadata.HasMember(key.c_str()); });
}

void checkTrigger(const json::Value &trigger, const std::string &path, const keda::ScalerCatalog &catalog,
                  std::vector<ManifestIssue> &issues)
{
    const std::string type = json::stringAt(trigger, "type");
    const keda::ScalerType *scaler = catalog.find(type);
    if (!scaler) {
        if (!type.empty())
            issues.push_back(makeIssue(Severity::Info, Source::Catalog, path + ".type",
                                       "scaler type \"" + type + "\" is not in the catalog; its metadata is not "
                                                                 "checked",
                                       "unknown-scaler"));
        return;
    }
    static const json::Value noMetadata(rapidjson::kObjectType);
    const json::Value *found = json::find(trigger, "metadata");
    const json::Value &metadata = found && found->IsObject() ? *found : noMetadata;
    const bool hasAuthentication = json::find(trigger, "authenticationRef") != nullptr;
    for (const auto &field : scaler->fields) {
        if (!field.required || suppliedByMetadata(field, metadata))
            continue;
        if (hasAuthentication && scaler->isAuthParameter(field.name))
            continue;
        std::string message = scaler->type + " needs metadata \"" + field.name + "\": " + field.description;
        if (scaler->isAuthParameter(field.name))
            message += " (or supply it through an authenticationRef)";
        issues.push_back(makeIssue(Severity::Error, Source::Catalog, path + ".metadata", std::move(message),
                                   "missing-metadata"));
    }
    for (auto it = metadata.MemberBegin(); it != metadata.MemberEnd(); ++it) {
        const std::string key(it->name.GetString(), it->name.GetStringLength());
        const std::string fieldPath = path + ".metadata." + key;
        const ScalerField *field = scaler->fieldForKey(key);
        if (!field) {
            issues.push_back(makeIssue(Severity::Info, Source::Catalog, fieldPath,
                                       "\"" + key + "\" is not a metadata key the " + scaler->type +
                                           " scaler documents",
                                       "unknown-metadata"));
            continue;
        }
        if (field->name != key || !it->value.IsString())
            continue;
        const std::string value(it->value.GetString(), it->value.GetStringLength());
        if (field->secret) {
            issues.push_back(makeIssue(Severity::Warning, Source::Catalog, fieldPath,
                                       "\"" + key + "\" is a secret written in plain text: move it to a Secret "
                                                    "and reference it from a TriggerAuthentication",
                                       "inline-secret"));
        }
        if (const std::string expected = expectedType(*field, value); !expected.empty()) {
            issues.push_back(makeIssue(Severity::Warning, Source::Catalog, fieldPath,
                                       "\"" + key + "\" should be " + expected + ", not \"" + value + '"',
                                       "metadata-type"));
        }
    }
}

void checkTriggers(const json::Value &object, const keda::ScalerCatalog &catalog, std::vector<ManifestIssue> &issues)
{
    const json::Value *triggers = json::find(object, "spec.triggers");
    if (!triggers || !triggers->IsArray())
        return;
    for (rapidjson::SizeType i = 0; i < triggers->Size(); ++i)
        if ((*triggers)[i].IsObject())
            checkTrigger((*triggers)[i], "spec.triggers[" + std::to_string(i) + ']', catalog, issues);
}

std::optional<keda::AdmissionDenial> admission(const std::string &kind, const json::Value &object,
                                               const keda::AdmissionClusterView &cluster)
{
    if (kind == "ScaledObject")
        return keda::validateScaledObject(object, cluster, false);
    if (kind == "ScaledJob")
        return keda::validateScaledJob(object);
    if (kind == "TriggerAuthentication" || kind == "ClusterTriggerAuthentication")
        return keda::validateTriggerAuthentication(object);
    return std::nullopt;
}

} // namespace

std::string severityName(ManifestIssue::Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

std::vector<keda::ScaledObjectSummary> OfflineClusterView::scaledObjects(const std::string &) const
{
    return {};
}

std::vector<keda::HpaSummary> OfflineClusterView::horizontalPodAutoscalers(const std::string &) const
{
    return {};
}

std::optional<std::vector<keda::ContainerResources>>
OfflineClusterView::workloadContainers(const std::string &, const keda::WorkloadRef &) const
{
    return std::vector<keda::ContainerResources>{};
}

bool OfflineClusterView::limitRangeDefaults(const std::string &, const std::string &) const
{
    return true;
}

std::vector<ManifestIssue> validateObject(const json::Value &object, const ValidationOptions &options)
{
    std::vector<ManifestIssue> issues;
    if (!object.IsObject()) {
        issues.push_back(makeIssue(Severity::Error, Source::Schema, {}, "a manifest must be a mapping", "type"));
        return issues;
    }
    const std::string apiVersion = json::stringAt(object, "apiVersion");
    const std::string kind = json::stringAt(object, "kind");
    if (apiVersion.empty())
        issues.push_back(makeIssue(Severity::Error, Source::Schema, "apiVersion", "apiVersion is required",
                                   "FieldValueRequired"));
    if (kind.empty())
        issues.push_back(makeIssue(Severity::Error, Source::Schema, "kind", "kind is required", "FieldValueRequired"));
    if (json::stringAt(object, "metadata.name").empty() && json::stringAt(object, "metadata.generateName").empty())
        issues.push_back(makeIssue(Severity::Error, Source::Schema, "metadata.name", "metadata.name is required",
                                   "FieldValueRequired"));
    if (apiVersion.rfind("keda.sh/", 0) != 0)
        return issues;

    const auto schema = CrdSchema::forKind(kind);
    if (!schema)
        return issues;
    const std::vector<FieldError> schemaErrors = schema->validate(object, true);
    for (const auto &error : schemaErrors)
        issues.push_back(makeIssue(Severity::Error, Source::Schema, error.field, error.message, error.reason));

    if (schemaErrors.empty()) {
        json::Document admitted;
        admitted.CopyFrom(object, admitted.GetAllocator());
        schema->applyDefaults(admitted, admitted.GetAllocator());
        if (kind != "ClusterTriggerAuthentication" && json::stringAt(admitted, "metadata.namespace").empty())
            json::setString(json::ensureObject(admitted, "metadata", admitted.GetAllocator()), "namespace",
                            options.defaultNamespace, admitted.GetAllocator());
        const OfflineClusterView offline;
        const keda::AdmissionClusterView &cluster = options.cluster ? *options.cluster : offline;
        if (auto denial = admission(kind, admitted, cluster))
            issues.push_back(makeIssue(Severity::Error, Source::Admission, denial->field, denial->message,
                                       denial->rule));
    }
    if (kind == "ScaledObject" || kind == "ScaledJob")
        checkTriggers(object, options.catalog ? *options.catalog : keda::ScalerCatalog::builtIn(), issues);
    return issues;
}

std::vector<ManifestIssue> validateDocument(const ManifestDocument &document, const ValidationOptions &options)
{
    if (document.error) {
        ManifestIssue found = makeIssue(Severity::Error, Source::Yaml, {}, document.error->message, "yaml");
        found.position = document.error->position;
        return {found};
    }
    if (!document.object)
        return {};
    std::vector<ManifestIssue> issues = validateObject(*document.object, options);
    for (auto &found : issues)
        found.position = document.positionOf(found.field);
    return issues;
}

bool hasErrors(const std::vector<ManifestIssue> &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ManifestIssue &i) { return i.severity == ManifestIssue::Severity::Error; });
}

} // namespace kedascope::k8s
