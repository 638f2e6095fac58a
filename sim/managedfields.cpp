// SPDX-License-Identifier: Apache-2.0
#include "sim/managedfields.h"

#include "k8sclient/age.h"
#include "sim/apistatus.h"

#include <algorithm>
#include <map>

namespace kedascope::sim {

namespace {

const json::Value *valueAt(const json::Value &root, const FieldPath &path)
{
    const json::Value *current = &root;
    for (const auto &key : path) {
        if (!current->IsObject())
            return nullptr;
        auto it = current->FindMember(json::Value(rapidjson::StringRef(key.data(), key.size())));
        if (it == current->MemberEnd())
            return nullptr;
        current = &it->value;
    }
    return current;
}

void setAt(json::Value &root, const FieldPath &path, const json::Value &value, json::Allocator &alloc)
{
    json::Value *current = &root;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (!current->IsObject())
            current->SetObject();
        const auto &key = path[i];
        auto it = current->FindMember(json::Value(rapidjson::StringRef(key.data(), key.size())));
        if (i + 1 == path.size()) {
            if (it != current->MemberEnd())
                it->value.CopyFrom(value, alloc);
            else
                current->AddMember(json::Value(key.c_str(), alloc), json::Value(value, alloc), alloc);
            return;
        }
        if (it == current->MemberEnd()) {
            current->AddMember(json::Value(key.c_str(), alloc), json::Value(rapidjson::kObjectType), alloc);
            it = current->FindMember(json::Value(rapidjson::StringRef(key.data(), key.size())));
        }
        current = &it->value;
    }
}

void removeAt(json::Value &root, const FieldPath &path)
{
    json::Value *current = &root;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        if (!current->IsObject())
            return;
        auto it = current->FindMember(json::Value(rapidjson::StringRef(path[i].data(), path[i].size())));
        if (it == current->MemberEnd())
            return;
        current = &it->value;
    }
    if (current->IsObject() && !path.empty())
        current->RemoveMember(json::Value(rapidjson::StringRef(path.back().data(), path.back().size())));
}

void collectLeaves(const json::Value &value, FieldPath &prefix, FieldSet &out)
{
    if (value.IsObject() && value.MemberCount() > 0) {
        for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it) {
            prefix.emplace_back(it->name.GetString(), it->name.GetStringLength());
            collectLeaves(it->value, prefix, out);
            prefix.pop_back();
        }
        return;
    }
    out.insert(prefix);
}

bool isPrefix(const FieldPath &a, const FieldPath &b)
{
    return a.size() <= b.size() && std::equal(a.begin(), a.end(), b.begin());
}

bool overlaps(const FieldPath &a, const FieldPath &b)
{
    return isPrefix(a, b) || isPrefix(b, a);
}

bool ownedByAny(const std::vector<ManagedFieldsEntry> &entries, const FieldPath &path)
{
    for (const auto &e : entries)
        for (const auto &p : e.fields)
            if (overlaps(p, path))
                return true;
    return false;
}

void insertFieldsV1(json::Value &node, const FieldPath &path, std::size_t index, json::Allocator &alloc)
{
    if (index == path.size())
        return;
    const std::string key = "f:" + path[index];
    auto it = node.FindMember(key.c_str());
    if (it == node.MemberEnd()) {
        node.AddMember(json::Value(key.c_str(), alloc), json::Value(rapidjson::kObjectType), alloc);
        it = node.FindMember(key.c_str());
    }
    insertFieldsV1(it->value, path, index + 1, alloc);
}

void readFieldsV1(const json::Value &node, FieldPath &prefix, FieldSet &out)
{
    bool hasChildren = false;
    if (node.IsObject()) {
        for (auto it = node.MemberBegin(); it != node.MemberEnd(); ++it) {
            const std::string key = it->name.GetString();
            if (key.rfind("f:", 0) != 0)
                continue;
            hasChildren = true;
            prefix.push_back(key.substr(2));
            readFieldsV1(it->value, prefix, out);
            prefix.pop_back();
        }
    }
    if (!hasChildren && !prefix.empty())
        out.insert(prefix);
}

std::string managerLabel(const ManagedFieldsEntry &entry)
{
    std::string label = '"' + entry.manager + '"';
    if (!entry.subresource.empty())
        label += " with subresource \"" + entry.subresource + '"';
    if (entry.operation == "Update")
        label += " using " + entry.apiVersion;
    return label;
}

std::string now()
{
    return k8s::formatTimestamp(std::chrono::system_clock::now());
}

ManagedFieldsEntry &entryFor(std::vector<ManagedFieldsEntry> &entries, const std::string &manager,
                             const std::string &operation, const std::string &apiVersion,
                             const std::string &subresource)
{
    for (auto &e : entries)
        if (e.manager == manager && e.operation == operation && e.subresource == subresource)
            return e;
    entries.push_back({manager, operation, apiVersion, now(), subresource, {}});
    return entries.back();
}

