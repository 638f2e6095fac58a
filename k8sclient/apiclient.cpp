// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/apiclient.h"

#include "k8sclient/backoff.h"
#include "k8sclient/credentials.h"
#include "k8sclient/discovery.h"
#include "k8sclient/httptransport.h"
#include "k8sclient/listdecoder.h"

#include <algorithm>
#include <future>
#include <mutex>
#include <optional>

namespace kedascope::k8s {

namespace {

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

bool isThrottled(int status)
{
    return status == 429 || status == 503 || status == 504;
}

std::optional<int> retryAfterSeconds(const Response &response)
{
    auto it = response.headers.find("retry-after");
    if (it == response.headers.end())
        return std::nullopt;
    try {
        return std::max(0, std::stoi(it->second));
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::chrono::seconds streamIdleTimeout(const Request &request, std::chrono::seconds requestTimeout)
{
    for (const auto &[key, value] : request.query) {
        if (key == "timeoutSeconds") {
            try {
                // the server ends the watch after timeoutSeconds; only a silent server beyond that is stalled
                return std::max(requestTimeout, std::chrono::seconds(std::stoi(value) + 30));
            } catch (const std::exception &) {
            }
        }
    }
    return std::max(requestTimeout, std::chrono::seconds(330));
}

Result<json::Document> parseBody(const Response &response, const Request &request)
{
    std::string error;
    auto doc = json::parse(response.body, &error);
    if (!doc)
        return Error::make(Error::Kind::Decode,
                           "the answer to " + request.method + ' ' + request.path + " is not JSON: " + error);
    return std::move(*doc);
}

} // namespace

struct ApiClient::Impl
{
    ConnectionConfig config;
    Options options;
    std::unique_ptr<HttpTransport> transport;
    std::shared_ptr<CredentialProvider> credentials;

    std::mutex discoveryMutex;
    std::optional<std::vector<DiscoveredGroupVersion>> discovered;

    Result<Response> send(const Request &request, const CancelToken *cancel);
    Result<json::Document> sendForDocument(const Request &request);
    Result<DiscoveredGroupVersion> discoverGroupVersion(const std::string &groupVersion);
};

Result<Response> ApiClient::Impl::send(const Request &request, const CancelToken *cancel)
{
    const bool idempotent = request.method == "GET" || request.method == "HEAD";
    bool reauthenticated = false;
    for (int attempt = 0;; ++attempt) {
        if (cancel && cancel->cancelled())
            return Error::make(Error::Kind::Cancelled, request.method + ' ' + request.path + ": cancelled");
        auto creds = credentials->current();
        if (!creds)
            return creds.error();
        auto response = transport->exchange(request, *creds, options.requestTimeout, cancel);
        const bool canRetry = attempt < options.maxRetries;
        if (!response) {
            const auto kind = response.error().kind;
            const bool connectionFailure = kind == Error::Kind::Transport || kind == Error::Kind::Timeout;
            if (connectionFailure && idempotent && canRetry) {
                if (!sleepUnlessCancelled(retryDelay(attempt), cancel))
                    return Error::make(Error::Kind::Cancelled,
                                       request.method + ' ' + request.path + ": cancelled");
                continue;
            }
            return response.error();
        }
        const int status = response->status;
        if (status == 401 && !reauthenticated) {
            credentials->invalidate();
            reauthenticated = true;
            --attempt; // one more try with fresh credentials does not count against the retries
            continue;
        }
        const bool serverError = idempotent && (status == 500 || status == 502);
        if ((isThrottled(status) || serverError) && canRetry) {
            const auto after = retryAfterSeconds(*response);
            const auto delay =
                after ? std::chrono::milliseconds(std::chrono::seconds(*after)) : retryDelay(attempt);
            if (!sleepUnlessCancelled(delay, cancel))
                return Error::make(Error::Kind::Cancelled,
                                   request.method + ' ' + request.path + ": cancelled");
            continue;
        }
        return response;
    }
}

Result<json::Document> ApiClient::Impl::sendForDocument(const Request &request)
{
    auto response = send(request, nullptr);
    if (!response)
        return response.error();
    if (!isSuccess(response->status))
        return errorFromResponse(*response, request);
    return parseBody(*response, request);
}

Result<DiscoveredGroupVersion> ApiClient::Impl::discoverGroupVersion(const std::string &groupVersion)
{
    Request request;
    request.path = discovery::pathFor(groupVersion);
    auto response = send(request, nullptr);
    if (!response)
        return response.error();
    if (!isSuccess(response->status))
        return errorFromResponse(*response, request);
    return discovery::parseResourceList(response->body, groupVersion);
}

ApiClient::ApiClient() : d(std::make_unique<Impl>()) {}
ApiClient::~ApiClient() = default;

Result<std::shared_ptr<ApiClient>> ApiClient::create(const ConnectionConfig &config)
{
    return create(config, Options{});
}

Result<std::shared_ptr<ApiClient>> ApiClient::create(const ConnectionConfig &config, Options options)
{
    auto transport = HttpTransport::create(config, options.userAgent);
    if (!transport)
        return transport.error();
    std::shared_ptr<ApiClient> client(new ApiClient);
    client->d->config = config;
    client->d->options = std::move(options);
    client->d->transport = std::move(transport.value());
    client->d->credentials = CredentialProvider::create(config);
    return client;
}

const ConnectionConfig &ApiClient::config() const
{
    return d->config;
}

Result<Response> ApiClient::send(const Request &request, const CancelToken *cancel)
{
    return d->send(request, cancel);
}

Status ApiClient::stream(const Request &request, const std::function<bool(std::string_view line)> &onLine,
                         const CancelToken *cancel)
{
    const auto idleTimeout = streamIdleTimeout(request, d->options.requestTimeout);
    bool reauthenticated = false;
    for (;;) {
        auto creds = d->credentials->current();
        if (!creds)
            return creds.error();
        auto response = d->transport->stream(request, *creds, idleTimeout, onLine, cancel);
        if (!response)
            return response.error();
        if (isSuccess(response->status))
            return success();
        if (response->status == 401 && !reauthenticated) {
            d->credentials->invalidate();
            reauthenticated = true;
            continue;
        }
        return errorFromResponse(*response, request);
    }
}

Result<json::Document> ApiClient::get(const ResourceType &type, const std::string &ns,
                                      const std::string &name, const std::string &subresource)
{
    return d->sendForDocument(requests::get(type, ns, name, subresource));
}

Result<ListPage> ApiClient::listPage(const ResourceType &type, const std::string &ns,
                                     const ListOptions &options, const CancelToken *cancel)
{
    const Request request = requests::list(type, ns, options);
    auto response = d->send(request, cancel);
    if (!response)
        return response.error();
    if (!isSuccess(response->status))
        return errorFromResponse(*response, request);
    return decodeListPage(response->body, type.apiVersion(), type.kind);
}

Result<ListPage> ApiClient::listAll(const ResourceType &type, const std::string &ns, ListOptions options,
                                    const CancelToken *cancel)
{
    const ListOptions original = options;
    ListPage all;
    int restarts = 0;
    for (;;) {
        auto page = listPage(type, ns, options, cancel);
        if (!page) {
            const Error &error = page.error();
            // An expired continue token: start the list over, as client-go's pager does.
            if (error.isGone() && !options.continueToken.empty() && restarts < 3) {
                ++restarts;
                options = original;
                options.continueToken.clear();
                all.items.clear();
                continue;
            }
            return error;
        }
        all.resourceVersion = page->resourceVersion;
        all.items.insert(all.items.end(), std::make_move_iterator(page->items.begin()),
                         std::make_move_iterator(page->items.end()));
        if (page->continueToken.empty())
            return all;
        options.continueToken = page->continueToken;
        // Later pages come from the snapshot the continue token names.
        options.resourceVersion.reset();
        options.resourceVersionMatch.clear();
    }
}

Result<json::Document> ApiClient::create(const ResourceType &type, const std::string &ns,
                                         const std::string &body, const PatchOptions &options)
{
    return d->sendForDocument(requests::create(type, ns, body, options));
}

Result<json::Document> ApiClient::replace(const ResourceType &type, const std::string &ns,
                                          const std::string &name, const std::string &body,
                                          const PatchOptions &options, const std::string &subresource)
{
    return d->sendForDocument(requests::replace(type, ns, name, body, options, subresource));
}

Result<json::Document> ApiClient::patch(const ResourceType &type, const std::string &ns,
                                        const std::string &name, PatchType patchType, const std::string &body,
                                        const PatchOptions &options, const std::string &subresource)
{
    return d->sendForDocument(requests::patch(type, ns, name, patchType, body, options, subresource));
}

Result<json::Document> ApiClient::apply(const ResourceType &type, const std::string &ns,
                                        const std::string &name, const std::string &manifest,
                                        const PatchOptions &options)
{
    return d->sendForDocument(requests::patch(type, ns, name, PatchType::Apply, manifest, options));
}

Status ApiClient::remove(const ResourceType &type, const std::string &ns, const std::string &name,
                         DryRun dryRun)
{
    const Request request = requests::remove(type, ns, name, dryRun);
    auto response = d->send(request, nullptr);
    if (!response)
        return response.error();
    if (!isSuccess(response->status))
        return errorFromResponse(*response, request);
    return success();
}

Result<std::vector<DiscoveredGroupVersion>> ApiClient::discover(bool refresh)
{
    std::lock_guard lock(d->discoveryMutex);
    if (d->discovered && !refresh)
        return *d->discovered;

    Request coreRequest;
    coreRequest.path = "/api";
    Request groupsRequest;
    groupsRequest.path = "/apis";
    std::vector<std::string> groupVersions;
    for (const Request *request : {&coreRequest, &groupsRequest}) {
        auto response = d->send(*request, nullptr);
        if (!response)
            return response.error();
        if (!isSuccess(response->status))
            return errorFromResponse(*response, *request);
        auto parsed = request == &coreRequest ? discovery::parseCoreVersions(response->body)
                                              : discovery::parseGroupVersions(response->body);
        if (!parsed)
            return parsed.error();
        groupVersions.insert(groupVersions.end(), parsed->begin(), parsed->end());
    }

    std::vector<std::future<Result<DiscoveredGroupVersion>>> pending;
    pending.reserve(groupVersions.size());
    for (const std::string &groupVersion : groupVersions)
        pending.push_back(std::async(std::launch::async,
                                     [this, groupVersion] { return d->discoverGroupVersion(groupVersion); }));
    std::vector<DiscoveredGroupVersion> result;
    for (auto &future : pending) {
        auto groupVersion = future.get();
        if (groupVersion) {
            result.push_back(std::move(groupVersion.value()));
        } else if (!groupVersion.error().isNotFound()) {
            return groupVersion.error(); // a group version that 404s is gone: it is left out
        }
    }
    d->discovered = result;
    return result;
}

Result<ResourceType> ApiClient::resolveResource(const std::string &group, const std::string &resource)
{
    for (bool refresh : {false, true}) {
        auto discovered = discover(refresh);
        if (!discovered)
            return discovered.error();
        for (const DiscoveredGroupVersion &groupVersion : *discovered)
            for (const ResourceType &type : groupVersion.resources)
                if (type.group == group && (type.resource == resource || type.singular == resource ||
                                            std::find(type.shortNames.begin(), type.shortNames.end(),
                                                      resource) != type.shortNames.end()))
                    return type;
    }
    Error error = Error::make(Error::Kind::Api, "the server doesn't have a resource type \"" + resource +
                                                    (group.empty() ? std::string() : '.' + group) + '"');
    error.code = 404;
    error.reason = "NotFound";
    return error;
}

Result<std::string> ApiClient::serverVersion()
{
    Request request;
    request.path = "/version";
    auto doc = d->sendForDocument(request);
    if (!doc)
        return doc.error();
    return json::stringAt(*doc, "gitVersion");
}

Error errorFromResponse(const Response &response, const Request &request)
{
    Error error;
    error.kind = Error::Kind::Api;
    error.code = response.status;
    error.retryAfterSeconds = retryAfterSeconds(response);
    auto doc = json::parse(response.body);
    if (doc && doc->IsObject() && json::stringAt(*doc, "kind") == "Status") {
        if (auto code = json::intAt(*doc, "code"); code && *code > 0)
            error.code = static_cast<int>(*code);
        error.reason = json::stringAt(*doc, "reason");
        error.message = json::stringAt(*doc, "message");
        // one key at a time: json::find's dotted paths do not match nested keys (json.cpp passes an
        // unterminated key to FindMember)
        const json::Value *details = json::find(*doc, "details");
        const json::Value *causes = details ? json::find(*details, "causes") : nullptr;
        if (causes && causes->IsArray()) {
            for (const auto &cause : causes->GetArray()) {
                if (!cause.IsObject())
                    continue;
                error.causes.push_back(StatusCause{json::stringAt(cause, "reason"),
                                                   json::stringAt(cause, "message"),
                                                   json::stringAt(cause, "field")});
            }
        }
    }
    if (error.message.empty()) {
        std::string excerpt = response.body.substr(0, 200);
        error.message = "HTTP " + std::to_string(response.status) + " from " + request.method + ' ' +
                        request.path + (excerpt.empty() ? std::string() : ": " + excerpt);
    }
    return error;
}

} // namespace kedascope::k8s
