// SPDX-License-Identifier: Apache-2.0
#include "pausebench.h"

namespace kedascope::bench {

FigureGroup pauseFigures()
{
    return {"pause", {}, [] { return 0; }};
}

} // namespace kedascope::bench
