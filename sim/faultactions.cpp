// SPDX-License-Identifier: Apache-2.0
#include "sim/faultactions.h"

#include "sim/faultinjector.h"

#include <cmath>
#include <limits>
#include <map>

namespace kedascope::sim {

namespace json = k8s::json;

namespace {

k8s::Error fieldError(const std::string &field, const std::string &message)
{
    return k8s::Error::make(k8s::Error::Kind::Config, field + ": " + message);
}

// An absent field is nullopt; a present one must be a whole number.
k8s::Result<std::optional<int>> optionalInt(const json::Value &object, const char *field)
{
    const auto *value = json::find(object, field);
    if (!value || value->IsNull())
        return std::optional<int>();
    if (value->IsInt())
        return std::optional<int>(value->GetInt());
    if (value->IsNumber()) {
        const double number = value->GetDouble();
        if (std::floor(number) == number && std::fabs(number) <= std::numeric_limits<int>::max())
            return std::optional<int>(static_cast<int>(number));
    }
    return fieldError(field, "must be a whole number");
}

k8s::Result<std::string> optionalString(const json::Value &object, const char *field)
{
    const auto *value = json::find(object, field);
    if (!value || value->IsNull())
        return std::string();
    if (!value->IsString())
        return fieldError(field, "must be a string");
    return std::string(value->GetString(), value->GetStringLength());
}

const std::map<std::string, FaultAction::Kind> &actionNames()
{
    static const std::map<std::string, FaultAction::Kind> names = {
        {"dropWatches", FaultAction::Kind::DropWatches},
        {"gone", FaultAction::Kind::Gone},
        {"restart", FaultAction::Kind::Restart},
        {"fail", FaultAction::Kind::Fail},
        {"stall", FaultAction::Kind::Stall},
        {"truncate", FaultAction::Kind::Truncate},
        {"expireTokens", FaultAction::Kind::ExpireTokens},
        {"clear", FaultAction::Kind::Clear}};
    return names;
}

} // namespace

k8s::Result<FaultAction> parseFaultAction(const json::Value &object, std::optional<int> defaultFailCode)
{
    if (!object.IsObject())
        return fieldError("action", "a fault is a mapping with an action field");
    auto actionName = optionalString(object, "action");
    if (!actionName)
        return actionName.error();
    const auto kind = actionNames().find(actionName.value());
    if (kind == actionNames().end())
        return fieldError("action", "unknown action \"" + actionName.value() +
                                        "\" (dropWatches, gone, restart, fail, stall, truncate, "
                                        "expireTokens, clear)");
    FaultAction action;
    action.kind = kind->second;
    auto method = optionalString(object, "method");
    if (!method)
        return method.error();
    action.method = std::move(method.value());
    auto path = optionalString(object, "path");
    if (!path)
        return path.error();
    action.path = std::move(path.value());
    auto count = optionalInt(object, "count");
    if (!count)
        return count.error();
    action.count = count.value().value_or(1);
    if (action.count < 1)
        return fieldError("count", "must be at least 1");

    if (action.kind == FaultAction::Kind::Fail) {
        auto code = optionalInt(object, "code");
        if (!code)
            return code.error();
        if (!code.value() && !defaultFailCode)
            return fieldError("code", "a fail action needs code (an HTTP error status, 400-599)");
        action.code = code.value().value_or(defaultFailCode.value_or(0));
        if (action.code < 400 || action.code > 599)
            return fieldError("code", "must be an HTTP error status (400-599)");
        auto retryAfter = optionalInt(object, "retryAfter");
        if (!retryAfter)
            return retryAfter.error();
        if (retryAfter.value() && *retryAfter.value() < 0)
            return fieldError("retryAfter", "must not be negative");
        action.retryAfterSeconds = retryAfter.value();
    }
    if (action.kind == FaultAction::Kind::Stall) {
        auto delayMs = optionalInt(object, "delayMs");
        if (!delayMs)
            return delayMs.error();
        auto seconds = optionalInt(object, "seconds");
        if (!seconds)
            return seconds.error();
        if (!delayMs.value() && !seconds.value())
            return fieldError("delayMs", "a stall action needs delayMs (or seconds)");
        const int milliseconds = delayMs.value() ? *delayMs.value() : *seconds.value() * 1000;
        if (milliseconds < 0)
            return fieldError(delayMs.value() ? "delayMs" : "seconds", "must not be negative");
        action.delay = std::chrono::milliseconds(milliseconds);
    }
    return action;
}

std::string applyFaultAction(const FaultAction &action, FaultInjector &faults,
                             const std::function<void()> &expireTokens)
{
    const std::string next = "the next " + std::to_string(action.count) + " matching ";
    switch (action.kind) {
    case FaultAction::Kind::DropWatches:
        faults.dropWatches();
        return "every open watch stream was ended";
    case FaultAction::Kind::Gone:
        faults.compactHistory();
        return "the watch history was compacted: watches from earlier resourceVersions get 410 Gone";
    case FaultAction::Kind::Restart:
        faults.compactHistory();
        faults.dropWatches();
        return "restarted: new resourceVersion history, watch streams ended";
    case FaultAction::Kind::ExpireTokens:
        if (expireTokens)
            expireTokens();
        return "bearer tokens expired; the kubeconfig now holds new ones";
    case FaultAction::Kind::Clear:
        faults.clear();
        return "pending faults cleared";
    case FaultAction::Kind::Fail:
        faults.failNext(action.method, action.path, action.code, action.count, action.retryAfterSeconds);
        return next + "requests get " + std::to_string(action.code);
    case FaultAction::Kind::Stall:
        faults.stallNext(action.method, action.path, action.delay, action.count);
        return next + "requests wait " + std::to_string(action.delay.count()) + " ms";
    case FaultAction::Kind::Truncate:
        faults.truncateNext(action.method, action.path, action.count);
        return next + "responses are cut";
    }
    return {};
}

} // namespace kedascope::sim
