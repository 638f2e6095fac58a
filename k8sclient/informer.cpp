// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/informer.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

namespace kedascope::k8s {

namespace {

using Clock = std::chrono::steady_clock;

std::string keyOf(const CachedObject &object)
{
    return object.ns.empty() ? object.name : object.ns + '/' + object.name;
}

size_t heapBytes(const std::string &text)
{
    return text.capacity() > 15 ? text.capacity() + 1 : 0; // short strings live inside the object
}

size_t entryBytes(const std::string &key, const CachedObject &object)
{
    constexpr size_t hashNodeOverhead = 2 * sizeof(void *) + sizeof(size_t);
    return hashNodeOverhead + sizeof(std::string) + sizeof(CachedObject) + heapBytes(key) +
           heapBytes(object.ns) + heapBytes(object.name) + heapBytes(object.uid) +
           heapBytes(object.resourceVersion) + heapBytes(object.json);
}

// A batch of deltas, coalesced per object while it waits for delivery.
class DeltaBatch
{
public:
    explicit DeltaBatch(Clock::time_point opened) : m_opened(opened) {}

    Clock::time_point opened() const { return m_opened; }

    void add(const std::string &key, WatchDelta delta)
    {
        auto found = m_index.find(key);
        if (found == m_index.end()) {
            m_index.emplace(key, m_deltas.size());
            m_deltas.push_back(std::move(delta));
            return;
        }
        std::optional<WatchDelta> &pending = m_deltas[found->second];
        using Type = WatchDelta::Type;
        if (!pending) { // added and deleted within this batch; it comes back as new
            pending = std::move(delta);
            pending->type = Type::Added;
        } else if (delta.type == Type::Deleted) {
            if (pending->type == Type::Added)
                pending.reset(); // never seen by the receiver: nothing to tell
            else
                pending = std::move(delta);
        } else {
            const Type type = pending->type == Type::Added ? Type::Added : Type::Modified;
            pending = std::move(delta);
            pending->type = type;
        }
    }

    std::vector<WatchDelta> take()
    {
        std::vector<WatchDelta> out;
        out.reserve(m_deltas.size());
        for (auto &delta : m_deltas)
            if (delta)
                out.push_back(std::move(*delta));
        return out;
    }

private:
    Clock::time_point m_opened;
    std::vector<std::optional<WatchDelta>> m_deltas;
    std::unordered_map<std::string, size_t> m_index;
};

struct Delivery
{
    enum class Kind { State, Synced, Deltas };
    explicit Delivery(Kind k) : kind(k) {}
    Kind kind;
    WatcherState state = WatcherState::Empty;
    std::optional<Error> error;
    std::vector<CachedObject> all;
    std::string resourceVersion;
    std::optional<DeltaBatch> deltas;
};

} // namespace

struct Informer::Impl
{
    std::shared_ptr<ApiClient> client;
    ResourceType type;
    Options options;
    Callbacks callbacks;

    std::unique_ptr<CancelToken> cancel;
    std::thread ioThread;
    std::thread deliveryThread;

    mutable std::mutex cacheMutex;
    std::unordered_map<std::string, CachedObject> cache;
    size_t bytes = 0;

    std::mutex queueMutex;
    std::condition_variable wake;
    std::deque<Delivery> queue;
    bool ioFinished = false;

