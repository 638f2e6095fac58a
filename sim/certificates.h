// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace kedascope::sim {

// A private key and its certificate, both PEM.
struct KeyAndCertificate
{
    std::string keyPem;
    std::string certificatePem;
};

struct CertificateRequest
{
    std::string commonName;
    std::string organization;             // empty: none
    std::vector<std::string> dnsNames;    // subjectAltName DNS entries
    std::vector<std::string> ipAddresses; // subjectAltName IP entries (IPv4 dotted)
    bool isCa = false;
    bool serverAuth = false;
    bool clientAuth = false;
    int validDays = 365;
};

// Generates an EC P-256 key pair; returns the private key as PKCS#8 PEM.
std::string generatePrivateKeyPem();
// A self-signed CA (key + certificate).
KeyAndCertificate generateCertificateAuthority(const std::string &commonName);
// A new key and a certificate for it signed by `issuer`.
KeyAndCertificate issueCertificate(const KeyAndCertificate &issuer, const CertificateRequest &request);

// The TLS material the sim serves with: a CA, the server's certificate for 127.0.0.1/localhost,
// and the admin user's client certificate (CN=kedascope-admin, O=system:masters).
struct ClusterCertificates
{
    KeyAndCertificate ca;
    KeyAndCertificate server;
    KeyAndCertificate admin;
    static ClusterCertificates generate();
    // Empty when each key matches its certificate, the server and admin certificates were issued by
    // the CA, and none has expired; otherwise what is wrong (e.g. for material read back from disk).
    std::string problem() const;
};

} // namespace kedascope::sim
