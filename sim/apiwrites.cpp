// SPDX-License-Identifier: Apache-2.0
// The writing verbs of ApiHandler: create, replace, patch (merge, JSON, apply), delete, /scale.
#include "sim/apihandler.h"

#include "k8sclient/crdschema.h"
#include "k8sclient/yamljson.h"
#include "sim/admissionview.h"
#include "sim/eventviews.h"
#include "sim/jsonpatch.h"
#include "sim/managedfields.h"
#include "sim/objectstore.h"

#include <random>

namespace kedascope::sim {

namespace {

using Document = json::Document;

std::string mediaType(const ApiRequest &request)
{
    std::string type = request.header("content-type");
    const auto semicolon = type.find(';');
    if (semicolon != std::string::npos)
        type = type.substr(0, semicolon);
    while (!type.empty() && type.back() == ' ')
        type.pop_back();
    return type;
}

k8s::Result<Document> parseBody(const ApiRequest &request)
{
    const std::string type = mediaType(request);
    if (type.find("yaml") != std::string::npos) {
        auto docs = k8s::yamlToJson(request.body, "request body");
        if (!docs)
            return apiError(400, "BadRequest", docs.error().message);
        if (docs.value().empty())
            return apiError(400, "BadRequest", "the request body is empty");
        return std::move(docs.value().front());
    }
    std::string parseError;
    auto doc = json::parse(request.body, &parseError);
    if (!doc)
        return apiError(400, "BadRequest", "the request body is not valid JSON: " + parseError);
    return std::move(*doc);
}

Document copyOf(const json::Value &value)
{
    Document doc;
    doc.CopyFrom(value, doc.GetAllocator());
    return doc;
}

Document parseRecord(const Record &record)
{
    auto doc = json::parse(record->json);
    return doc ? std::move(*doc) : Document(rapidjson::kObjectType);
}

std::string managerOf(const ApiRequest &request, const std::string &fallbackVerb)
{
    std::string manager = request.param("fieldManager");
    if (!manager.empty())
        return manager;
    std::string agent = request.header("user-agent");
    agent = agent.substr(0, agent.find('/'));
    if (agent == "kubectl")
        return "kubectl-" + fallbackVerb;
    return agent.empty() ? "unknown" : agent;
}

bool isDryRun(const ApiRequest &request)
{
    return request.param("dryRun") == "All";
}

bool isStrict(const ApiRequest &request)
{
    return request.param("fieldValidation") == "Strict";
}

// Replaces `target`'s member `key` by a copy of `source`'s (removing it when `source` lacks it).
void copyMember(json::Value &target, const json::Value &source, const char *key, json::Allocator &alloc)
{
    target.RemoveMember(key);
    if (auto it = source.FindMember(key); it != source.MemberEnd())
        target.AddMember(json::Value(key, alloc), json::Value(it->value, alloc), alloc);
}

// Deployments and StatefulSets roll out at once in the sim: status follows spec.replicas.
void followReplicas(const ApiResource &resource, json::Value &object, json::Allocator &alloc)
{
    if (resource.resource != "deployments" && resource.resource != "statefulsets")
        return;
    auto replicas = json::intAt(object, "spec.replicas");
    if (!replicas)
        return;
    auto &status = json::ensureObject(object, "status", alloc);
    for (const char *field :
         {"replicas", "readyReplicas", "availableReplicas", "updatedReplicas", "currentReplicas"}) {
        if (resource.resource == "deployments" && std::string(field) == "currentReplicas")
            continue;
        status.RemoveMember(field);
        status.AddMember(json::Value(field, alloc), json::Value(static_cast<int64_t>(*replicas)), alloc);
    }
}

void keepServerMetadata(json::Value &result, const json::Value &current, json::Allocator &alloc)
{
    auto &metadata = json::ensureObject(result, "metadata", alloc);
    if (const auto *currentMetadata = json::find(current, "metadata"))
        copyMember(metadata, *currentMetadata, "managedFields", alloc);
}

void ensureTypeMeta(const ApiResource &resource, json::Value &object, json::Allocator &alloc)
{
    json::setString(object, "apiVersion", resource.apiVersion(), alloc);
    json::setString(object, "kind", resource.kind, alloc);
}

std::string randomSuffix()
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    std::random_device rd;
    std::string s;
    for (int i = 0; i < 5; ++i)
        s += alphabet[rd() % (sizeof alphabet - 1)];
    return s;
}

std::string selectorText(const json::Value &object)
{
    std::string text;
    if (const auto *labels = json::find(object, "spec.selector.matchLabels"); labels && labels->IsObject())
        for (auto it = labels->MemberBegin(); it != labels->MemberEnd(); ++it)
            if (it->value.IsString())
                text += (text.empty() ? "" : ",") + std::string(it->name.GetString()) + "=" +
                        it->value.GetString();
    return text;
}

Document scaleOf(const json::Value &object)
{
    Document scale(rapidjson::kObjectType);
    auto &alloc = scale.GetAllocator();
    json::setString(scale, "kind", "Scale", alloc);
    json::setString(scale, "apiVersion", "autoscaling/v1", alloc);
    json::Value metadata(rapidjson::kObjectType);
    for (const char *key : {"name", "namespace", "uid", "resourceVersion", "creationTimestamp"})
        json::setString(metadata, key, json::stringAt(object, std::string("metadata.") + key), alloc);
    scale.AddMember("metadata", metadata, alloc);
    json::Value spec(rapidjson::kObjectType);
    spec.AddMember("replicas",
                   json::Value(static_cast<int64_t>(json::intAt(object, "spec.replicas").value_or(1))),
                   alloc);
    scale.AddMember("spec", spec, alloc);
    json::Value status(rapidjson::kObjectType);
    status.AddMember("replicas",
                     json::Value(static_cast<int64_t>(json::intAt(object, "status.replicas").value_or(0))),
                     alloc);
    json::setString(status, "selector", selectorText(object), alloc);
    scale.AddMember("status", status, alloc);
    return scale;
}

// Applies a non-apply patch body to `doc` according to the request's content type.
k8s::Status applyPatchBody(const ApiRequest &request, const json::Value &patch, json::Value &doc,
                           json::Allocator &alloc)
{
    const std::string type = mediaType(request);
    if (type == "application/json-patch+json")
        return applyJsonPatch(doc, patch, alloc);
    if (!patch.IsObject())
        return apiError(400, "BadRequest", "a merge patch must be a JSON object");
    json::mergePatch(doc, patch, alloc);
    return k8s::success();
}

bool isKnownPatchType(const std::string &type)
{
    return type == "application/json-patch+json" || type == "application/merge-patch+json" ||
           type == "application/strategic-merge-patch+json" || type == "application/apply-patch+yaml";
}

k8s::Error unsupportedPatch(const std::string &type)
{
    return apiError(
        415, "UnsupportedMediaType",
        "the body of the request was in an unknown format - accepted media types include: "
        "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml" +
            std::string(type.empty() ? "" : ""));
}

// `mutation` sees and returns the object as `resource` serves it; the store gets its stored form.
ObjectStore::Mutation throughView(const ApiResource &resource, ObjectStore::Mutation mutation)
{
    if (!isConvertedView(resource))
        return mutation;
    return [&resource, mutation = std::move(mutation)](const Record &current) -> k8s::Result<Document> {
        auto produced = mutation(viewOf(resource, current));
        if (!produced)
            return produced.error();
        return storedFormOf(resource, produced.value());
    };
}

ApiResponse servedResponse(int code, const ApiResource &resource, const Record &stored)
{
    return jsonResponse(code, viewOf(resource, stored)->json);
}

// fieldValidation=Warn (the API server's default) answers each dropped field with a Warning header.
ApiResponse withWarnings(ApiResponse response, const ApiRequest &request, const std::vector<std::string> &warnings)
{
    if (request.param("fieldValidation") == "Ignore")
        return response;
    for (const std::string &warning : warnings) {
        std::string quoted;
        for (const char c : warning) {
            if (c == '"' || c == '\\')
                quoted += '\\';
            quoted += c;
        }
        response.headers.emplace_back("Warning", "299 - \"" + quoted + "\"");
    }
    return response;
}

} // namespace

