// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/scalercatalog.h"

#include "k8sclient/json.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <set>

namespace kedascope::embedded {
std::string_view scalerCatalogText(std::string_view fileName);
}

namespace kedascope::k8s::keda {

namespace {

constexpr std::pair<ScalerField::Type, std::string_view> kTypeNames[] = {
    {ScalerField::Type::String, "string"},   {ScalerField::Type::Integer, "integer"},
    {ScalerField::Type::Number, "number"},   {ScalerField::Type::Boolean, "boolean"},
    {ScalerField::Type::Enum, "enum"},       {ScalerField::Type::Duration, "duration"},
    {ScalerField::Type::Url, "url"},         {ScalerField::Type::Text, "text"},
};

std::optional<ScalerField::Type> typeFromName(std::string_view name)
{
    for (const auto &[type, typeName] : kTypeNames)
        if (typeName == name)
            return type;
    return std::nullopt;
}

std::vector<std::string> stringList(const json::Value &object, const char *key)
{
    std::vector<std::string> list;
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsArray())
        return list;
    for (const auto &item : it->value.GetArray())
        if (item.IsString())
            list.emplace_back(item.GetString(), item.GetStringLength());
    return list;
}

Error catalogError(const std::string &where, const std::string &what)
{
    return Error::make(Error::Kind::Invalid, "scaler catalog: " + where + ": " + what);
}

Result<ScalerField> parseField(const json::Value &object, const std::string &scaler)
{
    ScalerField field;
    field.name = json::stringAt(object, "name");
    const std::string where = scaler + '.' + field.name;
    if (field.name.empty())
        return catalogError(scaler, "a field has no name");
    const auto type = typeFromName(json::stringAt(object, "type", "string"));
    if (!type)
        return catalogError(where, "unknown type \"" + json::stringAt(object, "type") + '"');
    field.type = *type;
    const json::Value *required = json::find(object, "required");
    field.required = required && required->IsBool() && required->GetBool();
    const json::Value *secret = json::find(object, "secret");
    field.secret = secret && secret->IsBool() && secret->GetBool();
    field.defaultValue = json::stringAt(object, "default");
    field.description = json::stringAt(object, "description");
    if (field.description.empty())
        return catalogError(where, "no description");
    field.allowed = stringList(object, "allowed");
    if (field.type == ScalerField::Type::Enum && field.allowed.empty())
        return catalogError(where, "an enum without allowed values");
    field.activationField = json::stringAt(object, "activation");
    field.alternatives = stringList(object, "alternatives");
    field.placeholder = json::stringAt(object, "placeholder");
    return field;
}

Result<ScalerType> parseScaler(const json::Value &object)
{
    ScalerType scaler;
    scaler.type = json::stringAt(object, "type");
    if (scaler.type.empty())
        return catalogError("scalers", "a scaler has no type");
    scaler.title = json::stringAt(object, "title", scaler.type);
    scaler.description = json::stringAt(object, "description");
    scaler.docsUrl = json::stringAt(object, "docs");
    scaler.metricTypes = stringList(object, "metricTypes");
    scaler.authParameters = stringList(object, "authParameters");
    const json::Value *fields = json::find(object, "fields");
    if (!fields || !fields->IsArray())
        return catalogError(scaler.type, "no fields");
    std::set<std::string> names;
    for (const auto &item : fields->GetArray()) {
        auto field = parseField(item, scaler.type);
        if (!field)
            return field.error();
        if (!names.insert(field->name).second)
            return catalogError(scaler.type + '.' + field->name, "listed twice");
        scaler.fields.push_back(std::move(field.value()));
    }
    for (auto &field : scaler.fields) {
        if (field.activationField.empty())
            continue;
        auto activation = std::find_if(scaler.fields.begin(), scaler.fields.end(),
                                       [&](const ScalerField &f) { return f.name == field.activationField; });
        if (activation == scaler.fields.end())
            return catalogError(scaler.type + '.' + field.name,
                                "activation field \"" + field.activationField + "\" is not listed");
        activation->thresholdField = field.name;
    }
    return scaler;
}

} // namespace

std::string_view fieldTypeName(ScalerField::Type type)
{
    for (const auto &[candidate, name] : kTypeNames)
        if (candidate == type)
            return name;
    return "string";
}

const ScalerField *ScalerType::field(std::string_view name) const
{
    for (const auto &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

const ScalerField *ScalerType::fieldForKey(std::string_view key) const
{
    if (const ScalerField *own = field(key))
        return own;
    for (const auto &f : fields)
        if (std::find(f.alternatives.begin(), f.alternatives.end(), key) != f.alternatives.end())
            return &f;
    return nullptr;
}

bool ScalerType::isAuthParameter(std::string_view name) const
{
    return std::find(authParameters.begin(), authParameters.end(), name) != authParameters.end();
}

Result<ScalerCatalog> ScalerCatalog::parse(std::string_view text)
{
    std::string error;
    const auto document = json::parse(text, &error);
    if (!document)
        return catalogError("JSON", error);
    const json::Value *scalers = json::find(*document, "scalers");
    if (!scalers || !scalers->IsArray())
        return catalogError("JSON", "no \"scalers\" list");
    ScalerCatalog catalog;
    std::set<std::string> types;
    for (const auto &item : scalers->GetArray()) {
        auto scaler = parseScaler(item);
        if (!scaler)
            return scaler.error();
        if (!types.insert(scaler->type).second)
            return catalogError(scaler->type, "listed twice");
        catalog.m_types.push_back(std::move(scaler.value()));
    }
    return catalog;
}

const ScalerCatalog &ScalerCatalog::builtIn()
{
    static const ScalerCatalog catalog = [] {
        auto parsed = parse(embedded::scalerCatalogText("catalog.json"));
        if (!parsed) {
            std::cerr << parsed.error().message << '\n';
            std::abort();
        }
        return std::move(parsed.value());
    }();
    return catalog;
}

const ScalerType *ScalerCatalog::find(std::string_view type) const
{
    for (const auto &scaler : m_types)
        if (scaler.type == type)
            return &scaler;
    return nullptr;
}

} // namespace kedascope::k8s::keda
