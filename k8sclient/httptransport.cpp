// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/httptransport.h"

#include "k8sclient/gzip.h"
#include "k8sclient/tls.h"

#include <boost/asio/ssl.hpp>
#include <cpprest/http_client.h>
#include <cpprest/http_compression.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <system_error>

namespace kedascope::k8s {

namespace http = web::http;
using web::http::client::http_client;
using web::http::client::http_client_config;

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

std::string hostOf(const std::string &server)
{
    try {
        return web::uri(server).host();
    } catch (const std::exception &) {
        return {};
    }
}

// Unregisters the cancellation callback when the exchange is over.
class CancelLink
{
public:
    CancelLink(const CancelToken *token, pplx::cancellation_token_source source) : m_token(token)
    {
        if (m_token)
            m_id = m_token->onCancel([source]() mutable { source.cancel(); });
    }
    ~CancelLink()
    {
        if (m_token && m_id)
            m_token->removeCallback(m_id);
    }
    CancelLink(const CancelLink &) = delete;
    CancelLink &operator=(const CancelLink &) = delete;

private:
    const CancelToken *m_token;
    int m_id = 0;
};

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

struct HttpTransport::Impl
{
    ConnectionConfig config;
    std::string userAgent;
    std::shared_ptr<TlsDiagnostics> diagnostics = std::make_shared<TlsDiagnostics>();
    bool builtinGzip = http::compression::builtin::supported();

    std::mutex mutex;
    std::map<std::pair<long long, std::size_t>, std::shared_ptr<http_client>> clients;

