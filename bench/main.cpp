// SPDX-License-Identifier: Apache-2.0
// kedascope-bench: prints one line per figure, "<name> <value> <unit>". With no arguments it
// measures every figure; with names, only the groups that print those figures.
#include "figure.h"
#include "consolebench.h"
#include "listbench.h"
#include "chartbench.h"
#include "metricsbench.h"
#include "pausebench.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    using namespace kedascope::bench;
    const std::vector<FigureGroup> groups{listFigures(),   consoleFigures(), pauseFigures(),
                                          metricsFigures(), chartFigures()};

    std::vector<std::string> wanted(argv + 1, argv + argc);
    for (const auto &name : wanted) {
        const bool known = std::any_of(groups.begin(), groups.end(), [&](const FigureGroup &g) {
            return g.name == name || std::find(g.figures.begin(), g.figures.end(), name) != g.figures.end();
        });
        if (!known) {
            std::fprintf(stderr, "kedascope-bench: no figure named \"%s\"\n", name.c_str());
            return 2;
        }
    }
    int status = 0;
    for (const auto &group : groups) {
        const bool selected = wanted.empty() || std::any_of(wanted.begin(), wanted.end(), [&](const std::string &n) {
            return n == group.name || std::find(group.figures.begin(), group.figures.end(), n) != group.figures.end();
        });
        if (selected && group.run() != 0)
            status = 1;
    }
    return status;
}
