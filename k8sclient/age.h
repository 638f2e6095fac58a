// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace kedascope::k8s {

// RFC 3339 timestamps as the API server writes them ("2026-11-22T11:52:32Z", fractions and offsets allowed).
std::optional<std::chrono::system_clock::time_point> parseTimestamp(const std::string &text);
std::string formatTimestamp(std::chrono::system_clock::time_point time);
// kubectl's short age: "45s", "3m12s", "3m", "2h5m", "2d3h", "12d", "2y40d".
std::string formatAge(std::chrono::system_clock::duration age);

} // namespace kedascope::k8s
