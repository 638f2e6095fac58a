// SPDX-License-Identifier: Apache-2.0
#include "sim/controllerjobs.h"

#include "k8sclient/kedametricnames.h"
#include "k8sclient/kedapause.h"
#include "sim/controllerdocs.h"
#include "sim/kedaevents.h"
#include "sim/managedfields.h"
#include "sim/objectstore.h"
#include "sim/scenario.h"
#include "sim/simclock.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace kedascope::sim {

namespace {

constexpr const char *kScaledJobs = "scaledjobs.keda.sh";
constexpr const char *kJobs = "jobs.batch";
constexpr const char *kOwnerLabel = "scaledjob.keda.sh/name";

k8s::Error storeError()
{
    return k8s::Error::make(k8s::Error::Kind::Api, "not found");
}

double metadataNumber(const json::Value &trigger, const std::string &key, double fallback)
{
    const std::string text = json::stringAt(trigger, "metadata." + key);
    try {
        return text.empty() ? fallback : std::stod(text);
    } catch (...) {
        return fallback;
    }
}

} // namespace

ScaledJobModel::ScaledJobModel(ObjectStore &store, const SimClock &clock, KedaEventRecorder &events,
                               const Scenario &scenario)
    : m_store(store), m_clock(clock), m_events(events), m_scenario(scenario)
{}

void ScaledJobModel::tick(double t, std::map<std::string, EventSource> &sources)
{
    finishJobs(t, sources);
    const auto page = m_store.list(kScaledJobs, {}, {}, 0, [](const ObjectRecord &) { return true; });
    std::set<std::string> seen;
    for (const auto &record : page.items) {
        const std::string key = ObjectStore::keyOf(record->ns, record->name);
        seen.insert(key);
        auto &owner = m_owners[key];
        if (t >= owner.nextPoll)
            poll(record->ns, record->name, record->json, owner, t, sources);
    }
    for (auto it = m_owners.begin(); it != m_owners.end();)
        it = seen.count(it->first) ? std::next(it) : m_owners.erase(it);
}