ApiResponse ApiHandler::createObject(const ApiRequest &request, const Route &collection)
{
    auto body = parseBody(request);
    if (!body)
        return error(body.error(), &collection);
    Document doc = std::move(body.value());
    if (!doc.IsObject())
        return error(apiError(400, "BadRequest", "the request body must be an object"), &collection);
    const std::string kind = json::stringAt(doc, "kind");
    if (!kind.empty() && kind != collection.resource->kind)
        return error(apiError(400, "BadRequest",
                              "the kind of the provided object (" + kind +
                                  ") does not match the kind of the endpoint (" + collection.resource->kind +
                                  ")"));
    auto &alloc = doc.GetAllocator();
    Route route = collection;
    route.name = json::stringAt(doc, "metadata.name");
    if (route.name.empty()) {
        const std::string generateName = json::stringAt(doc, "metadata.generateName");
        if (generateName.empty()) {
            k8s::Error e = apiError(
                422, "Invalid",
                collection.resource->kind + "." + collection.resource->group +
                    " \"\" is invalid: metadata.name: Required value: name or generateName is required");
            e.causes.push_back(
                {"FieldValueRequired", "Required value: name or generateName is required", "metadata.name"});
            return error(e, &route);
        }
        route.name = generateName + randomSuffix();
        json::setString(json::ensureObject(doc, "metadata", alloc), "name", route.name, alloc);
    }
    const std::string bodyNamespace = json::stringAt(doc, "metadata.namespace");
    if (route.resource->namespaced && !bodyNamespace.empty() && bodyNamespace != route.ns)
        return error(apiError(
            400, "BadRequest",
            "the namespace of the provided object does not match the namespace sent on the request"));
    if (auto ns = checkNamespace(route); !ns)
        return error(ns.error());
    ensureTypeMeta(*route.resource, doc, alloc);
    std::vector<std::string> dropped;
    if (auto valid = validate(route, doc, isStrict(request), &dropped); !valid)
        return error(valid.error(), &route);
    if (route.resource->hasStatus && route.resource->resource != "namespaces")
        doc.RemoveMember("status");
    if (route.resource->resource == "namespaces")
        json::setString(json::ensureObject(doc, "status", alloc), "phase", "Active", alloc);
    if (auto *metadata = json::find(doc, "metadata"))
        metadata->RemoveMember("managedFields");
    if (const auto admission = kedaAdmissionFor(m_store, route.resource->kind, route.ns))
        if (auto admitted = admission->admit(route.resource->kind, route.ns, doc, nullptr, isDryRun(request));
            !admitted)
            return error(admitted.error(), &route);
    followReplicas(*route.resource, doc, alloc);
    recordUpdate(nullptr, doc, managerOf(request, "create"), route.resource->apiVersion(), "", alloc);
    auto written = m_store.write(
        storedResourceOf(*route.resource), route.ns, route.name, ObjectStore::WriteMode::CreateOnly,
        isDryRun(request),
        throughView(*route.resource, [&doc](const Record &) -> k8s::Result<Document> { return copyOf(doc); }),
        [&] { return notFound(route); }, [&] { return alreadyExists(route); });
    if (!written)
        return error(written.error(), &route);
    return withWarnings(servedResponse(201, *route.resource, written.value()), request, dropped);
}

