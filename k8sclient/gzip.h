// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kedascope::k8s {

// Inflates a gzip (or zlib) body; nullopt when it is not valid compressed data.
std::optional<std::string> gunzip(std::string_view compressed);

} // namespace kedascope::k8s
