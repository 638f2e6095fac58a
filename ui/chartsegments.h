// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricstore.h"

#include <vector>

namespace kedascope::ui {

// A run of pixel columns drawn as one unbroken line.
struct TraceSegment
{
    int firstColumn = 0;
    int lastColumn = 0;
};

// A stretch of time with no line: the source failed, or samples stopped arriving for too long.
struct TraceGap
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// What one decimated series becomes on screen: unbroken segments, the gaps between them, and how
// many points (at most two per column: its min and max) they hold.
struct TraceGeometry
{
    std::vector<TraceSegment> segments;
    std::vector<TraceGap> gaps;
    int points = 0;
};

// Columns without samples are bridged (a sparse source still draws a line); a column flagged as a gap
// ends the current segment, and the next column with values starts a new one.
TraceGeometry traceGeometry(const std::vector<models::MetricBucket> &buckets);

} // namespace kedascope::ui
