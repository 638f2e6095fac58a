// SPDX-License-Identifier: Apache-2.0
#include "plainhttp.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace kedascope::test {

PlainResponse plainGet(int port, const std::string &target)
{
    PlainResponse result;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return result;
    timeval timeout{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
        const std::string request = "GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
        if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) ==
            static_cast<ssize_t>(request.size())) {
            std::string raw;
            char buffer[8192];
            ssize_t n = 0;
            while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
                raw.append(buffer, static_cast<std::size_t>(n));
            const auto split = raw.find("\r\n\r\n");
            if (raw.rfind("HTTP/1.", 0) == 0 && split != std::string::npos) {
                result.status = std::atoi(raw.c_str() + 9);
                result.headers = raw.substr(0, split);
                result.body = raw.substr(split + 4);
            }
        }
    }
    ::close(fd);
    return result;
}

} // namespace kedascope::test
