// SPDX-License-Identifier: Apache-2.0
#include "sim/apistatus.h"

#include "k8sclient/json.h"

namespace kedascope::sim {

namespace json = k8s::json;

namespace {
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void writeString(Writer &w, const char *key, const std::string &value)
{
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

// Opens a Status object and writes the fields every Status starts with.
void beginStatus(Writer &w, const char *status)
{
    w.StartObject();
    writeString(w, "kind", "Status");
    writeString(w, "apiVersion", "v1");
    w.Key("metadata");
    w.StartObject();
    w.EndObject();
    writeString(w, "status", status);
}
} // namespace

std::string reasonForCode(int code)
{
    switch (code) {
    case 400:
        return "BadRequest";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "NotFound";
    case 405:
        return "MethodNotAllowed";
    case 406:
        return "NotAcceptable";
    case 409:
        return "Conflict";
    case 410:
        return "Expired";
    case 415:
        return "UnsupportedMediaType";
    case 422:
        return "Invalid";
    case 429:
        return "TooManyRequests";
    case 500:
        return "InternalError";
    case 503:
        return "ServiceUnavailable";
    case 504:
        return "Timeout";
    default:
        return code >= 500 ? "InternalError" : "BadRequest";
    }
}

k8s::Error apiError(int code, std::string reason, std::string message)
{
    k8s::Error e = k8s::Error::make(k8s::Error::Kind::Api, std::move(message));
    e.code = code;
    e.reason = std::move(reason);
    return e;
}

std::string failureStatusJson(const k8s::Error &error, const StatusSubject *subject)
{
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    beginStatus(w, "Failure");
    writeString(w, "message", error.message);
    const std::string reason = error.reason.empty() ? reasonForCode(error.code) : error.reason;
    writeString(w, "reason", reason);
    const bool hasDetails = subject || !error.causes.empty() || error.retryAfterSeconds;
    if (hasDetails) {
        w.Key("details");
        w.StartObject();
        if (subject) {
            if (!subject->name.empty())
                writeString(w, "name", subject->name);
            if (!subject->group.empty())
                writeString(w, "group", subject->group);
            if (!subject->kind.empty())
                writeString(w, "kind", subject->kind);
        }
        if (!error.causes.empty()) {
            w.Key("causes");
            w.StartArray();
            for (const auto &cause : error.causes) {
                w.StartObject();
                writeString(w, "reason", cause.reason);
                writeString(w, "message", cause.message);
                if (!cause.field.empty())
                    writeString(w, "field", cause.field);
                w.EndObject();
            }
            w.EndArray();
        }
        if (error.retryAfterSeconds) {
            w.Key("retryAfterSeconds");
            w.Int(*error.retryAfterSeconds);
        }
        w.EndObject();
    }
    w.Key("code");
    w.Int(error.code);
    w.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

std::string successStatusJson(const StatusSubject &subject, const std::string &uid)
{
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    beginStatus(w, "Success");
    w.Key("details");
    w.StartObject();
    writeString(w, "name", subject.name);
    if (!subject.group.empty())
        writeString(w, "group", subject.group);
    writeString(w, "kind", subject.kind);
    if (!uid.empty())
        writeString(w, "uid", uid);
    w.EndObject();
    w.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

std::string messageStatusJson(const std::string &status, const std::string &message, int code)
{
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    beginStatus(w, status.c_str());
    writeString(w, "message", message);
    w.Key("code");
    w.Int(code);
    w.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

} // namespace kedascope::sim
