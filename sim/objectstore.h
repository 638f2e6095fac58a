// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

namespace kedascope::sim {

namespace json = k8s::json;

// One stored version of an object: its JSON as served, and what selectors look at.
struct ObjectRecord
{
    std::string resource; // qualified resource: "scaledobjects.keda.sh", "namespaces"
    std::string ns;
    std::string name;
    unsigned long long resourceVersion = 0;
    std::string json;
    std::map<std::string, std::string> labels;
    std::map<std::string, std::string> fields; // metadata.name, reason, involvedObject.name, ...
};
using Record = std::shared_ptr<const ObjectRecord>;

struct WatchEvent
{
    std::string type; // ADDED, MODIFIED, DELETED
    Record object;
};

// The sim's etcd: every object by resource/namespace/name, one global resourceVersion
// counter, and the recent history of changes for watches. Thread-safe.
class ObjectStore
{
public:
    explicit ObjectStore(std::size_t historyLimit);

    unsigned long long currentResourceVersion() const;
    Record get(const std::string &resource, const std::string &ns, const std::string &name) const;

    struct Page
    {
        std::vector<Record> items;
        unsigned long long resourceVersion = 0;
        std::string nextKey; // empty: no more
        std::size_t remaining = 0;
    };
    // Objects of `resource` (in `ns`, or all when empty) ordered by namespace/name, starting after
    // `afterKey`, at most `limit` (0: all) of those `accept` lets through.
    Page list(const std::string &resource, const std::string &ns, const std::string &afterKey,
              std::size_t limit, const std::function<bool(const ObjectRecord &)> &accept) const;

    // Turns the current object (null when absent) into the one to store, or refuses with an error.
    using Mutation = std::function<k8s::Result<json::Document>(const Record &current)>;
    enum class WriteMode { CreateOnly, UpdateOnly, CreateOrUpdate };
    // Stores what `mutation` returns, stamping uid, creationTimestamp, resourceVersion and generation.
    // `dryRun`: the stamped result is returned but nothing is stored. `notFound`/`exists` build the errors.
    k8s::Result<Record> write(const std::string &resource, const std::string &ns, const std::string &name,
                              WriteMode mode, bool dryRun, const Mutation &mutation,
                              const std::function<k8s::Error()> &notFound,
                              const std::function<k8s::Error()> &alreadyExists, bool *created = nullptr);
    k8s::Result<Record> remove(const std::string &resource, const std::string &ns, const std::string &name,
                               bool dryRun, const std::function<k8s::Error()> &notFound);

    // Forgets the watch history and moves the resourceVersion on: watches from before now get 410.
    void compact();
    // Events with a version above `fromVersion` for `resource`; false when that version is compacted.
    // `upTo` is the store's version the answer is complete up to.
    bool eventsSince(unsigned long long fromVersion, const std::string &resource,
                     std::vector<WatchEvent> &out, unsigned long long &upTo,
                     unsigned long long &oldestKept) const;
    void waitForChange(unsigned long long afterVersion, std::chrono::steady_clock::time_point until) const;

    static std::string keyOf(const std::string &ns, const std::string &name) { return ns + '/' + name; }

private:
    Record makeRecord(const std::string &resource, const std::string &ns, const std::string &name,
                      const json::Value &object, unsigned long long version) const;
    std::string newUid();
    void appendHistory(WatchEvent event);

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::map<std::string, std::map<std::string, Record>> m_objects;
    std::deque<WatchEvent> m_history;
    std::size_t m_historyLimit;
    unsigned long long m_version = 1;
    unsigned long long m_compactedVersion = 0; // watches must start at or after this version
    std::mt19937_64 m_random;
};

} // namespace kedascope::sim
