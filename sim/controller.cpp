// SPDX-License-Identifier: Apache-2.0
#include "sim/controller.h"

#include "k8sclient/kedaadmission.h"
#include "k8sclient/kedascaling.h"
#include "sim/apiresources.h"
#include "sim/controllerdocs.h"
#include "sim/controllerjobs.h"
#include "sim/controllerworkloads.h"
#include "sim/kedaevents.h"
#include "sim/kedametrics.h"
#include "sim/managedfields.h"
#include "sim/objectstore.h"
#include "sim/scenarioobjects.h"
#include "sim/simclock.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

namespace kedascope::sim {

namespace keda = k8s::keda;

namespace {

constexpr const char *kScaledObjects = "scaledobjects.keda.sh";
constexpr const char *kHpas = "horizontalpodautoscalers.autoscaling";

k8s::Error storeError()
{
    return k8s::Error::make(k8s::Error::Kind::Api, "not found");
}

std::string joined(const std::vector<std::string> &items, const char *separator)
{
    std::string out;
    for (const auto &item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

// The scaler's read time, as KEDA measures it: a few milliseconds, more under load.
double latencyOf(const EventSource &source, double t)
{
    return source.spec().latencySeconds * (1.0 + 0.3 * std::fabs(std::sin(t / 17.0)));
}

} // namespace

struct ObjectState
{
    std::string uid;
    unsigned long long seenVersion = 0; // the version last polled, or written by the controller
    double nextPoll = 0;                // simulated seconds since start
    keda::ScalingState scaling;
    bool initialized = false;
    bool paused = false;
    bool fallback = false;
    bool checkFailed = false;
    std::optional<int> originalReplicas;
    std::string hpaName;
    std::string workloadKey;
    std::vector<std::string> sources; // per trigger index
    std::optional<WorkloadModel::Workload> workload;
    bool restoreOnDelete = false; // spec.advanced.restoreToOriginalReplicaCount
};

struct KedaController::Impl
{
    Impl(ObjectStore &s, KedaMetrics &m, const SimClock &c, Scenario sc)
        : store(s), metrics(m), clock(c), scenario(std::move(sc)), events(s, c), workloads(s),
          jobs(s, c, events, scenario)
    {
        for (const auto &spec : scenario.sources)
            sources.emplace(spec.name, EventSource(spec));
    }

    void loop();
    void tick();
    void pollAll(double t);
    void poll(const Record &record, ObjectState &state, double t);
    void forget(const std::string &key, const ObjectState &state);
    void checkFailed(const Record &record, ObjectState &state, const json::Value &so,
                     const std::string &message);
    std::string resolveSource(const std::string &key, const json::Value &trigger,
                              const keda::TriggerSpec &spec);
    void writeStatus(const Record &record, ObjectState &state, json::Value &&status, json::Document &holder);
    void writeHpa(const std::string &ns, const json::Value &so, const PollOutcome &outcome);
    void removeHpa(const std::string &ns, const std::string &name);
    void updateRegistered();

    ObjectStore &store;
    KedaMetrics &metrics;
    const SimClock &clock;
    Scenario scenario;
    KedaEventRecorder events;
    WorkloadModel workloads;
    ScaledJobModel jobs;
    std::map<std::string, EventSource> sources;
    std::map<std::string, std::map<std::string, int>> consumers; // source -> workload key -> ready
    std::map<std::string, ObjectState> objects;                  // ns/name
    std::map<std::string, int> registeredCounts;                 // ns -> ScaledObjects
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool running = false;
};

KedaController::KedaController(ObjectStore &store, KedaMetrics &metrics, const SimClock &clock,
                               Scenario scenario)
    : d(std::make_unique<Impl>(store, metrics, clock, std::move(scenario)))
{}

KedaController::~KedaController()
{
    stop();
}

void KedaController::applyScenarioObjects()
{
    applyObjects(d->store, d->scenario.objects);
}

void KedaController::start()
{
    if (d->running)
        return;
    d->running = true;
    d->stopping = false;
    d->thread = std::thread([this] { d->loop(); });
}

void KedaController::stop()
{
    if (!d->running)
        return;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    d->thread.join();
    d->running = false;
}

void KedaController::Impl::loop()
{
    const auto period = std::clamp(clock.realDuration(1.0),
                                   std::chrono::steady_clock::duration(std::chrono::milliseconds(20)),
                                   std::chrono::steady_clock::duration(std::chrono::milliseconds(250)));
    std::unique_lock lock(mutex);
    while (!stopping) {
        lock.unlock();
        try {
            tick();
        } catch (const std::exception &) {
            // A malformed object must not stop the cluster; it is tried again next tick.
        }
        lock.lock();
        wake.wait_for(lock, period, [this] { return stopping; });
    }
}

void KedaController::Impl::tick()
{
    const double t = clock.elapsed();
    for (auto &[name, source] : sources) {
        int ready = 0;
        if (const auto found = consumers.find(name); found != consumers.end())
            for (const auto &[workload, count] : found->second)
                ready += count;
        source.advance(t, ready);
    }
    workloads.settle(t);
    pollAll(t);
    jobs.tick(t, sources);
}

void KedaController::Impl::pollAll(double t)
{
    const auto page = store.list(kScaledObjects, {}, {}, 0, [](const ObjectRecord &) { return true; });
    std::set<std::string> seen;
    for (const auto &record : page.items) {
        const std::string key = ObjectStore::keyOf(record->ns, record->name);
        seen.insert(key);
        auto &state = objects[key];
        const bool changedByOthers = record->resourceVersion != state.seenVersion;
        if (!changedByOthers && t < state.nextPoll)
            continue;
        if (changedByOthers) {
            const auto doc = json::parse(record->json);
            const std::string uid = doc ? json::stringAt(*doc, "metadata.uid") : std::string();
            if (state.uid != uid) {
                if (!state.uid.empty())
                    forget(key, state);
                state = ObjectState{};
                state.uid = uid;
            }
        }
        poll(record, state, t);
    }
    for (auto it = objects.begin(); it != objects.end();) {
        if (seen.count(it->first)) {
            ++it;
            continue;
        }
        forget(it->first, it->second);
        it = objects.erase(it);
    }
    updateRegistered();
}

void KedaController::Impl::updateRegistered()
{
    std::map<std::string, int> counts;
    for (const auto &[key, state] : objects)
        ++counts[key.substr(0, key.find('/'))];
    for (const auto &[ns, count] : registeredCounts)
        if (!counts.count(ns))
            metrics.setRegistered(ns, "scaled_object", 0);
    for (const auto &[ns, count] : counts)
        if (registeredCounts[ns] != count)
            metrics.setRegistered(ns, "scaled_object", count);
    registeredCounts = counts;
}

void KedaController::Impl::forget(const std::string &key, const ObjectState &state)
{
    const std::string ns = key.substr(0, key.find('/'));
    const std::string name = key.substr(key.find('/') + 1);
    if (!state.hpaName.empty())
        removeHpa(ns, state.hpaName); // the HPA is owned by the ScaledObject: garbage-collected with it
    if (state.restoreOnDelete && state.workload && state.originalReplicas)
        workloads.scale(*state.workload, *state.originalReplicas, "keda-operator", clock.elapsed(),
                        scenario.podStartupSeconds);
    metrics.forget(ns, name);
    for (auto &[source, readers] : consumers)
        readers.erase(state.workloadKey);
}

std::string KedaController::Impl::resolveSource(const std::string &key, const json::Value &trigger,
                                                const keda::TriggerSpec &spec)
{
    if (const auto bound = scenario.bindings.find(key); bound != scenario.bindings.end()) {
        const auto index = static_cast<std::size_t>(spec.index);
        if (index < bound->second.size() && sources.count(bound->second[index]))
            return bound->second[index];
    }
    if (!spec.name.empty() && sources.count(spec.name))
        return spec.name;
    if (const auto *metadata = json::find(trigger, "metadata"); metadata && metadata->IsObject())
        for (const auto &m : metadata->GetObject())
            if (m.value.IsString() && sources.count(m.value.GetString()))
                return m.value.GetString();
    const std::string name = "auto:" + key + "/" + std::to_string(spec.index);
    if (!sources.count(name)) {
        EventSourceSpec s;
        s.name = name;
        if (spec.resource) {
            const double target = spec.target.value_or(50);
            s.shape = EventSourceSpec::Shape::Sine;
            s.base = target * 0.7;
            s.amplitude = target * 0.4;
            s.period = 600;
        }
        s.queue = !spec.resource && spec.type != "cron";
        sources.emplace(name, EventSource(s));
    }
    return name;
}

void KedaController::Impl::checkFailed(const Record &record, ObjectState &state, const json::Value &so,
                                       const std::string &message)
{
    if (!state.checkFailed)
        events.record({"keda.sh/v1alpha1", "ScaledObject", record->ns, record->name, state.uid}, "Warning",
                      "ScaledObjectCheckFailed", message);
    state.checkFailed = true;
    metrics.countObjectError(record->ns, record->name, false);
    json::Document holder;
    writeStatus(record, state, checkFailedStatus(so, message, holder.GetAllocator()), holder);
}

void KedaController::Impl::poll(const Record &record, ObjectState &state, double t)
{
    const auto started = std::chrono::steady_clock::now();
    const std::string key = ObjectStore::keyOf(record->ns, record->name);
    const std::string &ns = record->ns;
    const std::string &name = record->name;
    auto doc = json::parse(record->json);
    if (!doc)
        return;
    const json::Value &so = *doc;
    state.seenVersion = record->resourceVersion;
    const long long now = clock.nowSeconds();
    const InvolvedObject involved{"keda.sh/v1alpha1", "ScaledObject", ns, name, state.uid};

    auto parsed = keda::ScalingSpec::fromScaledObject(so);
    if (!parsed) {
        state.nextPoll = t + 30;
        checkFailed(record, state, so, parsed.error().message);
        return;
    }
    PollOutcome outcome;
    outcome.spec = std::move(parsed.value());
    const auto &spec = outcome.spec;
    state.nextPoll = t + std::max(1, spec.pollingInterval);
    const json::Value *refJson = json::find(so, "spec.scaleTargetRef");
    const auto target = refJson ? keda::WorkloadRef::fromScaleTargetRef(*refJson) : keda::WorkloadRef{};
    outcome.targetKind = target.kind;
    outcome.targetApiVersion = target.apiVersion;
    outcome.targetName = target.name;
    outcome.hpaName = keda::ScaledObjectSummary::fromJson(so).hpaName;
    const auto workload = workloads.find(ns, target);
    if (!workload) {
        checkFailed(record, state, so, "ScaledObject doesn't have correct scaleTargetRef specification");
        return;
    }
    if (state.checkFailed)
        state.initialized = false; // fixed: KEDA starts its scalers again
    state.checkFailed = false;
    if (!state.hpaName.empty() && state.hpaName != outcome.hpaName)
        removeHpa(ns, state.hpaName);
    state.hpaName = outcome.hpaName;
    state.workloadKey = workload->key;
    state.workload = workload;
    if (const auto *restore = json::find(so, "spec.advanced.restoreToOriginalReplicaCount"))
        state.restoreOnDelete = restore->IsBool() && restore->GetBool();
    else
        state.restoreOnDelete = false;
    outcome.currentReplicas = workload->replicas;
    outcome.readyReplicas = workload->readyReplicas;
    if (!state.initialized) {
        state.initialized = true;
        if (state.scaling.createdAt == 0)
            state.scaling.createdAt = now;
        if (!state.originalReplicas)
            state.originalReplicas = workload->replicas;
        events.record(involved, "Normal", "KEDAScalersStarted",
                      "Scaler " +
                          joined(
                              [&] {
                                  std::vector<std::string> types;
                                  for (const auto &t : spec.triggers)
                                      types.push_back(t.type);
                                  return types;
                              }(),
                              ", ") +
                          " is built.");
        events.record(involved, "Normal", "ScaledObjectReady", "ScaledObject is ready for scaling");
    }
    outcome.originalReplicas = state.originalReplicas;

    const json::Value *triggersJson = json::find(so, "spec.triggers");
    keda::ScalingInputs inputs;
    inputs.currentReplicas = workload->replicas;
    inputs.readyReplicas = workload->readyReplicas;
    state.sources.assign(spec.triggers.size(), {});
    std::vector<double> latencies(spec.triggers.size(), 0);
    for (std::size_t i = 0; i < spec.triggers.size(); ++i) {
        const auto &trigger = spec.triggers[i];
        static const json::Value empty(rapidjson::kObjectType);
        const json::Value &triggerJson = triggersJson && triggersJson->IsArray() && i < triggersJson->Size()
                                             ? (*triggersJson)[static_cast<rapidjson::SizeType>(i)]
                                             : empty;
        const std::string sourceName = resolveSource(key, triggerJson, trigger);
        state.sources[i] = sourceName;
        const EventSource &source = sources.at(sourceName);
        latencies[i] = latencyOf(source, t);
        if (source.failing(t)) {
            inputs.readings.push_back(keda::TriggerReading::failed(source.errorMessage()));
            continue;
        }
        auto reading = keda::TriggerReading::ok(source.value());
        if (trigger.type == "cron")
            reading.active = source.value() > 0;
        inputs.readings.push_back(reading);
    }
    for (auto &[source, readers] : consumers)
        readers.erase(workload->key);
    for (const auto &sourceName : state.sources)
        consumers[sourceName][workload->key] = workload->readyReplicas;

    const auto result = keda::step(spec, state.scaling, inputs, now);
    state.scaling = result.state;
    outcome.decision = result.decision;
    if (state.scaling.lastActiveTime)
        outcome.lastActiveTime =
            SimClock::rfc3339(clock.wallTimeOf(static_cast<double>(*state.scaling.lastActiveTime)));
    const auto &decision = outcome.decision;

    std::vector<std::string> activeMetrics;
    for (std::size_t i = 0; i < spec.triggers.size(); ++i) {
        const auto &trigger = spec.triggers[i];
        const auto &reading = inputs.readings[i];
        TriggerOutcome o;
        o.index = trigger.index;
        o.type = trigger.type;
        o.metricName = trigger.metricName;
        o.resource = trigger.resource;
        o.value = reading.value;
        o.error = reading.error;
        o.active =
            reading.value && (reading.active ? *reading.active : *reading.value > trigger.activationTarget);
        if (const auto f = state.scaling.consecutiveFailures.find(trigger.metricName);
            f != state.scaling.consecutiveFailures.end())
            o.consecutiveFailures = f->second;
        if (o.active)
            activeMetrics.push_back(trigger.metricName);
        outcome.triggers.push_back(o);

        KedaMetrics::ScalerKey metricKey{ns, name, false, trigger.index, trigger.type, trigger.metricName};
        if (!decision.paused || spec.pause.pausedScaleIn || spec.pause.pausedScaleOut) {
            KedaMetrics::ScalerSample sample;
            sample.value = reading.value.value_or(0);
            sample.latencySeconds = latencies[i];
            sample.active = o.active;
            sample.failing = !reading.error.empty();
            metrics.setSample(metricKey, sample);
        }
        if (!reading.error.empty() && !decision.paused) {
            metrics.countScalerError(metricKey);
            metrics.countObjectError(ns, name, false);
            events.record(involved, "Warning", "KEDAScalerFailed", reading.error);
        }
    }

    // The workload: KEDA scales 0 <-> 1 (and to paused/fallback counts), the HPA 1 <-> N.
    const int from = workload->replicas;
    const int to = decision.replicas;
    if (to != from) {
        const bool byKeda = decision.paused || from == 0 || to == 0 ||
                            (spec.idleReplicas && (to == *spec.idleReplicas || from == *spec.idleReplicas));
        workloads.scale(*workload, to, byKeda ? "keda-operator" : "kube-controller-manager", t,
                        scenario.podStartupSeconds);
        const std::string what = target.kind + " " + ns + "/" + target.name;
        if (!decision.paused && from == (spec.idleReplicas ? *spec.idleReplicas : 0) && to > from)
            events.record(involved, "Normal", "KEDAScaleTargetActivated",
                          "Scaled " + what + " from " + std::to_string(from) + " to " + std::to_string(to) +
                              ", triggered by " + joined(activeMetrics, ";"));
        else if (!decision.paused && to == (spec.idleReplicas ? *spec.idleReplicas : 0))
            events.record(involved, "Normal", "KEDAScaleTargetDeactivated",
                          "Deactivated " + what + " from " + std::to_string(from) + " to " +
                              std::to_string(to));
        else if (!byKeda) {
            outcome.hpaScaled = true;
            events.record({"autoscaling/v2", "HorizontalPodAutoscaler", ns, outcome.hpaName, ""}, "Normal",
                          "SuccessfulRescale",
                          "New size: " + std::to_string(to) + "; reason: " +
                              (to > from ? std::string("external metric above target")
                                         : std::string("All metrics below target")),
                          "horizontal-pod-autoscaler");
        }
    }

    if (decision.fallbackActive != state.fallback)
        events.record(involved, "Normal",
                      decision.fallbackActive ? "ScaledObjectFallbackActivated"
                                              : "ScaledObjectFallbackDeactivated",
                      decision.fallbackActive ? "Fallback activated: scaling to " + std::to_string(to) +
                                                    " replicas after repeated scaler failures"
                                              : "Fallback deactivated: scalers are healthy again");
    state.fallback = decision.fallbackActive;
    const bool paused = decision.paused || spec.pause.pausedScaleIn || spec.pause.pausedScaleOut;
    if (paused != state.paused)
        events.record(involved, "Normal", paused ? "ScaledObjectPaused" : "ScaledObjectUnpaused",
                      paused ? "ScaledObject is paused" : "ScaledObject is unpaused");
    state.paused = paused;
    metrics.setPaused(ns, name, paused);

    if (spec.pause.hasPausedReplicas)
        removeHpa(ns, outcome.hpaName);
    else {
        outcome.currentReplicas = to; // what the HPA's status shows once it has scaled
        writeHpa(ns, so, outcome);
        outcome.currentReplicas = from;
    }
    if (Record hpa = store.get(kHpas, ns, outcome.hpaName))
        if (auto doc = json::parse(hpa->json))
            outcome.hpaScalingActive = hpaScalingActiveOf(*doc);
    json::Document holder;
    writeStatus(record, state, scaledObjectStatus(so, outcome, holder.GetAllocator()), holder);
    const double loop = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    metrics.setScaleLoopLatency(ns, name, false, loop);
}

void KedaController::Impl::writeStatus(const Record &record, ObjectState &state, json::Value &&status,
                                       json::Document &)
{
    bool ownWrite = false;
    auto written = store.write(
        kScaledObjects, record->ns, record->name, ObjectStore::WriteMode::UpdateOnly, false,
        [&](const Record &current) -> k8s::Result<json::Document> {
            json::Document doc;
            doc.Parse(current->json.c_str());
            auto &alloc = doc.GetAllocator();
            json::Value copy(status, alloc);
            if (const auto *old = json::find(doc, "status"); old && sameIgnoringTimes(*old, copy))
                return k8s::Error::make(k8s::Error::Kind::Api, "unchanged");
            json::Document before;
            before.CopyFrom(doc, before.GetAllocator());
            json::setMember(doc, "status", std::move(copy), alloc);
            recordUpdate(&before, doc, "keda", "keda.sh/v1alpha1", "status", alloc);
            ownWrite = current->resourceVersion == record->resourceVersion;
            return doc;
        },
        storeError, storeError);
    if (written && ownWrite)
        state.seenVersion = written.value()->resourceVersion;
}

void KedaController::Impl::writeHpa(const std::string &ns, const json::Value &so, const PollOutcome &outcome)
{
    const std::string now = clock.nowRfc3339();
    store.write(
        kHpas, ns, outcome.hpaName, ObjectStore::WriteMode::CreateOrUpdate, false,
        [&](const Record &current) -> k8s::Result<json::Document> {
            json::Document old;
            if (current)
                old.Parse(current->json.c_str());
            json::Document doc = hpaDocument(so, outcome, current ? &old : nullptr, now);
            auto &alloc = doc.GetAllocator();
            if (current) {
                // Only what KEDA and the HPA controller own is compared; the server's metadata stays.
                json::Document cmpOld;
                cmpOld.CopyFrom(old, cmpOld.GetAllocator());
                if (auto *m = json::find(cmpOld, "metadata")) {
                    for (const char *field : {"uid", "resourceVersion", "creationTimestamp", "generation",
                                              "managedFields", "namespace"})
                        m->RemoveMember(field);
                }
                if (sameIgnoringTimes(cmpOld, doc))
                    return k8s::Error::make(k8s::Error::Kind::Api, "unchanged");
                recordUpdate(&old, doc, "keda", "autoscaling/v2", "", alloc);
            } else {
                recordUpdate(nullptr, doc, "keda", "autoscaling/v2", "", alloc);
            }
            return doc;
        },
        storeError, storeError);
}

void KedaController::Impl::removeHpa(const std::string &ns, const std::string &name)
{
    if (store.get(kHpas, ns, name))
        store.remove(kHpas, ns, name, false, storeError);
}

} // namespace kedascope::sim
