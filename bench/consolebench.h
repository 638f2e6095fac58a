// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "figure.h"

namespace kedascope::bench {

// The console's figures: connect to a filled ScaledObject table (against kubectl), its memory,
// and how many watch events per second the table model absorbs.
FigureGroup consoleFigures();

} // namespace kedascope::bench
