// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/pauseplan.h"
#include "k8sclient/resourcetype.h"

#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace kedascope::ctl {

enum class OutputFormat { Table, Name, Json, Yaml };

// Prints objects (each one's JSON text) the way kubectl prints them: a table with the CRD's
// printer columns (and NAMESPACE when listing all namespaces), `kind.group/name`, or the whole
// objects as JSON / YAML (a v1 List when there are several).
void printObjects(std::ostream &out, const k8s::ResourceType &type, const std::vector<std::string> &objects,
                  OutputFormat format, bool allNamespaces, bool single);

// Paused objects (each one's JSON text and what its pause is): NAME, MODE, SINCE (the Paused
// condition's age), UNTIL (the planned end and what is left) and BY (kedascope, or other when the
// annotations were set outside Kedascope).
void printPausedTable(std::ostream &out, const k8s::ResourceType &type,
                      const std::vector<std::pair<std::string, k8s::pause::PauseState>> &paused,
                      bool allNamespaces);

} // namespace kedascope::ctl
