// SPDX-License-Identifier: Apache-2.0
#include "ui/chartvalueformat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace kedascope::ui {

namespace {

bool isPercent(const QString &unit)
{
    return unit == QLatin1String("%") || unit.compare(QLatin1String("Utilization"), Qt::CaseInsensitive) == 0;
}

bool isSeconds(const QString &unit)
{
    return unit == QLatin1String("s") || unit == QLatin1String("seconds");
}

QString trimmed(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString withSuffix(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e9)
        return trimmed(value / 1e9, 2) + QLatin1Char('G');
    if (magnitude >= 1e6)
        return trimmed(value / 1e6, 2) + QLatin1Char('M');
    if (magnitude >= 1e4)
        return trimmed(value / 1e3, 1) + QLatin1Char('k');
    if (magnitude >= 1e3)
        return trimmed(value / 1e3, 2) + QLatin1Char('k');
    if (magnitude >= 100 || value == std::floor(value))
        return trimmed(value, 0);
    return trimmed(value, magnitude >= 1 ? 2 : 3);
}

QString seconds(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude < 1)
        return QCoreApplication::translate("ChartValue", "%1 ms").arg(trimmed(value * 1000, magnitude < 0.01 ? 2 : 0));
    if (magnitude < 120)
        return QCoreApplication::translate("ChartValue", "%1 s").arg(trimmed(value, 2));
    return QCoreApplication::translate("ChartValue", "%1 min").arg(trimmed(value / 60, 1));
}

} // namespace

QString formatChartValue(double value, const QString &unit)
{
    if (std::isnan(value))
        return QCoreApplication::translate("ChartValue", "no data");
    if (isPercent(unit))
        return QStringLiteral("%1 %").arg(trimmed(value, std::abs(value) < 10 ? 1 : 0));
    if (isSeconds(unit))
        return seconds(value);
    const QString number = withSuffix(value);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString formatChartTime(qint64 timeMs, bool withDate)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeMs);
    return time.toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("HH:mm:ss"));
}

double niceCeiling(double value)
{
    if (!(value > 0))
        return 1;
    const double exponent = std::floor(std::log10(value));
    const double base = std::pow(10.0, exponent);
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * base * (1 + 1e-9))
            return step * base;
    }
    return 10 * base;
}

AxisScale axisScaleFor(double maxAbsValue, double tickStep, const QString &unit)
{
    AxisScale scale;
    const int decimals = tickStep > 0 && tickStep < 1 ? int(std::ceil(-std::log10(tickStep))) : 0;
    if (isPercent(unit)) {
        scale.labelFormat = QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f %%");
        return scale;
    }
    if (isSeconds(unit)) {
        if (maxAbsValue < 1) {
            scale.divisor = 0.001;
            const int msDecimals = tickStep * 1000 < 1 ? 1 : 0;
            scale.labelFormat = QStringLiteral("%.") + QString::number(msDecimals) + QStringLiteral("f ms");
        } else {
            scale.labelFormat = QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f s");
        }
        return scale;
    }
    QString suffix;
    if (maxAbsValue >= 1e6) {
        scale.divisor = 1e6;
        suffix = QStringLiteral("M");
    } else if (maxAbsValue >= 1e4) {
        scale.divisor = 1e3;
        suffix = QStringLiteral("k");
    }
    const double scaledStep = tickStep / scale.divisor;
    const int scaledDecimals = scaledStep > 0 && scaledStep < 1 ? int(std::ceil(-std::log10(scaledStep))) : 0;
    scale.labelFormat = QStringLiteral("%.") + QString::number(scaledDecimals) + QStringLiteral("f") + suffix;
    return scale;
}

} // namespace kedascope::ui
