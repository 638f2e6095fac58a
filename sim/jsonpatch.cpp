// SPDX-License-Identifier: Apache-2.0
#include "sim/jsonpatch.h"

#include "sim/apistatus.h"

#include <vector>

namespace kedascope::sim {

namespace {

k8s::Error patchError(int code, const std::string &message)
{
    return apiError(code, reasonForCode(code), message);
}

std::optional<std::vector<std::string>> parsePointer(const std::string &pointer)
{
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    if (pointer[0] != '/')
        return std::nullopt;
    std::string current;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            tokens.push_back(current);
            current.clear();
        } else if (pointer[i] == '~' && i + 1 < pointer.size() &&
                   (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
            current += pointer[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            current += pointer[i];
        }
    }
    return tokens;
}

std::optional<std::size_t> arrayIndex(const std::string &token, std::size_t size, bool allowEnd)
{
    if (allowEnd && token == "-")
        return size;
    if (token.empty() || token.find_first_not_of("0123456789") != std::string::npos ||
        (token.size() > 1 && token[0] == '0'))
        return std::nullopt;
    const std::size_t index = std::stoul(token);
    if (index > size || (!allowEnd && index == size))
        return std::nullopt;
    return index;
}

json::Value *resolve(json::Value &root, const std::vector<std::string> &tokens, std::size_t count)
{
    json::Value *current = &root;
    for (std::size_t i = 0; i < count; ++i) {
        const auto &token = tokens[i];
        if (current->IsObject()) {
            auto it = current->FindMember(json::Value(rapidjson::StringRef(token.data(), token.size())));
            if (it == current->MemberEnd())
                return nullptr;
            current = &it->value;
        } else if (current->IsArray()) {
            auto index = arrayIndex(token, current->Size(), false);
            if (!index)
                return nullptr;
            current = &(*current)[static_cast<rapidjson::SizeType>(*index)];
        } else {
            return nullptr;
        }
    }
    return current;
}

k8s::Status addAt(json::Value &root, const std::vector<std::string> &tokens, json::Value value,
                  json::Allocator &alloc, const std::string &path)
{
    if (tokens.empty()) {
        root = value;
        return k8s::success();
    }
    json::Value *parent = resolve(root, tokens, tokens.size() - 1);
    if (!parent)
        return patchError(422, "doc is missing path: \"" + path + "\"");
    const auto &last = tokens.back();
    if (parent->IsObject()) {
        parent->RemoveMember(last.c_str());
        parent->AddMember(json::Value(last.c_str(), alloc), value, alloc);
        return k8s::success();
    }
    if (parent->IsArray()) {
        auto index = arrayIndex(last, parent->Size(), true);
        if (!index)
            return patchError(422, "add operation does not apply: doc is missing path: \"" + path + "\"");
        parent->PushBack(json::Value(), alloc);
        for (std::size_t i = parent->Size() - 1; i > *index; --i)
            (*parent)[static_cast<rapidjson::SizeType>(i)].Swap(
                (*parent)[static_cast<rapidjson::SizeType>(i - 1)]);
        (*parent)[static_cast<rapidjson::SizeType>(*index)] = value;
        return k8s::success();
    }
    return patchError(422, "doc is missing path: \"" + path + "\"");
}

k8s::Result<json::Value> removeAt(json::Value &root, const std::vector<std::string> &tokens,
                                  json::Allocator &alloc, const std::string &path)
{
    if (tokens.empty())
        return patchError(422, "unable to remove the whole document");
    json::Value *parent = resolve(root, tokens, tokens.size() - 1);
    const auto &last = tokens.back();
    if (parent && parent->IsObject()) {
        auto it = parent->FindMember(last.c_str());
        if (it != parent->MemberEnd()) {
            json::Value removed(it->value, alloc);
            parent->RemoveMember(it);
            return removed;
        }
    } else if (parent && parent->IsArray()) {
        if (auto index = arrayIndex(last, parent->Size(), false)) {
            json::Value removed((*parent)[static_cast<rapidjson::SizeType>(*index)], alloc);
            parent->Erase(parent->Begin() + static_cast<long>(*index));
            return removed;
        }
    }
    return patchError(422, "remove operation does not apply: doc is missing path: \"" + path + "\"");
}

} // namespace

k8s::Status applyJsonPatch(json::Value &target, const json::Value &patch, json::Allocator &alloc)
{
    if (!patch.IsArray())
        return patchError(400, "json: cannot unmarshal object into Go value of type jsonpatch.Patch");
    for (const auto &operation : patch.GetArray()) {
        if (!operation.IsObject())
            return patchError(400, "invalid JSON Patch: operation is not an object");
        const std::string op = json::stringAt(operation, "op");
        const std::string path = json::stringAt(operation, "path");
        auto tokens = parsePointer(path);
        if (!tokens || !operation.HasMember("path"))
            return patchError(400, "invalid JSON Patch: bad path \"" + path + "\"");
        const json::Value *value = json::find(operation, "value");
        if (op == "add" || op == "replace" || op == "test") {
            if (!value)
                return patchError(400, "invalid JSON Patch: missing value for " + op);
        }
        if (op == "add") {
            auto s = addAt(target, *tokens, json::Value(*value, alloc), alloc, path);
            if (!s)
                return s;
        } else if (op == "remove") {
            auto removed = removeAt(target, *tokens, alloc, path);
            if (!removed)
                return removed.error();
        } else if (op == "replace") {
            json::Value *existing = resolve(target, *tokens, tokens->size());
            if (!existing)
                return patchError(422, "replace operation does not apply: doc is missing key: " + path);
            *existing = json::Value(*value, alloc);
        } else if (op == "test") {
            json::Value *existing = resolve(target, *tokens, tokens->size());
            if (!existing || *existing != *value)
                return patchError(422, "testing value " + path + " failed: test failed");
        } else if (op == "move" || op == "copy") {
            auto from = parsePointer(json::stringAt(operation, "from"));
            if (!from || !operation.HasMember("from"))
                return patchError(400, "invalid JSON Patch: bad from");
            json::Value moved;
            if (op == "move") {
                auto removed = removeAt(target, *from, alloc, json::stringAt(operation, "from"));
                if (!removed)
                    return removed.error();
                moved = std::move(removed.value());
            } else {
                json::Value *source = resolve(target, *from, from->size());
                if (!source)
                    return patchError(422, "copy operation does not apply: doc is missing from path: " +
                                               json::stringAt(operation, "from"));
                moved = json::Value(*source, alloc);
            }
            auto s = addAt(target, *tokens, std::move(moved), alloc, path);
            if (!s)
                return s;
        } else {
            return patchError(400, "Unexpected kind: " + op);
        }
    }
    return k8s::success();
}

} // namespace kedascope::sim
