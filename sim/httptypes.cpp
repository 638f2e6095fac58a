// SPDX-License-Identifier: Apache-2.0
#include "sim/httptypes.h"

namespace kedascope::sim {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string decode(const std::string &text, bool plusIsSpace)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size()) {
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += (plusIsSpace && c == '+') ? ' ' : c;
    }
    return out;
}

} // namespace

void parseTarget(const std::string &target, std::string &path, std::map<std::string, std::string> &query)
{
    const auto mark = target.find('?');
    path = decode(target.substr(0, mark), false);
    if (mark == std::string::npos)
        return;
    const std::string rest = target.substr(mark + 1);
    std::size_t start = 0;
    while (start <= rest.size()) {
        auto end = rest.find('&', start);
        if (end == std::string::npos)
            end = rest.size();
        const std::string pair = rest.substr(start, end - start);
        if (!pair.empty()) {
            const auto eq = pair.find('=');
            query[decode(pair.substr(0, eq), true)] =
                eq == std::string::npos ? std::string() : decode(pair.substr(eq + 1), true);
        }
        start = end + 1;
    }
}

ApiResponse jsonResponse(int code, std::string body)
{
    ApiResponse r;
    r.code = code;
    r.body = std::move(body);
    return r;
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < path.size()) {
        auto end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        if (end > start)
            parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

} // namespace kedascope::sim
