// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <memory>
#include <mutex>
#include <string>
#include <utility>

struct ssl_ctx_st; // OpenSSL's SSL_CTX

namespace kedascope::k8s {

struct TlsSettings
{
    std::string contextName;
    std::string caPem; // empty: the system's trust store
    std::string clientCertPem;
    std::string clientKeyPem;
    std::string expectedHost; // tls-server-name, else the server's host
};

// Why the last certificate verification failed, kept for the error message of the failed request
// (the HTTP layer only reports "handshake failed").
class TlsDiagnostics
{
public:
    void record(std::string reason);
    std::string take();

private:
    std::mutex m_mutex;
    std::string m_lastFailure;
};

// Checks up front that the client certificate and key can be read and belong together.
Status checkClientKeyPair(const std::string &certPem, const std::string &keyPem,
                          const std::string &contextName);

// Checks up front that the certificate authority PEM holds at least one certificate.
Status checkCertificateAuthority(const std::string &caPem, const std::string &contextName);

// Trust exactly `caPem` (when given), present the client certificate, record verification failures.
Status configureSslContext(ssl_ctx_st *context, const TlsSettings &settings,
                           const std::shared_ptr<TlsDiagnostics> &diagnostics);

} // namespace kedascope::k8s
