// SPDX-License-Identifier: Apache-2.0
#include "chartbench.h"

namespace kedascope::bench {

FigureGroup chartFigures()
{
    return {"chart", {}, [] { return 0; }};
}

} // namespace kedascope::bench
