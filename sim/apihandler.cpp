// SPDX-License-Identifier: Apache-2.0
#include "sim/apihandler.h"

#include "k8sclient/base64.h"
#include "k8sclient/crdschema.h"
#include "sim/eventviews.h"
#include "sim/faultinjector.h"
#include "sim/objectstore.h"
#include "sim/selectors.h"
#include "sim/tables.h"

#include <chrono>
#include <random>
#include <thread>

namespace kedascope::sim {

namespace {

std::vector<std::string> knownFieldLabels(const ApiResource &r)
{
    std::vector<std::string> fields = {"metadata.name", "metadata.namespace"};
    if (r.resource == "events" && r.group.empty()) {
        for (const char *f :
             {"involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
              "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath",
              "reason", "reportingComponent", "source", "type"})
            fields.emplace_back(f);
    } else if (r.resource == "events") {
        for (const char *f : {"regarding.kind", "regarding.namespace", "regarding.name", "regarding.uid",
                              "regarding.apiVersion", "regarding.resourceVersion", "regarding.fieldPath",
                              "reason", "reportingController", "type"})
            fields.emplace_back(f);
    } else if (r.resource == "pods") {
        fields.emplace_back("status.phase");
    } else if (r.resource == "namespaces") {
        fields.emplace_back("status.phase");
    }
    return fields;
}

struct Filter
{
    Selector labels;
    Selector fields;
    bool accepts(const ObjectRecord &record) const
    {
        return labels.matches(record.labels) && fields.matches(record.fields);
    }
};

k8s::Result<Filter> parseFilter(const ApiRequest &request, const ApiResource &resource)
{
    Filter filter;
    auto labels = Selector::parseLabels(request.param("labelSelector"));
    if (!labels)
        return labels.error();
    filter.labels = labels.value();
    auto fields = Selector::parseFields(request.param("fieldSelector"), knownFieldLabels(resource));
    if (!fields)
        return fields.error();
    filter.fields = fields.value().withKeysRenamed(
        [&resource](const std::string &label) { return storedFieldLabel(resource, label); });
    return filter;
}

std::string listKind(const ApiResource &r)
{
    return r.kind + "List";
}

std::string encodeContinue(const std::string &key, unsigned long long rv)
{
    return k8s::base64::encode(R"({"v":"meta.k8s.io/v1","rv":)" + std::to_string(rv) + R"(,"start":")" + key +
                               "\"}");
}

} // namespace

ApiHandler::ApiHandler(ObjectStore &store, FaultInjector &faults, const std::atomic<bool> &stopping)
    : m_store(store), m_faults(faults), m_stopping(stopping)
{}

k8s::Result<ApiHandler::Route> ApiHandler::route(const ApiRequest &request) const
{
    const auto parts = splitPath(request.path);
    std::string group;
    std::string version;
    std::size_t next = 0;
    if (parts.size() >= 2 && parts[0] == "api") {
        version = parts[1];
        next = 2;
    } else if (parts.size() >= 3 && parts[0] == "apis") {
        group = parts[1];
        version = parts[2];
        next = 3;
    } else {
        return apiError(404, "NotFound", "the server could not find the requested resource");
    }
    const std::vector<std::string> rest(parts.begin() + static_cast<long>(next), parts.end());
    Route r;
    if (rest.size() >= 3 && rest[0] == "namespaces") {
        const ApiResource *candidate = findApiResource(group, version, rest[2]);
        if (candidate && candidate->namespaced && rest.size() <= 5) {
            r.resource = candidate;
            r.ns = rest[1];
            r.name = rest.size() > 3 ? rest[3] : "";
            r.subresource = rest.size() > 4 ? rest[4] : "";
        }
    }
    if (!r.resource && !rest.empty() && rest.size() <= 3) {
        const ApiResource *candidate = findApiResource(group, version, rest[0]);
        if (candidate) {
            r.resource = candidate;
            r.name = rest.size() > 1 ? rest[1] : "";
            r.subresource = rest.size() > 2 ? rest[2] : "";
            if (candidate->namespaced && !r.name.empty())
                r.resource = nullptr; // a namespaced object needs its namespace in the path
        }
    }
    if (!r.resource)
        return apiError(404, "NotFound", "the server could not find the requested resource");
    if (!r.subresource.empty()) {
        const bool known = (r.subresource == "status" && r.resource->hasStatus) ||
                           (r.subresource == "scale" && r.resource->hasScale);
        if (!known)
            return apiError(404, "NotFound", "the server could not find the requested resource");
    }
    return r;
}

