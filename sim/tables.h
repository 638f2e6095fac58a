// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/apiresources.h"
#include "sim/objectstore.h"

#include <string>
#include <vector>

namespace kedascope::sim {

// True when the Accept header asks for a meta.k8s.io Table (kubectl get).
bool acceptsTable(const std::string &accept);

struct TableListInfo
{
    std::string resourceVersion;
    std::string continueToken;
    std::size_t remainingItemCount = 0;
};

// A meta.k8s.io/v1 Table of `records`: the CRD's printer columns for KEDA kinds (after Name),
// kubectl's usual columns for built-in kinds; each row carries its PartialObjectMetadata.
std::string tableJson(const ApiResource &resource, const std::vector<Record> &records,
                      const TableListInfo &info, bool withColumns = true);

} // namespace kedascope::sim