ApiResponse ApiHandler::replaceObject(const ApiRequest &request, const Route &route)
{
    auto body = parseBody(request);
    if (!body)
        return error(body.error(), &route);
    Document incoming = std::move(body.value());
    const std::string bodyName = json::stringAt(incoming, "metadata.name");
    if (!bodyName.empty() && bodyName != route.name)
        return error(apiError(400, "BadRequest",
                              "the name of the object (" + bodyName +
                                  ") does not match the name on the URL (" + route.name + ")"));
    const bool statusOnly = route.subresource == "status";
    const std::string manager = managerOf(request, "replace");
    const bool strict = isStrict(request);
    std::vector<std::string> dropped;
    const auto admission =
        statusOnly ? std::nullopt : kedaAdmissionFor(m_store, route.resource->kind, route.ns);
    auto written = m_store.write(
        storedResourceOf(*route.resource), route.ns, route.name, ObjectStore::WriteMode::UpdateOnly,
        isDryRun(request),
        throughView(*route.resource,
                    [&](const Record &current) -> k8s::Result<Document> {
                        Document cur = parseRecord(current);
                        const std::string expected = json::stringAt(incoming, "metadata.resourceVersion");
                        if (!expected.empty() && expected != std::to_string(current->resourceVersion))
                            return conflict(route);
                        Document result;
                        if (statusOnly) {
                            result = copyOf(cur);
                            copyMember(result, incoming, "status", result.GetAllocator());
                        } else {
                            result = copyOf(incoming);
                            if (route.resource->hasStatus)
                                copyMember(result, cur, "status", result.GetAllocator());
                        }
                        auto &alloc = result.GetAllocator();
                        ensureTypeMeta(*route.resource, result, alloc);
                        keepServerMetadata(result, cur, alloc);
                        if (auto valid = validate(route, result, strict, &dropped); !valid)
                            return valid.error();
                        if (admission)
                            if (auto admitted = admission->admit(route.resource->kind, route.ns, result, &cur,
                                                                 isDryRun(request));
                                !admitted)
                                return admitted.error();
                        if (!statusOnly)
                            followReplicas(*route.resource, result, alloc);
                        recordUpdate(&cur, result, manager, route.resource->apiVersion(), route.subresource,
                                     alloc);
                        return result;
                    }),
        [&] { return notFound(route); }, [&] { return alreadyExists(route); });
    if (!written)
        return error(written.error(), &route);
    return withWarnings(servedResponse(200, *route.resource, written.value()), request, dropped);
}

