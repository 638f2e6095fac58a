// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace kedascope::sim {

class FaultInjector;

// One thing the sim is told to do wrong, as the control endpoint (`POST /sim/v1/faults`) and the
// scenario's `faults:` entries both spell it (see controlendpoint.h for the fields).
struct FaultAction
{
    enum class Kind { DropWatches, Gone, Restart, Fail, Stall, Truncate, ExpireTokens, Clear };
    Kind kind = Kind::Clear;
    std::string method; // "" matches any method
    std::string path;   // a prefix of the request target
    int count = 1;
    int code = 0;                         // fail
    std::optional<int> retryAfterSeconds; // fail
    std::chrono::milliseconds delay{0};   // stall
};

// Reads an action from a JSON object. `defaultFailCode`: the status a `fail` without `code` gets;
// none makes `code` required. An error's message starts with the field at fault ("code: ...").
k8s::Result<FaultAction> parseFaultAction(const k8s::json::Value &object, std::optional<int> defaultFailCode);

// Arms or performs `action`; returns what was done, in a sentence.
std::string applyFaultAction(const FaultAction &action, FaultInjector &faults,
                             const std::function<void()> &expireTokens);

} // namespace kedascope::sim
