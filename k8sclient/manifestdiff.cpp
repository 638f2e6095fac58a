// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/manifestdiff.h"

#include "k8sclient/cleanmanifest.h"
#include "k8sclient/manifestpositions.h"
#include "k8sclient/yamljson.h"

namespace kedascope::k8s {

namespace {

// The "f:" keys of a managedFields entry's fieldsV1 as a tree of plain keys.
void ownedKeys(const json::Value &fields, json::Value &out, json::Allocator &alloc)
{
    if (!fields.IsObject())
        return;
    for (auto it = fields.MemberBegin(); it != fields.MemberEnd(); ++it) {
        const std::string_view key(it->name.GetString(), it->name.GetStringLength());
        if (key.substr(0, 2) != "f:")
            continue;
        json::Value child(rapidjson::kObjectType);
        ownedKeys(it->value, child, alloc);
        out.AddMember(json::Value(std::string(key.substr(2)), alloc), child, alloc);
    }
}

json::Document ownedTree(const json::Value &live, const std::string &fieldManager)
{
    json::Document tree(rapidjson::kObjectType);
    const json::Value *entries = json::find(live, "metadata.managedFields");
    if (!entries || !entries->IsArray() || fieldManager.empty())
        return tree;
    for (const auto &entry : entries->GetArray()) {
        if (json::stringAt(entry, "manager") != fieldManager || json::stringAt(entry, "operation") != "Apply" ||
            !json::stringAt(entry, "subresource").empty())
            continue;
        if (const json::Value *fields = json::find(entry, "fieldsV1"))
            ownedKeys(*fields, tree, tree.GetAllocator());
    }
    return tree;
}

// `live` cut down to the keys of `desired` and of `owned`; list items are cut down item by item (the
// server's defaults inside them are not the user's), items beyond the desired ones are kept whole.
json::Value project(const json::Value &live, const json::Value *desired, const json::Value *owned,
                    json::Allocator &alloc)
{
    if (live.IsArray() && desired && desired->IsArray()) {
        json::Value out(rapidjson::kArrayType);
        for (rapidjson::SizeType i = 0; i < live.Size(); ++i)
            out.PushBack(i < desired->Size() ? project(live[i], &(*desired)[i], nullptr, alloc)
                                             : json::Value(live[i], alloc),
                         alloc);
        return out;
    }
    if (!live.IsObject() || (desired && !desired->IsObject()) || (!desired && !owned))
        return json::Value(live, alloc);
    // In the desired document's order, so that the two texts line up; then what only `owned` names.
    json::Value out(rapidjson::kObjectType);
    auto add = [&](const json::Value &key) {
        const auto found = live.FindMember(key);
        if (found == live.MemberEnd() || out.HasMember(key))
            return;
        const json::Value *wanted = nullptr;
        const json::Value *mine = nullptr;
        if (desired) {
            const auto it = desired->FindMember(key);
            wanted = it == desired->MemberEnd() ? nullptr : &it->value;
        }
        if (owned && owned->IsObject()) {
            const auto it = owned->FindMember(key);
            mine = it == owned->MemberEnd() ? nullptr : &it->value;
        }
        if (!wanted && !mine)
            return;
        const bool ownedWhole = mine && mine->IsObject() && mine->MemberCount() == 0;
        json::Value value = ownedWhole && !wanted ? json::Value(found->value, alloc)
                                                  : project(found->value, wanted, mine, alloc);
        out.AddMember(json::Value(key, alloc), value, alloc);
    };
    if (desired)
        for (auto it = desired->MemberBegin(); it != desired->MemberEnd(); ++it)
            add(it->name);
    if (owned && owned->IsObject())
        for (auto it = owned->MemberBegin(); it != owned->MemberEnd(); ++it)
            add(it->name);
    return out;
}

void compare(const json::Value *before, const json::Value *after, const std::string &path,
             std::vector<FieldChange> &changes)
{
    if (before && after && *before == *after)
        return;
    if (!before) {
        changes.push_back({FieldChange::Kind::Added, path, {}, json::serialize(*after)});
        return;
    }
    if (!after) {
        changes.push_back({FieldChange::Kind::Removed, path, json::serialize(*before), {}});
        return;
    }
    if (before->IsObject() && after->IsObject()) {
        for (auto it = after->MemberBegin(); it != after->MemberEnd(); ++it) {
            const std::string key(it->name.GetString(), it->name.GetStringLength());
            auto old = before->FindMember(it->name);
            compare(old == before->MemberEnd() ? nullptr : &old->value, &it->value, childFieldPath(path, key),
                    changes);
        }
        for (auto it = before->MemberBegin(); it != before->MemberEnd(); ++it) {
            if (!after->HasMember(it->name))
                compare(&it->value, nullptr,
                        childFieldPath(path, std::string_view(it->name.GetString(), it->name.GetStringLength())),
                        changes);
        }
        return;
    }
    if (before->IsArray() && after->IsArray()) {
        const auto size = std::max(before->Size(), after->Size());
        for (rapidjson::SizeType i = 0; i < size; ++i)
            compare(i < before->Size() ? &(*before)[i] : nullptr, i < after->Size() ? &(*after)[i] : nullptr,
                    path + '[' + std::to_string(i) + ']', changes);
        return;
    }
    changes.push_back({FieldChange::Kind::Changed, path, json::serialize(*before), json::serialize(*after)});
}

} // namespace

json::Document managedView(const json::Value &live, const json::Value &desired, const std::string &fieldManager)
{
    const json::Document owned = ownedTree(live, fieldManager);
    json::Document view;
    json::Value projected = project(live, &desired, owned.MemberCount() ? &owned : nullptr, view.GetAllocator());
    static_cast<json::Value &>(view) = projected.Move();
    cleanManifest(view);
    return view;
}

ManifestDiff diffManifest(const json::Value &desired, const json::Value *live, const std::string &fieldManager)
{
    json::Document wanted;
    wanted.CopyFrom(desired, wanted.GetAllocator());
    cleanManifest(wanted);
    ManifestDiff diff;
    diff.desiredYaml = jsonToYaml(wanted);
    if (!live) {
        compare(nullptr, &wanted, {}, diff.changes);
        diff.unified = unifiedDiff({}, diff.desiredYaml, "live", "desired");
        return diff;
    }
    const json::Document view = managedView(*live, wanted, fieldManager);
    diff.liveYaml = jsonToYaml(view);
    compare(&view, &wanted, {}, diff.changes);
    diff.unified = unifiedDiff(diff.liveYaml, diff.desiredYaml, "live", "desired");
    return diff;
}

} // namespace kedascope::k8s
