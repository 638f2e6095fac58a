// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace kedascope::sim {

// gzip (RFC 1952) of `data` with zlib.
std::string gzipCompress(const std::string &data);

} // namespace kedascope::sim
