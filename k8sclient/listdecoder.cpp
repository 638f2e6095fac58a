// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/listdecoder.h"

#include <simdjson.h>

namespace kedascope::k8s {

namespace {

std::string_view stringField(simdjson::dom::element element, const char *key)
{
    std::string_view value;
    if (element.at_key(key).get_string().get(value) != simdjson::SUCCESS)
        return {};
    return value;
}

void appendQuoted(std::string &out, std::string_view text)
{
    // apiVersion and kind never need escaping beyond quotes and backslashes
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

std::string itemWithTypeMeta(simdjson::dom::element item, std::string_view apiVersion, std::string_view kind)
{
    std::string minified = simdjson::to_string(item);
    const bool hasApiVersion = !stringField(item, "apiVersion").empty();
    const bool hasKind = !stringField(item, "kind").empty();
    if ((hasApiVersion && hasKind) || minified.size() < 2 || minified.front() != '{')
        return minified;
    std::string out;
    out.reserve(minified.size() + apiVersion.size() + kind.size() + 32);
    out += '{';
    if (!hasApiVersion) {
        out += "\"apiVersion\":";
        appendQuoted(out, apiVersion);
        out += ',';
    }
    if (!hasKind) {
        out += "\"kind\":";
        appendQuoted(out, kind);
        out += ',';
    }
    if (minified.size() == 2) // "{}"
        out.pop_back();
    out.append(minified, 1, std::string::npos);
    return out;
}

Error decodeError(const std::string &what, simdjson::error_code code)
{
    return Error::make(Error::Kind::Decode, what + ": " + simdjson::error_message(code));
}

void readMetadata(simdjson::dom::element object, CachedObject &out)
{
    simdjson::dom::element metadata;
    if (object.at_key("metadata").get(metadata) != simdjson::SUCCESS)
        return;
    out.ns = std::string(stringField(metadata, "namespace"));
    out.name = std::string(stringField(metadata, "name"));
    out.uid = std::string(stringField(metadata, "uid"));
    out.resourceVersion = std::string(stringField(metadata, "resourceVersion"));
}

} // namespace

Result<DecodedList> decodeList(std::string_view body, const std::string &fallbackApiVersion,
                               const std::string &fallbackKind)
{
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(body);
    simdjson::dom::element root;
    if (auto error = parser.parse(padded).get(root))
        return decodeError("the list response is not JSON", error);
    if (!root.is_object())
        return Error::make(Error::Kind::Decode, "the list response is not a JSON object");

    std::string_view apiVersion = stringField(root, "apiVersion");
    if (apiVersion.empty())
        apiVersion = fallbackApiVersion;
    std::string itemKind(stringField(root, "kind"));
    if (itemKind.size() > 4 && itemKind.compare(itemKind.size() - 4, 4, "List") == 0)
        itemKind.resize(itemKind.size() - 4);
    else
        itemKind = fallbackKind;

    DecodedList page;
    simdjson::dom::element metadata;
    if (root.at_key("metadata").get(metadata) == simdjson::SUCCESS) {
        page.resourceVersion = std::string(stringField(metadata, "resourceVersion"));
        page.continueToken = std::string(stringField(metadata, "continue"));
    }
    simdjson::dom::element items;
    if (root.at_key("items").get(items) != simdjson::SUCCESS || items.is_null())
        return page;
    simdjson::dom::array array;
    if (auto error = items.get_array().get(array))
        return decodeError("the list's items are not an array", error);
    page.objects.reserve(array.size());
    for (simdjson::dom::element item : array) {
        CachedObject object;
        readMetadata(item, object);
        object.json = itemWithTypeMeta(item, apiVersion, itemKind);
        page.objects.push_back(std::move(object));
    }
    return page;
}

Result<ListPage> decodeListPage(std::string_view body, const std::string &fallbackApiVersion,
                                const std::string &fallbackKind)
{
    auto decoded = decodeList(body, fallbackApiVersion, fallbackKind);
    if (!decoded)
        return decoded.error();
    ListPage page;
    page.resourceVersion = std::move(decoded->resourceVersion);
    page.continueToken = std::move(decoded->continueToken);
    page.items.reserve(decoded->objects.size());
    for (CachedObject &object : decoded->objects)
        page.items.push_back(std::move(object.json));
    return page;
}

Result<WatchEvent> decodeWatchEvent(std::string_view line)
{
    thread_local simdjson::dom::parser parser;
    const simdjson::padded_string padded(line);
    simdjson::dom::element root;
    if (auto error = parser.parse(padded).get(root))
        return decodeError("a watch event is not JSON", error);
    const std::string_view type = stringField(root, "type");
    simdjson::dom::element object;
    if (root.at_key("object").get(object) != simdjson::SUCCESS || !object.is_object())
        return Error::make(Error::Kind::Decode, "a watch event has no object");

    WatchEvent event;
    if (type == "ADDED")
        event.type = WatchEvent::Type::Added;
    else if (type == "MODIFIED")
        event.type = WatchEvent::Type::Modified;
    else if (type == "DELETED")
        event.type = WatchEvent::Type::Deleted;
    else if (type == "BOOKMARK")
        event.type = WatchEvent::Type::Bookmark;
    else if (type == "ERROR")
        event.type = WatchEvent::Type::Error;
    else
        return Error::make(Error::Kind::Decode, "unknown watch event type \"" + std::string(type) + '"');

    if (event.type == WatchEvent::Type::Error) {
        int64_t code = 0;
        if (object.at_key("code").get_int64().get(code) == simdjson::SUCCESS)
            event.code = static_cast<int>(code);
        event.reason = std::string(stringField(object, "reason"));
        event.message = std::string(stringField(object, "message"));
        return event;
    }
    readMetadata(object, event.object);
    if (event.type != WatchEvent::Type::Bookmark)
        event.object.json = simdjson::to_string(object);
    return event;
}

} // namespace kedascope::k8s
