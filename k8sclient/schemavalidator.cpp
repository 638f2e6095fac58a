// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/schemavalidator.h"

#include "k8sclient/schemacel.h"
#include "k8sclient/schemaerrors.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kedascope::k8s::schema {

namespace {

bool isIntegral(const json::Value &value)
{
    if (value.IsInt64() || value.IsUint64())
        return true;
    if (!value.IsDouble())
        return false;
    const double d = value.GetDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool matchesType(const std::string &type, const json::Value &value)
{
    if (type == "object")
        return value.IsObject();
    if (type == "array")
        return value.IsArray();
    if (type == "string")
        return value.IsString();
    if (type == "integer")
        return isIntegral(value);
    if (type == "number")
        return value.IsNumber();
    if (type == "boolean")
        return value.IsBool();
    return true;
}

std::string enumText(const json::Value &value)
{
    return value.IsString() ? std::string(value.GetString(), value.GetStringLength())
                            : json::serialize(value);
}

size_t runeCount(const json::Value &value)
{
    size_t count = 0;
    const char *s = value.GetString();
    for (rapidjson::SizeType i = 0; i < value.GetStringLength(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xc0) != 0x80)
            ++count;
    }
    return count;
}

bool jsonEqual(const json::Value &a, const json::Value &b)
{
    if (a.IsNumber() && b.IsNumber())
        return a.GetDouble() == b.GetDouble();
    return a == b;
}

class Walker
{
public:
    Walker(bool strict, std::vector<FieldError> &errors)
        : m_strict(strict), m_errors(errors), m_firstError(static_cast<std::ptrdiff_t>(errors.size()))
    {}

    struct PendingRules
    {
        const Node *node;
        const json::Value *value;
        std::string path;
    };

    void walk(const Node &node, const json::Value &value, const std::string &path)
    {
        if (value.IsNull()) {
            if (!node.nullable && !node.type.empty()) {
                m_errors.push_back(typeInvalid(
                    path, goQuote("null"), path + " in body must be of type " + node.type + ": \"null\""));
            }
            return;
        }
        if (!node.type.empty() && !matchesType(node.type, value)) {
            const std::string actual = typeNameOf(value);
            m_errors.push_back(
                typeInvalid(path, goQuote(actual),
                            path + " in body must be of type " + node.type + ": " + goQuote(actual)));
            return;
        }
        if (node.intOrString && node.anyOf.empty() && !value.IsString() && !isIntegral(value)) {
            const std::string actual = typeNameOf(value);
            m_errors.push_back(typeInvalid(
                path, goQuote(actual), path + " in body must be of type integer,string: " + goQuote(actual)));
            return;
        }
        checkAnyOf(node, value, path);
        checkEnum(node, value, path);
        if (value.IsNumber())
            checkNumber(node, value, path);
        else if (value.IsString())
            checkString(node, value, path);
        else if (value.IsArray())
            checkArray(node, value, path);
        else if (value.IsObject())
            checkObject(node, value, path);
        if (!node.rules.empty())
            m_pendingRules.push_back({&node, &value, path});
    }

