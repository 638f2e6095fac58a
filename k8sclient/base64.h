// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kedascope::k8s::base64 {

// Standard alphabet with '=' padding (RFC 4648 §4), as Go's base64.StdEncoding writes it.
std::string encode(std::string_view bytes);
// Strict standard-alphabet decoding; line breaks (\r, \n) are skipped as Go skips them.
// nullopt when the text is not valid base64.
std::optional<std::string> decode(std::string_view text);

} // namespace kedascope::k8s::base64
