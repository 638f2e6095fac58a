// SPDX-License-Identifier: Apache-2.0
#include "sim/tables.h"

#include "k8sclient/age.h"
#include "k8sclient/crdschema.h"

#include <functional>

namespace kedascope::sim {

namespace json = k8s::json;

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

struct Column
{
    std::string name;
    std::string type;
    std::string format;
    std::string description;
    int priority = 0;
    // Writes the cell for `object`.
    std::function<void(Writer &, const json::Value &)> cell;
};

void writeString(Writer &w, const std::string &s)
{
    w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
}

std::string ageOf(const std::string &timestamp)
{
    auto time = k8s::parseTimestamp(timestamp);
    if (!time)
        return "<unknown>";
    return k8s::formatAge(std::chrono::system_clock::now() - *time);
}

Column stringColumn(std::string name, std::string description,
                    std::function<std::string(const json::Value &)> f, int priority = 0)
{
    return {std::move(name),        "string", "",
            std::move(description), priority, [f](Writer &w, const json::Value &o) { writeString(w, f(o)); }};
}

Column intColumn(std::string name, std::string description, std::string path)
{
    return {
        std::move(name), "integer", "", std::move(description), 0, [path](Writer &w, const json::Value &o) {
            w.Int64(json::intAt(o, path).value_or(0));
        }};
}

Column nameColumn()
{
    return stringColumn(
        "Name",
        "Name must be unique within a namespace. Is required when creating resources, although "
        "some resources may allow a client to request the generation of an appropriate name "
        "automatically.",
        [](const json::Value &o) { return json::stringAt(o, "metadata.name"); });
}

Column ageColumn()
{
    return stringColumn(
        "Age",
        "CreationTimestamp is a timestamp representing the server time when this object was "
        "created.",
        [](const json::Value &o) { return ageOf(json::stringAt(o, "metadata.creationTimestamp")); });
}

std::string hpaTargets(const json::Value &o)
{
    const json::Value *metrics = json::find(o, "spec.metrics");
    if (!metrics || !metrics->IsArray() || metrics->Empty())
        return "<none>";
    std::string text;
    const json::Value *current = json::find(o, "status.currentMetrics");
    for (rapidjson::SizeType i = 0; i < metrics->Size(); ++i) {
        const auto &m = (*metrics)[i];
        const std::string type = json::stringAt(m, "type");
        std::string target;
        std::string value = "<unknown>";
        if (type == "External") {
            target = json::stringAt(m, "external.target.averageValue");
            bool average = !target.empty();
            if (!average)
                target = json::stringAt(m, "external.target.value");
            if (current && current->IsArray() && i < current->Size()) {
                const auto &c = (*current)[i];
                const std::string v =
                    json::stringAt(c, average ? "external.current.averageValue" : "external.current.value");
                if (!v.empty())
                    value = v;
            }
            target += average ? " (avg)" : "";
        } else if (type == "Resource") {
            const auto utilization = json::intAt(m, "resource.target.averageUtilization");
            target = utilization ? std::to_string(*utilization) + "%"
                                 : json::stringAt(m, "resource.target.averageValue");
            if (current && current->IsArray() && i < current->Size()) {
                if (auto u = json::intAt((*current)[i], "resource.current.averageUtilization"))
                    value = std::to_string(*u) + "%";
            }
            value = json::stringAt(m, "resource.name") + ": " + value;
        } else {
            target = "<unknown>";
        }
        text += (text.empty() ? "" : ", ") + value + "/" + target;
    }
    return text;
}

std::vector<Column> builtinColumns(const ApiResource &r)
{
    std::vector<Column> columns{nameColumn()};
    if (r.resource == "deployments") {
        columns.push_back(
            stringColumn("Ready", "Number of the pod with ready state", [](const json::Value &o) {
                return std::to_string(json::intAt(o, "status.readyReplicas").value_or(0)) + "/" +
                       std::to_string(json::intAt(o, "spec.replicas").value_or(1));
            }));
        columns.push_back(intColumn("Up-to-date",
                                    "Total number of non-terminated pods targeted by this deployment that "
                                    "have the desired template spec.",
                                    "status.updatedReplicas"));
        columns.push_back(intColumn("Available",
                                    "Total number of available pods (ready for at least minReadySeconds) "
                                    "targeted by this deployment.",
                                    "status.availableReplicas"));
        columns.push_back(ageColumn());
    } else if (r.resource == "statefulsets") {
        columns.push_back(
            stringColumn("Ready", "Number of the pod with ready state", [](const json::Value &o) {
                return std::to_string(json::intAt(o, "status.readyReplicas").value_or(0)) + "/" +
                       std::to_string(json::intAt(o, "spec.replicas").value_or(1));
            }));
        columns.push_back(ageColumn());
    } else if (r.resource == "horizontalpodautoscalers") {
        columns.push_back(
            stringColumn("Reference", "reference to the object being scaled", [](const json::Value &o) {
                return json::stringAt(o, "spec.scaleTargetRef.kind") + "/" +
                       json::stringAt(o, "spec.scaleTargetRef.name");
            }));
        columns.push_back(
            stringColumn("Targets", "the current and target values of the metrics", hpaTargets));
        columns.push_back(intColumn("MinPods", "minimum number of replicas", "spec.minReplicas"));
        columns.push_back(intColumn("MaxPods", "maximum number of replicas", "spec.maxReplicas"));
        columns.push_back(intColumn("Replicas", "current number of replicas", "status.currentReplicas"));
        columns.push_back(ageColumn());
    } else if (r.resource == "namespaces") {
        columns.push_back(stringColumn("Status", "The status of the namespace", [](const json::Value &o) {
            return json::stringAt(o, "status.phase", "Active");
        }));
        columns.push_back(ageColumn());
    } else if (r.resource == "events") {
        const bool core = r.group.empty();
        const std::string objectKey = core ? "involvedObject" : "regarding";
        columns.clear();
        columns.push_back(
            stringColumn("Last Seen", "Time when this event was last observed", [core](const json::Value &o) {
                std::string t = json::stringAt(o, core ? "lastTimestamp" : "deprecatedLastTimestamp");
                if (t.empty())
                    t = json::stringAt(o, "eventTime");
                if (t.empty())
                    t = json::stringAt(o, "metadata.creationTimestamp");
                return ageOf(t);
            }));
        columns.push_back(stringColumn("Type", "Type of this event",
                                       [](const json::Value &o) { return json::stringAt(o, "type"); }));
        columns.push_back(stringColumn("Reason", "Reason why this event was generated",
                                       [](const json::Value &o) { return json::stringAt(o, "reason"); }));
        columns.push_back(
            stringColumn("Object", "The object that this event is about", [objectKey](const json::Value &o) {
                std::string kind = json::stringAt(o, objectKey + ".kind");
                for (auto &c : kind)
                    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                return kind + "/" + json::stringAt(o, objectKey + ".name");
            }));
        columns.push_back(stringColumn(
            "Message", "A human-readable description of the status of this operation",
            [core](const json::Value &o) { return json::stringAt(o, core ? "message" : "note"); }));
    } else if (r.resource == "pods") {
        columns.push_back(
            stringColumn("Status", "The aggregate status of the containers in this pod.",
                         [](const json::Value &o) { return json::stringAt(o, "status.phase"); }));
        columns.push_back(ageColumn());
    } else {
        columns.push_back(ageColumn());
    }
    return columns;
}

std::vector<Column> kedaColumns(const ApiResource &r)
{
    std::vector<Column> columns{nameColumn()};
    auto schema = k8s::CrdSchema::forKind(r.kind);
    if (!schema) {
        columns.push_back(ageColumn());
        return columns;
    }
    for (const auto &pc : schema->printerColumns()) {
        Column c;
        c.name = pc.name;
        c.type = pc.type == "date" ? "date" : pc.type;
        c.description = pc.description;
        c.priority = pc.priority;
        const std::string path = pc.jsonPath;
        const std::string type = pc.type;
        c.cell = [path, type](Writer &w, const json::Value &o) {
            const std::string value = k8s::evaluateJsonPath(o, path);
            if (value.empty()) {
                w.Null();
            } else if (type == "date") {
                writeString(w, ageOf(value));
            } else if (type == "integer" && value.find_first_not_of("-0123456789") == std::string::npos) {
                w.Int64(std::stoll(value));
            } else if (type == "boolean" && (value == "true" || value == "false")) {
                w.Bool(value == "true");
            } else {
                writeString(w, value);
            }
        };
        columns.push_back(std::move(c));
    }
    return columns;
}

void writePartialObjectMetadata(Writer &w, const json::Value &object)
{
    w.StartObject();
    w.Key("kind");
    w.String("PartialObjectMetadata");
    w.Key("apiVersion");
    w.String("meta.k8s.io/v1");
    w.Key("metadata");
    w.StartObject();
    if (const auto *metadata = json::find(object, "metadata"); metadata && metadata->IsObject()) {
        for (auto it = metadata->MemberBegin(); it != metadata->MemberEnd(); ++it) {
            if (std::string_view(it->name.GetString()) == "managedFields")
                continue;
            w.Key(it->name.GetString(), it->name.GetStringLength());
            it->value.Accept(w);
        }
    }
    w.EndObject();
    w.EndObject();
}

} // namespace

