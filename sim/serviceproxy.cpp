// SPDX-License-Identifier: Apache-2.0
#include "sim/serviceproxy.h"

#include "k8sclient/json.h"
#include "sim/apistatus.h"
#include "sim/metricsexposition.h"
#include "sim/objectstore.h"

namespace kedascope::sim {

namespace json = k8s::json;

namespace {

constexpr const char *kOperatorNamespace = "keda";
constexpr long long kOperatorMetricsPort = 8080;

ApiResponse statusResponse(const k8s::Error &e, const StatusSubject *subject = nullptr)
{
    ApiResponse r;
    r.code = e.code;
    r.body = failureStatusJson(e, subject);
    return r;
}

ApiResponse textResponse(int code, std::string body, std::string contentType)
{
    ApiResponse r;
    r.code = code;
    r.contentType = std::move(contentType);
    r.body = std::move(body);
    return r;
}

struct ProxyTarget
{
    std::string ns;
    std::string id; // [scheme:]name[:port], as in the path
    std::string scheme;
    std::string name;
    std::string port;
    std::string rest; // the path after .../proxy, "" or starting with '/'
};

std::optional<ProxyTarget> parseProxyPath(const std::string &path)
{
    const std::string prefix = "/api/v1/namespaces/";
    if (path.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    ProxyTarget t;
    const auto nsEnd = path.find('/', prefix.size());
    if (nsEnd == std::string::npos)
        return std::nullopt;
    t.ns = path.substr(prefix.size(), nsEnd - prefix.size());
    const std::string services = "/services/";
    if (path.compare(nsEnd, services.size(), services) != 0)
        return std::nullopt;
    const auto idStart = nsEnd + services.size();
    const auto idEnd = path.find('/', idStart);
    if (idEnd == std::string::npos)
        return std::nullopt;
    t.id = path.substr(idStart, idEnd - idStart);
    const std::string proxy = "/proxy";
    if (path.compare(idEnd, proxy.size(), proxy) != 0 ||
        (path.size() > idEnd + proxy.size() && path[idEnd + proxy.size()] != '/'))
        return std::nullopt;
    t.rest = path.substr(idEnd + proxy.size());
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (true) {
        const auto colon = t.id.find(':', start);
        pieces.push_back(t.id.substr(start, colon == std::string::npos ? std::string::npos : colon - start));
        if (colon == std::string::npos)
            break;
        start = colon + 1;
    }
    if (pieces.size() == 1) {
        t.name = pieces[0];
    } else if (pieces.size() == 2) {
        t.name = pieces[0];
        t.port = pieces[1];
    } else if (pieces.size() == 3) {
        t.scheme = pieces[0];
        t.name = pieces[1];
        t.port = pieces[2];
    } else {
        return std::nullopt;
    }
    return t;
}

bool isNumber(const std::string &text)
{
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace

std::optional<ApiResponse> ServiceProxy::handle(const ApiRequest &request) const
{
    auto target = parseProxyPath(request.path);
    if (!target)
        return std::nullopt;
    const ProxyTarget &t = *target;
    if (t.name.empty() || (t.scheme != "" && t.scheme != "http" && t.scheme != "https"))
        return statusResponse(apiError(400, "BadRequest", "invalid service request \"" + t.id + "\""));
    Record service = m_store.get("services", t.ns, t.name);
    if (!service) {
        StatusSubject subject{t.name, "", "services"};
        return statusResponse(apiError(404, "NotFound", "services \"" + t.name + "\" not found"), &subject);
    }
    auto doc = json::parse(service->json);
    if (!doc)
        return statusResponse(apiError(500, "InternalError", "Internal error occurred: unreadable Service"));

    // As kube-apiserver: a port number selects the service port with that number; a name (or
    // nothing) selects the port with that name.
    std::optional<long long> portNumber;
    const json::Value *ports = json::find(*doc, "spec.ports");
    if (ports && ports->IsArray()) {
        for (const auto &p : ports->GetArray()) {
            const std::string name = json::stringAt(p, "name");
            const auto number = json::intAt(p, "port");
            const bool matches =
                isNumber(t.port) ? (number && std::to_string(*number) == t.port) : name == t.port;
            if (matches) {
                portNumber = number;
                break;
            }
        }
    }
    if (!portNumber && isNumber(t.port))
        return statusResponse(
            apiError(503, "ServiceUnavailable",
                     "no service port " + t.port + " found for service \"" + t.name + "\""));
    const bool operatorPods = json::stringAt(*doc, "spec.selector.app") == "keda-operator";
    if (!portNumber || t.ns != kOperatorNamespace || !operatorPods || *portNumber != kOperatorMetricsPort ||
        t.scheme == "https")
        return statusResponse(
            apiError(503, "ServiceUnavailable", "no endpoints available for service \"" + t.id + "\""));

    if (request.method != "GET" && request.method != "HEAD")
        return textResponse(405, "Method Not Allowed\n", "text/plain; charset=utf-8");
    if (t.rest != "/metrics")
        return textResponse(404, "404 page not found\n", "text/plain; charset=utf-8");
    return textResponse(200, m_operatorMetrics(), kPrometheusTextContentType);
}

} // namespace kedascope::sim
