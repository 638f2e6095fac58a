// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <chrono>
#include <memory>
#include <string>

namespace kedascope::sim {

class ObjectStore;
class FaultInjector;

struct SimOptions
{
    std::string host = "127.0.0.1";
    int port = 0; // 0 picks a free one
    std::string kubeconfigOut; // written once the server is ready; empty: not written
    int scaledObjects = 0;     // seeded ScaledObjects (each with its Deployment and keda-hpa-* HPA)
    int namespaces = 1;        // spread over this many namespaces
    std::size_t watchHistory = 10000; // events kept for watch resumption; older versions get 410 Gone
};

// The demo cluster's API server: HTTPS on loopback, speaking the Kubernetes API subset
// Kedascope and kubectl use. Thread-safe; start() returns once it accepts connections.
class SimServer
{
public:
    explicit SimServer(SimOptions options);
    ~SimServer();
    SimServer(const SimServer &) = delete;
    SimServer &operator=(const SimServer &) = delete;

    k8s::Status start();
    void stop();

    int port() const;
    std::string url() const; // https://127.0.0.1:PORT
    // A kubeconfig with contexts sim-admin (client certificate, current), sim-token (bearer token)
    // and sim-viewer (read-only token), trusting the server's generated CA.
    std::string kubeconfigYaml() const;
    std::string caPem() const;

    ObjectStore &store();
    FaultInjector &faults();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace kedascope::sim