void ScaledJobModel::poll(const std::string &ns, const std::string &name, const std::string &text,
                          JobOwner &owner, double t, std::map<std::string, EventSource> &sources)
{
    const auto doc = json::parse(text);
    if (!doc)
        return;
    const json::Value &sj = *doc;
    const std::string uid = json::stringAt(sj, "metadata.uid");
    const InvolvedObject involved{"keda.sh/v1alpha1", "ScaledJob", ns, name, uid};
    if (owner.uid != uid) {
        owner = JobOwner{};
        owner.uid = uid;
        m_events.record(involved, "Normal", "ScaledJobReady", "ScaledJob is ready for scaling");
    }
    owner.nextPoll =
        t + static_cast<double>(std::max<long long>(1, json::intAt(sj, "spec.pollingInterval").value_or(30)));
    const auto pause = k8s::keda::PauseSpec::fromScaledObject(sj);
    const json::Value *triggers = json::find(sj, "spec.triggers");
    if (!triggers || !triggers->IsArray() || triggers->Empty())
        return;
    const json::Value &trigger = (*triggers)[0];
    const std::string type = json::stringAt(trigger, "type");
    std::string sourceName;
    const std::string key = ObjectStore::keyOf(ns, name);
    if (const auto bound = m_scenario.bindings.find(key);
        bound != m_scenario.bindings.end() && !bound->second.empty())
        sourceName = bound->second[0];
    if (!sources.count(sourceName)) {
        sourceName.clear();
        if (const auto *metadata = json::find(trigger, "metadata"); metadata && metadata->IsObject())
            for (const auto &m : metadata->GetObject())
                if (m.value.IsString() && sources.count(m.value.GetString()))
                    sourceName = m.value.GetString();
    }
    double targetValue = 1;
    if (const auto keys = k8s::keda::triggerTargetKeys(type)) {
        targetValue = metadataNumber(trigger, keys->target, keys->defaultTarget.value_or(1));
        if (!keys->legacyTarget.empty())
            targetValue = metadataNumber(trigger, keys->legacyTarget, targetValue);
    }
    targetValue = std::max(targetValue, 1e-9);
    EventSource *source = sourceName.empty() ? nullptr : &sources.at(sourceName);
    bool failing = source && source->failing(t);
    if (failing)
        m_events.record(involved, "Warning", "KEDAScalerFailed", source->errorMessage());
    const double queue = source && !failing ? source->value() : 0;

    int running = 0;
    for (const auto &[jobKey, job] : m_running)
        if (job.ns == ns && job.scaledJob == name)
            ++running;
    const long long maxReplicas = json::intAt(sj, "spec.maxReplicaCount").value_or(100);
    const long long maxScale =
        std::min<long long>(maxReplicas, static_cast<long long>(std::ceil(queue / targetValue)));
    const bool active = queue > 0;
    long long toCreate = pause.paused ? 0 : std::max<long long>(0, maxScale - running);
    const double runSeconds = [&] {
        const auto found = m_scenario.jobRunSeconds.find(key);
        return found == m_scenario.jobRunSeconds.end() ? 30.0 : found->second;
    }();
    const std::string now = m_clock.nowRfc3339();
    for (long long i = 0; i < toCreate; ++i) {
        char suffix[16];
        std::snprintf(suffix, sizeof suffix, "-%05llx",
                      (++m_sequence * 7919ULL + static_cast<unsigned long long>(t)) & 0xfffffULL);
        const std::string jobName = name + suffix;
        m_store.write(
            kJobs, ns, jobName, ObjectStore::WriteMode::CreateOnly, false,
            [&](const Record &) -> k8s::Result<json::Document> {
                json::Document job(rapidjson::kObjectType);
                auto &alloc = job.GetAllocator();
                json::setString(job, "apiVersion", "batch/v1", alloc);
                json::setString(job, "kind", "Job", alloc);
                auto &metadata = json::ensureObject(job, "metadata", alloc);
                json::setString(metadata, "name", jobName, alloc);
                auto &labels = json::ensureObject(metadata, "labels", alloc);
                json::setString(labels, kOwnerLabel, name, alloc);
                json::setString(labels, "app.kubernetes.io/managed-by", "keda-operator", alloc);
                json::Value owner(rapidjson::kObjectType);
                json::setString(owner, "apiVersion", "keda.sh/v1alpha1", alloc);
                json::setString(owner, "kind", "ScaledJob", alloc);
                json::setString(owner, "name", name, alloc);
                json::setString(owner, "uid", uid, alloc);
                owner.AddMember("controller", true, alloc);
                owner.AddMember("blockOwnerDeletion", true, alloc);
                json::Value owners(rapidjson::kArrayType);
                owners.PushBack(owner, alloc);
                metadata.AddMember("ownerReferences", owners, alloc);
                if (const auto *spec = json::find(sj, "spec.jobTargetRef"))
                    job.AddMember("spec", json::Value(*spec, alloc), alloc);
                auto &status = json::ensureObject(job, "status", alloc);
                json::setMember(status, "active", json::Value(1), alloc);
                json::setString(status, "startTime", now, alloc);
                recordUpdate(nullptr, job, "keda", "batch/v1", "", alloc);
                return job;
            },
            storeError, storeError);
        m_running[ObjectStore::keyOf(ns, jobName)] = {ns, name, t + runSeconds, sourceName, targetValue};
    }
    if (toCreate > 0)
        m_events.record(involved, "Normal", "KEDAJobsCreated",
                        "Created " + std::to_string(toCreate) + " jobs");
    if (active != owner.active)
        m_events.record(involved, "Normal", active ? "ScaledJobActive" : "ScaledJobInactive",
                        active ? "ScaledJob is active" : "ScaledJob is inactive");
    owner.active = active;
    pruneHistory(ns, name, json::intAt(sj, "spec.successfulJobsHistoryLimit").value_or(100),
                 json::intAt(sj, "spec.failedJobsHistoryLimit").value_or(100));

    m_store.write(
        kScaledJobs, ns, name, ObjectStore::WriteMode::UpdateOnly, false,
        [&](const Record &current) -> k8s::Result<json::Document> {
            json::Document doc;
            doc.Parse(current->json.c_str());
            auto &alloc = doc.GetAllocator();
            json::Value status(rapidjson::kObjectType);
            if (const auto *old = json::find(doc, "status"); old && old->IsObject())
                status.CopyFrom(*old, alloc);
            if (active)
                json::setString(status, "lastActiveTime", now, alloc);
            json::Value conditions(rapidjson::kArrayType);
            conditions.PushBack(
                failing ? statusCondition("Ready", false, "TriggerError",
                                          "Triggers defined in ScaledJob are not working correctly", alloc)
                        : statusCondition("Ready", true, "ScaledJobReady",
                                          "ScaledJob is defined correctly and is ready to scaling", alloc),
                alloc);
            conditions.PushBack(
                active ? statusCondition("Active", true, "ScalerActive",
                                         "Scaling is performed because triggers are active", alloc)
                       : statusCondition("Active", false, "ScalerNotActive",
                                         "Scaling is not performed because triggers are not active", alloc),
                alloc);
            conditions.PushBack(
                pause.paused
                    ? statusCondition("Paused", true, "ScaledJobPaused", "ScaledJob is paused", alloc)
                    : statusCondition("Paused", false, "ScaledJobUnpaused", "ScaledJob is not paused", alloc),
                alloc);
            json::setMember(status, "conditions", std::move(conditions), alloc);
            if (const auto *old = json::find(doc, "status"); old && *old == status)
                return k8s::Error::make(k8s::Error::Kind::Api, "unchanged");
            json::setMember(doc, "status", std::move(status), alloc);
            return doc;
        },
        storeError, storeError);
}

