// SPDX-License-Identifier: Apache-2.0
#include "simclient.h"

#include "k8sclient/base64.h"
#include "k8sclient/gzip.h"
#include "sim/simserver.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>


#include <cctype>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <sstream>
#include <thread>

namespace kedascope::test {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

namespace {

std::string valueAfter(const std::string &line, const std::string &key)
{
    const auto pos = line.find(key + ": ");
    return pos == std::string::npos ? std::string() : line.substr(pos + key.size() + 2);
}

std::string lower(std::string s)
{
    for (auto &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

struct Connection
{
    net::io_context ioc;
    ssl::context ctx{ssl::context::tls_client};
    std::unique_ptr<ssl::stream<tcp::socket>> stream;
    std::string error;

    Connection(int port, const SimCredentials &credentials, bool withCertificate)
    {
        try {
            ctx.add_certificate_authority(net::buffer(credentials.caPem));
            ctx.set_verify_mode(ssl::verify_peer);
            if (withCertificate) {
                ctx.use_certificate_chain(net::buffer(credentials.clientCertificatePem));
                ctx.use_private_key(net::buffer(credentials.clientKeyPem), ssl::context::pem);
            }
            stream = std::make_unique<ssl::stream<tcp::socket>>(ioc, ctx);
            stream->set_verify_callback(ssl::host_name_verification("127.0.0.1"));
            stream->next_layer().connect(
                tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
            stream->handshake(ssl::stream_base::client);
        } catch (const std::exception &e) {
            error = e.what();
        }
    }
};

void addAuth(http::request<http::string_body> &req, SimClient::Auth auth, const SimCredentials &credentials)
{
    switch (auth) {
    case SimClient::Auth::AdminToken:
        req.set(http::field::authorization, "Bearer " + credentials.adminToken);
        break;
    case SimClient::Auth::ViewerToken:
        req.set(http::field::authorization, "Bearer " + credentials.viewerToken);
        break;
    case SimClient::Auth::UnknownToken:
        req.set(http::field::authorization, "Bearer not-a-token-of-this-sim");
        break;
    default:
        break;
    }
}

http::request<http::string_body> buildRequest(const std::string &method, const std::string &target,
                                              const std::string &body, const std::string &contentType,
                                              const std::map<std::string, std::string> &headers)
{
    http::request<http::string_body> req{http::string_to_verb(method), target, 11};
    req.set(http::field::host, "127.0.0.1");
    req.set(http::field::user_agent, "kedascope-sim-test/1.0");
    if (!contentType.empty())
        req.set(http::field::content_type, contentType);
    for (const auto &[name, value] : headers)
        req.set(name, value);
    req.body() = body;
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH")
        req.prepare_payload();
    return req;
}

class WatchStream : public SimClient::Stream
{
public:
    WatchStream(std::unique_ptr<Connection> connection, http::request<http::string_body> req)
        : m_connection(std::move(connection))
    {
        if (!m_connection->error.empty()) {
            m_done = true;
            return;
        }
        beast::error_code ec;
        http::write(*m_connection->stream, req, ec);
        if (ec) {
            m_done = true;
            return;
        }
        m_parser.body_limit(boost::none);
        http::read_header(*m_connection->stream, m_buffer, m_parser, ec);
        if (ec) {
            m_done = true;
            return;
        }
        m_status = static_cast<int>(m_parser.get().result_int());
        m_onChunk = [this](std::uint64_t, beast::string_view data, beast::error_code &) -> std::size_t {
            std::lock_guard lock(m_mutex);
            m_partial.append(data.data(), data.size());
            std::size_t newline;
            while ((newline = m_partial.find('\n')) != std::string::npos) {
                m_lines.push_back(m_partial.substr(0, newline));
                m_partial.erase(0, newline + 1);
            }
            m_changed.notify_all();
            return data.size();
        };
        m_parser.on_chunk_body(m_onChunk);
        m_reader = std::thread([this] {
            beast::error_code readError;
            if (m_parser.chunked()) {
                http::read(*m_connection->stream, m_buffer, m_parser, readError);
            } else {
                http::read(*m_connection->stream, m_buffer, m_parser, readError);
                std::lock_guard lock(m_mutex);
                std::istringstream body(m_parser.get().body());
                for (std::string line; std::getline(body, line);)
                    m_lines.push_back(line);
            }
            std::lock_guard lock(m_mutex);
            m_clean = !readError && m_parser.is_done();
            m_done = true;
            m_changed.notify_all();
        });
    }
    ~WatchStream() override
    {
        if (m_connection && m_connection->stream) {
            beast::error_code ec;
            m_connection->stream->next_layer().shutdown(tcp::socket::shutdown_both, ec);
        }
        if (m_reader.joinable())
            m_reader.join();
    }
    int status() const override { return m_status; }
    std::optional<std::string> nextLine(std::chrono::milliseconds timeout) override
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, timeout, [this] { return !m_lines.empty() || m_done; });
        if (m_lines.empty())
            return std::nullopt;
        std::string line = m_lines.front();
        m_lines.pop_front();
        return line;
    }
    bool ended(std::chrono::milliseconds timeout) override
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, timeout, [this] { return m_done; });
    }
    bool endedCleanly() const override
    {
        std::lock_guard lock(m_mutex);
        return m_done && m_clean;
    }

private:
    std::unique_ptr<Connection> m_connection;
    beast::flat_buffer m_buffer;
    http::response_parser<http::string_body> m_parser;
    std::function<std::size_t(std::uint64_t, beast::string_view, beast::error_code &)> m_onChunk;
    std::thread m_reader;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::string> m_lines;
    std::string m_partial;
    int m_status = 0;
    bool m_done = false;
    bool m_clean = false;
};

} // namespace

