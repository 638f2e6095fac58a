// SPDX-License-Identifier: Apache-2.0
#include "sim/certificates.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>
#include <tuple>

namespace kedascope::sim {

namespace {

using PKeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

void check(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(std::string("certificate generation failed: ") + what);
}

std::string bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return std::string(data, static_cast<std::size_t>(size));
}

PKeyPtr newKey()
{
    PKeyPtr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    check(key != nullptr, "EC key");
    return key;
}

std::string keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1, "key PEM");
    return bioText(bio.get());
}

std::string certToPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    check(PEM_write_bio_X509(bio.get(), cert) == 1, "certificate PEM");
    return bioText(bio.get());
}

PKeyPtr keyFromPem(const std::string &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    PKeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    check(key != nullptr, "read key");
    return key;
}

X509Ptr certFromPem(const std::string &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
    check(cert != nullptr, "read certificate");
    return cert;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const std::string &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
    check(ext != nullptr, "extension");
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

X509Ptr buildCertificate(EVP_PKEY *subjectKey, const CertificateRequest &request)
{
    X509Ptr cert(X509_new(), X509_free);
    check(cert != nullptr, "X509_new");
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 60L * 60 * 24 * request.validDays);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (!request.organization.empty())
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>(request.organization.c_str()), -1,
                                   -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(request.commonName.c_str()), -1, -1,
                               0);
    return cert;
}

void addRequestExtensions(X509 *cert, X509 *issuer, const CertificateRequest &request)
{
    if (request.isCa) {
        addExtension(cert, issuer, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert, issuer, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        addExtension(cert, issuer, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert, issuer, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        std::string usages;
        if (request.serverAuth)
            usages = "serverAuth";
        if (request.clientAuth)
            usages += std::string(usages.empty() ? "" : ",") + "clientAuth";
        if (!usages.empty())
            addExtension(cert, issuer, NID_ext_key_usage, usages);
    }
    addExtension(cert, issuer, NID_subject_key_identifier, "hash");
    std::string sans;
    for (const auto &dns : request.dnsNames)
        sans += (sans.empty() ? "DNS:" : ",DNS:") + dns;
    for (const auto &ip : request.ipAddresses)
        sans += (sans.empty() ? "IP:" : ",IP:") + ip;
    if (!sans.empty())
        addExtension(cert, issuer, NID_subject_alt_name, sans);
}

// Why `pair` cannot serve under `ca` (empty: it can).
std::string pairProblem(const char *name, const KeyAndCertificate &pair, X509_STORE *trusted)
{
    auto key = keyFromPem(pair.keyPem);
    auto cert = certFromPem(pair.certificatePem);
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return std::string(name) + ": the key does not match the certificate";
    if (!trusted)
        return {};
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> context(X509_STORE_CTX_new(),
                                                                            X509_STORE_CTX_free);
    check(context && X509_STORE_CTX_init(context.get(), trusted, cert.get(), nullptr) == 1, "verify context");
    if (X509_verify_cert(context.get()) != 1)
        return std::string(name) + ": " +
               X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()));
    return {};
}

} // namespace

std::string ClusterCertificates::problem() const
{
    try {
        auto caCert = certFromPem(ca.certificatePem);
        std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), X509_STORE_free);
        check(store && X509_STORE_add_cert(store.get(), caCert.get()) == 1, "trust store");
        for (const auto &[name, pair, trusted] :
             {std::tuple{"ca", &ca, static_cast<X509_STORE *>(nullptr)}, std::tuple{"server", &server, store.get()},
              std::tuple{"admin", &admin, store.get()}})
            if (std::string problem = pairProblem(name, *pair, trusted); !problem.empty())
                return problem;
        if (X509_cmp_current_time(X509_get0_notAfter(caCert.get())) <= 0)
            return "ca: the certificate has expired";
    } catch (const std::exception &e) {
        return e.what();
    }
    return {};
}

std::string generatePrivateKeyPem()
{
    auto key = newKey();
    return keyToPem(key.get());
}

KeyAndCertificate generateCertificateAuthority(const std::string &commonName)
{
    auto key = newKey();
    CertificateRequest request;
    request.commonName = commonName;
    request.isCa = true;
    request.validDays = 3650;
    auto cert = buildCertificate(key.get(), request);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    addRequestExtensions(cert.get(), cert.get(), request);
    check(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "sign CA");
    return {keyToPem(key.get()), certToPem(cert.get())};
}

KeyAndCertificate issueCertificate(const KeyAndCertificate &issuer, const CertificateRequest &request)
{
    auto issuerKey = keyFromPem(issuer.keyPem);
    auto issuerCert = certFromPem(issuer.certificatePem);
    auto key = newKey();
    auto cert = buildCertificate(key.get(), request);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert.get()));
    addRequestExtensions(cert.get(), issuerCert.get(), request);
    addExtension(cert.get(), issuerCert.get(), NID_authority_key_identifier, "keyid:always");
    check(X509_sign(cert.get(), issuerKey.get(), EVP_sha256()) > 0, "sign certificate");
    return {keyToPem(key.get()), certToPem(cert.get())};
}

ClusterCertificates ClusterCertificates::generate()
{
    ClusterCertificates result;
    result.ca = generateCertificateAuthority("kedascope-sim-ca");
    CertificateRequest server;
    server.commonName = "kedascope-sim";
    server.dnsNames = {"localhost", "kedascope-sim"};
    server.ipAddresses = {"127.0.0.1"};
    server.serverAuth = true;
    result.server = issueCertificate(result.ca, server);
    CertificateRequest admin;
    admin.commonName = "kedascope-admin";
    admin.organization = "system:masters";
    admin.clientAuth = true;
    result.admin = issueCertificate(result.ca, admin);
    return result;
}

} // namespace kedascope::sim
