// SPDX-License-Identifier: Apache-2.0
#include "figure.h"

#include <cstdio>

namespace kedascope::bench {

void report(const std::string &name, double value, const std::string &unit)
{
    std::printf("%s %.3f %s\n", name.c_str(), value, unit.c_str());
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace kedascope::bench
