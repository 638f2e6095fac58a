// SPDX-License-Identifier: Apache-2.0
#include "sim/objectstore.h"

#include "k8sclient/age.h"

#include <algorithm>
#include <cstdio>

namespace kedascope::sim {

namespace {

void collectStrings(const json::Value &object, const char *prefix, std::map<std::string, std::string> &out)
{
    if (!object.IsObject())
        return;
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it)
        if (it->value.IsString())
            out[std::string(prefix) + it->name.GetString()] = it->value.GetString();
}

} // namespace

ObjectStore::ObjectStore(std::size_t historyLimit)
    : m_historyLimit(historyLimit == 0 ? 1 : historyLimit), m_random(std::random_device{}())
{}

unsigned long long ObjectStore::currentResourceVersion() const
{
    std::lock_guard lock(m_mutex);
    return m_version;
}

Record ObjectStore::get(const std::string &resource, const std::string &ns, const std::string &name) const
{
    std::lock_guard lock(m_mutex);
    auto byResource = m_objects.find(resource);
    if (byResource == m_objects.end())
        return nullptr;
    auto it = byResource->second.find(keyOf(ns, name));
    return it == byResource->second.end() ? nullptr : it->second;
}

ObjectStore::Page ObjectStore::list(const std::string &resource, const std::string &ns,
                                    const std::string &afterKey, std::size_t limit,
                                    const std::function<bool(const ObjectRecord &)> &accept) const
{
    Page page;
    std::lock_guard lock(m_mutex);
    page.resourceVersion = m_version;
    auto byResource = m_objects.find(resource);
    if (byResource == m_objects.end())
        return page;
    const auto &objects = byResource->second;
    const std::string prefix = ns.empty() ? std::string() : ns + '/';
    auto it = afterKey.empty() ? objects.lower_bound(prefix) : objects.upper_bound(afterKey);
    for (; it != objects.end(); ++it) {
        if (!prefix.empty() && it->first.compare(0, prefix.size(), prefix) != 0)
            break;
        if (accept && !accept(*it->second))
            continue;
        if (limit > 0 && page.items.size() == limit) {
            page.nextKey = page.items.back()->ns + '/' + page.items.back()->name;
            for (; it != objects.end(); ++it) {
                if (!prefix.empty() && it->first.compare(0, prefix.size(), prefix) != 0)
                    break;
                if (!accept || accept(*it->second))
                    ++page.remaining;
            }
            break;
        }
        page.items.push_back(it->second);
    }
    return page;
}

Record ObjectStore::makeRecord(const std::string &resource, const std::string &ns, const std::string &name,
                               const json::Value &object, unsigned long long version) const
{
    auto record = std::make_shared<ObjectRecord>();
    record->resource = resource;
    record->ns = ns;
    record->name = name;
    record->resourceVersion = version;
    record->json = json::serialize(object);
    if (const auto *labels = json::find(object, "metadata.labels"))
        collectStrings(*labels, "", record->labels);
    record->fields["metadata.name"] = name;
    record->fields["metadata.namespace"] = ns;
    if (object.IsObject()) {
        for (const char *key : {"reason", "type"})
            if (auto it = object.FindMember(key); it != object.MemberEnd() && it->value.IsString())
                record->fields[key] = it->value.GetString();
        if (auto it = object.FindMember("involvedObject"); it != object.MemberEnd()) {
            // A stored event: every selectable field is there, empty when unset, as the API server has it.
            for (const char *key :
                 {"kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"})
                record->fields[std::string("involvedObject.") + key] = json::stringAt(it->value, key);
            for (const char *key : {"reason", "type", "reportingComponent"})
                record->fields[key] = json::stringAt(object, key);
            record->fields["source"] = json::stringAt(object, "source.component");
        }
        if (const auto *phase = json::find(object, "status.phase"); phase && phase->IsString())
            record->fields["status.phase"] = phase->GetString();
    }
    return record;
}

std::string ObjectStore::newUid()
{
    const auto a = m_random();
    const auto b = m_random();
    char text[40];
    std::snprintf(text, sizeof text, "%08llx-%04llx-4%03llx-%04llx-%012llx", (a >> 32) & 0xffffffffULL,
                  (a >> 16) & 0xffffULL, a & 0xfffULL, ((b >> 48) & 0x3fffULL) | 0x8000ULL,
                  b & 0xffffffffffffULL);
    return text;
}

void ObjectStore::appendHistory(WatchEvent event)
{
    m_history.push_back(std::move(event));
    while (m_history.size() > m_historyLimit) {
        m_compactedVersion = m_history.front().object->resourceVersion;
        m_history.pop_front();
    }
}

