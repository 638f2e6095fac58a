// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/result.h"

namespace kedascope::k8s {

std::string kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Config: return "config";
    case Error::Kind::Auth: return "auth";
    case Error::Kind::Tls: return "tls";
    case Error::Kind::Transport: return "transport";
    case Error::Kind::Timeout: return "timeout";
    case Error::Kind::Api: return "api";
    case Error::Kind::Decode: return "decode";
    case Error::Kind::Invalid: return "invalid";
    case Error::Kind::Cancelled: return "cancelled";
    }
    return "unknown";
}

} // namespace kedascope::k8s
