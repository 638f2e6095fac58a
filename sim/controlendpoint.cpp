// SPDX-License-Identifier: Apache-2.0
#include "sim/controlendpoint.h"

#include "k8sclient/json.h"
#include "sim/apistatus.h"
#include "sim/faultinjector.h"

#include <rapidjson/writer.h>

#include <chrono>

namespace kedascope::sim {

namespace json = k8s::json;

namespace {

constexpr const char *kFaultsPath = "/sim/v1/faults";

ApiResponse failure(int code, const std::string &message)
{
    ApiResponse r;
    r.code = code;
    r.body = failureStatusJson(apiError(code, reasonForCode(code), message));
    return r;
}

ApiResponse success(const std::string &message)
{
    return jsonResponse(200, messageStatusJson("Success", message, 200));
}

int intField(const json::Value &doc, const char *name, int fallback)
{
    const auto value = json::intAt(doc, name);
    return value ? static_cast<int>(*value) : fallback;
}

} // namespace

bool ControlEndpoint::isControlPath(const std::string &path)
{
    return path == "/sim" || path.compare(0, 5, "/sim/") == 0;
}

ApiResponse ControlEndpoint::handle(const ApiRequest &request, bool fromLoopback) const
{
    if (!fromLoopback)
        return failure(403, "the kedascope-sim control endpoint only answers loopback clients");
    if (request.user != kAdminUser)
        return failure(403, "forbidden: User \"" + request.user +
                                "\" cannot use the kedascope-sim control "
                                "endpoint (only the admin client certificate may)");
    if (request.path != kFaultsPath)
        return failure(404, "the server could not find the requested resource");
    if (request.method != "POST")
        return failure(405, "the server does not allow this method on the requested resource");
    return apply(request);
}

ApiResponse ControlEndpoint::apply(const ApiRequest &request) const
{
    std::string parseError;
    auto doc = json::parse(request.body, &parseError);
    if (!doc || !doc->IsObject())
        return failure(400, "the request body is not a JSON object: " + parseError);
    const std::string action = json::stringAt(*doc, "action");
    const std::string method = json::stringAt(*doc, "method");
    const std::string path = json::stringAt(*doc, "path");
    const int count = intField(*doc, "count", 1);
    if (count < 1)
        return failure(400, "count must be at least 1");

    if (action == "dropWatches") {
        m_faults.dropWatches();
        return success("every open watch stream was ended");
    }
    if (action == "gone") {
        m_faults.compactHistory();
        return success("the watch history was compacted: watches from earlier resourceVersions get 410 Gone");
    }
    if (action == "restart") {
        m_faults.compactHistory();
        m_faults.dropWatches();
        return success("restarted: new resourceVersion history, watch streams ended");
    }
    if (action == "expireTokens") {
        m_expireTokens();
        return success("bearer tokens expired; the kubeconfig now holds new ones");
    }
    if (action == "clear") {
        m_faults.clear();
        return success("pending faults cleared");
    }
    if (action == "fail") {
        const int code = intField(*doc, "code", 500);
        if (code < 400 || code > 599)
            return failure(400, "code must be an HTTP error status (400-599)");
        std::optional<int> retryAfter;
        if (doc->HasMember("retryAfter"))
            retryAfter = intField(*doc, "retryAfter", 1);
        m_faults.failNext(method, path, code, count, retryAfter);
        return success("the next " + std::to_string(count) + " matching requests get " +
                       std::to_string(code));
    }
    if (action == "stall") {
        int delayMs = intField(*doc, "delayMs", -1);
        if (delayMs < 0)
            delayMs = intField(*doc, "seconds", -1) * 1000;
        if (delayMs < 0)
            return failure(400, "stall needs delayMs (or seconds)");
        m_faults.stallNext(method, path, std::chrono::milliseconds(delayMs), count);
        return success("the next " + std::to_string(count) + " matching requests wait " +
                       std::to_string(delayMs) + " ms");
    }
    if (action == "truncate") {
        m_faults.truncateNext(method, path, count);
        return success("the next " + std::to_string(count) + " matching responses are cut");
    }
    return failure(400, "unknown action \"" + action +
                            "\" (dropWatches, gone, restart, fail, stall, truncate, expireTokens, clear)");
}

} // namespace kedascope::sim
