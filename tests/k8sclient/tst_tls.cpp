// SPDX-License-Identifier: Apache-2.0
// TLS as the kubeconfig asks for it, against the sim: client certificates, tokens, CA trust,
// tls-server-name, insecure-skip-tls-verify, and certificate/key mismatches caught up front.
#include "helpers/simconnection.h"
#include "k8sclient/apiclient.h"
#include "k8sclient/kubeconfig.h"
#include "sim/certificates.h"
#include "sim/faultinjector.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace kedascope;
using namespace kedascope::k8s;

namespace {

const char *text(const Error &error)
{
    thread_local std::string buffer;
    buffer = kindName(error.kind) + " " + std::to_string(error.code) + ": " + error.message;
    return buffer.c_str();
}

// A minimal HTTP CONNECT proxy on 127.0.0.1 that only tunnels to 127.0.0.1, counting its tunnels.
class ConnectProxy
{
public:
    ConnectProxy()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
            ::listen(m_listener, 8) != 0)
            qFatal("proxy: cannot listen");
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~ConnectProxy()
    {
        m_stopping = true;
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        m_acceptor.join();
        std::lock_guard lock(m_mutex);
        for (std::thread &tunnel : m_tunnels)
            tunnel.join();
    }
    int port() const { return m_port; }
    int tunnels() const { return m_tunnelCount; }
    std::string lastConnectTarget()
    {
        std::lock_guard lock(m_mutex);
        return m_lastTarget;
    }

private:
    void acceptLoop()
    {
        while (!m_stopping) {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                return;
            std::lock_guard lock(m_mutex);
            m_tunnels.emplace_back([this, client] { tunnel(client); });
        }
    }

    void tunnel(int client)
    {
        std::string head;
        char buffer[16384];
        while (head.find("\r\n\r\n") == std::string::npos) {
            const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0) {
                ::close(client);
                return;
            }
            head.append(buffer, static_cast<size_t>(n));
        }
        // "CONNECT 127.0.0.1:PORT HTTP/1.1"
        const auto space = head.find(' ');
        const std::string target = head.substr(space + 1, head.find(' ', space + 1) - space - 1);
        {
            std::lock_guard lock(m_mutex);
            m_lastTarget = target;
        }
        const auto colon = target.rfind(':');
        if (head.rfind("CONNECT ", 0) != 0 || target.substr(0, colon) != "127.0.0.1") {
            const char refused[] = "HTTP/1.1 403 Forbidden\r\n\r\n";
            ::send(client, refused, sizeof refused - 1, MSG_NOSIGNAL);
            ::close(client);
            return;
        }
        const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(static_cast<uint16_t>(std::stoi(target.substr(colon + 1))));
        if (::connect(upstream, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            ::close(upstream);
            ::close(client);
            return;
        }
        ++m_tunnelCount;
        const char established[] = "HTTP/1.1 200 Connection established\r\n\r\n";
        ::send(client, established, sizeof established - 1, MSG_NOSIGNAL);
        pollfd fds[2] = {{client, POLLIN, 0}, {upstream, POLLIN, 0}};
        while (!m_stopping) {
            if (::poll(fds, 2, 100) < 0)
                break;
            bool closed = false;
            for (int i = 0; i < 2 && !closed; ++i) {
                if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t n = ::recv(fds[i].fd, buffer, sizeof buffer, 0);
                closed = n <= 0 || ::send(fds[1 - i].fd, buffer, static_cast<size_t>(n), MSG_NOSIGNAL) != n;
            }
            if (closed)
                break;
        }
        ::close(upstream);
        ::close(client);
    }

    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_tunnelCount{0};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_tunnels;
    std::string m_lastTarget;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void clientCertificateContext();
    void tokenContext();
    void wrongCaFailsVerification();
    void tlsServerNameThatMatches();
    void tlsServerNameThatDoesNotMatch();
    void insecureSkipTlsVerify();
    void mismatchedCertificateAndKey();
    void unreadableCertificate();
    void unreadableCa();
    void throughHttpProxy();

private:
    ConnectionConfig configFor(const std::string &context);
    Result<ListPage> listWith(const ConnectionConfig &config);

    std::unique_ptr<test::RunningSim> m_sim;
};

void TestTls::initTestCase()
{
    m_sim = std::make_unique<test::RunningSim>(test::RunningSim::Options{2, 1});
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
}

void TestTls::cleanupTestCase()
{
    m_sim.reset();
}

void TestTls::init()
{
    m_sim->server().faults().clear();
    m_sim->server().faults().clearRecordedRequests();
}

ConnectionConfig TestTls::configFor(const std::string &context)
{
    return test::simConnectionOrAbort(*m_sim, context);
}