void dropEmpty(std::vector<ManagedFieldsEntry> &entries)
{
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const ManagedFieldsEntry &e) { return e.fields.empty(); }),
                  entries.end());
}

} // namespace

std::string fieldPathString(const FieldPath &path)
{
    std::string text;
    for (const auto &key : path)
        text += '.' + key;
    return text;
}

std::vector<ManagedFieldsEntry> readManagedFields(const json::Value &object)
{
    std::vector<ManagedFieldsEntry> entries;
    const json::Value *list = json::find(object, "metadata.managedFields");
    if (!list || !list->IsArray())
        return entries;
    for (const auto &item : list->GetArray()) {
        ManagedFieldsEntry e;
        e.manager = json::stringAt(item, "manager");
        e.operation = json::stringAt(item, "operation");
        e.apiVersion = json::stringAt(item, "apiVersion");
        e.time = json::stringAt(item, "time");
        e.subresource = json::stringAt(item, "subresource");
        if (const auto *fields = json::find(item, "fieldsV1")) {
            FieldPath prefix;
            readFieldsV1(*fields, prefix, e.fields);
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

void writeManagedFields(json::Value &object, const std::vector<ManagedFieldsEntry> &entries,
                        json::Allocator &alloc)
{
    auto &metadata = json::ensureObject(object, "metadata", alloc);
    json::Value list(rapidjson::kArrayType);
    for (const auto &e : entries) {
        json::Value item(rapidjson::kObjectType);
        json::setString(item, "manager", e.manager, alloc);
        json::setString(item, "operation", e.operation, alloc);
        json::setString(item, "apiVersion", e.apiVersion, alloc);
        json::setString(item, "time", e.time, alloc);
        json::setString(item, "fieldsType", "FieldsV1", alloc);
        json::Value fields(rapidjson::kObjectType);
        for (const auto &path : e.fields)
            insertFieldsV1(fields, path, 0, alloc);
        item.AddMember("fieldsV1", fields, alloc);
        if (!e.subresource.empty())
            json::setString(item, "subresource", e.subresource, alloc);
        list.PushBack(item, alloc);
    }
    metadata.RemoveMember("managedFields");
    if (!list.Empty())
        metadata.AddMember("managedFields", list, alloc);
}

FieldSet ownedLeaves(const json::Value &object, const std::string &subresource)
{
    FieldSet out;
    if (!object.IsObject())
        return out;
    FieldPath prefix;
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
        const std::string key = it->name.GetString();
        if (key == "apiVersion" || key == "kind")
            continue;
        if (subresource == "status") {
            if (key != "status")
                continue;
        } else if (key == "status") {
            continue;
        }
        if (key == "metadata") {
            for (const char *part : {"labels", "annotations"}) {
                if (auto m = it->value.FindMember(part); m != it->value.MemberEnd() && m->value.IsObject())
                    for (auto kv = m->value.MemberBegin(); kv != m->value.MemberEnd(); ++kv)
                        out.insert({"metadata", part, kv->name.GetString()});
            }
            continue;
        }
        prefix.push_back(key);
        collectLeaves(it->value, prefix, out);
        prefix.pop_back();
    }
    return out;
}

namespace {

json::Value mirrorLeaves(const json::Value &value, json::Allocator &alloc)
{
    json::Value node(rapidjson::kObjectType);
    if (value.IsObject()) {
        for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it) {
            const std::string key = "f:" + std::string(it->name.GetString(), it->name.GetStringLength());
            node.AddMember(json::Value(key.c_str(), static_cast<rapidjson::SizeType>(key.size()), alloc),
                           mirrorLeaves(it->value, alloc), alloc);
        }
    }
    return node;
}

} // namespace

json::Value fieldsV1Of(const json::Value &object, const std::string &subresource, json::Allocator &alloc)
{
    json::Value fields(rapidjson::kObjectType);
    if (!object.IsObject())
        return fields;
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
        const std::string key = it->name.GetString();
        if (key == "apiVersion" || key == "kind" || (subresource == "status") != (key == "status"))
            continue;
        if (key == "metadata") {
            json::Value metadata(rapidjson::kObjectType);
            for (const char *part : {"labels", "annotations"})
                if (auto m = it->value.FindMember(part);
                    m != it->value.MemberEnd() && m->value.IsObject() && m->value.MemberCount() > 0)
                    metadata.AddMember(json::Value((std::string("f:") + part).c_str(), alloc),
                                       mirrorLeaves(m->value, alloc), alloc);
            if (metadata.MemberCount() > 0)
                fields.AddMember("f:metadata", metadata, alloc);
            continue;
        }
        fields.AddMember(json::Value(("f:" + key).c_str(), alloc), mirrorLeaves(it->value, alloc), alloc);
    }
    return fields;
}