void ScaledJobModel::finishJobs(double t, std::map<std::string, EventSource> &sources)
{
    const std::string now = m_clock.nowRfc3339();
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it->second.finishAt > t) {
            ++it;
            continue;
        }
        const auto slash = it->first.find('/');
        m_store.write(
            kJobs, it->second.ns, it->first.substr(slash + 1), ObjectStore::WriteMode::UpdateOnly, false,
            [&](const Record &current) -> k8s::Result<json::Document> {
                json::Document doc;
                doc.Parse(current->json.c_str());
                auto &alloc = doc.GetAllocator();
                json::Value status(rapidjson::kObjectType);
                json::setString(status, "startTime", json::stringAt(doc, "status.startTime", now), alloc);
                json::setString(status, "completionTime", now, alloc);
                json::setMember(status, "succeeded", json::Value(1), alloc);
                json::Value conditions(rapidjson::kArrayType);
                json::Value complete(rapidjson::kObjectType);
                json::setString(complete, "type", "Complete", alloc);
                json::setString(complete, "status", "True", alloc);
                json::setString(complete, "lastProbeTime", now, alloc);
                json::setString(complete, "lastTransitionTime", now, alloc);
                conditions.PushBack(complete, alloc);
                status.AddMember("conditions", conditions, alloc);
                json::setMember(doc, "status", std::move(status), alloc);
                return doc;
            },
            storeError, storeError);
        if (const auto source = sources.find(it->second.source); source != sources.end())
            source->second.take(it->second.messages);
        it = m_running.erase(it);
    }
}

void ScaledJobModel::pruneHistory(const std::string &ns, const std::string &scaledJob,
                                  long long successfulLimit, long long failedLimit)
{
    const auto page = m_store.list(kJobs, ns, {}, 0, [&](const ObjectRecord &r) {
        const auto label = r.labels.find(kOwnerLabel);
        return label != r.labels.end() && label->second == scaledJob;
    });
    std::vector<std::pair<std::string, std::string>> succeeded; // (completionTime, name)
    std::vector<std::pair<std::string, std::string>> failed;
    for (const auto &record : page.items) {
        const auto doc = json::parse(record->json);
        if (!doc)
            continue;
        if (json::intAt(*doc, "status.succeeded").value_or(0) > 0)
            succeeded.emplace_back(json::stringAt(*doc, "status.completionTime"), record->name);
        else if (json::intAt(*doc, "status.failed").value_or(0) > 0)
            failed.emplace_back(json::stringAt(*doc, "status.startTime"), record->name);
    }
    auto prune = [&](std::vector<std::pair<std::string, std::string>> &jobs, long long limit) {
        std::sort(jobs.begin(), jobs.end());
        const long long excess = static_cast<long long>(jobs.size()) - std::max<long long>(0, limit);
        for (long long i = 0; i < excess; ++i)
            m_store.remove(kJobs, ns, jobs[static_cast<std::size_t>(i)].second, false, storeError);
    };
    prune(succeeded, successfulLimit);
    prune(failed, failedLimit);
}

} // namespace kedascope::sim