SimCredentials SimCredentials::fromKubeconfig(const std::string &yaml)
{
    SimCredentials c;
    std::istringstream in(yaml);
    std::string user;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("- name: ", 0) == 0)
            user = line.substr(8);
        if (auto v = valueAfter(line, "certificate-authority-data"); !v.empty())
            c.caPem = k8s::base64::decode(v).value_or("");
        if (auto v = valueAfter(line, "client-certificate-data"); !v.empty())
            c.clientCertificatePem = k8s::base64::decode(v).value_or("");
        if (auto v = valueAfter(line, "client-key-data"); !v.empty())
            c.clientKeyPem = k8s::base64::decode(v).value_or("");
        if (auto v = valueAfter(line, "token"); !v.empty())
            (user == "sim-viewer" ? c.viewerToken : c.adminToken) = v;
    }
    return c;
}

SimClient::SimClient(sim::SimServer &server, Auth auth)
    : m_port(server.port()), m_auth(auth),
      m_credentials(SimCredentials::fromKubeconfig(server.kubeconfigYaml()))
{}

SimClient::SimClient(int port, SimCredentials credentials, Auth auth)
    : m_port(port), m_auth(auth), m_credentials(std::move(credentials))
{}

std::vector<HttpResult> SimClient::getOnOneConnection(const std::vector<std::string> &targets) const
{
    std::vector<HttpResult> results;
    Connection connection(m_port, m_credentials, m_auth == Auth::ClientCertificate);
    if (!connection.error.empty()) {
        results.push_back({0, {}, {}, connection.error});
        return results;
    }
    beast::flat_buffer buffer;
    for (const auto &target : targets) {
        HttpResult result;
        auto req = buildRequest("GET", target, {}, {}, {});
        addAuth(req, m_auth, m_credentials);
        beast::error_code ec;
        http::write(*connection.stream, req, ec);
        http::response_parser<http::string_body> parser;
        parser.body_limit(boost::none);
        if (!ec)
            http::read(*connection.stream, buffer, parser, ec);
        result.status = parser.is_header_done() ? static_cast<int>(parser.get().result_int()) : 0;
        result.body = parser.get().body();
        if (ec)
            result.error = ec.message();
        results.push_back(result);
        if (ec)
            break;
    }
    return results;
}

HttpResult SimClient::request(const std::string &method, const std::string &target, const std::string &body,
                              const std::string &contentType,
                              const std::map<std::string, std::string> &headers) const
{
    HttpResult result;
    Connection connection(m_port, m_credentials, m_auth == Auth::ClientCertificate);
    if (!connection.error.empty()) {
        result.error = connection.error;
        return result;
    }
    auto req = buildRequest(method, target, body, contentType, headers);
    addAuth(req, m_auth, m_credentials);
    beast::error_code ec;
    http::write(*connection.stream, req, ec);
    if (ec) {
        result.error = ec.message();
        return result;
    }
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(boost::none);
    http::read(*connection.stream, buffer, parser, ec);
    const auto &res = parser.get();
    result.status = parser.is_header_done() ? static_cast<int>(res.result_int()) : 0;
    for (const auto &field : res)
        result.headers[lower(std::string(field.name_string()))] = std::string(field.value());
    result.body = res.body();
    if (ec)
        result.error = ec.message();
    return result;
}

std::unique_ptr<SimClient::Stream> SimClient::stream(const std::string &target,
                                                     const std::map<std::string, std::string> &headers) const
{
    auto connection = std::make_unique<Connection>(m_port, m_credentials, m_auth == Auth::ClientCertificate);
    auto req = buildRequest("GET", target, {}, {}, headers);
    addAuth(req, m_auth, m_credentials);
    return std::make_unique<WatchStream>(std::move(connection), std::move(req));
}

k8s::json::Document parseJson(const std::string &text)
{
    auto doc = k8s::json::parse(text);
    return doc ? std::move(*doc) : k8s::json::Document(rapidjson::kNullType);
}

std::string stringAt(const k8s::json::Value &root, const std::string &dottedPath)
{
    return k8s::json::stringAt(root, dottedPath);
}

long long intAt(const k8s::json::Value &root, const std::string &dottedPath, long long fallback)
{
    return k8s::json::intAt(root, dottedPath).value_or(fallback);
}

std::string gunzip(const std::string &data)
{
    return k8s::gunzip(data).value_or(std::string());
}

std::string scaledObjectJson(const std::string &ns, const std::string &name, int minReplicas, int maxReplicas,
                             const std::string &extraSpec)
{
    return R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":")" + name +
           R"(","namespace":")" + ns + R"(","labels":{"origin":"test"}},"spec":{"scaleTargetRef":{"name":")" +
           name + R"(-worker"},"minReplicaCount":)" + std::to_string(minReplicas) + R"(,"maxReplicaCount":)" +
           std::to_string(maxReplicas) +
           R"(,"triggers":[{"type":"cron","metadata":{"timezone":"Etc/UTC","start":"0 8 * * *","end":"0 18 * * *","desiredReplicas":"3"}}])" +
           extraSpec + "}}";
}

std::string scaledObjectsPath(const std::string &ns)
{
    return "/apis/keda.sh/v1alpha1/namespaces/" + ns + "/scaledobjects";
}

std::string scaledObjectPath(const std::string &ns, const std::string &name)
{
    return scaledObjectsPath(ns) + "/" + name;
}

} // namespace kedascope::test
