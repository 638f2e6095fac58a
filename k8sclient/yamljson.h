// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"

#include <string>
#include <vector>

namespace kedascope::k8s {

// YAML (one or many documents) to JSON documents, with YAML 1.2 core-schema typing of plain
// scalars (quoted scalars stay strings). Errors: "<source>:<line>:<column>: <reason>".
Result<std::vector<json::Document>> yamlToJson(const std::string &yaml, const std::string &sourceName = {});
// JSON to block YAML that reads back to the same JSON: every string that would read back as
// another type ("0", "true", "on", "1.5", "0755", "8080", "", "null", ...) is quoted.
std::string jsonToYaml(const json::Value &value);

} // namespace kedascope::k8s
