// SPDX-License-Identifier: Apache-2.0
// kedascope-sim: the demo cluster's API server as a program.
#include "sim/simserver.h"

#include <arpa/inet.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

namespace {

int usage(const std::string &problem)
{
    if (!problem.empty())
        std::cerr << "kedascope-sim: " << problem << "\n";
    std::cerr << "usage: kedascope-sim [--listen HOST:PORT] [--kubeconfig-out PATH] [--scaled-objects N] "
                 "[--namespaces M] [--metrics-listen HOST:PORT] [--scenario FILE] [--speed X] [--controller] "
                 "[--state-dir DIR]\n";
    return 2;
}

bool parseCount(const std::string &text, int &out)
{
    try {
        std::size_t used = 0;
        const int value = std::stoi(text, &used);
        if (used != text.size() || value < 0)
            return false;
        out = value;
        return true;
    } catch (...) {
        return false;
    }
}

} // namespace

int main(int argc, char **argv)
{
    kedascope::sim::SimOptions options;
    bool controllerFlag = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        std::string value;
        const auto eq = arg.find('=');
        if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        } else if (arg == "--controller") {
            controllerFlag = true;
            continue;
        } else if (arg == "--help" || arg == "-h") {
            usage({});
            return 0;
        } else if (i + 1 < argc) {
            value = argv[++i];
        } else {
            return usage("missing value for " + arg);
        }
        if (arg == "--listen") {
            const auto colon = value.rfind(':');
            int port = 0;
            if (colon == std::string::npos || colon == 0 || !parseCount(value.substr(colon + 1), port) ||
                port > 65535)
                return usage("--listen expects HOST:PORT, got \"" + value + "\"");
            options.host = value.substr(0, colon);
            options.port = port;
            in_addr address{};
            if (inet_pton(AF_INET, options.host.c_str(), &address) != 1)
                return usage("--listen expects an IPv4 address, got \"" + options.host + "\"");
        } else if (arg == "--metrics-listen") {
            const auto colon = value.rfind(':');
            int port = 0;
            in_addr address{};
            if (colon == std::string::npos || colon == 0 || !parseCount(value.substr(colon + 1), port) ||
                port > 65535 || inet_pton(AF_INET, value.substr(0, colon).c_str(), &address) != 1)
                return usage("--metrics-listen expects IPv4-HOST:PORT, got \"" + value + "\"");
            options.metricsHost = value.substr(0, colon);
            options.metricsPort = port;
        } else if (arg == "--scenario") {
            if (value.empty())
                return usage("--scenario expects a file");
            options.scenarioFile = value;
        } else if (arg == "--speed") {
            try {
                std::size_t used = 0;
                options.speed = std::stod(value, &used);
                if (used != value.size() || !(options.speed > 0))
                    throw std::invalid_argument(value);
            } catch (...) {
                return usage("--speed expects a positive number, got \"" + value + "\"");
            }
        } else if (arg == "--state-dir") {
            if (value.empty())
                return usage("--state-dir expects a directory");
            options.stateDirectory = value;
        } else if (arg == "--kubeconfig-out") {
            if (value.empty())
                return usage("--kubeconfig-out expects a path");
            options.kubeconfigOut = value;
        } else if (arg == "--scaled-objects") {
            if (!parseCount(value, options.scaledObjects))
                return usage("--scaled-objects expects a count, got \"" + value + "\"");
        } else if (arg == "--namespaces") {
            if (!parseCount(value, options.namespaces) || options.namespaces < 1)
                return usage("--namespaces expects a positive count, got \"" + value + "\"");
        } else {
            return usage("unknown option " + arg);
        }
    }

    // KEDA's controller runs on the demo and on scenarios; the seeded benchmark cluster stays still
    // unless --controller asks for it (10,000 objects polled would only measure the controller).
    options.keda = controllerFlag || options.scaledObjects == 0 || !options.scenarioFile.empty();

    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    kedascope::sim::SimServer server(options);
    auto started = server.start();
    if (!started) {
        std::cerr << started.error().message << "\n";
        return 1;
    }
    std::cout << "kedascope-sim listening on " << server.url() << std::endl;
    std::cout << "KEDA operator metrics on http://" << options.metricsHost << ":" << server.metricsPort()
              << "/metrics" << std::endl;
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
    return 0;
}
