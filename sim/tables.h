// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/apiresources.h"
#include "sim/objectstore.h"

#include <string>
#include <vector>

namespace kedascope::sim {

// True when the Accept header asks for a meta.k8s.io Table (kubectl get).
bool acceptsTable(const std::string &accept);

// What each row's `object` carries, per the request's includeObject parameter.
enum class TableRowObject { None, Metadata, Object };
// "None", "Object"; anything else (and empty) is Metadata, the default.
TableRowObject tableRowObjectOf(const std::string &includeObject);

struct TableListInfo
{
    std::string resourceVersion;
    std::string continueToken;
    std::size_t remainingItemCount = 0;
    TableRowObject rowObject = TableRowObject::Metadata;
};

// A meta.k8s.io/v1 Table of `records`: the CRD's printer columns for KEDA kinds (after Name),
// kubectl's usual columns for built-in kinds; each row carries its PartialObjectMetadata, or the
// whole object, or nothing, per `info.rowObject`.
std::string tableJson(const ApiResource &resource, const std::vector<Record> &records,
                      const TableListInfo &info, bool withColumns = true);

} // namespace kedascope::sim
