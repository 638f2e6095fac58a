// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kedascope::k8s::files {

// The whole file; the error (Kind::Config) names the path and the system's reason.
Result<std::string> readText(const std::string &path);

enum class Presence { Exists, Missing, Unreadable };
Presence presence(const std::string &path);

// What changes when a file is rewritten or replaced: compared to tell whether to read it again.
struct Stamp
{
    std::int64_t mtimeNs = 0;
    std::int64_t size = -1;
    std::uint64_t inode = 0;
    bool operator==(const Stamp &other) const
    {
        return mtimeNs == other.mtimeNs && size == other.size && inode == other.inode;
    }
    bool operator!=(const Stamp &other) const { return !(*this == other); }
};
std::optional<Stamp> stamp(const std::string &path);

// `path` made absolute against the working directory, with "." and ".." folded.
std::string absolute(const std::string &path);
// The folder holding `file` (absolute).
std::string folderOf(const std::string &file);
// `path` unchanged when absolute or empty, else joined to `folder`.
std::string resolveAgainst(const std::string &folder, const std::string &path);

} // namespace kedascope::k8s::files
