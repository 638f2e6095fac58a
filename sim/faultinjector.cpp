// SPDX-License-Identifier: Apache-2.0
#include "sim/faultinjector.h"

namespace kedascope::sim {

void FaultInjector::failNext(const std::string &method, const std::string &targetPrefix, int code, int count,
                             std::optional<int> retryAfterSeconds)
{
    std::lock_guard lock(m_mutex);
    Rule rule;
    rule.method = method;
    rule.prefix = targetPrefix;
    rule.remaining = count;
    rule.failCode = code;
    rule.retryAfterSeconds = retryAfterSeconds;
    m_rules.push_back(rule);
}

void FaultInjector::stallNext(const std::string &method, const std::string &targetPrefix,
                              std::chrono::milliseconds delay, int count)
{
    std::lock_guard lock(m_mutex);
    Rule rule;
    rule.method = method;
    rule.prefix = targetPrefix;
    rule.remaining = count;
    rule.stall = delay;
    m_rules.push_back(rule);
}

void FaultInjector::truncateNext(const std::string &method, const std::string &targetPrefix, int count)
{
    std::lock_guard lock(m_mutex);
    Rule rule;
    rule.method = method;
    rule.prefix = targetPrefix;
    rule.remaining = count;
    rule.truncate = true;
    m_rules.push_back(rule);
}

void FaultInjector::dropWatches()
{
    std::lock_guard lock(m_mutex);
    ++m_dropGeneration;
}

void FaultInjector::compactHistory()
{
    std::lock_guard lock(m_mutex);
    ++m_compactGeneration;
}

void FaultInjector::clear()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
}

std::vector<FaultInjector::RecordedRequest> FaultInjector::recordedRequests() const
{
    std::lock_guard lock(m_mutex);
    return m_recorded;
}

void FaultInjector::clearRecordedRequests()
{
    std::lock_guard lock(m_mutex);
    m_recorded.clear();
}

FaultInjector::Decision FaultInjector::decide(const std::string &method, const std::string &target)
{
    std::lock_guard lock(m_mutex);
    Decision decision;
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        const bool matches = (it->method.empty() || it->method == method) &&
                             target.compare(0, it->prefix.size(), it->prefix) == 0;
        if (matches) {
            if (it->failCode != 0 && decision.failCode == 0) {
                decision.failCode = it->failCode;
                decision.retryAfterSeconds = it->retryAfterSeconds;
            } else if (it->stall.count() > 0 && decision.stall.count() == 0) {
                decision.stall = it->stall;
            } else if (it->truncate && !decision.truncate) {
                decision.truncate = true;
            } else {
                ++it;
                continue;
            }
            if (--it->remaining <= 0) {
                it = m_rules.erase(it);
                continue;
            }
        }
        ++it;
    }
    return decision;
}

void FaultInjector::record(RecordedRequest request)
{
    request.headers.erase("authorization");
    std::lock_guard lock(m_mutex);
    m_recorded.push_back(std::move(request));
}

unsigned long long FaultInjector::dropGeneration() const
{
    std::lock_guard lock(m_mutex);
    return m_dropGeneration;
}

unsigned long long FaultInjector::compactGeneration() const
{
    std::lock_guard lock(m_mutex);
    return m_compactGeneration;
}

} // namespace kedascope::sim
