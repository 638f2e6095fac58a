// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/filetext.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

namespace kedascope::k8s::files {

namespace fs = std::filesystem;

Result<std::string> readText(const std::string &path)
{
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int error = errno;
        return Error::make(Error::Kind::Config, "cannot read \"" + path + "\": " +
                                                    (error ? std::strerror(error) : "cannot open the file"));
    }
    struct stat info
    {
    };
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
        return Error::make(Error::Kind::Config, "cannot read \"" + path + "\": it is a directory");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        return Error::make(Error::Kind::Config, "cannot read \"" + path + "\": read error");
    return text.str();
}

Presence presence(const std::string &path)
{
    struct stat info
    {
    };
    if (::stat(path.c_str(), &info) == 0)
        return Presence::Exists;
    return errno == ENOENT || errno == ENOTDIR ? Presence::Missing : Presence::Unreadable;
}

std::optional<Stamp> stamp(const std::string &path)
{
    struct stat info
    {
    };
    if (::stat(path.c_str(), &info) != 0)
        return std::nullopt;
    Stamp result;
    result.mtimeNs = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    result.size = static_cast<std::int64_t>(info.st_size);
    result.inode = static_cast<std::uint64_t>(info.st_ino);
    return result;
}

std::string absolute(const std::string &path)
{
    if (path.empty())
        return path;
    std::error_code error;
    fs::path result = fs::absolute(fs::path(path), error);
    if (error)
        result = fs::path(path);
    return result.lexically_normal().string();
}

std::string folderOf(const std::string &file)
{
    return fs::path(absolute(file)).parent_path().string();
}

std::string resolveAgainst(const std::string &folder, const std::string &path)
{
    if (path.empty() || fs::path(path).is_absolute())
        return path;
    return (fs::path(folder) / path).lexically_normal().string();
}

} // namespace kedascope::k8s::files
