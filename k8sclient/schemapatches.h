// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"

#include <string_view>

namespace kedascope::k8s::schema {

// Applies one JSON Patch (RFC 6902) operation: add (with "-" to append), remove or replace.
Status applyJsonPatchOperation(json::Value &root, std::string_view op, std::string_view pointer,
                               const json::Value *value, json::Allocator &alloc);

// Applies to a CRD (as JSON) the patches KEDA's release manifests apply on top of
// config/crd/bases (resources/crds/patches). `crdFile`: "keda.sh_scaledjobs.yaml".
Status applyReleasePatches(std::string_view crdFile, json::Document &crd);

} // namespace kedascope::k8s::schema