TableRowObject tableRowObjectOf(const std::string &includeObject)
{
    if (includeObject == "None")
        return TableRowObject::None;
    if (includeObject == "Object")
        return TableRowObject::Object;
    return TableRowObject::Metadata;
}

bool acceptsTable(const std::string &accept)
{
    return accept.find("as=Table") != std::string::npos;
}

std::string tableJson(const ApiResource &resource, const std::vector<Record> &records,
                      const TableListInfo &info, bool withColumns)
{
    const auto columns = resource.isKeda() ? kedaColumns(resource) : builtinColumns(resource);
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    w.Key("kind");
    w.String("Table");
    w.Key("apiVersion");
    w.String("meta.k8s.io/v1");
    w.Key("metadata");
    w.StartObject();
    w.Key("resourceVersion");
    writeString(w, info.resourceVersion);
    if (!info.continueToken.empty()) {
        w.Key("continue");
        writeString(w, info.continueToken);
        w.Key("remainingItemCount");
        w.Uint64(info.remainingItemCount);
    }
    w.EndObject();
    w.Key("columnDefinitions");
    w.StartArray();
    if (withColumns) {
        for (const auto &c : columns) {
            w.StartObject();
            w.Key("name");
            writeString(w, c.name);
            w.Key("type");
            writeString(w, c.type == "date" ? "date" : c.type);
            w.Key("format");
            writeString(w, c.name == "Name" ? "name" : c.format);
            w.Key("description");
            writeString(w, c.description);
            w.Key("priority");
            w.Int(c.priority);
            w.EndObject();
        }
    }
    w.EndArray();
    w.Key("rows");
    w.StartArray();
    for (const auto &record : records) {
        auto doc = json::parse(record->json);
        if (!doc)
            continue;
        w.StartObject();
        w.Key("cells");
        w.StartArray();
        for (const auto &c : columns)
            c.cell(w, *doc);
        w.EndArray();
        if (info.rowObject == TableRowObject::Object) {
            w.Key("object");
            doc->Accept(w);
        } else if (info.rowObject == TableRowObject::Metadata) {
            w.Key("object");
            writePartialObjectMetadata(w, *doc);
        }
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

} // namespace kedascope::sim