ApiResponse ApiHandler::patchObject(const ApiRequest &request, const Route &route)
{
    const std::string type = mediaType(request);
    if (!isKnownPatchType(type))
        return error(unsupportedPatch(type));
    const bool apply = type == "application/apply-patch+yaml";
    const bool statusOnly = route.subresource == "status";
    const bool strict = isStrict(request);
    std::vector<std::string> dropped;
    const std::string apiVersion = route.resource->apiVersion();
    auto body = parseBody(request);
    if (!body)
        return error(body.error(), &route);
    Document patch = std::move(body.value());
    std::string manager = request.param("fieldManager");
    if (apply) {
        if (manager.empty())
            return error(apiError(400, "BadRequest",
                                  "PATCH " + request.path + ": fieldManager is required for apply requests"));
        if (!patch.IsObject())
            return error(apiError(400, "BadRequest", "an apply configuration must be an object"), &route);
        const std::string kind = json::stringAt(patch, "kind");
        const std::string version = json::stringAt(patch, "apiVersion");
        if (kind.empty() || version.empty())
            return error(apiError(400, "BadRequest", "invalid object type: /, Kind="), &route);
        if (kind != route.resource->kind || version != apiVersion)
            return error(apiError(400, "BadRequest",
                                  "the kind and apiVersion of the apply configuration (" + version +
                                      ", Kind=" + kind + ") do not match the endpoint (" + apiVersion +
                                      ", Kind=" + route.resource->kind + ")"));
        const std::string bodyName = json::stringAt(patch, "metadata.name");
        if (bodyName != route.name)
            return error(apiError(400, "BadRequest",
                                  "the name of the object (" + bodyName +
                                      ") does not match the name on the URL (" + route.name + ")"));
        const std::string bodyNamespace = json::stringAt(patch, "metadata.namespace");
        if (!bodyNamespace.empty() && bodyNamespace != route.ns)
            return error(apiError(
                400, "BadRequest",
                "the namespace of the provided object does not match the namespace sent on the request"));
        if (route.resource->isKeda()) {
            if (auto schema = k8s::CrdSchema::forKind(route.resource->kind)) {
                std::string unknown;
                for (const auto &e : schema->validate(patch, true))
                    if (e.reason == "FieldUnknown") {
                        unknown +=
                            (unknown.empty() ? "" : ", ") + std::string("unknown field \"") + e.field + "\"";
                        dropped.push_back("unknown field \"" + e.field + "\"");
                    }
                if (!unknown.empty() && strict)
                    return error(apiError(400, "BadRequest", "strict decoding error: " + unknown), &route);
                if (!unknown.empty())
                    schema->prune(patch);
            }
        }
        if (auto ns = checkNamespace(route); !ns)
            return error(ns.error());
    } else if (manager.empty()) {
        manager = managerOf(request, "patch");
    }
    const bool force = request.param("force") == "true";
    const auto admission =
        statusOnly ? std::nullopt : kedaAdmissionFor(m_store, route.resource->kind, route.ns);
    bool created = false;
    auto written = m_store.write(
        storedResourceOf(*route.resource), route.ns, route.name,
        apply && !statusOnly ? ObjectStore::WriteMode::CreateOrUpdate : ObjectStore::WriteMode::UpdateOnly,
        isDryRun(request),
        throughView(*route.resource,
                    [&](const Record &current) -> k8s::Result<Document> {
                        Document result;
                        if (apply) {
                            Document cur = current ? parseRecord(current) : Document(rapidjson::kObjectType);
                            auto applied = serverSideApply(current ? &cur : nullptr, patch, manager, force,
                                                           apiVersion, route.subresource);
                            if (!applied)
                                return applied.error();
                            result = std::move(applied.value());
                            if (!current && route.resource->hasStatus)
                                result.RemoveMember("status");
                        } else {
                            Document cur = parseRecord(current);
                            Document patched = copyOf(cur);
                            if (auto s = applyPatchBody(request, patch, patched, patched.GetAllocator()); !s)
                                return s.error();
                            const std::string expected = json::stringAt(patched, "metadata.resourceVersion");
                            if (!expected.empty() && expected != std::to_string(current->resourceVersion))
                                return conflict(route);
                            if (statusOnly) {
                                result = copyOf(cur);
                                copyMember(result, patched, "status", result.GetAllocator());
                            } else {
                                result = std::move(patched);
                                if (route.resource->hasStatus)
                                    copyMember(result, cur, "status", result.GetAllocator());
                            }
                            keepServerMetadata(result, cur, result.GetAllocator());
                            recordUpdate(&cur, result, manager, apiVersion, route.subresource,
                                         result.GetAllocator());
                        }
                        auto &alloc = result.GetAllocator();
                        ensureTypeMeta(*route.resource, result, alloc);
                        if (auto valid = validate(route, result, strict, &dropped); !valid)
                            return valid.error();
                        if (admission) {
                            const Document old = current ? parseRecord(current) : Document();
                            if (auto admitted = admission->admit(route.resource->kind, route.ns, result,
                                                                 current ? &old : nullptr, isDryRun(request));
                                !admitted)
                                return admitted.error();
                        }
                        if (!statusOnly)
                            followReplicas(*route.resource, result, alloc);
                        return result;
                    }),
        [&] { return notFound(route); }, [&] { return alreadyExists(route); }, &created);
    if (!written)
        return error(written.error(), &route);
    return withWarnings(servedResponse(created ? 201 : 200, *route.resource, written.value()), request, dropped);
}

