// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace kedascope::bench {

// One line of output: "<name> <value> <unit>".
void report(const std::string &name, double value, const std::string &unit);

template <typename Fn>
double millisecondsOf(Fn &&fn)
{
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> values);

// A group of figures that share a set-up (e.g. one sim with 10,000 objects).
struct FigureGroup
{
    std::string name;
    std::vector<std::string> figures; // the names it prints
    std::function<int()> run;         // returns non-zero when it could not measure
};

} // namespace kedascope::bench
