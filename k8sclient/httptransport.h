// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/apiclient.h"
#include "k8sclient/connectionconfig.h"
#include "k8sclient/credentials.h"
#include "k8sclient/request.h"
#include "k8sclient/result.h"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace kedascope::k8s {

// One HTTPS exchange with the API server through cpprestsdk, without retries or auth refresh:
// TLS as the kubeconfig says, gzip, raw bodies, transport failures mapped to Error kinds.
class HttpTransport
{
public:
    static Result<std::unique_ptr<HttpTransport>> create(const ConnectionConfig &config,
                                                         std::string userAgent);
    ~HttpTransport();

    // Any status the server answers is a Response; only transport failures are errors.
    Result<Response> exchange(const Request &request, const Credentials &credentials,
                              std::chrono::seconds timeout, const CancelToken *cancel);

    // A 2xx answer is read line by line into `onLine` (until it returns false or the stream ends);
    // the Response then carries status and headers. Other statuses come back with their body.
    Result<Response> stream(const Request &request, const Credentials &credentials,
                            std::chrono::seconds idleTimeout,
                            const std::function<bool(std::string_view line)> &onLine,
                            const CancelToken *cancel);

private:
    HttpTransport();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace kedascope::k8s