    void runRules(bool schemaHasRules)
    {
        if (!schemaHasRules)
            return;
        // As apiextensions-apiserver: a wrong type or an unsupported value makes the rules unsafe to run.
        const bool blocked =
            std::any_of(m_errors.begin() + m_firstError, m_errors.end(), [](const FieldError &e) {
                return e.reason == "FieldValueTypeInvalid" || e.reason == "FieldValueNotSupported";
            });
        if (blocked) {
            m_errors.push_back(
                invalid({}, "null",
                        "some validation rules were not checked because the object was invalid; "
                        "correct the existing errors to complete validation"));
            return;
        }
        for (const PendingRules &pending : m_pendingRules) {
            for (const CelRule &rule : pending.node->rules) {
                if (!rule.program)
                    continue;
                const std::optional<bool> passed = rule.program->evaluate(*pending.value);
                if (passed.has_value() && !*passed) {
                    const std::string message =
                        rule.message.empty() ? "failed rule: " + rule.rule : rule.message;
                    m_errors.push_back(invalid(pending.path, goQuote(typeNameOf(*pending.value)), message));
                }
            }
        }
    }

private:
    void checkAnyOf(const Node &node, const json::Value &value, const std::string &path)
    {
        if (node.anyOf.empty())
            return;
        std::vector<FieldError> branchErrors;
        for (const auto &branch : node.anyOf) {
            std::vector<FieldError> errors;
            Walker inner(false, errors);
            inner.walk(*branch, value, path);
            if (errors.empty())
                return;
            branchErrors.insert(branchErrors.end(), errors.begin(), errors.end());
        }
        m_errors.insert(m_errors.end(), branchErrors.begin(), branchErrors.end());
        m_errors.push_back(
            invalid(path, describeValue(value), path + " in body must validate at least one schema (anyOf)"));
    }

    void checkEnum(const Node &node, const json::Value &value, const std::string &path)
    {
        if (node.enumValues.empty())
            return;
        for (const json::Value *allowed : node.enumValues) {
            if (jsonEqual(*allowed, value))
                return;
        }
        std::vector<std::string> supported;
        for (const json::Value *allowed : node.enumValues)
            supported.push_back(enumText(*allowed));
        m_errors.push_back(notSupported(path, describeValue(value), supported));
    }

    void checkNumber(const Node &node, const json::Value &value, const std::string &path)
    {
        const double number = value.GetDouble();
        const std::string shown = describeValue(value);
        if (node.minimum) {
            const bool low = node.exclusiveMinimum ? number <= *node.minimum : number < *node.minimum;
            if (low)
                m_errors.push_back(invalid(path, shown,
                                           path + " in body should be greater than " +
                                               (node.exclusiveMinimum ? "" : "or equal to ") +
                                               formatNumber(*node.minimum)));
        }
        if (node.maximum) {
            const bool high = node.exclusiveMaximum ? number >= *node.maximum : number > *node.maximum;
            if (high)
                m_errors.push_back(invalid(path, shown,
                                           path + " in body should be less than " +
                                               (node.exclusiveMaximum ? "" : "or equal to ") +
                                               formatNumber(*node.maximum)));
        }
        if (node.format == "int32" && isIntegral(value) &&
            (number < std::numeric_limits<int32_t>::min() || number > std::numeric_limits<int32_t>::max()))
            m_errors.push_back(
                invalid(path, shown, path + " in body must be of type int32: " + goQuote(shown)));
        if (node.format == "int64" && value.IsUint64() && !value.IsInt64())
            m_errors.push_back(
                invalid(path, shown, path + " in body must be of type int64: " + goQuote(shown)));
    }

    void checkString(const Node &node, const json::Value &value, const std::string &path)
    {
        if (node.minLength || node.maxLength) {
            const auto length = static_cast<long long>(runeCount(value));
            if (node.minLength && length < *node.minLength)
                m_errors.push_back(invalid(path, describeValue(value),
                                           path + " in body should be at least " +
                                               std::to_string(*node.minLength) + " chars long"));
            if (node.maxLength && length > *node.maxLength)
                m_errors.push_back(tooLong(path, *node.maxLength));
        }
        if (node.patternRegex) {
            const char *begin = value.GetString();
            if (!std::regex_search(begin, begin + value.GetStringLength(), *node.patternRegex))
                m_errors.push_back(invalid(path, describeValue(value),
                                           path + " in body should match '" + node.pattern + "'"));
        }
    }

