// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/crdschema.h"
#include "k8sclient/schemanode.h"

#include <string>
#include <vector>

namespace kedascope::k8s::schema {

// Validates `value` against `node` the way apiextensions-apiserver does for a custom resource:
// the OpenAPI checks first, then the x-kubernetes-validations rules when no type error blocks them.
// `path` names `value` in field paths ("spec"). With `strict`, fields the schema does not know
// are reported as FieldUnknown.
void validateValue(const Node &node, const json::Value &value, const std::string &path, bool strict,
                   std::vector<FieldError> &errors);

// Removes the fields `node` does not know and the nulls of non-nullable fields, as the API
// server's pruning does; subtrees with x-kubernetes-preserve-unknown-fields keep theirs.
void pruneValue(const Node &node, json::Value &value);

} // namespace kedascope::k8s::schema
