// SPDX-License-Identifier: Apache-2.0
#pragma once

// The project's JSON DOM is RapidJSON (editable, with a writer); simdjson is used
// where large bodies are only read (see listdecoder.h).
#ifndef RAPIDJSON_HAS_STDSTRING
#define RAPIDJSON_HAS_STDSTRING 1
#endif
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <optional>
#include <string>
#include <string_view>

namespace kedascope::k8s::json {

using Value = rapidjson::Value;
using Document = rapidjson::Document;
using Allocator = rapidjson::Document::AllocatorType;

// Parses `text`; on failure returns nullopt and sets `error` to "offset N: reason".
std::optional<Document> parse(std::string_view text, std::string *error = nullptr);
std::string serialize(const Value &value);
std::string serializePretty(const Value &value);
// `text` as a JSON string literal, quotes included.
std::string quoted(std::string_view text);

// Member lookup through a dotted path ("metadata.name"); nullptr when any step is missing.
const Value *find(const Value &root, std::string_view dottedPath);
Value *find(Value &root, std::string_view dottedPath);
std::string stringAt(const Value &root, std::string_view dottedPath, std::string fallback = {});
std::optional<long long> intAt(const Value &root, std::string_view dottedPath);

// Returns the member `key` of `object`, creating it (as an empty object) if needed.
Value &ensureObject(Value &object, std::string_view key, Allocator &alloc);
void setString(Value &object, std::string_view key, std::string_view value, Allocator &alloc);
void setMember(Value &object, std::string_view key, Value value, Allocator &alloc);

// RFC 7386 JSON merge patch applied in place.
void mergePatch(Value &target, const Value &patch, Allocator &alloc);

} // namespace kedascope::k8s::json
