// SPDX-License-Identifier: Apache-2.0
#include "ui/chartsegments.h"

namespace kedascope::ui {

TraceGeometry traceGeometry(const std::vector<models::MetricBucket> &buckets)
{
    TraceGeometry geometry;
    bool segmentOpen = false;
    bool gapOpen = false;
    qint64 lastDataToMs = buckets.empty() ? 0 : buckets.front().fromMs;
    TraceGap gap;
    for (int column = 0; column < int(buckets.size()); ++column) {
        const models::MetricBucket &bucket = buckets[size_t(column)];
        if (bucket.gap) {
            segmentOpen = false;
            if (!gapOpen) {
                gapOpen = true;
                gap.fromMs = lastDataToMs;
            }
            gap.toMs = bucket.toMs;
        }
        if (bucket.count <= 0)
            continue;
        if (gapOpen) {
            gap.toMs = bucket.fromMs;
            if (gap.toMs > gap.fromMs)
                geometry.gaps.push_back(gap);
            gapOpen = false;
        }
        if (segmentOpen)
            geometry.segments.back().lastColumn = column;
        else
            geometry.segments.push_back({column, column});
        segmentOpen = true;
        geometry.points += bucket.min == bucket.max ? 1 : 2;
        lastDataToMs = bucket.toMs;
    }
    if (gapOpen && gap.toMs > gap.fromMs)
        geometry.gaps.push_back(gap);
    return geometry;
}

} // namespace kedascope::ui
