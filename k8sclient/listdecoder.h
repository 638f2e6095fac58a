// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/apiclient.h"
#include "k8sclient/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace kedascope::k8s {

// An object as the cache keeps it: its identity and its raw JSON (minified, with apiVersion and kind).
struct CachedObject
{
    std::string ns, name, uid, resourceVersion, json;
};

struct DecodedList
{
    std::string resourceVersion;
    std::string continueToken;
    std::vector<CachedObject> objects;
};

// Decodes a list body with simdjson: resourceVersion, continue, and each item as minified JSON
// with apiVersion and kind added (a list's items omit them; the item kind is the list kind minus "List").
// `fallbackApiVersion`/`fallbackKind` are used when the list itself does not say.
Result<DecodedList> decodeList(std::string_view body, const std::string &fallbackApiVersion,
                               const std::string &fallbackKind);
Result<ListPage> decodeListPage(std::string_view body, const std::string &fallbackApiVersion,
                                const std::string &fallbackKind);

// One line of a watch stream.
struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error };
    Type type = Type::Added;
    CachedObject object; // a bookmark carries only the resourceVersion
    // For Type::Error: the Status the server sent.
    int code = 0;
    std::string reason;
    std::string message;
};

Result<WatchEvent> decodeWatchEvent(std::string_view line);

} // namespace kedascope::k8s
