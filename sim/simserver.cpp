// SPDX-License-Identifier: Apache-2.0
#include "sim/simserver.h"

#include "k8sclient/base64.h"
#include "sim/apihandler.h"
#include "sim/certificates.h"
#include "sim/admissionview.h"
#include "sim/controlendpoint.h"
#include "sim/controller.h"
#include "sim/externalmetrics.h"
#include "sim/faultinjector.h"
#include "sim/gzip.h"
#include "sim/kedametrics.h"
#include "sim/metricsendpoint.h"
#include "sim/metricsexposition.h"
#include "sim/objectstore.h"
#include "sim/seeder.h"
#include "sim/serviceproxy.h"
#include "sim/scenariofaults.h"
#include "sim/simclock.h"
#include "sim/statedirectory.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <openssl/rand.h>
#include <openssl/x509.h>

#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

namespace kedascope::sim {

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using TlsStream = ssl::stream<tcp::socket>;

namespace {

constexpr std::size_t kGzipThreshold = 128 * 1024;

std::string randomToken()
{
    unsigned char bytes[24];
    RAND_bytes(bytes, sizeof bytes);
    static const char hex[] = "0123456789abcdef";
    std::string token;
    for (unsigned char b : bytes) {
        token += hex[b >> 4];
        token += hex[b & 15];
    }
    return token;
}

std::string lower(std::string text)
{
    for (auto &c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string peerCommonName(TlsStream &stream)
{
    SSL *ssl = stream.native_handle();
    X509 *peer = SSL_get1_peer_certificate(ssl);
    if (!peer)
        return {};
    std::string name;
    if (SSL_get_verify_result(ssl) == X509_V_OK) {
        char buffer[256] = {};
        if (X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName, buffer, sizeof buffer) > 0)
            name = buffer;
    }
    X509_free(peer);
    return name;
}

bool isPublicPath(const std::string &path)
{
    return path == "/healthz" || path == "/livez" || path == "/readyz" || path == "/version";
}

std::string faultMessage(int code)
{
    switch (code) {
    case 429:
        return "Too many requests, please try again later.";
    case 503:
        return "the server is currently unable to handle the request";
    case 504:
        return "the server was unable to return a response in the time allotted, but may still be processing "
               "the request";
    default:
        return "Internal error occurred: injected fault (kedascope-sim)";
    }
}

class ChunkedWatchSink : public WatchSink
{
public:
    ChunkedWatchSink(TlsStream &stream, unsigned version, std::function<void(const ApiResponse &)> respond)
        : m_stream(stream), m_version(version), m_respond(std::move(respond))
    {}
    void respond(const ApiResponse &response) override { m_respond(response); }
    bool start() override
    {
        http::response<http::empty_body> res{http::status::ok, m_version};
        res.set(http::field::content_type, "application/json");
        res.set(http::field::cache_control, "no-cache, private");
        res.chunked(true);
        http::response_serializer<http::empty_body> serializer{res};
        beast::error_code ec;
        http::write_header(m_stream, serializer, ec);
        return !ec;
    }
    bool send(const std::string &line) override
    {
        beast::error_code ec;
        net::write(m_stream, http::make_chunk(net::buffer(line)), ec);
        return !ec;
    }
    void sendTruncated(const std::string &line) override
    {
        beast::error_code ec;
        net::write(m_stream, http::make_chunk(net::buffer(line.data(), line.size() / 2)), ec);
        m_stream.next_layer().shutdown(tcp::socket::shutdown_both, ec);
    }
    void finish() override
    {
        beast::error_code ec;
        net::write(m_stream, http::make_chunk_last(), ec);
    }
    bool alive() override
    {
        pollfd fd{m_stream.next_layer().native_handle(), POLLIN | POLLRDHUP, 0};
        if (::poll(&fd, 1, 0) <= 0)
            return true;
        return (fd.revents & (POLLIN | POLLRDHUP | POLLHUP | POLLERR)) == 0;
    }

private:
    TlsStream &m_stream;
    unsigned m_version;
    std::function<void(const ApiResponse &)> m_respond;
};

} // namespace

struct SimServer::Impl
{
    explicit Impl(SimOptions o)
        : options(std::move(o)), store(options.watchHistory), handler(store, faults, stopping),
          sslContext(ssl::context::tls_server)
    {}

