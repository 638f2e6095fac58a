// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/resourcetype.h"

#include <ostream>
#include <string>
#include <vector>

namespace kedascope::ctl {

enum class OutputFormat { Table, Name, Json, Yaml };

// Prints objects (each one's JSON text) the way kubectl prints them: a table with the CRD's
// printer columns (and NAMESPACE when listing all namespaces), `kind.group/name`, or the whole
// objects as JSON / YAML (a v1 List when there are several).
void printObjects(std::ostream &out, const k8s::ResourceType &type, const std::vector<std::string> &objects,
                  OutputFormat format, bool allNamespaces, bool single);

} // namespace kedascope::ctl