    void push(Delivery delivery);
    void onListed(std::vector<CachedObject> objects, std::string resourceVersion);
    void onEvent(WatchEvent event);
    void runWatcher();
    void deliverLoop();
    void deliver(Delivery &delivery);
};

void Informer::Impl::push(Delivery delivery)
{
    {
        std::lock_guard lock(queueMutex);
        queue.push_back(std::move(delivery));
    }
    wake.notify_all();
}

void Informer::Impl::onListed(std::vector<CachedObject> objects, std::string resourceVersion)
{
    std::unordered_map<std::string, CachedObject> fresh;
    fresh.reserve(objects.size());
    size_t freshBytes = 0;
    for (const CachedObject &object : objects) {
        std::string key = keyOf(object);
        auto [it, inserted] = fresh.insert_or_assign(std::move(key), object);
        freshBytes += entryBytes(it->first, it->second);
        (void)inserted;
    }
    {
        std::lock_guard lock(cacheMutex);
        cache.swap(fresh);
        bytes = freshBytes;
    }
    Delivery delivery(Delivery::Kind::Synced);
    delivery.all = std::move(objects);
    delivery.resourceVersion = std::move(resourceVersion);
    {
        std::lock_guard lock(queueMutex);
        // deltas not yet delivered describe a state the new list replaces
        for (Delivery &pending : queue)
            if (pending.kind == Delivery::Kind::Deltas)
                pending.deltas.reset();
        queue.push_back(std::move(delivery));
    }
    wake.notify_all();
    fresh.clear();
}

void Informer::Impl::onEvent(WatchEvent event)
{
    std::string key = keyOf(event.object);
    WatchDelta delta{WatchDelta::Type::Added, std::move(event.object)};
    {
        std::lock_guard lock(cacheMutex);
        auto found = cache.find(key);
        if (event.type == WatchEvent::Type::Deleted) {
            delta.type = WatchDelta::Type::Deleted;
            if (found != cache.end()) {
                bytes -= entryBytes(found->first, found->second);
                cache.erase(found);
            }
        } else if (found != cache.end()) {
            delta.type = WatchDelta::Type::Modified;
            bytes -= entryBytes(found->first, found->second);
            found->second = delta.object;
            bytes += entryBytes(found->first, found->second);
        } else {
            auto it = cache.emplace(key, delta.object).first;
            bytes += entryBytes(it->first, it->second);
        }
    }
    {
        std::lock_guard lock(queueMutex);
        if (queue.empty() || queue.back().kind != Delivery::Kind::Deltas || !queue.back().deltas) {
            Delivery delivery(Delivery::Kind::Deltas);
            delivery.deltas.emplace(Clock::now());
            queue.push_back(std::move(delivery));
        }
        queue.back().deltas->add(key, std::move(delta));
    }
    wake.notify_all();
}

void Informer::Impl::runWatcher()
{
    Watcher::Options watcherOptions;
    watcherOptions.ns = options.ns;
    watcherOptions.labelSelector = options.labelSelector;
    watcherOptions.pageSize = options.pageSize;
    watcherOptions.watchTimeoutSeconds = options.watchTimeoutSeconds;
    watcherOptions.backoffMin = options.backoffMin;
    watcherOptions.backoffMax = options.backoffMax;
    Watcher watcher(client, type, watcherOptions);

    Watcher::Sink sink;
    sink.onListed = [this](std::vector<CachedObject> objects, std::string resourceVersion) {
        onListed(std::move(objects), std::move(resourceVersion));
    };
    sink.onEvent = [this](WatchEvent event) { onEvent(std::move(event)); };
    sink.onState = [this](WatcherState state, const Error *error) {
        Delivery delivery(Delivery::Kind::State);
        delivery.state = state;
        if (error)
            delivery.error = *error;
        push(std::move(delivery));
    };
    watcher.run(*cancel, sink);

    {
        std::lock_guard lock(queueMutex);
        ioFinished = true;
    }
    wake.notify_all();
}

void Informer::Impl::deliverLoop()
{
    std::unique_lock lock(queueMutex);
    for (;;) {
        if (queue.empty()) {
            if (ioFinished)
                return;
            wake.wait(lock);
            continue;
        }
        Delivery &front = queue.front();
        // A batch still open to more deltas waits for its interval; anything queued behind it closes it.
        if (front.kind == Delivery::Kind::Deltas && front.deltas && queue.size() == 1 && !ioFinished) {
            const auto due = front.deltas->opened() + options.batchInterval;
            if (Clock::now() < due) {
                wake.wait_until(lock, due);
                continue;
            }
        }
        Delivery delivery = std::move(front);
        queue.pop_front();
        lock.unlock();
        deliver(delivery);
        lock.lock();
    }
}

void Informer::Impl::deliver(Delivery &delivery)
{
    switch (delivery.kind) {
    case Delivery::Kind::State:
        if (callbacks.onState)
            callbacks.onState(delivery.state, delivery.error ? &*delivery.error : nullptr);
        break;
    case Delivery::Kind::Synced:
        if (callbacks.onSynced)
            callbacks.onSynced(std::move(delivery.all), std::move(delivery.resourceVersion));
        break;
    case Delivery::Kind::Deltas:
        if (delivery.deltas && callbacks.onDeltas) {
            auto deltas = delivery.deltas->take();
            if (!deltas.empty())
                callbacks.onDeltas(std::move(deltas));
        }
        break;
    }
}

Informer::Informer(std::shared_ptr<ApiClient> client, ResourceType type, Options options, Callbacks callbacks)
    : d(std::make_unique<Impl>())
{
    d->client = std::move(client);
    d->type = std::move(type);
    d->options = std::move(options);
    d->callbacks = std::move(callbacks);
}

Informer::~Informer()
{
    stop();
}

void Informer::start()
{
    if (d->ioThread.joinable())
        return;
    d->cancel = std::make_unique<CancelToken>();
    d->ioFinished = false;
    d->ioThread = std::thread([this] { d->runWatcher(); });
    d->deliveryThread = std::thread([this] { d->deliverLoop(); });
}

void Informer::stop()
{
    if (d->cancel)
        d->cancel->cancel();
    if (d->ioThread.joinable())
        d->ioThread.join();
    if (d->deliveryThread.joinable())
        d->deliveryThread.join();
}

size_t Informer::cacheBytes() const
{
    std::lock_guard lock(d->cacheMutex);
    return d->bytes + d->cache.bucket_count() * sizeof(void *);
}

size_t Informer::size() const
{
    std::lock_guard lock(d->cacheMutex);
    return d->cache.size();
}

} // namespace kedascope::k8s
