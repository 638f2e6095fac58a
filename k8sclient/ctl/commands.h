// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace kedascope::ctl {

// The flags every command shares, given before the command's name.
struct GlobalOptions
{
    std::string kubeconfig;
    std::string context;
};

// Each takes the words after its name and returns the process's exit code.
int pauseCommand(const GlobalOptions &global, const std::vector<std::string> &args);  // pausecommand.cpp
int resumeCommand(const GlobalOptions &global, const std::vector<std::string> &args); // pausecommand.cpp
int applyCommand(const GlobalOptions &global, const std::vector<std::string> &args);  // applycommand.cpp

} // namespace kedascope::ctl
