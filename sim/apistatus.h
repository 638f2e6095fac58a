// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/result.h"

#include <string>

namespace kedascope::sim {

// Whom a Status is about: details{name, group, kind} as the API server fills them.
struct StatusSubject
{
    std::string name;
    std::string group;
    std::string kind; // the resource plural for NotFound/AlreadyExists/Conflict, the Kind for Invalid
};

// An API error with the code, reason and message the real server uses.
k8s::Error apiError(int code, std::string reason, std::string message);
std::string reasonForCode(int code);

// {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",...}
std::string failureStatusJson(const k8s::Error &error, const StatusSubject *subject = nullptr);
std::string successStatusJson(const StatusSubject &subject, const std::string &uid);
// A Status with only status ("Success"/"Failure"), message and code: no reason, no details.
std::string messageStatusJson(const std::string &status, const std::string &message, int code);

} // namespace kedascope::sim
