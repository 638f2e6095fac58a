// SPDX-License-Identifier: Apache-2.0
#include "sim/statedirectory.h"

#include "k8sclient/filetext.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <utility>
#include <vector>

namespace kedascope::sim {

namespace fs = std::filesystem;

namespace {

// Each file of an identity and where it goes; keys and tokens are secrets.
struct IdentityFile
{
    const char *name;
    std::string *text;
    bool secret;
};

std::vector<IdentityFile> filesOf(SimIdentity &identity)
{
    auto &c = identity.certificates;
    return {{"ca.crt", &c.ca.certificatePem, false},       {"ca.key", &c.ca.keyPem, true},
            {"server.crt", &c.server.certificatePem, false}, {"server.key", &c.server.keyPem, true},
            {"admin.crt", &c.admin.certificatePem, false},   {"admin.key", &c.admin.keyPem, true},
            {"admin.token", &identity.adminToken, true},     {"viewer.token", &identity.viewerToken, true}};
}

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

k8s::Error stateError(const std::string &message)
{
    return k8s::Error::make(k8s::Error::Kind::Config, message);
}

} // namespace

std::string StateDirectory::filePath(const std::string &name) const
{
    return (fs::path(m_path) / name).string();
}

k8s::Result<SimIdentity> StateDirectory::loadOrCreate(const SimIdentity &fresh) const
{
    SimIdentity identity;
    std::vector<std::string> missing;
    std::size_t present = 0;
    for (const auto &file : filesOf(identity)) {
        std::error_code error;
        if (!fs::exists(filePath(file.name), error)) {
            missing.emplace_back(file.name);
            continue;
        }
        auto text = k8s::files::readText(filePath(file.name));
        if (!text)
            return stateError("kedascope-sim: cannot read the state directory: " + text.error().message);
        const bool token = fs::path(file.name).extension() == ".token";
        *file.text = token ? trimmed(text.value()) : text.value();
        ++present;
    }
    if (present == 0) {
        if (auto saved = save(fresh); !saved)
            return saved.error();
        return fresh;
    }
    if (!missing.empty())
        return stateError("kedascope-sim: the state directory " + m_path + " is incomplete (no " + missing.front() +
                          "); remove it or give another --state-dir");
    if (identity.adminToken.empty() || identity.viewerToken.empty())
        return stateError("kedascope-sim: the state directory " + m_path + " holds an empty token");
    if (const std::string problem = identity.certificates.problem(); !problem.empty())
        return stateError("kedascope-sim: the state directory " + m_path + " holds unusable certificates (" +
                          problem + "); remove it or give another --state-dir");
    return identity;
}

k8s::Status StateDirectory::save(const SimIdentity &identity) const
{
    std::error_code error;
    fs::create_directories(m_path, error);
    if (error)
        return stateError("kedascope-sim: cannot create the state directory " + m_path + ": " + error.message());
    fs::permissions(m_path, fs::perms::owner_all, error);
    SimIdentity copy = identity;
    for (const auto &file : filesOf(copy))
        if (auto written = writeFile(file.name, *file.text, file.secret); !written)
            return written;
    return k8s::success();
}

k8s::Status StateDirectory::saveTokens(const std::string &adminToken, const std::string &viewerToken) const
{
    if (auto written = writeFile("admin.token", adminToken, true); !written)
        return written;
    return writeFile("viewer.token", viewerToken, true);
}

unsigned long long StateDirectory::lastResourceVersion() const
{
    auto text = k8s::files::readText(filePath("resource-version"));
    if (!text)
        return 0;
    try {
        return std::stoull(trimmed(text.value()));
    } catch (...) {
        return 0;
    }
}

k8s::Status StateDirectory::saveResourceVersion(unsigned long long version) const
{
    return writeFile("resource-version", std::to_string(version) + "\n", false);
}

// Written to a temporary file created with its final mode, then renamed: a secret is never readable
// by others, not even for a moment, and a reader never sees half a file.
k8s::Status StateDirectory::writeFile(const std::string &name, const std::string &text, bool secret) const
{
    const std::string path = filePath(name);
    const std::string temp = path + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, secret ? 0600 : 0644);
    if (fd < 0)
        return stateError("kedascope-sim: cannot write " + temp);
    ::fchmod(fd, secret ? 0600 : 0644);
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n <= 0)
            break;
        written += std::size_t(n);
    }
    const bool complete = written == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!complete || std::rename(temp.c_str(), path.c_str()) != 0) {
        std::remove(temp.c_str());
        return stateError("kedascope-sim: cannot write " + path);
    }
    return k8s::success();
}

} // namespace kedascope::sim
