// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <chrono>
#include <memory>
#include <string>

namespace kedascope::sim {

class ObjectStore;
class FaultInjector;
class KedaMetrics;

struct SimOptions
{
    std::string host = "127.0.0.1";
    int port = 0; // 0 picks a free one
    std::string kubeconfigOut; // written once the server is ready; empty: not written
    int scaledObjects = 0;     // seeded ScaledObjects (each with its Deployment and keda-hpa-* HPA)
    int namespaces = 1;        // spread over this many namespaces
    std::size_t watchHistory = 10000; // events kept for watch resumption; older versions get 410 Gone
    // The modelled KEDA operator (controller loop, admission webhook). Off by default in-process;
    // kedascope-sim turns it on unless --scaled-objects is given without --controller.
    bool keda = false;
    double speed = 1.0;       // simulated time runs this many times faster
    std::string scenarioFile; // empty: the built-in demo when scaledObjects is 0, else no sources
    // The KEDA operator's Prometheus /metrics listener; port 0 picks a free one.
    std::string metricsHost = "127.0.0.1";
    int metricsPort = 0;
    // Where the sim keeps its CA, certificates and tokens: reused when an earlier run left them there,
    // so that clients trust a restarted sim. Empty: a new identity at each start.
    std::string stateDirectory;
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
    // What the modelled KEDA operator exports: external metric values and its Prometheus metrics.
    KedaMetrics &metrics();
    int metricsPort() const; // the operator's /metrics on metricsHost (also behind the service proxy)
    // Bearer tokens stop working (401); new ones are issued and the kubeconfig rewritten.
    void expireTokens();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace kedascope::sim
