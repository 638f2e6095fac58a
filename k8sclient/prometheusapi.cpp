// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/prometheusapi.h"

#include "k8sclient/base64.h"
#include "k8sclient/filetext.h"
#include "k8sclient/httptransport.h"
#include "k8sclient/json.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace kedascope::k8s::prom {

namespace {

constexpr size_t MaxBodyInMessage = 300;

// The URL as safe to show: no user-info part.
std::string withoutUserInfo(const std::string &url)
{
    const size_t scheme = url.find("://");
    if (scheme == std::string::npos)
        return url;
    const size_t hostStart = scheme + 3;
    const size_t pathStart = url.find('/', hostStart);
    const size_t at = url.rfind('@', pathStart == std::string::npos ? url.size() : pathStart);
    if (at == std::string::npos || at < hostStart)
        return url;
    return url.substr(0, hostStart) + url.substr(at + 1);
}

std::string trimmedBody(const std::string &body)
{
    std::string text = body.substr(0, MaxBodyInMessage);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    if (body.size() > MaxBodyInMessage)
        text += "...";
    return text;
}

std::string formatSeconds(double seconds)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", seconds);
    return buffer;
}

bool readPoint(const json::Value &pair, std::pair<int64_t, double> *point)
{
    if (!pair.IsArray() || pair.Size() != 2 || !pair[0].IsNumber() || !pair[1].IsString())
        return false;
    point->first = static_cast<int64_t>(std::llround(pair[0].GetDouble() * 1000.0));
    const std::string text = pair[1].GetString();
    if (text == "NaN")
        point->second = std::numeric_limits<double>::quiet_NaN();
    else if (text == "+Inf" || text == "Inf")
        point->second = std::numeric_limits<double>::infinity();
    else if (text == "-Inf")
        point->second = -std::numeric_limits<double>::infinity();
    else
        point->second = std::strtod(text.c_str(), nullptr);
    return true;
}

} // namespace

struct PrometheusClient::Impl
{
    ServerConfig config;
    std::string safeUrl;
    std::unique_ptr<HttpTransport> transport;
    Credentials credentials;

    // Secrets never leave in a message, whatever the server echoed.
    std::string scrub(std::string text) const
    {
        for (const std::string *secret : {&config.bearerToken, &config.password}) {
            if (secret->size() < 4)
                continue;
            for (size_t at = text.find(*secret); at != std::string::npos; at = text.find(*secret, at))
                text.replace(at, secret->size(), "***");
        }
        return text;
    }

    Error scrubbed(Error error) const
    {
        error.message = scrub(std::move(error.message));
        return error;
    }

    Result<Response> get(const std::string &path, std::vector<std::pair<std::string, std::string>> query,
                         const std::string &accept)
    {
        Request request;
        request.path = path.empty() ? "/" : path;
        request.query = std::move(query);
        request.accept = accept;
        auto response = transport->exchange(request, credentials, config.timeout, nullptr);
        if (!response)
            return scrubbed(response.error());
        return response;
    }

    Error httpError(const Response &response, const std::string &what) const
    {
        Error error;
        error.kind = Error::Kind::Api;
        error.code = response.status;
        std::string detail;
        if (auto doc = json::parse(response.body); doc && doc->IsObject()) {
            const std::string type = json::stringAt(*doc, "errorType");
            const std::string text = json::stringAt(*doc, "error");
            if (!text.empty())
                detail = type.empty() ? text : type + ": " + text;
        }
        if (detail.empty())
            detail = trimmedBody(response.body);
        if (response.status == 401)
            error.reason = "Unauthorized";
        else if (response.status == 403)
            error.reason = "Forbidden";
        else if (response.status == 400 || response.status == 422)
            error.reason = "BadRequest";
        error.message = scrub(what + " at " + safeUrl + ": HTTP " + std::to_string(response.status) +
                              (detail.empty() ? std::string() : ": " + detail));
        return error;
    }

