// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/age.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>

namespace kedascope::k8s {

namespace {

bool digits(const std::string &text, std::size_t at, std::size_t count, int &value)
{
    if (at + count > text.size())
        return false;
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

std::optional<std::chrono::system_clock::time_point> parseTimestamp(const std::string &text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, year) || text.size() < 20 || text[4] != '-' || !digits(text, 5, 2, month) ||
        text[7] != '-' || !digits(text, 8, 2, day) || (text[10] != 'T' && text[10] != 't') ||
        !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
        !digits(text, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::size_t at = 19;
    std::chrono::nanoseconds fraction{0};
    if (at < text.size() && text[at] == '.') {
        ++at;
        long long scale = 100000000;
        const std::size_t begin = at;
        while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) {
            fraction += std::chrono::nanoseconds((text[at] - '0') * scale);
            scale /= 10;
            ++at;
        }
        if (at == begin)
            return std::nullopt;
    }
    int offsetSeconds = 0;
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        int offsetHours = 0, offsetMinutes = 0;
        if (!digits(text, at + 1, 2, offsetHours) || at + 3 >= text.size() || text[at + 3] != ':' ||
            !digits(text, at + 4, 2, offsetMinutes) || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text[at] == '-' ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size())
        return std::nullopt;

    std::tm parts{};
    parts.tm_year = year - 1900;
    parts.tm_mon = month - 1;
    parts.tm_mday = day;
    parts.tm_hour = hour;
    parts.tm_min = minute;
    parts.tm_sec = std::min(second, 59);
    const std::time_t seconds = ::timegm(&parts) - offsetSeconds;
    return std::chrono::system_clock::from_time_t(seconds) +
           std::chrono::duration_cast<std::chrono::system_clock::duration>(fraction);
}

std::string formatTimestamp(std::chrono::system_clock::time_point time)
{
    const std::time_t t = std::chrono::system_clock::to_time_t(time);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

std::string formatAge(std::chrono::system_clock::duration age)
{
    using namespace std::chrono;
    long long s = duration_cast<seconds>(age).count();
    if (s < 0)
        s = 0;
    const auto str = [](long long v) { return std::to_string(v); };
    if (s < 120)
        return str(s) + "s";
    const long long m = s / 60;
    if (m < 10)
        return s % 60 == 0 ? str(m) + "m" : str(m) + "m" + str(s % 60) + "s";
    if (m < 180)
        return str(m) + "m";
    const long long h = s / 3600;
    if (h < 8)
        return m % 60 == 0 ? str(h) + "h" : str(h) + "h" + str(m % 60) + "m";
    if (h < 48)
        return str(h) + "h";
    const long long d = h / 24;
    if (d < 8)
        return h % 24 == 0 ? str(d) + "d" : str(d) + "d" + str(h % 24) + "h";
    const long long y = d / 365;
    if (y < 2)
        return str(d) + "d";
    if (y < 8)
        return d % 365 == 0 ? str(y) + "y" : str(y) + "y" + str(d % 365) + "d";
    return str(y) + "y";
}

} // namespace kedascope::k8s
