// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/schemanode.h"

#include <mutex>

namespace kedascope::k8s::schema {

namespace {

std::string stringMember(const json::Value &object, const char *name)
{
    auto it = object.FindMember(name);
    return it != object.MemberEnd() && it->value.IsString()
               ? std::string(it->value.GetString(), it->value.GetStringLength())
               : std::string();
}

bool boolMember(const json::Value &object, const char *name)
{
    auto it = object.FindMember(name);
    return it != object.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

std::optional<double> numberMember(const json::Value &object, const char *name)
{
    auto it = object.FindMember(name);
    if (it == object.MemberEnd() || !it->value.IsNumber())
        return std::nullopt;
    return it->value.GetDouble();
}

std::optional<long long> countMember(const json::Value &object, const char *name)
{
    auto it = object.FindMember(name);
    if (it == object.MemberEnd() || !it->value.IsInt64())
        return std::nullopt;
    return it->value.GetInt64();
}

std::vector<std::string> stringList(const json::Value &object, const char *name)
{
    std::vector<std::string> out;
    auto it = object.FindMember(name);
    if (it == object.MemberEnd() || !it->value.IsArray())
        return out;
    for (const auto &item : it->value.GetArray()) {
        if (item.IsString())
            out.emplace_back(item.GetString(), item.GetStringLength());
    }
    return out;
}

// The CRDs repeat the same few patterns many times; compile each once.
std::shared_ptr<const std::regex> sharedRegex(const std::string &pattern)
{
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const std::regex>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto &slot = cache[pattern];
    if (!slot) {
        try {
            slot = std::make_shared<const std::regex>(pattern, std::regex::ECMAScript | std::regex::optimize);
        } catch (const std::regex_error &) {
            return nullptr; // a pattern std::regex cannot read is not enforced
        }
    }
    return slot;
}

bool hasRulesBelow(const Node &node)
{
    for (const auto &property : node.properties) {
        if (property.second->subtreeHasRules)
            return true;
    }
    for (const auto &branch : node.anyOf) {
        if (branch->subtreeHasRules)
            return true;
    }
    return (node.items && node.items->subtreeHasRules) ||
           (node.additionalProperties && node.additionalProperties->subtreeHasRules);
}

} // namespace

const Node *Node::property(std::string_view name) const
{
    auto it = properties.find(name);
    return it == properties.end() ? nullptr : it->second.get();
}

std::unique_ptr<Node> compile(const json::Value &schema)
{
    auto node = std::make_unique<Node>();
    if (!schema.IsObject())
        return node;
    node->type = stringMember(schema, "type");
    node->format = stringMember(schema, "format");
    node->nullable = boolMember(schema, "nullable");
    node->intOrString = boolMember(schema, "x-kubernetes-int-or-string");
    node->preserveUnknownFields = boolMember(schema, "x-kubernetes-preserve-unknown-fields");
    node->required = stringList(schema, "required");
    node->minimum = numberMember(schema, "minimum");
    node->maximum = numberMember(schema, "maximum");
    node->exclusiveMinimum = boolMember(schema, "exclusiveMinimum");
    node->exclusiveMaximum = boolMember(schema, "exclusiveMaximum");
    node->minLength = countMember(schema, "minLength");
    node->maxLength = countMember(schema, "maxLength");
    node->minItems = countMember(schema, "minItems");
    node->maxItems = countMember(schema, "maxItems");
    node->pattern = stringMember(schema, "pattern");
    if (!node->pattern.empty())
        node->patternRegex = sharedRegex(node->pattern);
    node->listType = stringMember(schema, "x-kubernetes-list-type");
    node->listMapKeys = stringList(schema, "x-kubernetes-list-map-keys");

    if (auto it = schema.FindMember("properties"); it != schema.MemberEnd() && it->value.IsObject()) {
        for (const auto &member : it->value.GetObject())
            node->properties.emplace(std::string(member.name.GetString(), member.name.GetStringLength()),
                                     compile(member.value));
    }
    if (auto it = schema.FindMember("additionalProperties"); it != schema.MemberEnd() && it->value.IsObject())
        node->additionalProperties = compile(it->value);
    if (auto it = schema.FindMember("items"); it != schema.MemberEnd() && it->value.IsObject())
        node->items = compile(it->value);
    if (auto it = schema.FindMember("enum"); it != schema.MemberEnd() && it->value.IsArray()) {
        for (const auto &value : it->value.GetArray())
            node->enumValues.push_back(&value);
    }
    if (auto it = schema.FindMember("anyOf"); it != schema.MemberEnd() && it->value.IsArray()) {
        for (const auto &branch : it->value.GetArray())
            node->anyOf.push_back(compile(branch));
    }
    if (auto it = schema.FindMember("default"); it != schema.MemberEnd())
        node->defaultValue = &it->value;
    if (auto it = schema.FindMember("x-kubernetes-validations");
        it != schema.MemberEnd() && it->value.IsArray()) {
        for (const auto &rule : it->value.GetArray()) {
            if (rule.IsObject()) {
                const std::string text = stringMember(rule, "rule");
                node->rules.push_back({text, stringMember(rule, "message"), CelProgram::compile(text)});
            }
        }
    }
    node->subtreeHasRules = !node->rules.empty() || hasRulesBelow(*node);
    return node;
}

} // namespace kedascope::k8s::schema
