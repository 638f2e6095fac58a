// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/crdschema.h"
#include "k8sclient/json.h"

#include <vector>

namespace kedascope::k8s::schema {

// The API server's ObjectMeta checks for a custom resource: name or generateName (a DNS-1123
// subdomain), namespace (a DNS-1123 label), labels and annotations (string maps, valid label
// keys and values), and, when strict, no fields ObjectMeta does not have.
void validateObjectMeta(const json::Value *metadata, bool strict, std::vector<FieldError> &errors);
// Drops fields ObjectMeta does not have.
void pruneObjectMeta(json::Value &metadata);

bool isDns1123Subdomain(std::string_view name);
bool isDns1123Label(std::string_view name);

} // namespace kedascope::k8s::schema
