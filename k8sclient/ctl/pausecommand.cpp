// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include <iostream>

namespace kedascope::ctl {

int pauseCommand(const GlobalOptions &, const std::vector<std::string> &)
{
    std::cerr << "error: pause is not available yet\n";
    return 1;
}

int resumeCommand(const GlobalOptions &, const std::vector<std::string> &)
{
    std::cerr << "error: resume is not available yet\n";
    return 1;
}

} // namespace kedascope::ctl
