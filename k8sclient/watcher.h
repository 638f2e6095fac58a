// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/apiclient.h"
#include "k8sclient/listdecoder.h"
#include "k8sclient/resourcetype.h"
#include "k8sclient/result.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kedascope::k8s {

enum class WatcherState { Empty, Listing, Listed, Watching, Backoff, Stopped };
std::string stateName(WatcherState state);

// List-then-watch of one resource type as an explicit state machine (kube-rs' watcher.rs):
// Empty -> Listing (pages, resourceVersion=0 first) -> Listed -> Watching; 410 Gone goes back to
// Empty (a re-list), any other failure or a stream end resumes the watch from the last
// resourceVersion after a jittered exponential backoff.
class Watcher
{
public:
    struct Options
    {
        std::string ns; // empty: all namespaces
        std::string labelSelector;
        long long pageSize = 500;
        int watchTimeoutSeconds = 300;
        std::chrono::milliseconds backoffMin{800};
        std::chrono::milliseconds backoffMax{30000};
    };

    struct Sink
    {
        // The whole state after a (re-)list; replaces everything known before.
        std::function<void(std::vector<CachedObject> objects, std::string resourceVersion)> onListed;
        // An added, modified or deleted object seen by the watch.
        std::function<void(WatchEvent event)> onEvent;
        std::function<void(WatcherState state, const Error *lastError)> onState;
        // A bookmark moved the resourceVersion on (optional; nothing changed).
        std::function<void(const std::string &resourceVersion)> onBookmark;
    };

    Watcher(std::shared_ptr<ApiClient> client, ResourceType type, Options options);

    // Runs until `cancel` fires; then reports Stopped.
    void run(const CancelToken &cancel, const Sink &sink);

private:
    WatcherState list(const CancelToken &cancel, const Sink &sink);
    WatcherState watch(const CancelToken &cancel, const Sink &sink);
    void enter(WatcherState state, const Sink &sink);

    std::shared_ptr<ApiClient> m_client;
    ResourceType m_type;
    Options m_options;

    WatcherState m_state = WatcherState::Empty;
    WatcherState m_afterBackoff = WatcherState::Empty;
    std::string m_resourceVersion;      // where the watch resumes
    std::string m_continueToken;        // while paging the initial list
    std::vector<CachedObject> m_buffer; // the list being paged, swapped in at once when complete
    bool m_listedOnce = false;          // re-lists read the current state, not the watch cache
    std::optional<Error> m_lastError;
    std::optional<std::chrono::milliseconds> m_retryAfter;
};

} // namespace kedascope::k8s
