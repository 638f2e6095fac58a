// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/watcher.h"

#include "k8sclient/backoff.h"

#include <algorithm>
#include <utility>

namespace kedascope::k8s {

std::string stateName(WatcherState state)
{
    switch (state) {
    case WatcherState::Empty:
        return "empty";
    case WatcherState::Listing:
        return "listing";
    case WatcherState::Listed:
        return "listed";
    case WatcherState::Watching:
        return "watching";
    case WatcherState::Backoff:
        return "backoff";
    case WatcherState::Stopped:
        return "stopped";
    }
    return "unknown";
}

Watcher::Watcher(std::shared_ptr<ApiClient> client, ResourceType type, Options options)
    : m_client(std::move(client)), m_type(std::move(type)), m_options(std::move(options))
{}

void Watcher::enter(WatcherState state, const Sink &sink)
{
    m_state = state;
    if (state == WatcherState::Listed || state == WatcherState::Watching)
        m_lastError.reset(); // recovered: the error is history
    if (sink.onState)
        sink.onState(state, m_lastError ? &*m_lastError : nullptr);
}

void Watcher::run(const CancelToken &cancel, const Sink &sink)
{
    Backoff backoff(m_options.backoffMin, m_options.backoffMax);
    enter(WatcherState::Empty, sink);
    while (!cancel.cancelled()) {
        switch (m_state) {
        case WatcherState::Empty:
            m_buffer.clear();
            m_continueToken.clear();
            enter(WatcherState::Listing, sink);
            break;
        case WatcherState::Listing: {
            const WatcherState next = list(cancel, sink);
            if (next == WatcherState::Listed) {
                backoff.reset();
                m_lastError.reset();
            }
            if (next != m_state)
                enter(next, sink);
            break;
        }
        case WatcherState::Listed:
            enter(WatcherState::Watching, sink);
            break;
        case WatcherState::Watching: {
            backoff.healthy();
            const WatcherState next = watch(cancel, sink);
            enter(next, sink);
            break;
        }
        case WatcherState::Backoff: {
            auto delay = backoff.next();
            if (m_retryAfter)
                delay = std::max(delay, *m_retryAfter);
            m_retryAfter.reset();
            if (!sleepUnlessCancelled(delay, &cancel))
                break;
            enter(m_afterBackoff, sink);
            break;
        }
        case WatcherState::Stopped:
            return;
        }
    }
    m_lastError.reset();
    enter(WatcherState::Stopped, sink);
}

// One page of the initial list; returns the state to go to.
WatcherState Watcher::list(const CancelToken &cancel, const Sink &sink)
{
    ListOptions options;
    options.labelSelector = m_options.labelSelector;
    options.limit = m_options.pageSize;
    options.continueToken = m_continueToken;
    // The first list comes from the watch cache, as client-go's informers ask; a re-list after
    // 410 Gone reads the current state so that it never goes back in time.
    if (m_continueToken.empty() && !m_listedOnce)
        options.resourceVersion = "0";
    const Request request = requests::list(m_type, m_options.ns, options);
    auto response = m_client->send(request, &cancel);
    if (cancel.cancelled())
        return m_state;
    Result<DecodedList> page = response ? (response->status >= 200 && response->status < 300
                                               ? decodeList(response->body, m_type.apiVersion(), m_type.kind)
                                               : Result<DecodedList>(errorFromResponse(*response, request)))
                                        : Result<DecodedList>(response.error());
    if (!page) {
        m_lastError = page.error();
        if (page.error().isGone() && !m_continueToken.empty())
            return WatcherState::Empty; // the continue token expired: list again from the start
        if (page.error().retryAfterSeconds)
            m_retryAfter = std::chrono::seconds(*page.error().retryAfterSeconds);
        m_buffer.clear();
        m_continueToken.clear();
        m_afterBackoff = WatcherState::Listing;
        return WatcherState::Backoff;
    }
    for (CachedObject &object : page->objects)
        m_buffer.push_back(std::move(object));
    m_continueToken = page->continueToken;
    if (!m_continueToken.empty())
        return WatcherState::Listing;
    m_resourceVersion = page->resourceVersion;
    m_listedOnce = true;
    if (sink.onListed)
        sink.onListed(std::exchange(m_buffer, {}), m_resourceVersion);
    return WatcherState::Listed;
}

// One watch request, streamed until it ends; returns the state to go to.
WatcherState Watcher::watch(const CancelToken &cancel, const Sink &sink)
{
    WatchOptions options;
    options.resourceVersion = m_resourceVersion;
    options.allowWatchBookmarks = true;
    options.timeoutSeconds = m_options.watchTimeoutSeconds;
    options.labelSelector = m_options.labelSelector;
    const Request request = requests::watch(m_type, m_options.ns, options);

    std::optional<Error> streamError;
    Status streamed = m_client->stream(
        request,
        [&](std::string_view line) {
            if (line.find_first_not_of(" \t\r") == std::string_view::npos)
                return true;
            auto event = decodeWatchEvent(line);
            if (!event) {
                streamError = event.error();
                return false;
            }
            switch (event->type) {
            case WatchEvent::Type::Error: {
                Error error = Error::make(Error::Kind::Api, event->message);
                error.code = event->code;
                error.reason = event->reason;
                streamError = std::move(error);
                return false;
            }
            case WatchEvent::Type::Bookmark:
                m_resourceVersion = event->object.resourceVersion;
                if (sink.onBookmark)
                    sink.onBookmark(m_resourceVersion);
                return true;
            default:
                if (!event->object.resourceVersion.empty())
                    m_resourceVersion = event->object.resourceVersion;
                if (sink.onEvent)
                    sink.onEvent(std::move(event.value()));
                return true;
            }
        },
        &cancel);
    if (cancel.cancelled())
        return WatcherState::Watching;
    if (!streamed)
        streamError = streamed.error();

    if (streamError &&
        (streamError->isGone() || (streamError->kind == Error::Kind::Api && streamError->code == 410))) {
        m_lastError = streamError;
        return WatcherState::Empty; // history compacted: only a new list tells the current state
    }
    if (streamError) {
        m_lastError = streamError;
        if (streamError->retryAfterSeconds)
            m_retryAfter = std::chrono::seconds(*streamError->retryAfterSeconds);
    } else {
        m_lastError.reset();
    }
    m_afterBackoff = WatcherState::Watching;
    return WatcherState::Backoff;
}

} // namespace kedascope::k8s