bool ApiHandler::isWatch(const ApiRequest &request) const
{
    if (request.method != "GET")
        return false;
    const std::string w = request.param("watch");
    if (w != "true" && w != "1")
        return false;
    auto r = route(request);
    return r && r.value().name.empty();
}

std::string ApiHandler::verbOf(const ApiRequest &request, const Route &route) const
{
    const std::string &m = request.method;
    if (m == "GET") {
        if (!route.name.empty())
            return "get";
        const std::string w = request.param("watch");
        return (w == "true" || w == "1") ? "watch" : "list";
    }
    if (m == "POST")
        return "create";
    if (m == "PUT")
        return "update";
    if (m == "PATCH")
        return "patch";
    if (m == "DELETE")
        return route.name.empty() ? "deletecollection" : "delete";
    return "";
}

k8s::Status ApiHandler::authorize(const ApiRequest &request, const Route &route,
                                  const std::string &verb) const
{
    if (request.user != "viewer" || verb == "get" || verb == "list" || verb == "watch")
        return k8s::success();
    const ApiResource &r = *route.resource;
    std::string message = r.qualifiedName();
    if (!route.name.empty())
        message += " \"" + route.name + "\"";
    std::string resource = r.resource + (route.subresource.empty() ? "" : "/" + route.subresource);
    message += " is forbidden: User \"" + request.user + "\" cannot " + verb + " resource \"" + resource +
               "\" in API group \"" + r.group + "\"";
    message +=
        route.ns.empty() ? std::string(" at the cluster scope") : " in the namespace \"" + route.ns + "\"";
    return apiError(403, "Forbidden", message);
}

ApiResponse ApiHandler::error(const k8s::Error &e, const Route *route) const
{
    ApiResponse response;
    response.code = e.code ? e.code : 500;
    if (route && route->resource &&
        (e.code == 404 || e.code == 409 || e.code == 403 || e.code == 422 || e.code == 400)) {
        StatusSubject subject;
        subject.name = route->name;
        subject.group = route->resource->group;
        subject.kind = e.code == 422 ? route->resource->kind : route->resource->resource;
        if (e.code == 400 && route->name.empty())
            response.body = failureStatusJson(e);
        else
            response.body = failureStatusJson(e, &subject);
    } else {
        response.body = failureStatusJson(e);
    }
    if (e.retryAfterSeconds)
        response.headers.emplace_back("Retry-After", std::to_string(*e.retryAfterSeconds));
    return response;
}

k8s::Error ApiHandler::notFound(const Route &route) const
{
    return apiError(404, "NotFound", route.resource->qualifiedName() + " \"" + route.name + "\" not found");
}

k8s::Error ApiHandler::alreadyExists(const Route &route) const
{
    return apiError(409, "AlreadyExists",
                    route.resource->qualifiedName() + " \"" + route.name + "\" already exists");
}

k8s::Error ApiHandler::conflict(const Route &route) const
{
    return apiError(
        409, "Conflict",
        "Operation cannot be fulfilled on " + route.resource->qualifiedName() + " \"" + route.name +
            "\": the object has been modified; please apply your changes to the latest version and "
            "try again");
}

k8s::Status ApiHandler::checkNamespace(const Route &route) const
{
    if (!route.resource->namespaced)
        return k8s::success();
    if (!m_store.get("namespaces", "", route.ns)) {
        k8s::Error e = apiError(404, "NotFound", "namespaces \"" + route.ns + "\" not found");
        return e;
    }
    return k8s::success();
}

