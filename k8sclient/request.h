// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/resourcetype.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kedascope::k8s {

// An HTTP request to the API server, built without any I/O so it can be tested by its URL.
struct Request
{
    std::string method = "GET";
    std::string path; // absolute, starting with '/'
    std::vector<std::pair<std::string, std::string>> query; // unescaped; encoded by target()
    std::string accept = "application/json";
    std::string contentType;
    std::string body;
    bool stream = false; // a watch: the body is read line by line

    std::string target() const; // path?query, percent-encoded
};

// "a=1&b=x%20y" as unescaped pairs in order, decoded as Go's url.ParseQuery does ('+' is a space).
std::vector<std::pair<std::string, std::string>> parseQuery(std::string_view query);

struct ListOptions
{
    std::string labelSelector;
    std::string fieldSelector;
    long long limit = 0;         // 0: no paging
    std::string continueToken;
    std::optional<std::string> resourceVersion; // "0": from the watch cache
    std::string resourceVersionMatch;
};

struct WatchOptions
{
    std::string resourceVersion;
    bool allowWatchBookmarks = true;
    int timeoutSeconds = 0; // 0: the server's default
    std::string labelSelector;
    std::string fieldSelector;
};

enum class DryRun { No, All };

struct PatchOptions
{
    std::string fieldManager = "kedascope";
    bool force = false;     // server-side apply only
    DryRun dryRun = DryRun::No;
    std::string fieldValidation; // Strict, Warn, Ignore; empty: the server's default
};

enum class PatchType { Merge, Json, StrategicMerge, Apply };
std::string contentTypeFor(PatchType type);

// ns empty: all namespaces (or a cluster-scoped type).
namespace requests {
std::string collectionPath(const ResourceType &type, const std::string &ns);
std::string objectPath(const ResourceType &type, const std::string &ns, const std::string &name,
                       const std::string &subresource = {});
Request get(const ResourceType &type, const std::string &ns, const std::string &name,
            const std::string &subresource = {});
Request list(const ResourceType &type, const std::string &ns, const ListOptions &options);
Request watch(const ResourceType &type, const std::string &ns, const WatchOptions &options);
Request create(const ResourceType &type, const std::string &ns, std::string body, const PatchOptions &options);
Request replace(const ResourceType &type, const std::string &ns, const std::string &name, std::string body,
                const PatchOptions &options, const std::string &subresource = {});
Request patch(const ResourceType &type, const std::string &ns, const std::string &name, PatchType patchType,
              std::string body, const PatchOptions &options, const std::string &subresource = {});
Request remove(const ResourceType &type, const std::string &ns, const std::string &name,
               DryRun dryRun = DryRun::No);
} // namespace requests

} // namespace kedascope::k8s
