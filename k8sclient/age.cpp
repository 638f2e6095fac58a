// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/age.h"

#include <cstdio>
#include <ctime>

namespace kedascope::k8s {

std::optional<std::chrono::system_clock::time_point> parseTimestamp(const std::string &text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, consumed = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &year, &month, &day, &hour, &minute, &second,
                    &consumed) != 6)
        return std::nullopt;
    std::size_t pos = static_cast<std::size_t>(consumed);
    double fraction = 0;
    if (pos < text.size() && text[pos] == '.') {
        std::size_t end = pos + 1;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        fraction = std::stod("0" + text.substr(pos, end - pos));
        pos = end;
    }
    long offsetSeconds = 0;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        int oh = 0, om = 0;
        if (std::sscanf(text.c_str() + pos + 1, "%2d:%2d", &oh, &om) != 2)
            return std::nullopt;
        offsetSeconds = (oh * 3600L + om * 60L) * (text[pos] == '+' ? 1 : -1);
    } else if (pos >= text.size() || (text[pos] != 'Z' && text[pos] != 'z')) {
        return std::nullopt;
    }
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    const std::time_t utc = timegm(&tm);
    if (utc == static_cast<std::time_t>(-1))
        return std::nullopt;
    auto point = std::chrono::system_clock::from_time_t(utc - offsetSeconds);
    point += std::chrono::duration_cast<std::chrono::system_clock::duration>(
        std::chrono::duration<double>(fraction));
    return point;
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
