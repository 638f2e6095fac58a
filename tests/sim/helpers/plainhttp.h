// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace kedascope::test {

struct PlainResponse
{
    int status = 0;
    std::string headers; // the raw header block, status line included
    std::string body;
};

// A plain HTTP/1.0 GET on 127.0.0.1, read until the server closes; status 0 when nothing usable came back.
PlainResponse plainGet(int port, const std::string &target);

} // namespace kedascope::test
