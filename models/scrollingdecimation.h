// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricstore.h"

#include <cstdint>
#include <vector>

namespace kedascope::models {

// Pixel columns pinned to the clock: column k covers [k * widthMs, (k + 1) * widthMs) ms since the
// epoch. A chart that follows live or pans on such a grid moves by whole columns, so the columns it
// has read stay the same columns.
struct ColumnGrid
{
    qint64 fromMs = 0; // a multiple of widthMs
    qint64 widthMs = 1;
    int columns = 0;

    qint64 toMs() const { return fromMs + widthMs * columns; }
    // `columns` columns at least (toMs - fromMs) / columns wide, the last one holding toMs.
    static ColumnGrid covering(qint64 fromMs, qint64 toMs, int columns);
    bool operator==(const ColumnGrid &other) const
    {
        return fromMs == other.fromMs && widthMs == other.widthMs && columns == other.columns;
    }
};

// One series decimated over a ColumnGrid, again and again as the chart repaints. A column is read
// from the series only when an earlier call did not already hold it complete: after a live step
// that is the newest column or two, after a pan the columns that came into view. A held column is
// complete when the series had a sample at or after its end (appends come in time order) and none
// of its samples, nor the one before it, has dropped out of the ring since. The gap flags of held
// columns are decided again when the series' gap threshold moved.
class ScrollingDecimation
{
public:
    const std::vector<MetricBucket> &update(const MetricSeries &series, const ColumnGrid &grid,
                                            DecimationCost *cost = nullptr);
    void clear();
    const std::vector<MetricBucket> &buckets() const { return m_buckets; }
    // How many columns the last update took from the one before instead of reading the series.
    int reusedColumns() const { return m_reused; }

private:
    bool canReuse(const MetricSeries &series, const ColumnGrid &grid, qint64 threshold) const;
    void readColumns(const MetricSeries &series, size_t from, size_t to, DecimationCost *cost);

    std::vector<MetricBucket> m_buckets;
    std::vector<MetricBucket> m_spare; // the previous update's columns while the next is assembled
    std::vector<char> m_held;          // per column of m_buckets: kept from the previous update
    ColumnGrid m_grid;
    std::uint64_t m_identity = 0;
    qint64 m_threshold = 0;
    qint64 m_completeUntilMs = 0; // columns ending at or before this held every sample they will hold
    int m_reused = 0;
};

} // namespace kedascope::models