    void checkArray(const Node &node, const json::Value &value, const std::string &path)
    {
        const auto size = static_cast<long long>(value.Size());
        if (node.minItems && size < *node.minItems)
            m_errors.push_back(
                invalid(path, std::to_string(size),
                        path + " in body should have at least " + std::to_string(*node.minItems) + " items"));
        if (node.maxItems && size > *node.maxItems)
            m_errors.push_back(tooMany(path, size, *node.maxItems));
        if (node.items) {
            for (rapidjson::SizeType i = 0; i < value.Size(); ++i)
                walk(*node.items, value[i], indexPath(path, i));
        }
        checkListUniqueness(node, value, path);
    }

    void checkListUniqueness(const Node &node, const json::Value &value, const std::string &path)
    {
        if (node.listType != "set" && node.listType != "map")
            return;
        std::vector<std::string> seen;
        for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
            std::string key;
            if (node.listType == "set") {
                key = json::serialize(value[i]);
            } else {
                if (!value[i].IsObject())
                    continue;
                json::Document keyObject;
                keyObject.SetObject();
                for (const std::string &field : node.listMapKeys) {
                    auto it =
                        value[i].FindMember(json::Value(rapidjson::StringRef(field.data(), field.size())));
                    if (it != value[i].MemberEnd())
                        keyObject.AddMember(json::Value(field, keyObject.GetAllocator()),
                                            json::Value(it->value, keyObject.GetAllocator()),
                                            keyObject.GetAllocator());
                }
                key = json::serialize(keyObject);
            }
            if (std::find(seen.begin(), seen.end(), key) != seen.end())
                m_errors.push_back(duplicate(indexPath(path, i), key));
            else
                seen.push_back(std::move(key));
        }
    }

    void checkObject(const Node &node, const json::Value &value, const std::string &path)
    {
        for (const auto &member : value.GetObject()) {
            const std::string_view name(member.name.GetString(), member.name.GetStringLength());
            if (const Node *property = node.property(name)) {
                if (member.value.IsNull() && !property->nullable)
                    continue; // pruned by the API server before validation
                walk(*property, member.value, childPath(path, name));
            } else if (node.additionalProperties) {
                walk(*node.additionalProperties, member.value, childPath(path, name));
            } else if (m_strict && !node.preserveUnknownFields) {
                m_errors.push_back(unknownField(path, std::string(name)));
            }
        }
        for (const std::string &field : node.required) {
            auto it = value.FindMember(json::Value(rapidjson::StringRef(field.data(), field.size())));
            const Node *property = node.property(field);
            const bool missing =
                it == value.MemberEnd() || (it->value.IsNull() && !(property && property->nullable));
            // The API server defaults before it validates, so a defaulted field is never missing.
            if (missing && property && property->defaultValue)
                continue;
            if (missing)
                m_errors.push_back(required(childPath(path, field)));
        }
    }

    bool m_strict;
    std::vector<FieldError> &m_errors;
    std::ptrdiff_t m_firstError;
    std::vector<PendingRules> m_pendingRules;
};

} // namespace

void validateValue(const Node &node, const json::Value &value, const std::string &path, bool strict,
                   std::vector<FieldError> &errors)
{
    Walker walker(strict, errors);
    walker.walk(node, value, path);
    walker.runRules(node.subtreeHasRules);
}

void pruneValue(const Node &node, json::Value &value)
{
    if (value.IsArray()) {
        if (node.items) {
            for (auto &item : value.GetArray())
                pruneValue(*node.items, item);
        }
        return;
    }
    if (!value.IsObject())
        return;
    for (auto it = value.MemberBegin(); it != value.MemberEnd();) {
        const std::string_view name(it->name.GetString(), it->name.GetStringLength());
        const Node *child = node.property(name);
        if (!child)
            child = node.additionalProperties.get();
        if (child) {
            if (it->value.IsNull() && !child->nullable && node.property(name)) {
                it = value.EraseMember(it);
                continue;
            }
            pruneValue(*child, it->value);
        } else if (!node.preserveUnknownFields) {
            it = value.EraseMember(it);
            continue;
        }
        ++it;
    }
}

} // namespace kedascope::k8s::schema
