// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/schemanode.h"

namespace kedascope::k8s::schema {

// Structural-schema defaulting as the API server does it after pruning: a missing field (or a
// null one that is not nullable) whose schema has a `default` gets a copy of it, in every object
// the value holds (array items and map values included).
void applyDefaultValues(const Node &node, json::Value &value, json::Allocator &alloc);

} // namespace kedascope::k8s::schema