ApiResponse ApiHandler::deleteObject(const ApiRequest &request, const Route &route)
{
    bool dryRun = isDryRun(request);
    if (!request.body.empty()) {
        if (auto options = json::parse(request.body)) {
            if (const auto *list = json::find(*options, "dryRun"); list && list->IsArray())
                for (const auto &v : list->GetArray())
                    dryRun = dryRun || (v.IsString() && std::string(v.GetString()) == "All");
        }
    }
    auto removed = m_store.remove(storedResourceOf(*route.resource), route.ns, route.name, dryRun,
                                  [&] { return notFound(route); });
    if (!removed)
        return error(removed.error(), &route);
    if (route.resource->resource == "namespaces" && !dryRun) {
        for (const auto &r : apiResources()) {
            if (!r.namespaced)
                continue;
            auto page = m_store.list(storedResourceOf(r), route.name, {}, 0, nullptr);
            for (const auto &item : page.items)
                m_store.remove(storedResourceOf(r), item->ns, item->name, false,
                               [] { return apiError(404, "NotFound", ""); });
        }
    }
    auto doc = json::parse(removed.value()->json);
    StatusSubject subject{route.name, route.resource->group, route.resource->resource};
    return jsonResponse(200, successStatusJson(subject, doc ? json::stringAt(*doc, "metadata.uid") : ""));
}

