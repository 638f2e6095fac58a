// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kedascope::sim {
class SimServer;
}

namespace kedascope::test {

struct HttpResult
{
    int status = 0;
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;
    std::string error; // transport error, empty when a response was read completely
    bool ok() const { return error.empty(); }
    std::string header(const std::string &name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

// The credentials a sim's kubeconfig hands out, read from SimServer::kubeconfigYaml().
struct SimCredentials
{
    std::string caPem;
    std::string clientCertificatePem;
    std::string clientKeyPem;
    std::string adminToken;
    std::string viewerToken;
    static SimCredentials fromKubeconfig(const std::string &yaml);
};

// A plain HTTPS client (Boost.Beast over OpenSSL) for talking to the sim the way any client would.
class SimClient
{
public:
    enum class Auth { ClientCertificate, AdminToken, ViewerToken, UnknownToken, None };
    SimClient(sim::SimServer &server, Auth auth = Auth::ClientCertificate);
    // With credentials of the caller's choosing (a foreign CA, another client certificate).
    SimClient(int port, SimCredentials credentials, Auth auth);

    HttpResult request(const std::string &method, const std::string &target, const std::string &body = {},
                       const std::string &contentType = {},
                       const std::map<std::string, std::string> &headers = {}) const;
    HttpResult get(const std::string &target, const std::map<std::string, std::string> &headers = {}) const
    {
        return request("GET", target, {}, {}, headers);
    }

    // Several GETs over one keep-alive connection; stops at the first transport error.
    std::vector<HttpResult> getOnOneConnection(const std::vector<std::string> &targets) const;

    // A watch stream read line by line on a thread of its own.
    class Stream
    {
    public:
        virtual ~Stream() = default;
        virtual int status() const = 0;
        // The next line, or nullopt when none arrived within `timeout` or the stream ended.
        virtual std::optional<std::string> nextLine(std::chrono::milliseconds timeout) = 0;
        // True once the server ended the stream (cleanly or not).
        virtual bool ended(std::chrono::milliseconds timeout) = 0;
        virtual bool endedCleanly() const = 0;
    };
    std::unique_ptr<Stream> stream(const std::string &target,
                                   const std::map<std::string, std::string> &headers = {}) const;

    const SimCredentials &credentials() const { return m_credentials; }

private:
    int m_port;
    Auth m_auth;
    SimCredentials m_credentials;
};

// JSON helpers for assertions.
k8s::json::Document parseJson(const std::string &text);
std::string stringAt(const k8s::json::Value &root, const std::string &dottedPath);
long long intAt(const k8s::json::Value &root, const std::string &dottedPath, long long fallback = -1);
std::string gunzip(const std::string &data);

// A valid ScaledObject (cron trigger) as JSON; `extraSpec` is appended inside spec (",\"k\":v").
std::string scaledObjectJson(const std::string &ns, const std::string &name, int minReplicas = 1,
                             int maxReplicas = 5, const std::string &extraSpec = {});
// Collection and item paths of namespaced ScaledObjects.
std::string scaledObjectsPath(const std::string &ns);
std::string scaledObjectPath(const std::string &ns, const std::string &name);

} // namespace kedascope::test
