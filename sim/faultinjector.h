// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace kedascope::sim {

// What a test can make the sim do wrong, and what it can ask the sim about the requests it saw.
// A "match" is a method ("" = any) and a prefix of the request target (path and query, as sent).
class FaultInjector
{
public:
    struct RecordedRequest
    {
        std::string method;
        std::string target; // path and query, as sent
        std::map<std::string, std::string> headers; // lower-case names; Authorization is never recorded
    };

    // The next `count` matching requests are answered `code` with a Status body
    // (and `Retry-After` when given) instead of being served.
    void failNext(const std::string &method, const std::string &targetPrefix, int code, int count = 1,
                  std::optional<int> retryAfterSeconds = std::nullopt);
    // The next `count` matching requests wait `delay` before they are served.
    void stallNext(const std::string &method, const std::string &targetPrefix, std::chrono::milliseconds delay,
                   int count = 1);
    // The next `count` matching responses are cut after half of their body; the connection is closed.
    void truncateNext(const std::string &method, const std::string &targetPrefix, int count = 1);
    // Ends every open watch stream now, as an API server restart does.
    void dropWatches();
    // Forgets the watch history: a watch from any earlier resourceVersion gets 410 Gone.
    void compactHistory();
    void clear();

    std::vector<RecordedRequest> recordedRequests() const;
    void clearRecordedRequests();

    // --- used by the server ---
    struct Decision
    {
        int failCode = 0;
        std::optional<int> retryAfterSeconds;
        std::chrono::milliseconds stall{0};
        bool truncate = false;
    };
    Decision decide(const std::string &method, const std::string &target);
    void record(RecordedRequest request);
    unsigned long long dropGeneration() const; // bumped by dropWatches()
    unsigned long long compactGeneration() const; // bumped by compactHistory()

private:
    struct Rule
    {
        std::string method;
        std::string prefix;
        int remaining = 0;
        int failCode = 0;
        std::optional<int> retryAfterSeconds;
        std::chrono::milliseconds stall{0};
        bool truncate = false;
    };
    mutable std::mutex m_mutex;
    std::vector<Rule> m_rules;
    std::vector<RecordedRequest> m_recorded;
    unsigned long long m_dropGeneration = 0;
    unsigned long long m_compactGeneration = 0;
};

} // namespace kedascope::sim
