// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/pauseplan.h"

#include "k8sclient/age.h"
#include "k8sclient/kedapause.h"

#include <cctype>

namespace kedascope::k8s::pause {

namespace {

using Annotations = std::map<std::string, std::string>;

Annotations annotationsOf(const json::Value &object)
{
    Annotations out;
    const json::Value *annotations = json::find(object, "metadata.annotations");
    if (!annotations || !annotations->IsObject())
        return out;
    for (const auto &member : annotations->GetObject())
        if (member.value.IsString())
            out[member.name.GetString()] = member.value.GetString();
    return out;
}

std::optional<std::string> valueOf(const Annotations &annotations, const std::string &key)
{
    const auto found = annotations.find(key);
    if (found == annotations.end())
        return std::nullopt;
    return found->second;
}

// The KEDA annotation a mode sets, and its value.
std::pair<std::string, std::string> annotationFor(const PauseRequest &request)
{
    switch (request.mode) {
    case Mode::HoldReplicas:
        return {keda::pausedReplicasAnnotation, std::to_string(request.replicas)};
    case Mode::Freeze:
        return {keda::pausedAnnotation, "true"};
    case Mode::BlockScaleIn:
        return {keda::pausedScaleInAnnotation, "true"};
    case Mode::BlockScaleOut:
        return {keda::pausedScaleOutAnnotation, "true"};
    }
    return {keda::pausedAnnotation, "true"};
}

// The values Kedascope's record says pausing overwrote; std::nullopt when there is no readable record.
std::optional<AnnotationValues> recordedPrevious(const Annotations &annotations)
{
    const auto record = valueOf(annotations, recordAnnotation);
    if (!record)
        return std::nullopt;
    auto document = json::parse(*record);
    if (!document || !document->IsObject())
        return std::nullopt;
    const json::Value *previous = json::find(*document, "previous");
    if (!previous || !previous->IsObject())
        return std::nullopt;
    AnnotationValues out;
    for (const auto &member : previous->GetObject()) {
        if (member.value.IsString())
            out[member.name.GetString()] = std::string(member.value.GetString());
        else
            out[member.name.GetString()] = std::nullopt;
    }
    return out;
}

// The annotations as they were before Kedascope paused the object (itself when it is not paused by us).
Annotations withoutKedascopePause(const Annotations &current, const AnnotationValues &previous)
{
    Annotations out = current;
    for (const auto &[key, value] : previous) {
        if (value)
            out[key] = *value;
        else
            out.erase(key);
    }
    out.erase(untilAnnotation);
    out.erase(recordAnnotation);
    return out;
}

void diffInto(PlannedChange &change, const Annotations &current, const Annotations &target)
{
    for (const auto &[key, value] : target) {
        const auto before = valueOf(current, key);
        if (before != value) {
            change.changes[key] = value;
            change.previous[key] = before;
        }
    }
    for (const auto &[key, value] : current) {
        if (!target.count(key)) {
            change.changes[key] = std::nullopt;
            change.previous[key] = value;
        }
    }
}

std::string recordText(const PauseRequest &request, const AnnotationValues &previous, TimePoint now)
{
    json::Document record(rapidjson::kObjectType);
    auto &alloc = record.GetAllocator();
    json::setString(record, "mode", modeName(request.mode), alloc);
    if (request.mode == Mode::HoldReplicas)
        json::setMember(record, "replicas", json::Value(request.replicas), alloc);
    json::setString(record, "at", formatTimestamp(now), alloc);
    json::Value values(rapidjson::kObjectType);
    for (const auto &[key, value] : previous) {
        json::Value entry;
        if (value)
            entry.SetString(value->c_str(), static_cast<rapidjson::SizeType>(value->size()), alloc);
        values.AddMember(json::Value(key.c_str(), alloc), entry, alloc);
    }
    json::setMember(record, "previous", std::move(values), alloc);
    return json::serialize(record);
}

ObjectRef refOf(const ResourceType &type, const json::Value &object)
{
    return {type, json::stringAt(object, "metadata.namespace"), json::stringAt(object, "metadata.name")};
}

bool isScaledJob(const ResourceType &type)
{
    return type == resources::scaledJobs();
}

// A pause annotation that is in effect but was not set by Kedascope.
std::string foreignPause(const Annotations &annotations)
{
    for (const char *key : {keda::pausedReplicasAnnotation, keda::pausedAnnotation, keda::pausedScaleInAnnotation,
                            keda::pausedScaleOutAnnotation}) {
        if (const auto value = valueOf(annotations, key))
            return std::string(key) + "=\"" + *value + "\"";
    }
    return {};
}

std::optional<TimePoint> pausedConditionSince(const json::Value &object)
{
    const json::Value *conditions = json::find(object, "status.conditions");
    if (!conditions || !conditions->IsArray())
        return std::nullopt;
    for (const auto &condition : conditions->GetArray()) {
        if (!condition.IsObject() || json::stringAt(condition, "type") != "Paused")
            continue;
        if (json::stringAt(condition, "status") != "True")
            return std::nullopt;
        return parseTimestamp(json::stringAt(condition, "lastTransitionTime"));
    }
    return std::nullopt;
}

} // namespace

std::string modeName(Mode mode)
{
    switch (mode) {
    case Mode::HoldReplicas:
        return "hold";
    case Mode::Freeze:
        return "freeze";
    case Mode::BlockScaleIn:
        return "scale-in";
    case Mode::BlockScaleOut:
        return "scale-out";
    }
    return "freeze";
}

std::optional<Mode> modeFromName(const std::string &name)
{
    for (Mode mode : {Mode::HoldReplicas, Mode::Freeze, Mode::BlockScaleIn, Mode::BlockScaleOut})
        if (modeName(mode) == name)
            return mode;
    return std::nullopt;
}

bool supports(const ResourceType &type, Mode mode)
{
    return !isScaledJob(type) || mode == Mode::Freeze;
}

std::string ObjectRef::display() const
{
    std::string kind = type.singular.empty() ? type.resource : type.singular;
    if (!type.group.empty())
        kind += '.' + type.group;
    return kind + '/' + ns + '/' + name;
}

std::optional<long long> PlannedChange::replicasAfter() const
{
    if (action != Action::Pause || isScaledJob(object.type))
        return std::nullopt;
    if (request.mode == Mode::HoldReplicas)
        return request.replicas;
    if (request.mode == Mode::Freeze)
        return currentReplicas;
    return std::nullopt;
}

std::string PlannedChange::patch() const
{
    json::Document document(rapidjson::kObjectType);
    auto &alloc = document.GetAllocator();
    json::Value &metadata = json::ensureObject(document, "metadata", alloc);
    json::setString(metadata, "resourceVersion", resourceVersion, alloc);
    json::Value &annotations = json::ensureObject(metadata, "annotations", alloc);
    for (const auto &[key, value] : changes) {
        json::Value entry;
        if (value)
            entry.SetString(value->c_str(), static_cast<rapidjson::SizeType>(value->size()), alloc);
        annotations.AddMember(json::Value(key.c_str(), alloc), entry, alloc);
    }
    return json::serialize(document);
}

PlannedChange PlannedChange::inverse(const std::string &resourceVersionAfter) const
{
    PlannedChange undo;
    undo.object = object;
    undo.action = action == Action::Pause ? Action::Resume : Action::Pause;
    undo.request = request;
    undo.resourceVersion = resourceVersionAfter;
    undo.currentReplicas = replicasAfter() ? replicasAfter() : currentReplicas;
    undo.changes = previous;
    undo.previous = changes;
    return undo;
}

std::optional<PlannedChange> rebase(const PlannedChange &change, const json::Value &current)
{
    const Annotations now = annotationsOf(current);
    for (const auto &[key, value] : change.previous)
        if (valueOf(now, key) != value)
            return std::nullopt;
    PlannedChange rebased = change;
    rebased.resourceVersion = json::stringAt(current, "metadata.resourceVersion");
    return rebased;
}

std::string describeMode(const PauseRequest &request)
{
    switch (request.mode) {
    case Mode::HoldReplicas:
        return "hold at " + std::to_string(request.replicas) + " replicas";
    case Mode::Freeze:
        return "freeze";
    case Mode::BlockScaleIn:
        return "block scale-in";
    case Mode::BlockScaleOut:
        return "block scale-out";
    }
    return {};
}

std::string describeReplicas(const PlannedChange &change)
{
    const std::string current = change.currentReplicas ? std::to_string(*change.currentReplicas) : "?";
    if (isScaledJob(change.object.type))
        return change.action == Action::Pause ? "no new Jobs; running Jobs continue" : "Jobs created again";
    if (change.action == Action::Resume)
        return current + ", scaled by KEDA again";
    switch (change.request.mode) {
    case Mode::HoldReplicas:
        return current + " -> " + std::to_string(change.request.replicas);
    case Mode::Freeze:
        return "stays at " + current;
    case Mode::BlockScaleIn:
        return current + " or more";
    case Mode::BlockScaleOut:
        return current + " or fewer";
    }
    return current;
}

std::optional<ScaleTarget> scaleTargetOf(const ResourceType &type, const json::Value &object)
{
    if (!(type == resources::scaledObjects()))
        return std::nullopt;
    const std::string kind = json::stringAt(object, "spec.scaleTargetRef.kind", "Deployment");
    const std::string name = json::stringAt(object, "spec.scaleTargetRef.name");
    if (name.empty())
        return std::nullopt;
    if (kind == "Deployment")
        return ScaleTarget{resources::deployments(), name};
    if (kind == "StatefulSet")
        return ScaleTarget{resources::statefulSets(), name};
    return std::nullopt;
}

PlannedChange planPause(const ResourceType &type, const json::Value &object, const PauseRequest &request,
                        std::optional<long long> currentReplicas, TimePoint now)
{
    PlannedChange change;
    change.object = refOf(type, object);
    change.action = Action::Pause;
    change.request = request;
    change.resourceVersion = json::stringAt(object, "metadata.resourceVersion");
    change.currentReplicas = currentReplicas;
    if (!supports(type, request.mode)) {
        change.skipped = "a ScaledJob can only be paused entirely (freeze), not with " + describeMode(request);
        return change;
    }
    if (request.mode == Mode::HoldReplicas && request.replicas < 0) {
        change.skipped = "replicas must be 0 or more";
        return change;
    }

    const Annotations current = annotationsOf(object);
    const AnnotationValues recorded = recordedPrevious(current).value_or(AnnotationValues{});
    const Annotations baseline = withoutKedascopePause(current, recorded);
    if (const std::string other = foreignPause(baseline); !other.empty()) {
        const bool wins = baseline.count(keda::pausedReplicasAnnotation) && request.mode != Mode::HoldReplicas;
        change.note = "already paused outside Kedascope (" + other + ")" +
                      (wins ? "; that annotation wins over this pause" : "");
    }

    const auto [key, value] = annotationFor(request);
    AnnotationValues overwritten{{key, valueOf(baseline, key)}};
    Annotations target = baseline;
    target[key] = value;
    if (request.until)
        target[untilAnnotation] = formatTimestamp(*request.until);
    target[recordAnnotation] = recordText(request, overwritten, now);

    // Pausing again the same way only moves the planned end; the record's time stays.
    Annotations comparable = target;
    if (const auto existing = valueOf(current, recordAnnotation);
        existing && recordedPrevious(current) == std::optional<AnnotationValues>(overwritten) &&
        valueOf(current, key) == std::optional<std::string>(value))
        comparable[recordAnnotation] = *existing;
    diffInto(change, current, comparable);
    if (change.changes.empty())
        change.skipped = "already paused this way";
    return change;
}

PlannedChange planResume(const ResourceType &type, const json::Value &object,
                         std::optional<long long> currentReplicas)
{
    PlannedChange change;
    change.object = refOf(type, object);
    change.action = Action::Resume;
    change.resourceVersion = json::stringAt(object, "metadata.resourceVersion");
    change.currentReplicas = currentReplicas;
    const Annotations current = annotationsOf(object);
    const auto recorded = recordedPrevious(current);
    if (!recorded) {
        const std::string other = foreignPause(current);
        change.skipped = other.empty() ? "not paused"
                                       : "paused outside Kedascope (" + other + "); left as it is";
        return change;
    }
    diffInto(change, current, withoutKedascopePause(current, *recorded));
    return change;
}

PauseState pauseStateOf(const ResourceType &type, const json::Value &object)
{
    PauseState state;
    const auto spec = keda::PauseSpec::fromScaledObject(object);
    if (isScaledJob(type)) {
        state.paused = spec.paused;
        if (state.paused)
            state.mode = "paused (no new Jobs)";
    } else if (spec.hasPausedReplicas) {
        state.paused = true;
        state.mode = "hold at " + spec.pausedReplicasText + " replicas";
    } else if (spec.paused) {
        state.paused = true;
        state.mode = "frozen";
    } else if (spec.pausedScaleIn || spec.pausedScaleOut) {
        state.paused = true;
        state.mode = spec.pausedScaleIn && spec.pausedScaleOut ? "scale-in and scale-out blocked"
                     : spec.pausedScaleIn                      ? "scale-in blocked"
                                                               : "scale-out blocked";
    }
    const Annotations annotations = annotationsOf(object);
    state.byKedascope = recordedPrevious(annotations).has_value();
    if (const auto until = valueOf(annotations, untilAnnotation))
        state.until = parseTimestamp(*until);
    if (state.paused)
        state.since = pausedConditionSince(object);
    return state;
}

std::optional<std::chrono::seconds> parseDuration(const std::string &text)
{
    if (text.empty())
        return std::nullopt;
    long long total = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t begin = at;
        long long number = 0;
        while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) {
            number = number * 10 + (text[at] - '0');
            if (number > 100000000)
                return std::nullopt;
            ++at;
        }
        if (at == begin || at >= text.size())
            return std::nullopt;
        switch (text[at]) {
        case 'd':
            total += number * 86400;
            break;
        case 'h':
            total += number * 3600;
            break;
        case 'm':
            total += number * 60;
            break;
        case 's':
            total += number;
            break;
        default:
            return std::nullopt;
        }
        ++at;
    }
    if (total <= 0)
        return std::nullopt;
    return std::chrono::seconds(total);
}

} // namespace kedascope::k8s::pause