    // One client (and connection pool) per idle timeout and client certificate.
    Result<std::shared_ptr<http_client>> clientFor(std::chrono::seconds timeout,
                                                   const Credentials &credentials);
    http::http_request build(const Request &request, const Credentials &credentials) const;
    Response toResponse(http::http_response &response, std::string body) const;
    Error failure(const std::exception &e, const Request &request, std::chrono::seconds timeout,
                  const CancelToken *cancel, bool readingBody) const;
    std::string describe(const Request &request) const
    {
        return request.method + ' ' + config.server + request.path;
    }
};

Result<std::shared_ptr<http_client>> HttpTransport::Impl::clientFor(std::chrono::seconds timeout,
                                                                    const Credentials &credentials)
{
    const std::string certPem =
        credentials.clientCertPem.empty() ? config.clientCertPem : credentials.clientCertPem;
    const std::string keyPem =
        credentials.clientCertPem.empty() ? config.clientKeyPem : credentials.clientKeyPem;
    const auto key =
        std::make_pair(static_cast<long long>(timeout.count()), std::hash<std::string>{}(certPem + keyPem));

    std::lock_guard lock(mutex);
    auto found = clients.find(key);
    if (found != clients.end())
        return found->second;
    if (!credentials.clientCertPem.empty()) { // from an exec plugin: not checked when the client was created
        auto checked = checkClientKeyPair(certPem, keyPem, config.contextName);
        if (!checked)
            return checked.error();
    }

    http_client_config clientConfig;
    clientConfig.set_timeout(timeout);
    clientConfig.set_validate_certificates(!config.insecureSkipTlsVerify);
    clientConfig.set_request_compressed_response(builtinGzip);
    if (!config.proxyUrl.empty())
        clientConfig.set_proxy(web::web_proxy(web::uri(config.proxyUrl)));

    TlsSettings settings;
    settings.contextName = config.contextName;
    settings.caPem = config.insecureSkipTlsVerify ? std::string() : config.caPem;
    settings.clientCertPem = certPem;
    settings.clientKeyPem = keyPem;
    settings.expectedHost = config.tlsServerName.empty() ? hostOf(config.server) : config.tlsServerName;
    auto diag = diagnostics;
    clientConfig.set_ssl_context_callback([settings, diag](boost::asio::ssl::context &context) {
        auto configured = configureSslContext(context.native_handle(), settings, diag);
        if (!configured)
            diag->record(configured.error().message);
    });

    auto client = std::make_shared<http_client>(web::uri(config.server), clientConfig);
    clients.emplace(key, client);
    return client;
}

http::http_request HttpTransport::Impl::build(const Request &request, const Credentials &credentials) const
{
    http::http_request out(request.method);
    out.set_request_uri(web::uri(request.target()));
    auto &headers = out.headers();
    headers.add("Accept", request.accept);
    headers.add("User-Agent", userAgent);
    if (!credentials.authorizationHeader.empty())
        headers.add("Authorization", credentials.authorizationHeader);
    // cpprest verifies the certificate against (and sends as SNI) the Host header when there is one.
    if (!config.tlsServerName.empty())
        headers.add("Host", config.tlsServerName);
    if (!builtinGzip)
        headers.add("Accept-Encoding", "gzip");
    if (!request.body.empty() || !request.contentType.empty())
        out.set_body(std::string(request.body),
                     request.contentType.empty() ? "application/json" : request.contentType);
    return out;
}

Response HttpTransport::Impl::toResponse(http::http_response &response, std::string body) const
{
    Response out;
    out.status = response.status_code();
    for (const auto &[name, value] : response.headers())
        out.headers[lower(name)] = value;
    const auto encoding = out.headers.find("content-encoding");
    if (!builtinGzip && encoding != out.headers.end() && lower(encoding->second) == "gzip") {
        if (auto inflated = gunzip(body))
            body = std::move(*inflated);
    }
    out.body = std::move(body);
    return out;
}

Error HttpTransport::Impl::failure(const std::exception &e, const Request &request,
                                   std::chrono::seconds timeout, const CancelToken *cancel,
                                   bool readingBody) const
{
    if (cancel && cancel->cancelled())
        return Error::make(Error::Kind::Cancelled, describe(request) + ": cancelled");
    const auto *httpError = dynamic_cast<const http::http_exception *>(&e);
    const int code = httpError ? httpError->error_code().value() : 0;
    const std::string what = e.what();
    if (code == static_cast<int>(std::errc::timed_out))
        return Error::make(Error::Kind::Timeout, describe(request) + ": timed out after " +
                                                     std::to_string(timeout.count()) + " s without data");
    if (what.find("SSL handshake") != std::string::npos) {
        std::string reason = diagnostics->take();
        if (reason.empty())
            reason = httpError ? httpError->error_code().message() : what;
        return Error::make(Error::Kind::Tls, "TLS handshake with " + config.server + " failed: " + reason);
    }
    if (code == static_cast<int>(std::errc::host_unreachable) ||
        code == static_cast<int>(std::errc::connection_refused))
        return Error::make(Error::Kind::Transport,
                           "cannot connect to " + config.server + ": connection refused");
    if (readingBody)
        return Error::make(Error::Kind::Transport,
                           describe(request) + ": the connection closed before the whole body arrived (" +
                               what + ')');
    return Error::make(Error::Kind::Transport, describe(request) + ": " + what);
}

HttpTransport::HttpTransport() : d(std::make_unique<Impl>()) {}
HttpTransport::~HttpTransport() = default;

Result<std::unique_ptr<HttpTransport>> HttpTransport::create(const ConnectionConfig &config,
                                                             std::string userAgent)
{
    if (config.server.empty())
        return Error::make(Error::Kind::Config,
                           "context \"" + config.contextName + "\": the cluster has no server");
    try {
        const web::uri server(config.server);
        if (server.scheme() != "https" && server.scheme() != "http")
            return Error::make(Error::Kind::Config, "context \"" + config.contextName + "\": server \"" +
                                                        config.server + "\" is not an http(s) URL");
        if (!config.proxyUrl.empty())
            web::uri proxy(config.proxyUrl);
    } catch (const std::exception &e) {
        return Error::make(Error::Kind::Config, "context \"" + config.contextName +
                                                    "\": invalid server or proxy URL: " + e.what());
    }
    auto checked = checkClientKeyPair(config.clientCertPem, config.clientKeyPem, config.contextName);
    if (!checked)
        return checked.error();
    if (!config.insecureSkipTlsVerify) {
        auto trusted = checkCertificateAuthority(config.caPem, config.contextName);
        if (!trusted)
            return trusted.error();
    }
    std::unique_ptr<HttpTransport> transport(new HttpTransport);
    transport->d->config = config;
    transport->d->userAgent = std::move(userAgent);
    return transport;
}

Result<Response> HttpTransport::exchange(const Request &request, const Credentials &credentials,
                                         std::chrono::seconds timeout, const CancelToken *cancel)
{
    pplx::cancellation_token_source source;
    CancelLink link(cancel, source);
    bool readingBody = false;
    try {
        auto client = d->clientFor(timeout, credentials);
        if (!client)
            return client.error();
        http::http_response response =
            (*client)->request(d->build(request, credentials), source.get_token()).get();
        readingBody = true;
        std::vector<unsigned char> bytes = response.extract_vector().get();
        return d->toResponse(response, std::string(bytes.begin(), bytes.end()));
    } catch (const std::exception &e) {
        return d->failure(e, request, timeout, cancel, readingBody);
    }
}

Result<Response> HttpTransport::stream(const Request &request, const Credentials &credentials,
                                       std::chrono::seconds idleTimeout,
                                       const std::function<bool(std::string_view line)> &onLine,
                                       const CancelToken *cancel)
{
    pplx::cancellation_token_source source;
    CancelLink link(cancel, source);
    bool readingBody = false;
    try {
        auto client = d->clientFor(idleTimeout, credentials);
        if (!client)
            return client.error();
        http::http_response response =
            (*client)->request(d->build(request, credentials), source.get_token()).get();
        readingBody = true;
        if (!isSuccess(response.status_code())) {
            std::vector<unsigned char> bytes = response.extract_vector().get();
            return d->toResponse(response, std::string(bytes.begin(), bytes.end()));
        }

        auto buffer = response.body().streambuf();
        using Traits = concurrency::streams::streambuf<uint8_t>::traits;
        std::vector<uint8_t> chunk(64 * 1024);
        std::string partial; // the start of a line whose end has not arrived yet
        bool stopped = false;
        while (!stopped) {
            const std::size_t available = buffer.in_avail();
            if (available == 0) {
                if (buffer.getc().get() == Traits::eof())
                    break;
                continue;
            }
            const std::size_t count = buffer.getn(chunk.data(), std::min(available, chunk.size())).get();
            if (count == 0)
                break;
            std::string_view data(reinterpret_cast<const char *>(chunk.data()), count);
            while (!stopped && !data.empty()) {
                const auto newline = data.find('\n');
                if (newline == std::string_view::npos) {
                    partial.append(data);
                    break;
                }
                if (partial.empty()) {
                    stopped = !onLine(data.substr(0, newline));
                } else {
                    std::string line = std::move(partial);
                    partial = std::string();
                    line.append(data.substr(0, newline));
                    stopped = !onLine(line);
                }
                data.remove_prefix(newline + 1);
            }
        }
        if (stopped) {
            source.cancel(); // closes the connection: the rest of the stream is not wanted
            return d->toResponse(response, {});
        }
        response.content_ready().get(); // throws when the body ended by a failure
        if (partial.find_first_not_of(" \t\r") != std::string::npos)
            return Error::make(Error::Kind::Transport,
                               d->describe(request) + ": the stream ended mid-object");
        return d->toResponse(response, {});
    } catch (const std::exception &e) {
        Error error = d->failure(e, request, idleTimeout, cancel, readingBody);
        if (readingBody && error.kind == Error::Kind::Transport)
            error.message = d->describe(request) + ": the stream ended mid-object (" + e.what() + ')';
        return error;
    }
}

} // namespace kedascope::k8s
