// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/credentials.h"

#include "k8sclient/base64.h"
#include "k8sclient/execplugin.h"
#include "k8sclient/filetext.h"

#include <algorithm>
#include <mutex>

namespace kedascope::k8s {

namespace {

using SystemClock = std::chrono::system_clock;

// Exec results are fetched anew this long before they expire (less for short-lived ones).
constexpr std::chrono::seconds kRefreshAhead{10};

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

class ConfiguredCredentialProvider final : public CredentialProvider
{
public:
    explicit ConfiguredCredentialProvider(ConnectionConfig config) : m_config(std::move(config)) {}

    Result<Credentials> current() override
    {
        std::lock_guard lock(m_mutex);
        Credentials credentials;
        credentials.clientCertPem = m_config.clientCertPem;
        credentials.clientKeyPem = m_config.clientKeyPem;

        // An Authorization header from the kubeconfig wins over an exec plugin, as in client-go.
        if (!m_config.tokenFile.empty()) {
            auto token = tokenFromFile();
            if (!token)
                return token.error();
            credentials.authorizationHeader = "Bearer " + *token;
        } else if (!m_config.token.empty()) {
            credentials.authorizationHeader = "Bearer " + m_config.token;
        } else if (!m_config.username.empty() || !m_config.password.empty()) {
            credentials.authorizationHeader =
                "Basic " + base64::encode(m_config.username + ":" + m_config.password);
        } else if (m_config.exec) {
            auto fetched = execCredential();
            if (!fetched)
                return fetched.error();
            const ExecCredential &exec = *fetched;
            if (!exec.token.empty())
                credentials.authorizationHeader = "Bearer " + exec.token;
            if (!exec.clientCertPem.empty()) {
                credentials.clientCertPem = exec.clientCertPem;
                credentials.clientKeyPem = exec.clientKeyPem;
            }
            credentials.expiry = exec.expiry;
        }
        return credentials;
    }

    void invalidate() override
    {
        std::lock_guard lock(m_mutex);
        m_fileToken.reset();
        m_fileStamp.reset();
        m_exec.reset();
    }

private:
    Result<std::string> tokenFromFile()
    {
        const std::string &path = m_config.tokenFile;
        const auto stamp = files::stamp(path);
        if (m_fileToken && stamp && stamp == m_fileStamp)
            return *m_fileToken;
        auto text = files::readText(path);
        if (!text) {
            // As client-go: a token that was read before stays in use while the file cannot be read.
            if (m_fileToken)
                return *m_fileToken;
            return Error::make(Error::Kind::Auth,
                               "user " + quotedName() + ": tokenFile: " + text.error().message);
        }
        std::string token = trimmed(*text);
        if (token.empty())
            return Error::make(Error::Kind::Auth,
                               "user " + quotedName() + ": tokenFile \"" + path + "\" holds no token");
        m_fileToken = token;
        m_fileStamp = stamp;
        return token;
    }

    Result<ExecCredential> execCredential()
    {
        const auto now = SystemClock::now();
        if (m_exec && (!m_exec->expiry || now < m_refreshAt))
            return *m_exec;
        auto fetched = exec::run(m_config);
        if (!fetched)
            return fetched.error();
        m_exec = *fetched;
        if (m_exec->expiry) {
            const auto lifetime = *m_exec->expiry - now;
            const auto ahead = std::min<SystemClock::duration>(
                kRefreshAhead, std::max<SystemClock::duration>(lifetime / 4, {}));
            m_refreshAt = *m_exec->expiry - ahead;
        }
        return *m_exec;
    }

    std::string quotedName() const { return "\"" + m_config.userName + "\""; }

    const ConnectionConfig m_config;
    std::mutex m_mutex;
    std::optional<std::string> m_fileToken;
    std::optional<files::Stamp> m_fileStamp;
    std::optional<ExecCredential> m_exec;
    SystemClock::time_point m_refreshAt;
};

} // namespace

std::shared_ptr<CredentialProvider> CredentialProvider::create(const ConnectionConfig &config)
{
    return std::make_shared<ConfiguredCredentialProvider>(config);
}

} // namespace kedascope::k8s