ApiResponse ApiHandler::scale(const ApiRequest &request, const Route &route)
{
    const std::string verb = request.method;
    if (verb == "GET") {
        Record record = m_store.get(route.resource->qualifiedName(), route.ns, route.name);
        if (!record)
            return error(notFound(route), &route);
        return jsonResponse(200, json::serialize(scaleOf(parseRecord(record))));
    }
    if (verb != "PUT" && verb != "PATCH")
        return error(apiError(405, "MethodNotAllowed",
                              "the server does not allow this method on the requested resource"));
    if (verb == "PATCH" && !isKnownPatchType(mediaType(request)))
        return error(unsupportedPatch(mediaType(request)));
    auto body = parseBody(request);
    if (!body)
        return error(body.error(), &route);
    Document input = std::move(body.value());
    const std::string manager = managerOf(request, verb == "PUT" ? "replace" : "scale");
    auto written = m_store.write(
        route.resource->qualifiedName(), route.ns, route.name, ObjectStore::WriteMode::UpdateOnly,
        isDryRun(request),
        [&](const Record &current) -> k8s::Result<Document> {
            Document cur = parseRecord(current);
            Document scale = scaleOf(cur);
            if (verb == "PUT") {
                scale = copyOf(input);
            } else if (mediaType(request) == "application/apply-patch+yaml") {
                json::mergePatch(scale, input, scale.GetAllocator());
            } else if (auto s = applyPatchBody(request, input, scale, scale.GetAllocator()); !s) {
                return s.error();
            }
            const std::string expected = json::stringAt(scale, "metadata.resourceVersion");
            if (!expected.empty() && expected != std::to_string(current->resourceVersion))
                return conflict(route);
            const auto replicas = json::intAt(scale, "spec.replicas");
            if (!replicas || *replicas < 0) {
                k8s::Error e = apiError(
                    422, "Invalid",
                    "Scale.autoscaling \"" + route.name +
                        "\" is invalid: spec.replicas: Invalid value: must be greater than or equal to 0");
                e.causes.push_back({"FieldValueInvalid", "Invalid value: must be greater than or equal to 0",
                                    "spec.replicas"});
                return e;
            }
            Document result = copyOf(cur);
            auto &alloc = result.GetAllocator();
            auto &spec = json::ensureObject(result, "spec", alloc);
            spec.RemoveMember("replicas");
            spec.AddMember("replicas", json::Value(static_cast<int64_t>(*replicas)), alloc);
            followReplicas(*route.resource, result, alloc);
            recordUpdate(&cur, result, manager, route.resource->apiVersion(), "scale", alloc);
            return result;
        },
        [&] { return notFound(route); }, [&] { return alreadyExists(route); });
    if (!written)
        return error(written.error(), &route);
    return jsonResponse(200, json::serialize(scaleOf(parseRecord(written.value()))));
}

} // namespace kedascope::sim
