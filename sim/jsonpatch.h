// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"

namespace kedascope::sim {

namespace json = k8s::json;

// RFC 6902 JSON Patch (add, remove, replace, move, copy, test) applied in place; a failed
// `test` or a missing path is an error (422 from the server), a malformed patch 400.
k8s::Status applyJsonPatch(json::Value &target, const json::Value &patch, json::Allocator &alloc);

} // namespace kedascope::sim
