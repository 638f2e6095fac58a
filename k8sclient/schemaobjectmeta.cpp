// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/schemaobjectmeta.h"

#include "k8sclient/schemaerrors.h"

#include <algorithm>
#include <cctype>

namespace kedascope::k8s::schema {

namespace {

constexpr const char *kSubdomainMessage =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
    "start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
constexpr const char *kLabelMessage =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start "
    "and "
    "end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
constexpr const char *kLabelValueMessage =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must "
    "start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used "
    "for "
    "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
constexpr const char *kQualifiedNameMessage =
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
    "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

const char *const kObjectMetaFields[] = {"name",
                                         "generateName",
                                         "namespace",
                                         "selfLink",
                                         "uid",
                                         "resourceVersion",
                                         "generation",
                                         "creationTimestamp",
                                         "deletionTimestamp",
                                         "deletionGracePeriodSeconds",
                                         "labels",
                                         "annotations",
                                         "ownerReferences",
                                         "finalizers",
                                         "managedFields"};

bool isKnownMetaField(std::string_view name)
{
    return std::any_of(std::begin(kObjectMetaFields), std::end(kObjectMetaFields),
                       [&](const char *field) { return name == field; });
}

bool isAlnumLower(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isAlnum(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?
bool isQualifiedNamePart(std::string_view part)
{
    if (part.empty() || part.size() > 63 || !isAlnum(part.front()) || !isAlnum(part.back()))
        return false;
    return std::all_of(part.begin(), part.end(),
                       [](char c) { return isAlnum(c) || c == '-' || c == '_' || c == '.'; });
}

std::string text(const json::Value &value)
{
    return std::string(value.GetString(), value.GetStringLength());
}

void validateLabelKey(const std::string &key, const std::string &path, std::vector<FieldError> &errors)
{
    std::string_view name = key;
    const auto slash = name.find('/');
    if (slash != std::string_view::npos) {
        const std::string_view prefix = name.substr(0, slash);
        if (prefix.empty())
            errors.push_back(invalid(path, goQuote(key), "prefix part must be non-empty"));
        else if (!isDns1123Subdomain(prefix))
            errors.push_back(invalid(path, goQuote(key), std::string("prefix part ") + kSubdomainMessage));
        name = name.substr(slash + 1);
    }
    if (name.empty())
        errors.push_back(invalid(path, goQuote(key), "name part must be non-empty"));
    else if (name.size() > 63)
        errors.push_back(invalid(path, goQuote(key), "name part must be no more than 63 characters"));
    else if (!isQualifiedNamePart(name))
        errors.push_back(invalid(path, goQuote(key), kQualifiedNameMessage));
}

void validateStringMap(const json::Value &metadata, const char *field, bool labels,
                       std::vector<FieldError> &errors)
{
    auto it = metadata.FindMember(field);
    if (it == metadata.MemberEnd() || it->value.IsNull())
        return;
    const std::string path = childPath("metadata", field);
    if (!it->value.IsObject()) {
        errors.push_back(
            typeInvalid(path, goQuote(typeNameOf(it->value)),
                        path + " in body must be of type object: " + goQuote(typeNameOf(it->value))));
        return;
    }
    for (const auto &member : it->value.GetObject()) {
        const std::string key = text(member.name);
        if (!member.value.IsString()) {
            const std::string valuePath = childPath(path, key);
            errors.push_back(typeInvalid(
                valuePath, goQuote(typeNameOf(member.value)),
                valuePath + " in body must be of type string: " + goQuote(typeNameOf(member.value))));
            continue;
        }
        validateLabelKey(key, path, errors);
        if (!labels)
            continue;
        const std::string value = text(member.value);
        if (value.size() > 63)
            errors.push_back(
                invalid(childPath(path, key), goQuote(value), "must be no more than 63 characters"));
        else if (!value.empty() && !isQualifiedNamePart(value))
            errors.push_back(invalid(childPath(path, key), goQuote(value), kLabelValueMessage));
    }
}

void validateName(const json::Value &metadata, std::vector<FieldError> &errors)
{
    auto name = metadata.FindMember("name");
    auto generateName = metadata.FindMember("generateName");
    const bool hasName =
        name != metadata.MemberEnd() && name->value.IsString() && name->value.GetStringLength();
    const bool hasGenerateName = generateName != metadata.MemberEnd() && generateName->value.IsString() &&
                                 generateName->value.GetStringLength();
    if (!hasName && !hasGenerateName) {
        errors.push_back(required("metadata.name", "name or generateName is required"));
        return;
    }
    if (hasName) {
        const std::string value = text(name->value);
        if (value.size() > 253)
            errors.push_back(invalid("metadata.name", goQuote(value), "must be no more than 253 characters"));
        else if (!isDns1123Subdomain(value))
            errors.push_back(invalid("metadata.name", goQuote(value), kSubdomainMessage));
    } else {
        // generateName gets a random suffix, so only its prefix must be valid.
        std::string prefix = text(generateName->value);
        while (!prefix.empty() && prefix.back() == '-')
            prefix.pop_back();
        if (!prefix.empty() && !isDns1123Subdomain(prefix))
            errors.push_back(
                invalid("metadata.generateName", goQuote(text(generateName->value)), kSubdomainMessage));
    }
}

} // namespace

bool isDns1123Subdomain(std::string_view name)
{
    if (name.empty() || name.size() > 253)
        return false;
    size_t start = 0;
    while (true) {
        const size_t dot = name.find('.', start);
        const std::string_view label = name.substr(start, dot == std::string_view::npos ? dot : dot - start);
        if (label.empty() || !isAlnumLower(label.front()) || !isAlnumLower(label.back()))
            return false;
        if (!std::all_of(label.begin(), label.end(), [](char c) { return isAlnumLower(c) || c == '-'; }))
            return false;
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

bool isDns1123Label(std::string_view name)
{
    return name.size() <= 63 && name.find('.') == std::string_view::npos && isDns1123Subdomain(name);
}

void validateObjectMeta(const json::Value *metadata, bool strict, std::vector<FieldError> &errors)
{
    if (!metadata || metadata->IsNull()) {
        errors.push_back(required("metadata.name", "name or generateName is required"));
        return;
    }
    if (!metadata->IsObject()) {
        errors.push_back(
            typeInvalid("metadata", goQuote(typeNameOf(*metadata)),
                        "metadata in body must be of type object: " + goQuote(typeNameOf(*metadata))));
        return;
    }
    validateName(*metadata, errors);
    if (auto ns = metadata->FindMember("namespace"); ns != metadata->MemberEnd() && ns->value.IsString() &&
                                                     ns->value.GetStringLength() &&
                                                     !isDns1123Label(text(ns->value)))
        errors.push_back(invalid("metadata.namespace", goQuote(text(ns->value)), kLabelMessage));
    validateStringMap(*metadata, "labels", true, errors);
    validateStringMap(*metadata, "annotations", false, errors);
    if (!strict)
        return;
    for (const auto &member : metadata->GetObject()) {
        const std::string name = text(member.name);
        if (!isKnownMetaField(name))
            errors.push_back(unknownField("metadata", name));
    }
}

void pruneObjectMeta(json::Value &metadata)
{
    if (!metadata.IsObject())
        return;
    for (auto it = metadata.MemberBegin(); it != metadata.MemberEnd();) {
        if (isKnownMetaField(std::string_view(it->name.GetString(), it->name.GetStringLength())))
            ++it;
        else
            it = metadata.EraseMember(it);
    }
}

} // namespace kedascope::k8s::schema
