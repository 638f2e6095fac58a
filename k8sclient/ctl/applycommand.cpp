// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include <iostream>

namespace kedascope::ctl {

int applyCommand(const GlobalOptions &, const std::vector<std::string> &)
{
    std::cerr << "error: apply is not available yet\n";
    return 1;
}

} // namespace kedascope::ctl
