// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/apiclient.h"
#include "k8sclient/listdecoder.h" // CachedObject
#include "k8sclient/resourcetype.h"
#include "k8sclient/watcher.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kedascope::k8s {

struct WatchDelta
{
    enum class Type { Added, Modified, Deleted };
    Type type;
    CachedObject object;
};

// A cache of one resource type kept current by list + watch (see Watcher), on threads of its own.
// The first list and every re-list arrive whole through onSynced; watch changes are coalesced per
// object and delivered in batches every batchInterval through onDeltas. Callbacks run on the
// informer's delivery thread, one at a time; stop() joins (do not call it from a callback).
class Informer
{
public:
    struct Options
    {
        std::string ns; // empty: all namespaces
        std::string labelSelector;
        long long pageSize = 500;
        std::chrono::milliseconds batchInterval{50};
        int watchTimeoutSeconds = 300;
        std::chrono::milliseconds backoffMin{800};
        std::chrono::milliseconds backoffMax{30000};
    };
    using State = WatcherState;
    struct Callbacks
    {
        std::function<void(std::vector<CachedObject> all, std::string resourceVersion)> onSynced;
        std::function<void(std::vector<WatchDelta>)> onDeltas;
        std::function<void(State, const Error *lastError)> onState;
    };

    Informer(std::shared_ptr<ApiClient> client, ResourceType type, Options options, Callbacks callbacks);
    ~Informer();
    Informer(const Informer &) = delete;
    Informer &operator=(const Informer &) = delete;

    void start();
    void stop();

    size_t cacheBytes() const; // what the cache holds, keys and strings included
    size_t size() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace kedascope::k8s
