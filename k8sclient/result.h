// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kedascope::k8s {

// One cause of a Status, as the API server reports it for 422 Invalid.
struct StatusCause
{
    std::string reason; // e.g. FieldValueInvalid, FieldValueRequired
    std::string message;
    std::string field; // e.g. spec.maxReplicaCount
};

// Every failure k8sclient reports. For HTTP failures the fields mirror the API's
// Status object (code, reason, message, causes); for local failures `kind` says
// where it went wrong and `message` says what, naming the file, context or object.
struct Error
{
    enum class Kind {
        Config,    // kubeconfig: missing, malformed, unknown context, bad base64, unreadable file
        Auth,      // credentials could not be obtained (exec plugin, token file)
        Tls,       // certificate verification, handshake, key mismatch
        Transport, // connection refused, reset, DNS, stream cut
        Timeout,   // server stalled
        Api,       // the server answered with a non-2xx status (see code/reason)
        Decode,    // a response body that is not what the API promises
        Invalid,   // the caller's input (YAML, manifest) is not valid
        Cancelled,
    };

    Kind kind = Kind::Api;
    int code = 0;       // HTTP status code, 0 when no response was received
    std::string reason; // Status.reason: NotFound, Forbidden, Conflict, Invalid, Gone, ...
    std::string message;
    std::vector<StatusCause> causes;
    std::optional<int> retryAfterSeconds;

    static Error make(Kind kind, std::string message)
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        return e;
    }
    bool isNotFound() const { return kind == Kind::Api && code == 404; }
    bool isGone() const { return kind == Kind::Api && code == 410; }
    bool isConflict() const { return kind == Kind::Api && code == 409; }
    bool isRetriable() const
    {
        return kind == Kind::Transport || kind == Kind::Timeout ||
               (kind == Kind::Api && (code == 429 || code == 500 || code == 502 || code == 503 || code == 504));
    }
};

std::string kindName(Error::Kind kind);

// A value or the error that prevented it (Qt Creator's Result<T>, kube-rs' Result).
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Unit
{
};
using Status = Result<Unit>;
inline Status success()
{
    return Unit{};
}

} // namespace kedascope::k8s
