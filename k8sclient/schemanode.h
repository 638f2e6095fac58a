// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/schemacel.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

namespace kedascope::k8s::schema {

struct CelRule
{
    std::string rule;
    std::string message;
    std::shared_ptr<const CelProgram> program; // nullptr: a rule this evaluator does not understand
};

// One node of a structural OpenAPI v3 schema, compiled from the CRD's JSON for fast walking.
// Value pointers (enum, default) point into the CRD document, which must outlive the node.
struct Node
{
    std::string type; // empty with x-kubernetes-int-or-string or preserve-unknown-fields
    std::string format;
    bool nullable = false;
    bool intOrString = false;
    bool preserveUnknownFields = false;
    std::map<std::string, std::unique_ptr<Node>, std::less<>> properties;
    std::unique_ptr<Node> additionalProperties; // a schema for every value of a map
    std::unique_ptr<Node> items;
    std::vector<std::string> required;
    std::vector<const json::Value *> enumValues;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<long long> minLength;
    std::optional<long long> maxLength;
    std::optional<long long> minItems;
    std::optional<long long> maxItems;
    std::string pattern;
    std::shared_ptr<const std::regex> patternRegex;
    std::vector<std::unique_ptr<Node>> anyOf;
    std::vector<CelRule> rules;
    std::string listType; // atomic, set, map
    std::vector<std::string> listMapKeys;
    const json::Value *defaultValue = nullptr;
    bool subtreeHasRules = false; // this node or one below has x-kubernetes-validations

    const Node *property(std::string_view name) const;
    // True when the node says what its object's fields are (properties or additionalProperties).
    bool knowsFields() const { return !properties.empty() || additionalProperties != nullptr; }
};

std::unique_ptr<Node> compile(const json::Value &openApiV3Schema);

} // namespace kedascope::k8s::schema
