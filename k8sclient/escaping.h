// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace kedascope::k8s {

// `text` with '"' and '\' backslash-escaped, \n \t \r as such and other ASCII controls as \xNN
// (the common ground of Go's %q and YAML double-quoted scalars), without surrounding quotes.
std::string backslashEscaped(std::string_view text);

} // namespace kedascope::k8s