k8s::Result<json::Document> serverSideApply(const json::Value *live, const json::Value &applied,
                                            const std::string &manager, bool force,
                                            const std::string &apiVersion, const std::string &subresource)
{
    const FieldSet appliedFields = ownedLeaves(applied, subresource);
    json::Document result;
    if (!live) {
        result.CopyFrom(applied, result.GetAllocator());
        if (auto *metadata = json::find(result, "metadata"))
            metadata->RemoveMember("managedFields");
        ManagedFieldsEntry entry{manager, "Apply", apiVersion, now(), subresource, appliedFields};
        writeManagedFields(result, {entry}, result.GetAllocator());
        return result;
    }
    auto entries = readManagedFields(*live);
    struct Conflict
    {
        std::size_t entry;
        FieldPath path;
    };
    std::vector<Conflict> conflicts;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto &e = entries[i];
        if (e.manager == manager && e.operation == "Apply" && e.subresource == subresource)
            continue;
        for (const auto &owned : e.fields) {
            for (const auto &path : appliedFields) {
                if (!overlaps(owned, path))
                    continue;
                const json::Value *mine = valueAt(applied, path);
                const json::Value *theirs = valueAt(*live, path);
                if (mine && theirs && *mine == *theirs)
                    continue;
                conflicts.push_back({i, owned.size() >= path.size() ? owned : path});
                break;
            }
        }
    }
    if (!conflicts.empty() && !force) {
        std::string message;
        k8s::Error error = apiError(409, "Conflict", "");
        for (const auto &c : conflicts)
            error.causes.push_back({"FieldManagerConflict", "conflict with " + managerLabel(entries[c.entry]),
                                    fieldPathString(c.path)});
        if (conflicts.size() == 1) {
            message = "Apply failed with 1 conflict: conflict with " +
                      managerLabel(entries[conflicts[0].entry]) + ": " + fieldPathString(conflicts[0].path);
        } else {
            std::map<std::string, std::vector<std::string>> byManager;
            for (const auto &c : conflicts)
                byManager[managerLabel(entries[c.entry])].push_back(fieldPathString(c.path));
            message = "Apply failed with " + std::to_string(conflicts.size()) + " conflicts: ";
            bool first = true;
            for (const auto &[label, paths] : byManager) {
                message += std::string(first ? "" : "\n") + "conflicts with " + label + ":";
                first = false;
                for (const auto &p : paths)
                    message += "\n- " + p;
            }
        }
        error.message = message;
        return error;
    }
    for (const auto &c : conflicts) {
        auto &fields = entries[c.entry].fields;
        for (auto it = fields.begin(); it != fields.end();)
            it = overlaps(*it, c.path) ? fields.erase(it) : std::next(it);
    }
    result.CopyFrom(*live, result.GetAllocator());
    auto &alloc = result.GetAllocator();
    auto &mine = entryFor(entries, manager, "Apply", apiVersion, subresource);
    const FieldSet previous = mine.fields;
    mine.fields.clear();
    for (const auto &path : previous) {
        if (appliedFields.count(path) || ownedByAny(entries, path))
            continue;
        bool stillApplied = false;
        for (const auto &p : appliedFields)
            stillApplied = stillApplied || overlaps(p, path);
        if (!stillApplied)
            removeAt(result, path);
    }
    for (const auto &path : appliedFields)
        setAt(result, path, *valueAt(applied, path), alloc);
    mine.fields = appliedFields;
    mine.time = now();
    dropEmpty(entries);
    writeManagedFields(result, entries, alloc);
    return result;
}

void recordUpdate(const json::Value *before, json::Value &after, const std::string &manager,
                  const std::string &apiVersion, const std::string &subresource, json::Allocator &alloc)
{
    auto entries = before ? readManagedFields(*before) : std::vector<ManagedFieldsEntry>{};
    const FieldSet now = ownedLeaves(after, subresource);
    const FieldSet old = before ? ownedLeaves(*before, subresource) : FieldSet{};
    FieldSet changed;
    for (const auto &path : now) {
        const json::Value *was = before ? valueAt(*before, path) : nullptr;
        if (!was || *was != *valueAt(after, path))
            changed.insert(path);
    }
    FieldSet removed;
    for (const auto &path : old)
        if (!now.count(path))
            removed.insert(path);
    for (auto &e : entries) {
        for (auto it = e.fields.begin(); it != e.fields.end();) {
            bool drop = false;
            for (const auto &p : changed)
                drop = drop || overlaps(*it, p);
            for (const auto &p : removed)
                drop = drop || isPrefix(p, *it);
            it = drop ? e.fields.erase(it) : std::next(it);
        }
    }
    if (!changed.empty()) {
        auto &mine = entryFor(entries, manager, "Update", apiVersion, subresource);
        mine.fields.insert(changed.begin(), changed.end());
        mine.time = sim::now();
    }
    dropEmpty(entries);
    writeManagedFields(after, entries, alloc);
}

} // namespace kedascope::sim