    Result<QueryResult> decode(const Response &response, const std::string &what) const
    {
        if (response.status < 200 || response.status >= 300)
            return httpError(response, what);
        std::string parseError;
        auto doc = json::parse(response.body, &parseError);
        if (!doc || !doc->IsObject())
            return Error::make(Error::Kind::Decode, what + " at " + safeUrl + ": not JSON (" + parseError + ")");
        if (json::stringAt(*doc, "status") != "success")
            return httpError(response, what);
        QueryResult out;
        if (const json::Value *warnings = json::find(*doc, "warnings"); warnings && warnings->IsArray()) {
            for (const auto &w : warnings->GetArray()) {
                if (w.IsString())
                    out.warnings.emplace_back(w.GetString());
            }
        }
        out.resultType = json::stringAt(*doc, "data.resultType");
        const json::Value *result = json::find(*doc, "data.result");
        if (!result)
            return Error::make(Error::Kind::Decode, what + " at " + safeUrl + ": no data.result");
        if (out.resultType == "scalar" || out.resultType == "string") {
            Series series;
            std::pair<int64_t, double> point;
            if (out.resultType == "scalar" && readPoint(*result, &point))
                series.points.push_back(point);
            out.series.push_back(std::move(series));
            return out;
        }
        if (!result->IsArray())
            return Error::make(Error::Kind::Decode, what + " at " + safeUrl + ": data.result is not a list");
        for (const auto &item : result->GetArray()) {
            Series series;
            if (const json::Value *metric = json::find(item, "metric"); metric && metric->IsObject()) {
                for (const auto &m : metric->GetObject()) {
                    if (m.value.IsString())
                        series.labels.emplace(m.name.GetString(), m.value.GetString());
                }
            }
            std::pair<int64_t, double> point;
            if (const json::Value *value = json::find(item, "value")) {
                if (!readPoint(*value, &point))
                    return Error::make(Error::Kind::Decode, what + " at " + safeUrl + ": malformed sample");
                series.points.push_back(point);
            }
            if (const json::Value *values = json::find(item, "values"); values && values->IsArray()) {
                series.points.reserve(values->Size());
                for (const auto &v : values->GetArray()) {
                    if (!readPoint(v, &point))
                        return Error::make(Error::Kind::Decode, what + " at " + safeUrl + ": malformed sample");
                    series.points.push_back(point);
                }
            }
            out.series.push_back(std::move(series));
        }
        return out;
    }
};

const std::string *Series::label(const std::string &name) const
{
    const auto found = labels.find(name);
    return found == labels.end() ? nullptr : &found->second;
}

PrometheusClient::PrometheusClient() : d(std::make_unique<Impl>()) {}

PrometheusClient::~PrometheusClient() = default;

Result<std::shared_ptr<PrometheusClient>> PrometheusClient::create(const ServerConfig &config)
{
    std::shared_ptr<PrometheusClient> client(new PrometheusClient());
    Impl &d = *client->d;
    d.config = config;
    d.safeUrl = withoutUserInfo(config.url);
    if (config.url.rfind("http://", 0) != 0 && config.url.rfind("https://", 0) != 0)
        return Error::make(Error::Kind::Config, "not an http(s) URL: " + d.safeUrl);
    if (d.safeUrl != config.url)
        return Error::make(Error::Kind::Config,
                           "put credentials in the user name/password fields, not in the URL " + d.safeUrl);

    ConnectionConfig connection;
    connection.contextName = "prometheus";
    connection.server = config.url;
    while (connection.server.size() > 8 && connection.server.back() == '/')
        connection.server.pop_back();
    connection.insecureSkipTlsVerify = config.insecureSkipTlsVerify;
    if (!config.caFile.empty()) {
        auto pem = files::readText(config.caFile);
        if (!pem)
            return pem.error();
        connection.caPem = *pem;
    } else {
        connection.caPem = config.caPem;
    }
    if (!config.bearerToken.empty())
        d.credentials.authorizationHeader = "Bearer " + config.bearerToken;
    else if (!config.username.empty())
        d.credentials.authorizationHeader = "Basic " + base64::encode(config.username + ':' + config.password);

    auto transport = HttpTransport::create(connection, "kedascope/0.1");
    if (!transport)
        return d.scrubbed(transport.error());
    d.transport = std::move(*transport);
    return client;
}

Result<QueryResult> PrometheusClient::query(const std::string &expression, std::optional<int64_t> timeMs)
{
    std::vector<std::pair<std::string, std::string>> query{{"query", expression}};
    if (timeMs)
        query.emplace_back("time", formatSeconds(double(*timeMs) / 1000.0));
    auto response = d->get("/api/v1/query", std::move(query), "application/json");
    if (!response)
        return response.error();
    return d->decode(*response, "query");
}

Result<QueryResult> PrometheusClient::queryRange(const std::string &expression, int64_t startMs, int64_t endMs,
                                                 double stepSeconds)
{
    std::vector<std::pair<std::string, std::string>> query{
        {"query", expression},
        {"start", formatSeconds(double(startMs) / 1000.0)},
        {"end", formatSeconds(double(endMs) / 1000.0)},
        {"step", formatSeconds(stepSeconds)},
    };
    auto response = d->get("/api/v1/query_range", std::move(query), "application/json");
    if (!response)
        return response.error();
    return d->decode(*response, "query_range");
}

Result<std::string> PrometheusClient::fetchText(const std::string &pathAndQuery)
{
    std::string path = pathAndQuery;
    std::vector<std::pair<std::string, std::string>> query;
    if (const size_t mark = path.find('?'); mark != std::string::npos) {
        query = parseQuery(std::string_view(path).substr(mark + 1));
        path.resize(mark);
    }
    auto response = d->get(path, std::move(query), "text/plain;version=0.0.4;q=1,*/*;q=0.1");
    if (!response)
        return response.error();
    if (response->status < 200 || response->status >= 300)
        return d->httpError(*response, "GET " + pathAndQuery);
    return std::move(response->body);
}

const std::string &PrometheusClient::url() const
{
    return d->safeUrl;
}

std::string quoteLabelValue(const std::string &value)
{
    std::string out = "\"";
    for (char c : value) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + '"';
}

} // namespace kedascope::k8s::prom
