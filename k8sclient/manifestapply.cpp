// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/manifestapply.h"

#include "k8sclient/cleanmanifest.h"

#include <cctype>

namespace kedascope::k8s {

namespace {

using Outcome = ApplyResult::Outcome;

std::string lowercase(std::string text)
{
    for (auto &c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string groupOf(const std::string &apiVersion)
{
    const auto slash = apiVersion.find('/');
    return slash == std::string::npos ? std::string() : apiVersion.substr(0, slash);
}

ApplyResult failure(ApplyResult result, const Error &error)
{
    result.message = error.message;
    result.causes = error.causes;
    if (error.kind == Error::Kind::Api && error.code == 409) {
        result.outcome = Outcome::Conflict;
        result.conflicts = parseConflicts(error);
    } else if (error.kind == Error::Kind::Api && (error.code == 422 || error.code == 400)) {
        result.outcome = Outcome::Invalid;
    } else if (error.kind == Error::Kind::Api && error.code == 403) {
        result.outcome = Outcome::Forbidden;
    } else {
        result.outcome = error.kind == Error::Kind::Invalid ? Outcome::Invalid : Outcome::Failed;
    }
    return result;
}

json::Document cleaned(const json::Value &object)
{
    json::Document copy;
    copy.CopyFrom(object, copy.GetAllocator());
    cleanManifest(copy);
    return copy;
}

// `"text"` at `pos` with Go's escapes for quotes and backslashes; advances `pos` past it.
std::string quotedText(const std::string &value, std::size_t &pos)
{
    std::string text;
    for (++pos; pos < value.size() && value[pos] != '"'; ++pos) {
        if (value[pos] == '\\' && pos + 1 < value.size())
            ++pos;
        text += value[pos];
    }
    ++pos;
    return text;
}

FieldConflict conflictFrom(const std::string &managerLabel, std::string field)
{
    FieldConflict conflict;
    conflict.field = std::move(field);
    const auto open = managerLabel.find('"');
    const auto close = open == std::string::npos ? std::string::npos : managerLabel.find('"', open + 1);
    if (close == std::string::npos) {
        conflict.manager = managerLabel;
        return conflict;
    }
    conflict.manager = managerLabel.substr(open + 1, close - open - 1);
    std::string detail = managerLabel.substr(close + 1);
    while (!detail.empty() && (detail.front() == ' ' || detail.front() == ':'))
        detail.erase(detail.begin());
    conflict.detail = detail;
    return conflict;
}

// "Apply failed with N conflicts: conflicts with "m":\n- .a\n- .b" or "...: conflict with "m": .a".
std::vector<FieldConflict> conflictsFromMessage(const std::string &message)
{
    std::vector<FieldConflict> conflicts;
    std::string manager;
    std::size_t start = 0;
    while (start <= message.size()) {
        const auto end = message.find('\n', start);
        std::string line = message.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? message.size() + 1 : end + 1;
        if (const auto at = line.find("conflict with "); at != std::string::npos) {
            const std::string rest = line.substr(at + 14);
            const auto fieldAt = rest.rfind(": ");
            if (fieldAt != std::string::npos)
                conflicts.push_back(conflictFrom(rest.substr(0, fieldAt), rest.substr(fieldAt + 2)));
        } else if (const auto with = line.find("conflicts with "); with != std::string::npos) {
            manager = line.substr(with + 15);
            if (!manager.empty() && manager.back() == ':')
                manager.pop_back();
        } else if (line.rfind("- ", 0) == 0 && !manager.empty()) {
            conflicts.push_back(conflictFrom(manager, line.substr(2)));
        }
    }
    return conflicts;
}

} // namespace

std::string outcomeName(ApplyResult::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return "created";
    case Outcome::Updated:
        return "configured";
    case Outcome::Unchanged:
        return "unchanged";
    case Outcome::Conflict:
        return "conflict";
    case Outcome::Invalid:
        return "invalid";
    case Outcome::Forbidden:
        return "forbidden";
    case Outcome::Failed:
        return "failed";
    }
    return "failed";
}

std::string ApplyResult::summary() const
{
    const std::string kind = type.kind.empty() ? std::string("object") : lowercase(type.kind);
    const std::string object = kind + (type.group.empty() ? "" : "." + type.group) + '/' + name;
    if (succeeded())
        return object + ' ' + outcomeName(outcome) + (dryRun ? " (server dry run)" : "");
    std::string text = "error: " + object + ": " + message;
    if (outcome == Outcome::Invalid || outcome == Outcome::Forbidden) {
        for (const auto &cause : causes)
            if (!cause.field.empty() && message.find(cause.field) == std::string::npos)
                text += "\n  " + cause.field + ": " + cause.message;
    }
    return text;
}

std::vector<std::string> parseWarnings(const std::string &headerValue)
{
    // warn-code SP warn-agent SP "warn-text" [SP "date"], several separated by commas.
    std::vector<std::string> warnings;
    std::size_t pos = 0;
    while (pos < headerValue.size()) {
        const auto quote = headerValue.find('"', pos);
        if (quote == std::string::npos)
            break;
        pos = quote;
        warnings.push_back(quotedText(headerValue, pos));
        while (pos < headerValue.size() && headerValue[pos] == ' ')
            ++pos;
        if (pos < headerValue.size() && headerValue[pos] == '"')
            quotedText(headerValue, pos); // the optional date
        const auto comma = headerValue.find(',', pos);
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return warnings;
}

std::vector<FieldConflict> parseConflicts(const Error &error)
{
    std::vector<FieldConflict> conflicts;
    for (const auto &cause : error.causes) {
        if (cause.reason != "FieldManagerConflict")
            continue;
        std::string label = cause.message;
        if (label.rfind("conflict with ", 0) == 0)
            label = label.substr(14);
        conflicts.push_back(conflictFrom(label, cause.field));
    }
    if (conflicts.empty())
        conflicts = conflictsFromMessage(error.message);
    return conflicts;
}

Result<ResourceType> resolveKind(ApiClient &client, const std::string &apiVersion, const std::string &kind)
{
    if (auto known = knownResourceType(apiVersion, kind))
        return *known;
    auto groups = client.discover();
    if (!groups)
        return groups.error();
    for (const auto &group : *groups) {
        if (group.groupVersion != apiVersion)
            continue;
        for (const auto &type : group.resources)
            if (type.kind == kind && type.resource.find('/') == std::string::npos)
                return type;
    }
    Error error = Error::make(Error::Kind::Invalid, "resource mapping not found for kind \"" + kind +
                                                        "\" in version \"" + apiVersion +
                                                        "\": ensure CRDs are installed first");
    return error;
}

ApplyResult applyObject(ApiClient &client, const json::Value &object, const ApplyOptions &options)
{
    ApplyResult result;
    result.dryRun = options.dryRun == DryRun::All;
    const std::string apiVersion = json::stringAt(object, "apiVersion");
    const std::string kind = json::stringAt(object, "kind");
    result.name = json::stringAt(object, "metadata.name");
    result.type.kind = kind;
    result.type.group = groupOf(apiVersion);
    if (result.name.empty())
        return failure(std::move(result), Error::make(Error::Kind::Invalid, "metadata.name is required"));
    auto type = resolveKind(client, apiVersion, kind);
    if (!type)
        return failure(std::move(result), type.error());
    result.type = *type;

    json::Document body;
    body.CopyFrom(object, body.GetAllocator());
    if (type->namespaced) {
        result.ns = json::stringAt(object, "metadata.namespace", options.defaultNamespace);
        json::setString(json::ensureObject(body, "metadata", body.GetAllocator()), "namespace", result.ns,
                        body.GetAllocator());
    }

    auto live = client.get(*type, result.ns, result.name);
    if (!live && !live.error().isNotFound())
        return failure(std::move(result), live.error());

    PatchOptions patchOptions;
    patchOptions.fieldManager = options.fieldManager;
    patchOptions.force = options.force;
    patchOptions.dryRun = options.dryRun;
    const Request request =
        requests::patch(*type, result.ns, result.name, PatchType::Apply, json::serialize(body), patchOptions);
    auto response = client.send(request);
    if (!response)
        return failure(std::move(result), response.error());
    if (auto warning = response->headers.find("warning"); warning != response->headers.end())
        result.warnings = parseWarnings(warning->second);
    if (response->status < 200 || response->status >= 300)
        return failure(std::move(result), errorFromResponse(*response, request));
    std::string parseError;
    auto answer = json::parse(response->body, &parseError);
    if (!answer || !answer->IsObject())
        return failure(std::move(result), Error::make(Error::Kind::Decode, "apply answer: " + parseError));

    if (!live)
        result.outcome = Outcome::Created;
    else
        result.outcome = cleaned(*live) == cleaned(*answer) ? Outcome::Unchanged : Outcome::Updated;
    result.object = std::make_shared<const json::Document>(std::move(*answer));
    return result;
}

std::vector<ApplyResult> applyManifest(ApiClient &client, const ManifestFile &file, const ApplyOptions &options)
{
    std::vector<ApplyResult> results;
    for (const auto &document : file.documents()) {
        if (document.empty)
            continue;
        if (!document.object) {
            ApplyResult invalid;
            invalid.dryRun = options.dryRun == DryRun::All;
            invalid.outcome = ApplyResult::Outcome::Invalid;
            invalid.message = document.error ? document.error->message : "no object";
            results.push_back(std::move(invalid));
            continue;
        }
        results.push_back(applyObject(client, *document.object, options));
    }
    return results;
}

} // namespace kedascope::k8s