k8s::Status ApiHandler::validate(const Route &route, json::Document &object, bool strict,
                                 std::vector<std::string> *dropped) const
{
    if (!route.resource->isKeda())
        return k8s::success();
    auto schema = k8s::CrdSchema::forKind(route.resource->kind);
    if (!schema)
        return k8s::success();
    auto errors = schema->validate(object, strict);
    std::vector<k8s::FieldError> unknown;
    std::vector<k8s::FieldError> invalid;
    for (auto &e : errors)
        (e.reason == "FieldUnknown" ? unknown : invalid).push_back(e);
    if (!unknown.empty() && strict) {
        std::string message = "strict decoding error: ";
        for (std::size_t i = 0; i < unknown.size(); ++i)
            message += (i ? ", " : "") + std::string("unknown field \"") + unknown[i].field + "\"";
        return apiError(400, "BadRequest", message);
    }
    if (!strict) {
        schema->prune(object);
        if (dropped)
            for (const auto &e : unknown)
                dropped->push_back("unknown field \"" + e.field + "\"");
        if (!unknown.empty()) {
            invalid.clear();
            for (auto &e : schema->validate(object, false))
                if (e.reason != "FieldUnknown")
                    invalid.push_back(e);
        }
    }
    if (invalid.empty())
        return k8s::success();
    const std::string name = json::stringAt(object, "metadata.name", route.name);
    std::string message =
        route.resource->kind + "." + route.resource->group + " \"" + name + "\" is invalid: ";
    if (invalid.size() > 1)
        message += "[";
    k8s::Error e = apiError(422, "Invalid", "");
    for (std::size_t i = 0; i < invalid.size(); ++i) {
        message += (i ? ", " : "") + invalid[i].field + ": " + invalid[i].message;
        e.causes.push_back({invalid[i].reason, invalid[i].message, invalid[i].field});
    }
    if (invalid.size() > 1)
        message += "]";
    e.message = message;
    return e;
}

