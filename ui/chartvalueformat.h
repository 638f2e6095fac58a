// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace kedascope::ui {

// Numbers as charts show them: 1.2k, 3.4M, 85 %, 250 ms, 1.5 s, 2 min.
QString formatChartValue(double value, const QString &unit);
// The time of a sample, with the date when `withDate`.
QString formatChartTime(qint64 timeMs, bool withDate = false);

// How a value axis labels its ticks: values are divided by `divisor` and printed with `labelFormat`
// (printf style, as QValueAxis takes it).
struct AxisScale
{
    double divisor = 1;
    QString labelFormat = QStringLiteral("%.0f");
};
AxisScale axisScaleFor(double maxAbsValue, double tickStep, const QString &unit);

// A "nice" upper bound (1, 2, 2.5, 5 × 10^n) at or above `value`, and the tick step that goes with it.
double niceCeiling(double value);

} // namespace kedascope::ui
