// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/request.h"

namespace kedascope::k8s {

namespace {

bool isUnreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

std::string percentEncode(const std::string &text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        if (isUnreserved(c)) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0F];
        }
    }
    return out;
}

void addIfSet(Request &request, const char *key, const std::string &value)
{
    if (!value.empty())
        request.query.emplace_back(key, value);
}

void addWriteOptions(Request &request, const PatchOptions &options, bool withForce)
{
    if (options.dryRun == DryRun::All)
        request.query.emplace_back("dryRun", "All");
    addIfSet(request, "fieldManager", options.fieldManager);
    addIfSet(request, "fieldValidation", options.fieldValidation);
    if (withForce && options.force)
        request.query.emplace_back("force", "true");
}

} // namespace

std::string Request::target() const
{
    std::string out = path;
    char separator = '?';
    for (const auto &[key, value] : query) {
        out += separator;
        out += percentEncode(key);
        out += '=';
        out += percentEncode(value);
        separator = '&';
    }
    return out;
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string percentDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

std::vector<std::pair<std::string, std::string>> parseQuery(std::string_view query)
{
    std::vector<std::pair<std::string, std::string>> pairs;
    while (!query.empty()) {
        const size_t amp = query.find('&');
        const std::string_view part = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (part.empty())
            continue;
        const size_t equals = part.find('=');
        if (equals == std::string_view::npos)
            pairs.emplace_back(percentDecode(part), std::string());
        else
            pairs.emplace_back(percentDecode(part.substr(0, equals)), percentDecode(part.substr(equals + 1)));
    }
    return pairs;
}

std::string contentTypeFor(PatchType type)
{
    switch (type) {
    case PatchType::Merge:
        return "application/merge-patch+json";
    case PatchType::Json:
        return "application/json-patch+json";
    case PatchType::StrategicMerge:
        return "application/strategic-merge-patch+json";
    case PatchType::Apply:
        return "application/apply-patch+yaml";
    }
    return "application/merge-patch+json";
}

namespace requests {

std::string collectionPath(const ResourceType &type, const std::string &ns)
{
    std::string path = type.groupVersionPath();
    if (type.namespaced && !ns.empty())
        path += "/namespaces/" + percentEncode(ns);
    return path + '/' + type.resource;
}

std::string objectPath(const ResourceType &type, const std::string &ns, const std::string &name,
                       const std::string &subresource)
{
    std::string path = collectionPath(type, ns) + '/' + percentEncode(name);
    if (!subresource.empty())
        path += '/' + subresource;
    return path;
}

Request get(const ResourceType &type, const std::string &ns, const std::string &name,
            const std::string &subresource)
{
    Request request;
    request.path = objectPath(type, ns, name, subresource);
    return request;
}

// Query keys in alphabetical order, as client-go's url.Values encodes them.
Request list(const ResourceType &type, const std::string &ns, const ListOptions &options)
{
    Request request;
    request.path = collectionPath(type, ns);
    addIfSet(request, "continue", options.continueToken);
    addIfSet(request, "fieldSelector", options.fieldSelector);
    addIfSet(request, "labelSelector", options.labelSelector);
    if (options.limit > 0)
        request.query.emplace_back("limit", std::to_string(options.limit));
    if (options.resourceVersion)
        request.query.emplace_back("resourceVersion", *options.resourceVersion);
    addIfSet(request, "resourceVersionMatch", options.resourceVersionMatch);
    return request;
}

Request watch(const ResourceType &type, const std::string &ns, const WatchOptions &options)
{
    Request request;
    request.path = collectionPath(type, ns);
    request.stream = true;
    if (options.allowWatchBookmarks)
        request.query.emplace_back("allowWatchBookmarks", "true");
    addIfSet(request, "fieldSelector", options.fieldSelector);
    addIfSet(request, "labelSelector", options.labelSelector);
    addIfSet(request, "resourceVersion", options.resourceVersion);
    if (options.timeoutSeconds > 0)
        request.query.emplace_back("timeoutSeconds", std::to_string(options.timeoutSeconds));
    request.query.emplace_back("watch", "true");
    return request;
}

Request create(const ResourceType &type, const std::string &ns, std::string body, const PatchOptions &options)
{
    Request request;
    request.method = "POST";
    request.path = collectionPath(type, ns);
    request.contentType = "application/json";
    request.body = std::move(body);
    addWriteOptions(request, options, false);
    return request;
}

Request replace(const ResourceType &type, const std::string &ns, const std::string &name, std::string body,
                const PatchOptions &options, const std::string &subresource)
{
    Request request;
    request.method = "PUT";
    request.path = objectPath(type, ns, name, subresource);
    request.contentType = "application/json";
    request.body = std::move(body);
    addWriteOptions(request, options, false);
    return request;
}

Request patch(const ResourceType &type, const std::string &ns, const std::string &name, PatchType patchType,
              std::string body, const PatchOptions &options, const std::string &subresource)
{
    Request request;
    request.method = "PATCH";
    request.path = objectPath(type, ns, name, subresource);
    request.contentType = contentTypeFor(patchType);
    request.body = std::move(body);
    addWriteOptions(request, options, patchType == PatchType::Apply);
    return request;
}

Request remove(const ResourceType &type, const std::string &ns, const std::string &name, DryRun dryRun)
{
    Request request;
    request.method = "DELETE";
    request.path = objectPath(type, ns, name);
    if (dryRun == DryRun::All)
        request.query.emplace_back("dryRun", "All");
    return request;
}

} // namespace requests

} // namespace kedascope::k8s
