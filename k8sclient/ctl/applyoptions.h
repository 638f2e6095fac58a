// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kedascope::ctl {

struct ApplyArguments
{
    std::string file;
    std::string ns;
    bool dryRun = false;
    bool diff = false;
    bool forceConflicts = false;
    bool help = false;
};

// Reads `-f FILE`, `--filename=FILE`, `--dry-run[=server]`, `--diff`, `--force-conflicts`, `-n NS`;
// returns what is wrong, if anything.
std::optional<std::string> parseApplyArguments(const std::vector<std::string> &words, ApplyArguments &args);
const char *applyUsage();

} // namespace kedascope::ctl
