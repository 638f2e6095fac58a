// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "figure.h"

namespace kedascope::bench {

// Listing 10,000 ScaledObjects in 200 namespaces from kedascope-sim: k8sclient as the informer does
// it, against `kubectl get so -A -o json` on the same server in the same run; and the informer
// cache's memory per object.
FigureGroup listFigures();

} // namespace kedascope::bench
