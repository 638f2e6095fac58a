// SPDX-License-Identifier: Apache-2.0
#include "sim/controlendpoint.h"

#include "k8sclient/json.h"
#include "sim/apistatus.h"
#include "sim/faultactions.h"

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

constexpr int kDefaultFailCode = 500;

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
    auto action = parseFaultAction(*doc, kDefaultFailCode);
    if (!action)
        return failure(400, action.error().message);
    return success(applyFaultAction(action.value(), m_faults, m_expireTokens));
}

} // namespace kedascope::sim
