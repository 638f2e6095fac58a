// SPDX-License-Identifier: Apache-2.0
#include "sim/eventviews.h"

#include <utility>

namespace kedascope::sim {

namespace json = k8s::json;

namespace {

// core v1 field <-> events.k8s.io/v1 field; every other field keeps its name.
constexpr std::pair<const char *, const char *> kRenamed[] = {
    {"involvedObject", "regarding"},
    {"message", "note"},
    {"source", "deprecatedSource"},
    {"firstTimestamp", "deprecatedFirstTimestamp"},
    {"lastTimestamp", "deprecatedLastTimestamp"},
    {"count", "deprecatedCount"},
    {"reportingComponent", "reportingController"},
};

bool isEventsV1(const ApiResource &resource)
{
    return resource.resource == "events" && resource.group == "events.k8s.io";
}

// Copies `from` member by member, renaming per `kRenamed` (core -> v1 when `toV1`), with new type meta.
json::Document converted(const json::Value &from, bool toV1)
{
    json::Document out(rapidjson::kObjectType);
    auto &alloc = out.GetAllocator();
    json::setString(out, "kind", "Event", alloc);
    json::setString(out, "apiVersion", toV1 ? "events.k8s.io/v1" : "v1", alloc);
    if (!from.IsObject())
        return out;
    for (auto it = from.MemberBegin(); it != from.MemberEnd(); ++it) {
        const std::string name = it->name.GetString();
        if (name == "kind" || name == "apiVersion")
            continue;
        std::string target = name;
        for (const auto &[core, v1] : kRenamed)
            if (name == (toV1 ? core : v1))
                target = toV1 ? v1 : core;
        json::setMember(out, target, json::Value(it->value, alloc), alloc);
    }
    if (toV1) {
        // Always present in events.k8s.io/v1 as served: the reference and the (possibly null) time.
        if (!out.HasMember("regarding"))
            json::setMember(out, "regarding", json::Value(rapidjson::kObjectType), alloc);
        if (!out.HasMember("eventTime"))
            json::setMember(out, "eventTime", json::Value(), alloc);
    }
    return out;
}

} // namespace

std::string storedResourceOf(const ApiResource &resource)
{
    return isEventsV1(resource) ? std::string("events") : resource.qualifiedName();
}

bool isConvertedView(const ApiResource &resource)
{
    return isEventsV1(resource);
}

Record viewOf(const ApiResource &resource, const Record &stored)
{
    if (!stored || !isEventsV1(resource))
        return stored;
    auto doc = json::parse(stored->json);
    if (!doc)
        return stored;
    auto view = std::make_shared<ObjectRecord>(*stored);
    view->json = json::serialize(eventsV1FromCore(*doc));
    return view;
}

json::Document storedFormOf(const ApiResource &resource, const json::Value &served)
{
    if (isEventsV1(resource))
        return coreFromEventsV1(served);
    json::Document copy;
    copy.CopyFrom(served, copy.GetAllocator());
    return copy;
}

json::Document eventsV1FromCore(const json::Value &core)
{
    return converted(core, true);
}

json::Document coreFromEventsV1(const json::Value &eventsV1)
{
    return converted(eventsV1, false);
}

std::string storedFieldLabel(const ApiResource &resource, const std::string &label)
{
    if (!isEventsV1(resource))
        return label;
    const std::string regarding = "regarding.";
    if (label.compare(0, regarding.size(), regarding) == 0)
        return "involvedObject." + label.substr(regarding.size());
    if (label == "reportingController")
        return "reportingComponent";
    return label;
}

} // namespace kedascope::sim
