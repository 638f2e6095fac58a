// SPDX-License-Identifier: Apache-2.0
#include "metricsbench.h"

namespace kedascope::bench {

FigureGroup metricsFigures()
{
    return {"metrics", {}, [] { return 0; }};
}

} // namespace kedascope::bench
