// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "figure.h"

namespace kedascope::bench {

FigureGroup chartFigures();

} // namespace kedascope::bench
