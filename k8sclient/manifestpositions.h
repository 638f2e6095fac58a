// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/manifestfile.h"

#include <map>
#include <string>
#include <string_view>

namespace kedascope::k8s {

// Field paths of a YAML text ("spec.triggers[0].metadata.queueName"; keys with '.', '/' or '[' as
// "[key]") with where their keys (list items: the item) and scalar values are written; `firstLine` is the file line the text starts at.
// Texts that do not parse give nothing.
void collectFieldPositions(const std::string &yaml, int firstLine, std::map<std::string, TextPosition> &keys,
                           std::map<std::string, TextPosition> &values);

// A path in the form collectFieldPositions() uses, from the API server's or kubectl's wording
// (leading '.', "[key]" for plain keys).
std::string canonicalFieldPath(std::string_view path);
// The path without its last step ("spec.triggers[0].type" -> "spec.triggers[0]" -> "spec.triggers");
// empty at the top.
std::string parentFieldPath(std::string_view path);
// `key` appended to `parent` as a map step.
std::string childFieldPath(const std::string &parent, std::string_view key);

} // namespace kedascope::k8s
