// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/json.h"

#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>

namespace kedascope::k8s::json {

std::optional<Document> parse(std::string_view text, std::string *error)
{
    Document doc;
    doc.Parse(text.data(), text.size());
    if (doc.HasParseError()) {
        if (error)
            *error = "offset " + std::to_string(doc.GetErrorOffset()) + ": " +
                     rapidjson::GetParseError_En(doc.GetParseError());
        return std::nullopt;
    }
    return doc;
}

std::string serialize(const Value &value)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return {buffer.GetString(), buffer.GetSize()};
}

std::string quoted(std::string_view text)
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.String(text.data(), rapidjson::SizeType(text.size()));
    return {buffer.GetString(), buffer.GetSize()};
}

std::string serializePretty(const Value &value)
{
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    value.Accept(writer);
    return {buffer.GetString(), buffer.GetSize()};
}

// A non-owning key of exact length: a bare StringRef would decay to const char* and be
// measured with strlen, reading past the end of a string_view.
static Value keyRef(std::string_view key)
{
    return Value(rapidjson::StringRef(key.data(), key.size()));
}

template <typename V>
static V *findImpl(V &root, std::string_view path)
{
    V *current = &root;
    while (!path.empty()) {
        const auto dot = path.find('.');
        const auto key = path.substr(0, dot);
        if (!current->IsObject())
            return nullptr;
        auto it = current->FindMember(keyRef(key));
        if (it == current->MemberEnd())
            return nullptr;
        current = &it->value;
        path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
    }
    return current;
}

const Value *find(const Value &root, std::string_view dottedPath)
{
    return findImpl<const Value>(root, dottedPath);
}

Value *find(Value &root, std::string_view dottedPath)
{
    return findImpl<Value>(root, dottedPath);
}

std::string stringAt(const Value &root, std::string_view dottedPath, std::string fallback)
{
    const Value *v = find(root, dottedPath);
    return v && v->IsString() ? std::string(v->GetString(), v->GetStringLength()) : fallback;
}

std::optional<long long> intAt(const Value &root, std::string_view dottedPath)
{
    const Value *v = find(root, dottedPath);
    if (v && v->IsInt64())
        return v->GetInt64();
    return std::nullopt;
}

Value &ensureObject(Value &object, std::string_view key, Allocator &alloc)
{
    auto it = object.FindMember(keyRef(key));
    if (it != object.MemberEnd()) {
        if (!it->value.IsObject())
            it->value.SetObject();
        return it->value;
    }
    object.AddMember(Value(key.data(), static_cast<rapidjson::SizeType>(key.size()), alloc),
                     Value(rapidjson::kObjectType), alloc);
    return (object.MemberEnd() - 1)->value;
}

void setMember(Value &object, std::string_view key, Value value, Allocator &alloc)
{
    auto it = object.FindMember(keyRef(key));
    if (it != object.MemberEnd()) {
        it->value = value;
        return;
    }
    object.AddMember(Value(key.data(), static_cast<rapidjson::SizeType>(key.size()), alloc), value, alloc);
}

void setString(Value &object, std::string_view key, std::string_view value, Allocator &alloc)
{
    setMember(object, key, Value(value.data(), static_cast<rapidjson::SizeType>(value.size()), alloc), alloc);
}

void mergePatch(Value &target, const Value &patch, Allocator &alloc)
{
    if (!patch.IsObject()) {
        target.CopyFrom(patch, alloc);
        return;
    }
    if (!target.IsObject())
        target.SetObject();
    for (auto it = patch.MemberBegin(); it != patch.MemberEnd(); ++it) {
        if (it->value.IsNull()) {
            target.RemoveMember(it->name);
            continue;
        }
        auto existing = target.FindMember(it->name);
        if (existing == target.MemberEnd()) {
            Value name(it->name, alloc);
            Value value(rapidjson::kNullType);
            mergePatch(value, it->value, alloc);
            target.AddMember(name, value, alloc);
        } else {
            mergePatch(existing->value, it->value, alloc);
        }
    }
}

} // namespace kedascope::k8s::json
