// SPDX-License-Identifier: Apache-2.0
#include "models/scrollingdecimation.h"

#include <algorithm>
#include <limits>

namespace kedascope::models {

namespace {

qint64 floorDivide(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && value < 0) ? quotient - 1 : quotient;
}

bool exactBelowCap(qint64 threshold)
{
    return threshold < MetricBucket::IntervalCapMs;
}

} // namespace

ColumnGrid ColumnGrid::covering(qint64 fromMs, qint64 toMs, int columns)
{
    ColumnGrid grid;
    grid.columns = std::max(columns, 0);
    if (grid.columns == 0)
        return grid;
    const qint64 span = std::max<qint64>(1, toMs - fromMs);
    grid.widthMs = std::max<qint64>(1, (span + columns - 1) / columns);
    const qint64 lastColumn = floorDivide(toMs, grid.widthMs);
    grid.fromMs = (lastColumn + 1 - columns) * grid.widthMs;
    return grid;
}

bool ScrollingDecimation::canReuse(const MetricSeries &series, const ColumnGrid &grid, qint64 threshold) const
{
    if (m_buckets.empty() || series.identity() != m_identity || grid.widthMs != m_grid.widthMs)
        return false;
    if ((grid.fromMs - m_grid.fromMs) % grid.widthMs != 0)
        return false;
    // Intervals past the cap are only known to be long; a threshold that large needs them exact.
    return threshold == m_threshold || (exactBelowCap(threshold) && exactBelowCap(m_threshold));
}

const std::vector<MetricBucket> &ScrollingDecimation::update(const MetricSeries &series, const ColumnGrid &grid,
                                                            DecimationCost *cost)
{
    m_reused = 0;
    if (grid.columns <= 0) {
        clear();
        return m_buckets;
    }
    const qint64 threshold = series.gapThresholdMs();
    const bool reuse = canReuse(series, grid, threshold);
    const size_t columns = size_t(grid.columns);
    m_spare.swap(m_buckets);
    m_buckets.assign(columns, MetricBucket{});
    m_held.assign(columns, 0);
    if (reuse) {
        const qint64 shift = (grid.fromMs - m_grid.fromMs) / grid.widthMs;
        const qint64 oldest = series.isEmpty() ? std::numeric_limits<qint64>::max() : series.firstTimeMs();
        for (size_t column = 0; column < columns; ++column) {
            const qint64 previous = qint64(column) + shift;
            if (previous < 0 || previous >= qint64(m_spare.size()))
                continue;
            const MetricBucket &held = m_spare[size_t(previous)];
            if (held.toMs > m_completeUntilMs || held.fromMs <= oldest)
                continue;
            MetricBucket &kept = m_buckets[column];
            kept = held;
            if (threshold != m_threshold)
                kept.gap = kept.holdsGapSample || (threshold > 0 && kept.maxIntervalMs > threshold);
            m_held[column] = 1;
            ++m_reused;
        }
    }
    m_grid = grid;
    for (size_t column = 0; column < columns;) {
        if (m_held[column]) {
            ++column;
            continue;
        }
        size_t end = column;
        while (end < columns && !m_held[end])
            ++end;
        readColumns(series, column, end, cost);
        column = end;
    }
    m_identity = series.identity();
    m_threshold = threshold;
    m_completeUntilMs = series.isEmpty() ? std::numeric_limits<qint64>::min() : series.lastTimeMs();
    return m_buckets;
}

void ScrollingDecimation::readColumns(const MetricSeries &series, size_t from, size_t to, DecimationCost *cost)
{
    const qint64 fromMs = m_grid.fromMs + qint64(from) * m_grid.widthMs;
    const qint64 toMs = m_grid.fromMs + qint64(to) * m_grid.widthMs;
    const std::vector<MetricBucket> read = series.decimate(fromMs, toMs, int(to - from), cost);
    std::copy(read.begin(), read.end(), m_buckets.begin() + qint64(from));
}

void ScrollingDecimation::clear()
{
    m_buckets.clear();
    m_spare.clear();
    m_held.clear();
    m_grid = {};
    m_identity = 0;
    m_reused = 0;
}

} // namespace kedascope::models
