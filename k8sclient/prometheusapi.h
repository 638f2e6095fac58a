// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kedascope::k8s::prom {

// Where a Prometheus server (or any Prometheus-compatible HTTP API, or a plain /metrics URL) is and
// how to reach it. Secrets live only in memory and never appear in error messages.
struct ServerConfig
{
    std::string url; // http(s)://host:port[/prefix]
    std::string bearerToken;
    std::string username; // basic auth when not empty
    std::string password;
    std::string caFile; // PEM file; empty: the system's trust store
    std::string caPem;  // PEM text, used when caFile is empty
    bool insecureSkipTlsVerify = false;
    std::chrono::seconds timeout{30};
};

// One series of a result: its labels and its points (one for a vector, many for a matrix).
struct Series
{
    std::map<std::string, std::string> labels; // __name__ included when the server sends it
    std::vector<std::pair<int64_t, double>> points; // (milliseconds since the epoch, value)

    const std::string *label(const std::string &name) const;
};

struct QueryResult
{
    std::string resultType; // matrix, vector, scalar, string
    std::vector<Series> series; // a scalar comes as one series without labels
    std::vector<std::string> warnings;
};

// A client of Prometheus' HTTP API. Calls block (never call them on the GUI thread) and are safe from
// several threads at once. Errors carry the HTTP code and the server's own error text
// ("bad_data: 1:5: parse error: ..."); transport failures are Error::Kind::Transport/Tls/Timeout.
class PrometheusClient
{
public:
    static Result<std::shared_ptr<PrometheusClient>> create(const ServerConfig &config);
    ~PrometheusClient();

    // GET /api/v1/query (at `timeMs`, or the server's now).
    Result<QueryResult> query(const std::string &expression, std::optional<int64_t> timeMs = std::nullopt);
    // GET /api/v1/query_range over [startMs, endMs] every `stepSeconds`.
    Result<QueryResult> queryRange(const std::string &expression, int64_t startMs, int64_t endMs,
                                   double stepSeconds);
    // GET of any path under the URL (e.g. "/metrics" or "" for the URL itself); the body on 2xx.
    Result<std::string> fetchText(const std::string &pathAndQuery);

    const std::string &url() const;

private:
    PrometheusClient();
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Quotes a label value for a PromQL selector: "a\"b" style, backslashes and newlines escaped.
std::string quoteLabelValue(const std::string &value);

} // namespace kedascope::k8s::prom
