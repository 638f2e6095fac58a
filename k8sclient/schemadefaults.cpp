// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/schemadefaults.h"

namespace kedascope::k8s::schema {

void applyDefaultValues(const Node &node, json::Value &value, json::Allocator &alloc)
{
    if (value.IsArray()) {
        if (node.items) {
            for (auto &item : value.GetArray())
                applyDefaultValues(*node.items, item, alloc);
        }
        return;
    }
    if (!value.IsObject())
        return;
    for (const auto &[name, property] : node.properties) {
        if (!property->defaultValue)
            continue;
        auto it = value.FindMember(json::Value(rapidjson::StringRef(name.data(), name.size())));
        if (it == value.MemberEnd())
            value.AddMember(json::Value(name, alloc), json::Value(*property->defaultValue, alloc), alloc);
        else if (it->value.IsNull() && !property->nullable)
            it->value.CopyFrom(*property->defaultValue, alloc);
    }
    for (auto &member : value.GetObject()) {
        const Node *child =
            node.property(std::string_view(member.name.GetString(), member.name.GetStringLength()));
        if (!child)
            child = node.additionalProperties.get();
        if (child)
            applyDefaultValues(*child, member.value, alloc);
    }
}

} // namespace kedascope::k8s::schema