k8s::Result<Record> ObjectStore::write(const std::string &resource, const std::string &ns,
                                       const std::string &name, WriteMode mode, bool dryRun,
                                       const Mutation &mutation, const std::function<k8s::Error()> &notFound,
                                       const std::function<k8s::Error()> &alreadyExists, bool *created)
{
    std::unique_lock lock(m_mutex);
    auto &objects = m_objects[resource];
    const std::string key = keyOf(ns, name);
    auto existing = objects.find(key);
    Record current = existing == objects.end() ? nullptr : existing->second;
    if (!current && mode == WriteMode::UpdateOnly)
        return notFound();
    if (current && mode == WriteMode::CreateOnly)
        return alreadyExists();
    auto produced = mutation(current);
    if (!produced)
        return produced.error();
    json::Document doc = std::move(produced.value());
    if (!doc.IsObject())
        doc.SetObject();
    auto &alloc = doc.GetAllocator();
    auto &metadata = json::ensureObject(doc, "metadata", alloc);
    json::setString(metadata, "name", name, alloc);
    if (!ns.empty())
        json::setString(metadata, "namespace", ns, alloc);
    else
        metadata.RemoveMember("namespace");
    const unsigned long long version = dryRun ? m_version : m_version + 1;
    long long generation = 1;
    if (current) {
        auto old = json::parse(current->json);
        const json::Value *oldMeta = old ? json::find(*old, "metadata") : nullptr;
        json::setString(metadata, "uid", json::stringAt(*old, "metadata.uid"), alloc);
        json::setString(metadata, "creationTimestamp", json::stringAt(*old, "metadata.creationTimestamp"),
                        alloc);
        generation = oldMeta ? json::intAt(*old, "metadata.generation").value_or(1) : 1;
        const json::Value *oldSpec = json::find(*old, "spec");
        const json::Value *newSpec = json::find(doc, "spec");
        const bool specChanged =
            (oldSpec == nullptr) != (newSpec == nullptr) || (oldSpec && newSpec && *oldSpec != *newSpec);
        if (specChanged)
            ++generation;
    } else {
        json::setString(metadata, "uid", newUid(), alloc);
        json::setString(metadata, "creationTimestamp", k8s::formatTimestamp(std::chrono::system_clock::now()),
                        alloc);
    }
    metadata.RemoveMember("generation");
    metadata.AddMember("generation", json::Value(static_cast<int64_t>(generation)), alloc);
    json::setString(metadata, "resourceVersion", std::to_string(version), alloc);
    Record record = makeRecord(resource, ns, name, doc, version);
    if (created)
        *created = current == nullptr;
    if (dryRun)
        return record;
    m_version = version;
    objects[key] = record;
    appendHistory({current ? "MODIFIED" : "ADDED", record});
    lock.unlock();
    m_changed.notify_all();
    return record;
}

k8s::Result<Record> ObjectStore::remove(const std::string &resource, const std::string &ns,
                                        const std::string &name, bool dryRun,
                                        const std::function<k8s::Error()> &notFound)
{
    std::unique_lock lock(m_mutex);
    auto &objects = m_objects[resource];
    auto it = objects.find(keyOf(ns, name));
    if (it == objects.end())
        return notFound();
    Record current = it->second;
    if (dryRun)
        return current;
    const unsigned long long version = m_version + 1;
    auto doc = json::parse(current->json);
    auto &metadata = json::ensureObject(*doc, "metadata", doc->GetAllocator());
    json::setString(metadata, "resourceVersion", std::to_string(version), doc->GetAllocator());
    Record record = makeRecord(resource, ns, name, *doc, version);
    m_version = version;
    objects.erase(it);
    appendHistory({"DELETED", record});
    lock.unlock();
    m_changed.notify_all();
    return record;
}

void ObjectStore::compact()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_version;
        m_compactedVersion = m_version;
        m_history.clear();
    }
    m_changed.notify_all();
}

bool ObjectStore::eventsSince(unsigned long long fromVersion, const std::string &resource,
                              std::vector<WatchEvent> &out, unsigned long long &upTo,
                              unsigned long long &oldestKept) const
{
    std::lock_guard lock(m_mutex);
    upTo = m_version;
    oldestKept = m_compactedVersion;
    if (fromVersion < m_compactedVersion)
        return false;
    auto begin = std::upper_bound(
        m_history.begin(), m_history.end(), fromVersion,
        [](unsigned long long v, const WatchEvent &e) { return v < e.object->resourceVersion; });
    for (auto it = begin; it != m_history.end(); ++it)
        if (it->object->resource == resource)
            out.push_back(*it);
    return true;
}

void ObjectStore::waitForChange(unsigned long long afterVersion,
                                std::chrono::steady_clock::time_point until) const
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_until(lock, until, [&] { return m_version > afterVersion; });
}

} // namespace kedascope::sim
