// SPDX-License-Identifier: Apache-2.0
#include "sim/kedaevents.h"

#include "k8sclient/json.h"
#include "sim/objectstore.h"
#include "sim/simclock.h"

#include <cstdio>

namespace kedascope::sim {

namespace {

constexpr const char *kReportingInstance = "keda-operator-7d9f8b6c5d-x2x9z";

json::Value objectReference(const InvolvedObject &object, json::Allocator &alloc)
{
    json::Value ref(rapidjson::kObjectType);
    json::setString(ref, "kind", object.kind, alloc);
    json::setString(ref, "namespace", object.ns, alloc);
    json::setString(ref, "name", object.name, alloc);
    json::setString(ref, "uid", object.uid, alloc);
    json::setString(ref, "apiVersion", object.apiVersion, alloc);
    return ref;
}

void setInt(json::Value &object, const char *key, long long value, json::Allocator &alloc)
{
    json::setMember(object, key, json::Value(static_cast<int64_t>(value)), alloc);
}

std::string instanceOf(const std::string &controller)
{
    return controller == "keda-operator" ? kReportingInstance : controller;
}

k8s::Error notFound()
{
    return k8s::Error::make(k8s::Error::Kind::Api, "event not found");
}

} // namespace

KedaEventRecorder::KedaEventRecorder(ObjectStore &store, const SimClock &clock)
    : m_store(store), m_clock(clock)
{}

void KedaEventRecorder::record(const InvolvedObject &object, const std::string &type,
                               const std::string &reason, const std::string &message,
                               const std::string &controller)
{
    std::string name;
    {
        std::lock_guard lock(m_mutex);
        auto &known = m_names[object.ns + "/" + object.uid + "\n" + reason + "\n" + message];
        if (known.empty()) {
            char suffix[24];
            std::snprintf(suffix, sizeof suffix, ".%016llx",
                          static_cast<unsigned long long>(m_clock.now() * 1e6) + ++m_sequence);
            known = object.name + suffix;
        }
        name = known;
    }
    const EventText text{type, reason, message, controller};
    writeCoreEvent(object, name, text);
}

void KedaEventRecorder::writeCoreEvent(const InvolvedObject &object, const std::string &name,
                                       const EventText &text)
{
    const std::string now = m_clock.nowRfc3339();
    const std::string micro = m_clock.nowMicroRfc3339();
    m_store.write(
        "events", object.ns, name, ObjectStore::WriteMode::CreateOrUpdate, false,
        [&](const Record &current) -> k8s::Result<json::Document> {
            json::Document doc;
            if (current) {
                doc.Parse(current->json.c_str());
                auto &alloc = doc.GetAllocator();
                const long long count = json::intAt(doc, "count").value_or(1) + 1;
                setInt(doc, "count", count, alloc);
                json::setString(doc, "lastTimestamp", now, alloc);
                auto &series = json::ensureObject(doc, "series", alloc);
                setInt(series, "count", count, alloc);
                json::setString(series, "lastObservedTime", micro, alloc);
                return doc;
            }
            doc.SetObject();
            auto &alloc = doc.GetAllocator();
            json::setString(doc, "apiVersion", "v1", alloc);
            json::setString(doc, "kind", "Event", alloc);
            auto &metadata = json::ensureObject(doc, "metadata", alloc);
            json::setString(metadata, "name", name, alloc);
            json::setString(metadata, "namespace", object.ns, alloc);
            json::setMember(doc, "involvedObject", objectReference(object, alloc), alloc);
            json::setString(doc, "reason", text.reason, alloc);
            json::setString(doc, "message", text.message, alloc);
            auto &source = json::ensureObject(doc, "source", alloc);
            json::setString(source, "component", text.controller, alloc);
            json::setString(doc, "firstTimestamp", now, alloc);
            json::setString(doc, "lastTimestamp", now, alloc);
            setInt(doc, "count", 1, alloc);
            json::setString(doc, "type", text.type, alloc);
            json::setString(doc, "eventTime", micro, alloc);
            json::setString(doc, "action", text.reason, alloc);
            json::setString(doc, "reportingComponent", text.controller, alloc);
            json::setString(doc, "reportingInstance", instanceOf(text.controller), alloc);
            return doc;
        },
        notFound, notFound);
}

} // namespace kedascope::sim