ApiResponse ApiHandler::handle(const ApiRequest &request)
{
    const std::string &path = request.path;
    if (path == "/healthz" || path == "/livez" || path == "/readyz") {
        ApiResponse r = jsonResponse(200, "ok");
        r.contentType = "text/plain; charset=utf-8";
        return r;
    }
    if (path == "/version") {
        return jsonResponse(
            200,
            R"({"major":"1","minor":"32","gitVersion":"v1.32.0-kedascope-sim","gitCommit":"0000000000000000000000000000000000000000","gitTreeState":"clean","buildDate":"2026-01-01T00:00:00Z","goVersion":"go1.23.4","compiler":"gc","platform":"linux/amd64"})");
    }
    if (path == "/openapi/v3")
        return jsonResponse(200, openApiV3IndexJson());
    if (path.rfind("/openapi/v3/", 0) == 0) {
        const std::string document = openApiV3GroupVersionJson(path.substr(12));
        if (!document.empty())
            return jsonResponse(200, document);
    }
    if (path == "/api" || path == "/api/")
        return jsonResponse(200, apiVersionsJson(m_serverAddress));
    if (path == "/apis" || path == "/apis/")
        return jsonResponse(200, apiGroupListJson());
    {
        const auto parts = splitPath(path);
        std::string discovery;
        if (parts.size() == 2 && parts[0] == "api")
            discovery = apiResourceListJson("", parts[1]);
        else if (parts.size() == 3 && parts[0] == "apis")
            discovery = apiResourceListJson(parts[1], parts[2]);
        if (!discovery.empty())
            return request.method == "GET"
                       ? jsonResponse(200, discovery)
                       : error(apiError(405, "MethodNotAllowed",
                                        "the server does not allow this method on the requested resource"));
    }
    auto routed = route(request);
    if (!routed)
        return error(routed.error());
    const Route &r = routed.value();
    const std::string verb = verbOf(request, r);
    if (verb.empty())
        return error(apiError(405, "MethodNotAllowed",
                              "the server does not allow this method on the requested resource"));
    if (auto allowed = authorize(request, r, verb); !allowed)
        return error(allowed.error(), &r);
    if (r.subresource == "scale")
        return scale(request, r);
    if (verb == "get")
        return getObject(request, r);
    if (verb == "list")
        return listObjects(request, r);
    const bool collection = r.name.empty();
    if (verb == "create" && collection && r.subresource.empty())
        return createObject(request, r);
    if (verb == "update" && !collection)
        return replaceObject(request, r);
    if (verb == "patch" && !collection)
        return patchObject(request, r);
    if (verb == "delete" && r.subresource.empty())
        return deleteObject(request, r);
    return error(
        apiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource"));
}

ApiResponse ApiHandler::getObject(const ApiRequest &request, const Route &route)
{
    Record record =
        viewOf(*route.resource, m_store.get(storedResourceOf(*route.resource), route.ns, route.name));
    if (!record)
        return error(notFound(route), &route);
    if (acceptsTable(request.header("accept")))
        return jsonResponse(200, tableJson(*route.resource, {record},
                                           {std::to_string(record->resourceVersion),
                                            {},
                                            0,
                                            tableRowObjectOf(request.param("includeObject"))}));
    return jsonResponse(200, record->json);
}

ApiResponse ApiHandler::listObjects(const ApiRequest &request, const Route &route)
{
    auto filter = parseFilter(request, *route.resource);
    if (!filter)
        return error(filter.error());
    std::size_t limit = 0;
    if (const std::string l = request.param("limit"); !l.empty()) {
        try {
            const long long value = std::stoll(l);
            limit = value > 0 ? static_cast<std::size_t>(value) : 0;
        } catch (...) {
            return error(apiError(400, "BadRequest", "invalid limit: " + l));
        }
    }
    std::string startAfter;
    if (const std::string token = request.param("continue"); !token.empty()) {
        auto decoded = k8s::base64::decode(token);
        auto doc = decoded ? json::parse(*decoded) : std::nullopt;
        if (!doc || !doc->IsObject() || !doc->HasMember("start"))
            return error(apiError(400, "BadRequest",
                                  "continue key is not valid: incorrect encoded start resourceVersion "
                                  "(version meta.k8s.io/v1)"));
        startAfter = json::stringAt(*doc, "start");
    }
    const Filter f = filter.value();
    auto page = m_store.list(storedResourceOf(*route.resource), route.ns, startAfter, limit,
                             [&f](const ObjectRecord &record) { return f.accepts(record); });
    for (auto &item : page.items)
        item = viewOf(*route.resource, item);
    const std::string rv = std::to_string(page.resourceVersion);
    const std::string next =
        page.nextKey.empty() ? std::string() : encodeContinue(page.nextKey, page.resourceVersion);
    if (acceptsTable(request.header("accept")))
        return jsonResponse(
            200, tableJson(*route.resource, page.items,
                           {rv, next, page.remaining, tableRowObjectOf(request.param("includeObject"))}));
    std::size_t size = 256;
    for (const auto &item : page.items)
        size += item->json.size() + 1;
    std::string body;
    body.reserve(size);
    body += R"({"kind":")" + listKind(*route.resource) + R"(","apiVersion":")" +
            route.resource->apiVersion() + R"(","metadata":{"resourceVersion":")" + rv + '"';
    if (!next.empty())
        body += R"(,"continue":")" + next + R"(","remainingItemCount":)" + std::to_string(page.remaining);
    body += R"(},"items":[)";
    bool first = true;
    for (const auto &item : page.items) {
        if (!first)
            body += ',';
        first = false;
        body += item->json;
    }
    body += "]}";
    return jsonResponse(200, std::move(body));
}

void ApiHandler::watch(const ApiRequest &request, WatchSink &sink, bool truncate)
{
    auto routed = route(request);
    if (!routed) {
        sink.respond(error(routed.error()));
        return;
    }
    const Route r = routed.value();
    if (auto allowed = authorize(request, r, "watch"); !allowed) {
        sink.respond(error(allowed.error(), &r));
        return;
    }
    auto filter = parseFilter(request, *r.resource);
    if (!filter) {
        sink.respond(error(filter.error()));
        return;
    }
    unsigned long long from = 0;
    const std::string rvParam = request.param("resourceVersion");
    if (!rvParam.empty()) {
        try {
            from = std::stoull(rvParam);
        } catch (...) {
            sink.respond(error(apiError(400, "BadRequest", "invalid resource version: " + rvParam)));
            return;
        }
    }
    const bool table = acceptsTable(request.header("accept"));
    const TableRowObject rowObject = tableRowObjectOf(request.param("includeObject"));
    const bool bookmarks = request.param("allowWatchBookmarks") == "true";
    auto timeout = std::chrono::seconds(1800 + std::random_device{}() % 1800);
    if (const std::string t = request.param("timeoutSeconds"); !t.empty()) {
        try {
            timeout = std::chrono::seconds(std::max(0LL, std::stoll(t)));
        } catch (...) {
        }
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const auto dropGeneration = m_faults.dropGeneration();
    const std::string resourceName = storedResourceOf(*r.resource);
    const Filter f = filter.value();
    if (!sink.start())
        return;
    bool firstSent = false;
    auto sendRecord = [&](const std::string &type, const Record &stored) {
        const Record record = viewOf(*r.resource, stored);
        std::string object = table ? tableJson(*r.resource, {record},
                                               {std::to_string(record->resourceVersion), {}, 0, rowObject})
                                   : record->json;
        std::string line = R"({"type":")" + type + R"(","object":)" + object + "}\n";
        if (truncate && !firstSent) {
            sink.sendTruncated(line);
            return false;
        }
        firstSent = true;
        return sink.send(line);
    };
    auto inScope = [&](const ObjectRecord &record) { return r.ns.empty() || record.ns == r.ns; };
    if (from == 0) {
        auto page =
            m_store.list(resourceName, r.ns, {}, 0, [&f](const ObjectRecord &rec) { return f.accepts(rec); });
        for (const auto &record : page.items)
            if (!sendRecord("ADDED", record))
                return;
        from = page.resourceVersion;
    }
    const auto bookmarkInterval = std::chrono::seconds(5);
    auto nextBookmark = std::chrono::steady_clock::now() + bookmarkInterval;
    auto sendBookmark = [&](unsigned long long version) {
        return sink.send(R"({"type":"BOOKMARK","object":{"kind":")" + r.resource->kind +
                         R"(","apiVersion":")" + r.resource->apiVersion() +
                         R"(","metadata":{"resourceVersion":")" + std::to_string(version) + "\"}}}\n");
    };
    while (true) {
        if (!sink.alive())
            return;
        if (m_stopping.load() || m_faults.dropGeneration() != dropGeneration) {
            sink.finish();
            return;
        }
        std::vector<WatchEvent> events;
        unsigned long long upTo = 0;
        unsigned long long oldest = 0;
        if (!m_store.eventsSince(from, resourceName, events, upTo, oldest)) {
            k8s::Error gone = apiError(410, "Expired",
                                       "too old resource version: " + std::to_string(from) + " (" +
                                           std::to_string(oldest) + ")");
            sink.send(R"({"type":"ERROR","object":)" + failureStatusJson(gone) + "}\n");
            sink.finish();
            return;
        }
        for (const auto &event : events) {
            if (!inScope(*event.object) || !f.accepts(*event.object))
                continue;
            if (!sendRecord(event.type, event.object))
                return;
        }
        from = std::max(from, upTo);
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline) {
            if (bookmarks)
                sendBookmark(from);
            sink.finish();
            return;
        }
        if (bookmarks && now >= nextBookmark) {
            if (!sendBookmark(from))
                return;
            nextBookmark = now + bookmarkInterval;
        }
        auto wakeUp =
            std::min({deadline, now + std::chrono::milliseconds(200), bookmarks ? nextBookmark : deadline});
        m_store.waitForChange(from, wakeUp);
    }
}

} // namespace kedascope::sim