    void acceptLoop();
    void serve(tcp::socket socket);
    void writeResponse(TlsStream &stream, const http::request<http::string_body> &req, ApiResponse response,
                       bool keepAlive, bool truncate);
    void checkCompaction();
    std::string authenticate(const ApiRequest &request, const std::string &certificateUser,
                             bool &rejected) const;
    std::string buildKubeconfig() const;
    k8s::Status writeKubeconfig() const;
    void rotateTokens();

    SimOptions options;
    ClusterCertificates certificates;
    std::string adminToken;
    std::string viewerToken;
    ObjectStore store;
    FaultInjector faults;
    std::atomic<bool> stopping{false};
    ApiHandler handler;
    net::io_context ioc;
    ssl::context sslContext;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::thread acceptThread;
    std::mutex connectionsMutex;
    std::condition_variable connectionsDone;
    std::set<int> openSockets;
    int activeConnections = 0;
    int port = 0;
    std::string kubeconfig;
    std::mutex compactMutex;
    unsigned long long compactGeneration = 0;
    bool running = false;
    mutable std::mutex tokenMutex; // adminToken, viewerToken, kubeconfig change on expireTokens
    KedaMetrics m_metrics;
    ExternalMetricsApi externalMetrics{store, m_metrics};
    ServiceProxy serviceProxy{store, [this] { return operatorMetricsText(m_metrics); }};
    OperatorMetricsEndpoint metricsEndpoint{m_metrics};
    ControlEndpoint control{faults, [this] { rotateTokens(); }};
    std::unique_ptr<SimClock> clock;
    std::unique_ptr<KedaController> controller;
    std::unique_ptr<FaultSchedule> faultSchedule; // the scenario's faults: entries
};

void SimServer::Impl::acceptLoop()
{
    while (!stopping.load()) {
        tcp::socket socket(ioc);
        beast::error_code ec;
        acceptor->accept(socket, ec);
        if (ec) {
            if (stopping.load())
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(10)); // e.g. out of descriptors
            continue;
        }
        {
            std::lock_guard lock(connectionsMutex);
            ++activeConnections;
        }
        try {
            std::thread([this, s = std::move(socket)]() mutable { serve(std::move(s)); }).detach();
        } catch (const std::system_error &) {
            std::lock_guard lock(connectionsMutex);
            --activeConnections;
            connectionsDone.notify_all();
        }
    }
}

void SimServer::Impl::checkCompaction()
{
    const auto generation = faults.compactGeneration();
    std::lock_guard lock(compactMutex);
    if (generation != compactGeneration) {
        compactGeneration = generation;
        store.compact();
    }
}

std::string SimServer::Impl::authenticate(const ApiRequest &request, const std::string &certificateUser,
                                          bool &rejected) const
{
    rejected = false;
    const std::string authorization = request.header("authorization");
    if (!authorization.empty()) {
        const std::string prefix = "Bearer ";
        std::lock_guard lock(tokenMutex);
        if (authorization.compare(0, prefix.size(), prefix) == 0) {
            const std::string token = authorization.substr(prefix.size());
            if (token == adminToken)
                return "sim-token";
            if (token == viewerToken)
                return "viewer";
        }
        rejected = true;
        return {};
    }
    if (!certificateUser.empty())
        return certificateUser;
    if (isPublicPath(request.path))
        return "system:anonymous";
    rejected = true;
    return {};
}

void SimServer::Impl::writeResponse(TlsStream &stream, const http::request<http::string_body> &req,
                                    ApiResponse response, bool keepAlive, bool truncate)
{
    http::response<http::string_body> res{static_cast<http::status>(response.code), req.version()};
    res.set(http::field::content_type, response.contentType);
    res.set(http::field::cache_control, "no-cache, private");
    for (const auto &[name, value] : response.headers)
        res.insert(name, value); // a name may repeat (Warning)
    const std::string acceptEncoding = lower(std::string(req[http::field::accept_encoding]));
    if (response.body.size() > kGzipThreshold && acceptEncoding.find("gzip") != std::string::npos) {
        res.set(http::field::content_encoding, "gzip");
        res.body() = gzipCompress(response.body);
    } else {
        res.body() = std::move(response.body);
    }
    res.keep_alive(keepAlive && !truncate);
    res.prepare_payload();
    beast::error_code ec;
    if (truncate) {
        http::response_serializer<http::string_body> serializer{res};
        http::write_header(stream, serializer, ec);
        if (!ec)
            net::write(stream, net::buffer(res.body().data(), res.body().size() / 2), ec);
        return;
    }
    http::write(stream, res, ec);
}

void SimServer::Impl::serve(tcp::socket socket)
{
    const int fd = socket.native_handle();
    {
        std::lock_guard lock(connectionsMutex);
        openSockets.insert(fd);
    }
    {
        TlsStream stream(std::move(socket), sslContext);
        beast::error_code ec;
        if (!stopping.load())
            stream.handshake(ssl::stream_base::server, ec);
        if (!ec && !stopping.load()) {
            const std::string certificateUser = peerCommonName(stream);
            beast::flat_buffer buffer;
            while (!stopping.load()) {
                http::request_parser<http::string_body> parser;
                parser.body_limit(512ULL * 1024 * 1024);
                http::read(stream, buffer, parser, ec);
                if (ec)
                    break;
                const auto &req = parser.get();
                ApiRequest request;
                request.method = std::string(req.method_string());
                request.target = std::string(req.target());
                parseTarget(request.target, request.path, request.query);
                for (const auto &field : req)
                    request.headers[lower(std::string(field.name_string()))] = std::string(field.value());
                request.body = req.body();
                const bool keepAlive = req.keep_alive();
                faults.record({request.method, request.target, request.headers});
                checkCompaction();
                bool rejected = false;
                request.user = authenticate(request, certificateUser, rejected);
                request.headers.erase("authorization");
                if (!rejected && ControlEndpoint::isControlPath(request.path)) {
                    beast::error_code peerError;
                    const auto peer = stream.next_layer().remote_endpoint(peerError);
                    writeResponse(stream, req,
                                  control.handle(request, !peerError && peer.address().is_loopback()),
                                  keepAlive, false);
                    checkCompaction();
                    if (!keepAlive)
                        break;
                    continue;
                }
                const auto decision = faults.decide(request.method, request.target);
                if (decision.stall.count() > 0)
                    std::this_thread::sleep_for(decision.stall);
                if (rejected) {
                    writeResponse(stream, req,
                                  {401,
                                   "application/json",
                                   failureStatusJson(apiError(401, "Unauthorized", "Unauthorized")),
                                   {}},
                                  keepAlive, decision.truncate);
                } else if (decision.failCode != 0) {
                    k8s::Error e = apiError(decision.failCode, reasonForCode(decision.failCode),
                                            faultMessage(decision.failCode));
                    e.retryAfterSeconds = decision.retryAfterSeconds;
                    ApiResponse response{decision.failCode, "application/json", failureStatusJson(e), {}};
                    if (decision.retryAfterSeconds)
                        response.headers.emplace_back("Retry-After",
                                                      std::to_string(*decision.retryAfterSeconds));
                    writeResponse(stream, req, response, keepAlive, decision.truncate);
                } else if (handler.isWatch(request)) {
                    ChunkedWatchSink sink(stream, req.version(), [&](const ApiResponse &response) {
                        writeResponse(stream, req, response, false, false);
                    });
                    try {
                        handler.watch(request, sink, decision.truncate);
                    } catch (const std::exception &) {
                        // The stream is already open: end it; the client resumes as after any cut.
                    }
                    break;
                } else {
                    ApiResponse response;
                    try {
                        std::optional<ApiResponse> served = externalMetrics.handle(request);
                        if (!served)
                            served = serviceProxy.handle(request);
                        response = served ? std::move(*served) : handler.handle(request);
                    } catch (const std::exception &e) {
                        response = {
                            500,
                            "application/json",
                            failureStatusJson(apiError(500, "InternalError",
                                                       std::string("Internal error occurred: ") + e.what())),
                            {}};
                    }
                    writeResponse(stream, req, std::move(response), keepAlive, decision.truncate);
                }
                if (!keepAlive || decision.truncate)
                    break;
            }
        }
        stream.next_layer().shutdown(tcp::socket::shutdown_both, ec);
        std::lock_guard lock(connectionsMutex);
        openSockets.erase(fd);
    }
    std::lock_guard lock(connectionsMutex);
    --activeConnections;
    connectionsDone.notify_all();
}

std::string SimServer::Impl::buildKubeconfig() const
{
    const std::string server = "https://" + options.host + ":" + std::to_string(port);
    std::string text;
    text += "apiVersion: v1\nkind: Config\n";
    text += "clusters:\n- name: kedascope-sim\n  cluster:\n    server: " + server + "\n";
    text += "    certificate-authority-data: " + k8s::base64::encode(certificates.ca.certificatePem) + "\n";
    text += "users:\n";
    text += "- name: sim-admin\n  user:\n    client-certificate-data: " +
            k8s::base64::encode(certificates.admin.certificatePem) + "\n";
    text += "    client-key-data: " + k8s::base64::encode(certificates.admin.keyPem) + "\n";
    text += "- name: sim-token\n  user:\n    token: " + adminToken + "\n";
    text += "- name: sim-viewer\n  user:\n    token: " + viewerToken + "\n";
    text += "contexts:\n";
    for (const char *name : {"sim-admin", "sim-token", "sim-viewer"})
        text += std::string("- name: ") + name +
                "\n  context:\n    cluster: kedascope-sim\n    user: " + name + "\n    namespace: default\n";
    text += "current-context: sim-admin\npreferences: {}\n";
    return text;
}

k8s::Status SimServer::Impl::writeKubeconfig() const
{
    if (options.kubeconfigOut.empty())
        return k8s::success();
    const std::string temp = options.kubeconfigOut + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << kubeconfig;
        if (!out)
            return k8s::Error::make(k8s::Error::Kind::Config, "cannot write " + temp);
    }
    std::error_code permissionError; // the file holds credentials: owner only
    std::filesystem::permissions(
        temp, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, permissionError);
    if (std::rename(temp.c_str(), options.kubeconfigOut.c_str()) != 0)
        return k8s::Error::make(k8s::Error::Kind::Config, "cannot write " + options.kubeconfigOut);
    return k8s::success();
}