Result<ListPage> TestTls::listWith(const ConnectionConfig &config)
{
    ApiClient::Options options;
    options.maxRetries = 0;
    auto client = ApiClient::create(config, options);
    if (!client)
        return client.error();
    return (*client)->listPage(resources::scaledObjects(), "", {});
}

void TestTls::clientCertificateContext()
{
    const ConnectionConfig config = configFor("sim-admin");
    QVERIFY(!config.clientCertPem.empty());
    QVERIFY(config.token.empty());
    auto page = listWith(config);
    QVERIFY2(page.ok(), page.ok() ? "" : text(page.error()));
    QCOMPARE(page->items.size(), size_t(2));
}

void TestTls::tokenContext()
{
    const ConnectionConfig config = configFor("sim-token");
    QVERIFY(config.clientCertPem.empty());
    QVERIFY(!config.token.empty());
    auto page = listWith(config);
    QVERIFY2(page.ok(), page.ok() ? "" : text(page.error()));
    QCOMPARE(page->items.size(), size_t(2));
}

void TestTls::wrongCaFailsVerification()
{
    ConnectionConfig config = configFor("sim-token");
    config.caPem = sim::generateCertificateAuthority("some-other-ca").certificatePem;
    auto page = listWith(config);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Error::Kind::Tls);
    QVERIFY2(page.error().message.find("verify failed") != std::string::npos, text(page.error()));
    QVERIFY2(page.error().message.find(m_sim->serverUrl()) != std::string::npos, text(page.error()));
}

void TestTls::tlsServerNameThatMatches()
{
    ConnectionConfig config = configFor("sim-token");
    config.tlsServerName = "localhost";
    auto page = listWith(config);
    QVERIFY2(page.ok(), page.ok() ? "" : text(page.error()));
    const auto recorded = m_sim->server().faults().recordedRequests();
    QVERIFY(!recorded.empty());
    QCOMPARE(recorded.back().headers.at("host"), std::string("localhost"));
}

void TestTls::tlsServerNameThatDoesNotMatch()
{
    ConnectionConfig config = configFor("sim-token");
    config.tlsServerName = "wrong.example";
    auto page = listWith(config);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Error::Kind::Tls);
    QVERIFY2(page.error().message.find("does not match") != std::string::npos, text(page.error()));
    QVERIFY2(page.error().message.find("wrong.example") != std::string::npos, text(page.error()));
}

void TestTls::insecureSkipTlsVerify()
{
    ConnectionConfig config = configFor("sim-token");
    config.caPem = sim::generateCertificateAuthority("some-other-ca").certificatePem;
    config.insecureSkipTlsVerify = true;
    auto page = listWith(config);
    QVERIFY2(page.ok(), page.ok() ? "" : text(page.error()));
}

void TestTls::mismatchedCertificateAndKey()
{
    ConnectionConfig config = configFor("sim-admin");
    config.clientKeyPem = sim::generatePrivateKeyPem();
    auto client = ApiClient::create(config);
    QVERIFY(!client.ok());
    QCOMPARE(client.error().kind, Error::Kind::Tls);
    QVERIFY2(client.error().message.find("\"sim-admin\"") != std::string::npos, text(client.error()));
    QVERIFY2(client.error().message.find("do not match") != std::string::npos, text(client.error()));
    QVERIFY(client.error().message.find("PRIVATE KEY") == std::string::npos);
}

void TestTls::unreadableCertificate()
{
    ConnectionConfig config = configFor("sim-admin");
    config.clientCertPem = "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n";
    auto client = ApiClient::create(config);
    QVERIFY(!client.ok());
    QCOMPARE(client.error().kind, Error::Kind::Tls);
    QVERIFY2(client.error().message.find("not readable") != std::string::npos, text(client.error()));
}

void TestTls::unreadableCa()
{
    ConnectionConfig config = configFor("sim-token");
    config.caPem = "garbage";
    auto client = ApiClient::create(config);
    QVERIFY(!client.ok());
    QCOMPARE(client.error().kind, Error::Kind::Tls);
    QVERIFY2(client.error().message.find("certificate authority is not readable") != std::string::npos,
             text(client.error()));
}

void TestTls::throughHttpProxy()
{
    ConnectProxy proxy;
    ConnectionConfig config = configFor("sim-admin");
    config.proxyUrl = "http://127.0.0.1:" + std::to_string(proxy.port());
    auto page = listWith(config);
    QVERIFY2(page.ok(), page.ok() ? "" : text(page.error()));
    QCOMPARE(page->items.size(), size_t(2));
    QCOMPARE(proxy.tunnels(), 1);
    QCOMPARE(proxy.lastConnectTarget(), std::to_string(m_sim->server().port()).insert(0, "127.0.0.1:"));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
