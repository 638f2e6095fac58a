// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/tls.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <vector>

namespace kedascope::k8s {

namespace {

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Deleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using CertPtr = std::unique_ptr<X509, X509Deleter>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;

std::unique_ptr<BIO, BioDeleter> memoryBio(const std::string &text)
{
    return std::unique_ptr<BIO, BioDeleter>(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
}

std::vector<CertPtr> readCertificates(const std::string &pem)
{
    std::vector<CertPtr> certs;
    auto bio = memoryBio(pem);
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        certs.emplace_back(cert);
    ERR_clear_error();
    return certs;
}

KeyPtr readKey(const std::string &pem)
{
    auto bio = memoryBio(pem);
    KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return key;
}

Error tlsError(const std::string &contextName, const std::string &what)
{
    return Error::make(Error::Kind::Tls, "context \"" + contextName + "\": " + what);
}

struct VerifyState
{
    std::string expectedHost;
    std::shared_ptr<TlsDiagnostics> diagnostics;
};

int verifyStateIndex()
{
    static const int index =
        CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_SSL_CTX, 0, nullptr, nullptr, nullptr,
                                [](void *, void *state, CRYPTO_EX_DATA *, int, long, void *) {
                                    delete static_cast<VerifyState *>(state);
                                });
    return index;
}

bool leafMatchesHost(X509 *leaf, const std::string &host)
{
    if (!leaf)
        return false;
    if (X509_check_ip_asc(leaf, host.c_str(), 0) == 1)
        return true;
    return X509_check_host(leaf, host.data(), host.size(), 0, nullptr) == 1;
}

int verifyChainAndRecord(X509_STORE_CTX *store, void *arg)
{
    const int ok = X509_verify_cert(store);
    if (ok > 0)
        return ok;
    const auto *state = static_cast<const VerifyState *>(arg);
    const int error = X509_STORE_CTX_get_error(store);
    // The host name check (boost's rfc2818 callback) refuses without an error of its own: OpenSSL then
    // reports "unspecified".
    const bool chainError =
        error != X509_V_OK && error != X509_V_ERR_HOSTNAME_MISMATCH && error != X509_V_ERR_UNSPECIFIED;
    if (chainError) {
        state->diagnostics->record(std::string("certificate verify failed: ") +
                                   X509_verify_cert_error_string(error));
    } else if (!leafMatchesHost(X509_STORE_CTX_get0_cert(store), state->expectedHost)) {
        state->diagnostics->record("the server's certificate does not match the host name \"" +
                                   state->expectedHost + "\"");
    } else {
        state->diagnostics->record("certificate verify failed");
    }
    return ok;
}

} // namespace

void TlsDiagnostics::record(std::string reason)
{
    std::lock_guard lock(m_mutex);
    m_lastFailure = std::move(reason);
}

std::string TlsDiagnostics::take()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_lastFailure, {});
}

Status checkClientKeyPair(const std::string &certPem, const std::string &keyPem,
                          const std::string &contextName)
{
    if (certPem.empty() && keyPem.empty())
        return success();
    if (certPem.empty() || keyPem.empty())
        return tlsError(contextName, "a client certificate needs both the certificate and its key");
    auto certs = readCertificates(certPem);
    if (certs.empty())
        return tlsError(contextName, "the client certificate is not readable PEM");
    KeyPtr key = readKey(keyPem);
    if (!key)
        return tlsError(contextName, "the client key is not a readable PEM private key");
    if (X509_check_private_key(certs.front().get(), key.get()) != 1) {
        ERR_clear_error();
        return tlsError(contextName, "the client certificate and key do not match");
    }
    return success();
}

Status checkCertificateAuthority(const std::string &caPem, const std::string &contextName)
{
    if (!caPem.empty() && readCertificates(caPem).empty())
        return tlsError(contextName, "the certificate authority is not readable PEM");
    return success();
}

Status configureSslContext(ssl_ctx_st *context, const TlsSettings &settings,
                           const std::shared_ptr<TlsDiagnostics> &diagnostics)
{
    if (!settings.caPem.empty()) {
        auto certs = readCertificates(settings.caPem);
        if (certs.empty())
            return tlsError(settings.contextName, "the certificate authority is not readable PEM");
        X509_STORE *store = X509_STORE_new();
        for (const CertPtr &cert : certs)
            X509_STORE_add_cert(store, cert.get());
        SSL_CTX_set_cert_store(context, store); // takes ownership; drops the system store
    }

    if (!settings.clientCertPem.empty()) {
        auto certs = readCertificates(settings.clientCertPem);
        KeyPtr key = readKey(settings.clientKeyPem);
        if (certs.empty() || !key)
            return tlsError(settings.contextName, "the client certificate or key is not readable PEM");
        SSL_CTX_use_certificate(context, certs.front().get());
        for (size_t i = 1; i < certs.size(); ++i)
            SSL_CTX_add_extra_chain_cert(context, certs[i].release()); // takes ownership
        SSL_CTX_use_PrivateKey(context, key.get());
        if (SSL_CTX_check_private_key(context) != 1) {
            ERR_clear_error();
            return tlsError(settings.contextName, "the client certificate and key do not match");
        }
    }

    auto *state = new VerifyState{settings.expectedHost, diagnostics};
    SSL_CTX_set_ex_data(context, verifyStateIndex(), state); // freed with the context
    SSL_CTX_set_cert_verify_callback(context, verifyChainAndRecord, state);
    return success();
}

} // namespace kedascope::k8s
