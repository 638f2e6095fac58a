// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"

#include <set>
#include <string>
#include <vector>

namespace kedascope::sim {

namespace json = k8s::json;

// Field ownership as server-side apply tracks it, at the granularity of leaves: scalars, lists
// (atomic, as KEDA's CRDs do not declare list keys) and empty maps; labels and annotations per key.
using FieldPath = std::vector<std::string>;
using FieldSet = std::set<FieldPath>;

std::string fieldPathString(const FieldPath &path); // ".spec.maxReplicaCount"

struct ManagedFieldsEntry
{
    std::string manager;
    std::string operation; // Apply, Update
    std::string apiVersion;
    std::string time;
    std::string subresource;
    FieldSet fields;
};

std::vector<ManagedFieldsEntry> readManagedFields(const json::Value &object);
void writeManagedFields(json::Value &object, const std::vector<ManagedFieldsEntry> &entries,
                        json::Allocator &alloc);

// The owned leaves of an object as written through the main resource ("") or "status".
FieldSet ownedLeaves(const json::Value &object, const std::string &subresource);

// The fieldsV1 document of ownedLeaves(object, subresource), built directly (for seeding many objects).
json::Value fieldsV1Of(const json::Value &object, const std::string &subresource, json::Allocator &alloc);

// Server-side apply of `applied` by `manager` onto `live` (nullptr: the object is created).
// Conflicts with other managers are a 409 unless `force`. Fields the manager applied before and
// omits now are removed when nobody else owns them.
k8s::Result<json::Document> serverSideApply(const json::Value *live, const json::Value &applied,
                                            const std::string &manager, bool force,
                                            const std::string &apiVersion, const std::string &subresource);

// Records a non-apply write (create, update, patch) by `manager`: the fields it changed become its own.
void recordUpdate(const json::Value *before, json::Value &after, const std::string &manager,
                  const std::string &apiVersion, const std::string &subresource, json::Allocator &alloc);

} // namespace kedascope::sim
