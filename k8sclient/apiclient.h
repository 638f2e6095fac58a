// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/connectionconfig.h"
#include "k8sclient/json.h"
#include "k8sclient/request.h"
#include "k8sclient/result.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace kedascope::k8s {

struct Response
{
    int status = 0;
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;                           // decompressed
};

// Cooperative cancellation for a blocking call or a watch stream. Callbacks registered with
// onCancel() run once, on the thread that cancels (at once when already cancelled); they may run
// after removeCallback() returns, so they must own (or share) whatever they touch.
class CancelToken
{
public:
    void cancel()
    {
        std::map<int, std::function<void()>> callbacks;
        {
            std::lock_guard lock(m_mutex);
            m_cancelled = true;
            callbacks.swap(m_callbacks);
        }
        for (auto &entry : callbacks)
            entry.second();
    }
    bool cancelled() const { return m_cancelled; }

    int onCancel(std::function<void()> callback) const
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_cancelled) {
                m_callbacks.emplace(++m_nextId, std::move(callback));
                return m_nextId;
            }
        }
        callback();
        return 0;
    }
    void removeCallback(int id) const
    {
        std::lock_guard lock(m_mutex);
        m_callbacks.erase(id);
    }

private:
    std::atomic<bool> m_cancelled{false};
    mutable std::mutex m_mutex;
    mutable std::map<int, std::function<void()>> m_callbacks;
    mutable int m_nextId = 0;
};

// One page of a list: the raw items as JSON text (each one object), and where to go on.
struct ListPage
{
    std::string resourceVersion;
    std::string continueToken;
    std::vector<std::string> items; // each item's JSON, with apiVersion and kind filled in
};

// What discovery tells about one group version.
struct DiscoveredGroupVersion
{
    std::string groupVersion;
    std::vector<ResourceType> resources;
};

// A connection to one context's API server. Calls block the calling thread (never call them
// on the GUI thread) and are safe from several threads at once. Credentials are applied per
// request (exec plugins re-run once after a 401), requests ask for gzip, 429 and 503 are
// retried honouring Retry-After. Errors carry the API's Status.
class ApiClient
{
public:
    struct Options
    {
        std::chrono::seconds requestTimeout{30};
        int maxRetries = 3; // for 429/503/504 and connection failures of idempotent requests
        std::string userAgent = "kedascope/0.1";
    };

    static Result<std::shared_ptr<ApiClient>> create(const ConnectionConfig &config);
    static Result<std::shared_ptr<ApiClient>> create(const ConnectionConfig &config, Options options);
    virtual ~ApiClient();

    const ConnectionConfig &config() const;

    Result<Response> send(const Request &request, const CancelToken *cancel = nullptr);
    // For watches: `onLine` gets each newline-delimited line as it arrives; return false to stop.
    // Returns when the stream ends, fails, or is cancelled.
    Status stream(const Request &request, const std::function<bool(std::string_view line)> &onLine,
                  const CancelToken *cancel = nullptr);

    // Verbs. Bodies and results are JSON text or documents.
    Result<json::Document> get(const ResourceType &type, const std::string &ns, const std::string &name,
                               const std::string &subresource = {});
    Result<ListPage> listPage(const ResourceType &type, const std::string &ns, const ListOptions &options,
                              const CancelToken *cancel = nullptr);
    // All pages, following `continue`.
    Result<ListPage> listAll(const ResourceType &type, const std::string &ns, ListOptions options,
                             const CancelToken *cancel = nullptr);
    Result<json::Document> create(const ResourceType &type, const std::string &ns, const std::string &body,
                                  const PatchOptions &options = {});
    Result<json::Document> replace(const ResourceType &type, const std::string &ns, const std::string &name,
                                   const std::string &body, const PatchOptions &options = {},
                                   const std::string &subresource = {});
    Result<json::Document> patch(const ResourceType &type, const std::string &ns, const std::string &name,
                                 PatchType patchType, const std::string &body,
                                 const PatchOptions &options = {}, const std::string &subresource = {});
    // Server-side apply of a YAML or JSON manifest (application/apply-patch+yaml).
    Result<json::Document> apply(const ResourceType &type, const std::string &ns, const std::string &name,
                                 const std::string &manifest, const PatchOptions &options = {});
    Status remove(const ResourceType &type, const std::string &ns, const std::string &name,
                  DryRun dryRun = DryRun::No);

    // Discovery, cached; a 404 for a cached group version drops it from the cache.
    Result<std::vector<DiscoveredGroupVersion>> discover(bool refresh = false);
    Result<ResourceType> resolveResource(const std::string &group, const std::string &resource);
    Result<std::string> serverVersion(); // gitVersion from /version

protected:
    ApiClient();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Turns a non-2xx response into an Error carrying the Status (code, reason, message, causes).
Error errorFromResponse(const Response &response, const Request &request);

} // namespace kedascope::k8s
