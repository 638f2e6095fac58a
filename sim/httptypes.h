// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kedascope::sim {

// A request as the API layer sees it, independent of the HTTP library.
struct ApiRequest
{
    std::string method;
    std::string target;                         // path and query as sent
    std::string path;                           // decoded path
    std::map<std::string, std::string> query;   // decoded
    std::map<std::string, std::string> headers; // lower-case names
    std::string body;
    std::string user; // authenticated user name

    std::string header(const std::string &name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
    std::string param(const std::string &name) const
    {
        auto it = query.find(name);
        return it == query.end() ? std::string() : it->second;
    }
    bool hasParam(const std::string &name) const { return query.count(name) > 0; }
};

struct ApiResponse
{
    int code = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

// Where a watch writes its events (newline-delimited JSON in HTTP chunks).
class WatchSink
{
public:
    virtual ~WatchSink() = default;
    // Answers with a plain response instead of a stream.
    virtual void respond(const ApiResponse &response) = 0;
    // Sends the headers of a chunked 200 response.
    virtual bool start() = 0;
    // One event line; false when the client is gone.
    virtual bool send(const std::string &line) = 0;
    // Sends half of `line` and drops the connection (fault injection).
    virtual void sendTruncated(const std::string &line) = 0;
    // Ends the stream cleanly.
    virtual void finish() = 0;
    // False once the client has closed its side.
    virtual bool alive() = 0;
};

// A response with a JSON body.
ApiResponse jsonResponse(int code, std::string body);

// The non-empty segments of a '/'-separated path.
std::vector<std::string> splitPath(const std::string &path);

// Splits "path?query" and decodes the query (percent and '+').
void parseTarget(const std::string &target, std::string &path, std::map<std::string, std::string> &query);

} // namespace kedascope::sim