// Expired tokens: the old ones get 401; a client that re-reads the kubeconfig gets the new ones.
void SimServer::Impl::rotateTokens()
{
    std::lock_guard lock(tokenMutex);
    adminToken = randomToken();
    viewerToken = randomToken();
    if (!options.stateDirectory.empty())
        StateDirectory(options.stateDirectory).saveTokens(adminToken, viewerToken);
    kubeconfig = buildKubeconfig();
    writeKubeconfig();
}

SimServer::SimServer(SimOptions options) : d(std::make_unique<Impl>(std::move(options))) {}

SimServer::~SimServer()
{
    stop();
}

k8s::Status SimServer::start()
{
    if (d->running)
        return k8s::success();
    try {
        SimIdentity identity{ClusterCertificates::generate(), randomToken(), randomToken()};
        if (!d->options.stateDirectory.empty()) {
            auto kept = StateDirectory(d->options.stateDirectory).loadOrCreate(identity);
            if (!kept)
                return kept.error();
            identity = std::move(kept.value());
        }
        d->certificates = std::move(identity.certificates);
        d->adminToken = std::move(identity.adminToken);
        d->viewerToken = std::move(identity.viewerToken);
        auto &ctx = d->sslContext;
        ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                        ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
        ctx.use_certificate_chain(net::buffer(d->certificates.server.certificatePem));
        ctx.use_private_key(net::buffer(d->certificates.server.keyPem), ssl::context::pem);
        ctx.add_certificate_authority(net::buffer(d->certificates.ca.certificatePem));
        ctx.set_verify_mode(ssl::verify_peer);
        static const unsigned char sessionContext[] = "kedascope-sim";
        SSL_CTX_set_session_id_context(ctx.native_handle(), sessionContext, sizeof sessionContext - 1);
        {
            BIO *bio = BIO_new_mem_buf(d->certificates.ca.certificatePem.data(),
                                       static_cast<int>(d->certificates.ca.certificatePem.size()));
            X509 *ca = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
            if (ca) {
                SSL_CTX_add_client_CA(ctx.native_handle(), ca);
                X509_free(ca);
            }
            BIO_free(bio);
        }
        seedCluster(d->store, d->options.scaledObjects, d->options.namespaces);
        if (d->options.keda) {
            auto scenario = !d->options.scenarioFile.empty() ? Scenario::load(d->options.scenarioFile)
                            : d->options.scaledObjects == 0
                                ? Scenario::parse(demoScenarioYaml(), "demo scenario", ".")
                                : k8s::Result<Scenario>(Scenario{});
            if (!scenario)
                return scenario.error();
            d->clock = std::make_unique<SimClock>(d->options.speed);
            d->faultSchedule = std::make_unique<FaultSchedule>(
                scenario.value().faults, *d->clock, [this](const FaultAction &action) {
                    applyFaultAction(action, d->faults, [this] { d->rotateTokens(); });
                });
            d->controller = std::make_unique<KedaController>(d->store, d->m_metrics, *d->clock,
                                                             std::move(scenario.value()));
            d->controller->applyScenarioObjects();
        }
        if (!d->options.stateDirectory.empty()) {
            // The store starts above every version the previous run handed out; each compaction
            // moves it on by one (ObjectStore has no other way to set it).
            const unsigned long long last = StateDirectory(d->options.stateDirectory).lastResourceVersion();
            while (d->store.currentResourceVersion() <= last)
                d->store.compact();
        }
        const auto address = net::ip::make_address(d->options.host);
        d->acceptor = std::make_unique<tcp::acceptor>(d->ioc);
        tcp::endpoint endpoint(address, static_cast<unsigned short>(d->options.port));
        d->acceptor->open(endpoint.protocol());
        d->acceptor->set_option(net::socket_base::reuse_address(true));
        d->acceptor->bind(endpoint);
        d->acceptor->listen(net::socket_base::max_listen_connections);
        d->port = d->acceptor->local_endpoint().port();
    } catch (const std::exception &e) {
        return k8s::Error::make(k8s::Error::Kind::Transport,
                                "kedascope-sim cannot listen on " + d->options.host + ":" +
                                    std::to_string(d->options.port) + ": " + e.what());
    }
    d->handler.setServerAddress(d->options.host + ":" + std::to_string(d->port));
    if (auto metricsStarted = d->metricsEndpoint.start(d->options.metricsHost, d->options.metricsPort);
        !metricsStarted)
        return metricsStarted;
    {
        std::lock_guard lock(d->tokenMutex);
        d->kubeconfig = d->buildKubeconfig();
        if (auto written = d->writeKubeconfig(); !written)
            return written;
    }
    d->running = true;
    d->acceptThread = std::thread([this] { d->acceptLoop(); });
    if (d->controller) {
        setKedaAdmission(d->store, true);
        d->controller->start();
        d->faultSchedule->start();
    }
    return k8s::success();
}

