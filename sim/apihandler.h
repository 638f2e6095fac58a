// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"
#include "sim/apiresources.h"
#include "sim/apistatus.h"
#include "sim/httptypes.h"

#include <atomic>
#include <string>
#include <vector>

namespace kedascope::sim {

namespace json = k8s::json;

class ObjectStore;
class FaultInjector;

// The Kubernetes API over the object store: discovery, reads, watches and writes, answered
// as kube-apiserver answers them. Authentication happened before; authorization is here.
class ApiHandler
{
public:
    ApiHandler(ObjectStore &store, FaultInjector &faults, const std::atomic<bool> &stopping);
    void setServerAddress(std::string address) { m_serverAddress = std::move(address); }

    bool isWatch(const ApiRequest &request) const;
    ApiResponse handle(const ApiRequest &request);
    // `truncate`: the first event is cut in half and the connection dropped.
    void watch(const ApiRequest &request, WatchSink &sink, bool truncate);

    struct Route
    {
        const ApiResource *resource = nullptr;
        std::string ns;
        std::string name;
        std::string subresource;
    };

private:
    k8s::Result<Route> route(const ApiRequest &request) const;
    std::string verbOf(const ApiRequest &request, const Route &route) const;
    k8s::Status authorize(const ApiRequest &request, const Route &route, const std::string &verb) const;

    ApiResponse getObject(const ApiRequest &request, const Route &route);
    ApiResponse listObjects(const ApiRequest &request, const Route &route);
    ApiResponse createObject(const ApiRequest &request, const Route &route);
    ApiResponse replaceObject(const ApiRequest &request, const Route &route);
    ApiResponse patchObject(const ApiRequest &request, const Route &route);
    ApiResponse deleteObject(const ApiRequest &request, const Route &route);
    ApiResponse scale(const ApiRequest &request, const Route &route);

    ApiResponse error(const k8s::Error &error, const Route *route = nullptr) const;
    k8s::Error notFound(const Route &route) const;
    k8s::Error alreadyExists(const Route &route) const;
    k8s::Error conflict(const Route &route) const;
    k8s::Status checkNamespace(const Route &route) const;
    // CRD schema validation for KEDA kinds; prunes unknown fields unless `strict`, naming each one
    // dropped in `dropped` (what fieldValidation=Warn, the default, sends back as Warning headers).
    k8s::Status validate(const Route &route, json::Document &object, bool strict,
                         std::vector<std::string> *dropped = nullptr) const;

    ObjectStore &m_store;
    FaultInjector &m_faults;
    const std::atomic<bool> &m_stopping;
    std::string m_serverAddress;
};

} // namespace kedascope::sim
