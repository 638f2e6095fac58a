// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <string>
#include <vector>

namespace kedascope::k8s {

// The values a kubectl-style JSONPath selects (the subset evaluateJsonPath() documents, plus
// "{...}" braces, ['quoted'] names, negative indices and != / numeric / existence filters).
// Empty when nothing matches or the expression is not understood.
std::vector<const json::Value *> findJsonPathValues(const json::Value &root, const std::string &path);

// One selected value as kubectl prints it in a column: strings bare, numbers and booleans as JSON,
// objects and arrays as compact JSON, null as empty.
std::string jsonPathValueText(const json::Value &value);

} // namespace kedascope::k8s
