// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/pauserun.h"

#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace kedascope::k8s::pause {

namespace {

std::string workloadKey(const ResourceType &type, const std::string &ns, const std::string &name)
{
    return type.resource + '/' + ns + '/' + name;
}

std::vector<json::Document> parseItems(const std::vector<std::string> &items)
{
    std::vector<json::Document> out;
    out.reserve(items.size());
    for (const auto &item : items)
        if (auto document = json::parse(item); document && document->IsObject())
            out.push_back(std::move(*document));
    return out;
}

} // namespace

void forEachInParallel(std::size_t count, int parallelism, const std::function<void(std::size_t)> &fn)
{
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < count; i = next++)
            fn(i);
    };
    const std::size_t threads = std::min<std::size_t>(count, static_cast<std::size_t>(std::max(1, parallelism)));
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &thread : pool)
        thread.join();
}

PauseRunner::PauseRunner(std::shared_ptr<ApiClient> client, int parallelism)
    : m_client(std::move(client)), m_parallelism(parallelism)
{}

std::function<std::optional<long long>(const ResourceType &, const json::Value &)>
PauseRunner::replicasReader(const std::vector<std::string> &namespaces)
{
    auto replicas = std::make_shared<std::map<std::string, long long>>();
    std::mutex mutex;
    const std::vector<ResourceType> kinds{resources::deployments(), resources::statefulSets()};
    forEachInParallel(namespaces.size() * kinds.size(), m_parallelism, [&](std::size_t i) {
        const ResourceType &kind = kinds[i % kinds.size()];
        auto listed = m_client->listAll(kind, namespaces[i / kinds.size()], ListOptions{});
        if (!listed)
            return; // replicas then show as unknown; planning does not depend on them
        for (const auto &workload : parseItems(listed->items)) {
            const auto count = json::intAt(workload, "spec.replicas");
            std::lock_guard lock(mutex);
            (*replicas)[workloadKey(kind, json::stringAt(workload, "metadata.namespace"),
                                    json::stringAt(workload, "metadata.name"))] = count.value_or(1);
        }
    });
    return [replicas](const ResourceType &type, const json::Value &object) -> std::optional<long long> {
        const auto target = scaleTargetOf(type, object);
        if (!target)
            return std::nullopt;
        const auto found =
            replicas->find(workloadKey(target->type, json::stringAt(object, "metadata.namespace"), target->name));
        if (found == replicas->end())
            return std::nullopt;
        return found->second;
    };
}

Plan PauseRunner::planFromObjects(const ResourceType &type, const std::vector<json::Document> &objects,
                                  Action action, const PauseRequest &request, TimePoint now)
{
    std::set<std::string> namespaces;
    if (type == resources::scaledObjects())
        for (const auto &object : objects)
            namespaces.insert(json::stringAt(object, "metadata.namespace"));
    const auto replicasOf = replicasReader({namespaces.begin(), namespaces.end()});
    Plan plan;
    for (const auto &object : objects) {
        const auto replicas = replicasOf(type, object);
        plan.changes.push_back(action == Action::Pause ? planPause(type, object, request, replicas, now)
                                                       : planResume(type, object, replicas));
    }
    return plan;
}

Plan PauseRunner::planObjects(const std::vector<ObjectRef> &objects, Action action, const PauseRequest &request,
                              TimePoint now)
{
    std::vector<std::optional<json::Document>> read(objects.size());
    std::vector<std::optional<Error>> errors(objects.size());
    forEachInParallel(objects.size(), m_parallelism, [&](std::size_t i) {
        auto object = m_client->get(objects[i].type, objects[i].ns, objects[i].name);
        if (object)
            read[i] = std::move(object.value());
        else
            errors[i] = object.error();
    });

    Plan plan;
    std::map<std::string, std::vector<json::Document>> byType;
    std::map<std::string, ResourceType> types;
    std::vector<std::string> order;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        if (errors[i]) {
            PlannedChange unread;
            unread.object = objects[i];
            unread.action = action;
            unread.request = request;
            plan.unreadable.push_back(failedOutcome(unread, *errors[i]));
            continue;
        }
        byType[objects[i].type.resource].push_back(std::move(*read[i]));
        types[objects[i].type.resource] = objects[i].type;
    }
    for (auto &[resource, documents] : byType) {
        Plan part = planFromObjects(types[resource], documents, action, request, now);
        for (auto &change : part.changes)
            plan.changes.push_back(std::move(change));
    }
    return plan;
}

Result<Plan> PauseRunner::planNamespace(const ResourceType &type, const std::string &ns, Action action,
                                        const PauseRequest &request, TimePoint now)
{
    auto listed = m_client->listAll(type, ns, ListOptions{});
    if (!listed)
        return listed.error();
    return planFromObjects(type, parseItems(listed->items), action, request, now);
}

Result<Plan> PauseRunner::planExpired(const std::string &ns, TimePoint now)
{
    Plan plan;
    for (const ResourceType &type : {resources::scaledObjects(), resources::scaledJobs()}) {
        auto listed = m_client->listAll(type, ns, ListOptions{});
        if (!listed)
            return listed.error();
        std::vector<json::Document> expired;
        for (auto &object : parseItems(listed->items)) {
            const PauseState state = pauseStateOf(type, object);
            if (state.byKedascope && state.expired(now))
                expired.push_back(std::move(object));
        }
        Plan part = planFromObjects(type, expired, Action::Resume, PauseRequest{}, now);
        for (auto &change : part.changes)
            plan.changes.push_back(std::move(change));
    }
    return plan;
}

Outcome PauseRunner::apply(const PlannedChange &change)
{
    if (!change.willChange())
        return skippedOutcome(change);
    auto patched = m_client->patch(change.object.type, change.object.ns, change.object.name, PatchType::Merge,
                                   change.patch());
    if (patched)
        return doneOutcome(change, json::stringAt(patched.value(), "metadata.resourceVersion"), false);
    if (!patched.error().isConflict())
        return failedOutcome(change, patched.error());
    auto current = m_client->get(change.object.type, change.object.ns, change.object.name);
    if (!current)
        return conflictOutcome(change, {});
    const auto rebased = rebase(change, current.value());
    if (!rebased)
        return conflictOutcome(change, json::stringAt(current.value(), "metadata.resourceVersion"));
    auto again = m_client->patch(change.object.type, change.object.ns, change.object.name, PatchType::Merge,
                                 rebased->patch());
    if (again)
        return doneOutcome(*rebased, json::stringAt(again.value(), "metadata.resourceVersion"), true);
    if (again.error().isConflict())
        return conflictOutcome(change, rebased->resourceVersion);
    return failedOutcome(change, again.error());
}

RunReport PauseRunner::run(const std::vector<PlannedChange> &changes)
{
    RunReport report;
    report.outcomes.resize(changes.size());
    forEachInParallel(changes.size(), m_parallelism,
                      [&](std::size_t i) { report.outcomes[i] = apply(changes[i]); });
    return report;
}

RunReport PauseRunner::run(const Plan &plan)
{
    RunReport report = run(plan.changes);
    report.outcomes.insert(report.outcomes.begin(), plan.unreadable.begin(), plan.unreadable.end());
    return report;
}

} // namespace kedascope::k8s::pause