void SimServer::stop()
{
    if (!d->running)
        return;
    if (d->controller) {
        d->faultSchedule->stop();
        d->controller->stop();
        setKedaAdmission(d->store, false);
    }
    d->stopping = true;
    beast::error_code ec;
    ::shutdown(d->acceptor->native_handle(), SHUT_RDWR);
    if (d->acceptThread.joinable())
        d->acceptThread.join();
    d->acceptor->close(ec);
    std::unique_lock lock(d->connectionsMutex);
    for (int fd : d->openSockets)
        ::shutdown(fd, SHUT_RDWR);
    d->connectionsDone.wait(lock, [this] { return d->activeConnections == 0; });
    d->metricsEndpoint.stop();
    if (!d->options.stateDirectory.empty())
        StateDirectory(d->options.stateDirectory).saveResourceVersion(d->store.currentResourceVersion());
    d->running = false;
}

int SimServer::port() const
{
    return d->port;
}

std::string SimServer::url() const
{
    return "https://" + d->options.host + ":" + std::to_string(d->port);
}

std::string SimServer::kubeconfigYaml() const
{
    std::lock_guard lock(d->tokenMutex);
    return d->kubeconfig;
}

std::string SimServer::caPem() const
{
    return d->certificates.ca.certificatePem;
}

ObjectStore &SimServer::store()
{
    return d->store;
}

FaultInjector &SimServer::faults()
{
    return d->faults;
}

KedaMetrics &SimServer::metrics()
{
    return d->m_metrics;
}

int SimServer::metricsPort() const
{
    return d->metricsEndpoint.port();
}

void SimServer::expireTokens()
{
    d->rotateTokens();
}

} // namespace kedascope::sim
