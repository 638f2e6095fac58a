// SPDX-License-Identifier: Apache-2.0
#include "chartbench.h"

#include "models/metricstore.h"
#include "ui/charttimewindow.h"
#include "ui/metricchart.h"

#include <QApplication>
#include <QDateTime>
#include <QPixmap>

#include <cmath>
#include <string>
#include <vector>

namespace kedascope::bench {

namespace {

constexpr int seriesCount = 50;
constexpr int repaints = 15;
constexpr qint64 dayMs = 24 * 3600 * 1000;

// 50 queue-like series at 1 s for a whole day, each with a failed read now and then.
void fill(models::MetricStore &store, qint64 endMs, QList<ui::MetricChart::Trace> &traces)
{
    store.setRetention(24 * 3600, 1);
    for (int s = 0; s < seriesCount; ++s) {
        const QString key = QStringLiteral("bench/ns/object-%1/trigger/0").arg(s);
        const double phase = s * 0.37;
        for (qint64 t = endMs - dayMs; t < endMs; t += 1000) {
            const qint64 second = (t - (endMs - dayMs)) / 1000;
            if (second % 5000 == 4999)
                store.appendGap(key, t, QStringLiteral("scaler error"));
            else
                store.append(key, t, 100 + 80 * std::sin(phase + double(second) / 600.0) + double(second % 17));
        }
        traces.append({key, QStringLiteral("object-%1").arg(s), QColor()});
    }
}

// Median of one live repaint with `historyMs` in view: every series has gained a second, the window
// has followed it, and the chart decimates and paints.
double liveRepaintMedianMs(ui::MetricChart &chart, ui::ChartTimeWindow &window, models::MetricStore &store,
                           const QList<ui::MetricChart::Trace> &traces, qint64 &endMs, qint64 historyMs)
{
    const auto step = [&] {
        endMs += 1000;
        for (int s = 0; s < traces.size(); ++s)
            store.append(traces.at(s).key, endMs - 1000, 100 + 80 * std::sin(s * 0.37 + double(endMs / 1000) / 600.0));
        window.setRange(endMs - historyMs, endMs);
        chart.refreshNow();
        chart.grab();
    };
    step();
    step(); // the first paints lay out the axes
    std::vector<double> times;
    for (int i = 0; i < repaints; ++i)
        times.push_back(millisecondsOf(step));
    return median(times);
}

// Median of one repaint after a zoom: the column width changes, so every column is read anew.
double zoomRepaintMedianMs(ui::MetricChart &chart, ui::ChartTimeWindow &window, qint64 endMs, qint64 historyMs)
{
    const auto zoom = [&](int i) {
        window.setRange(endMs - historyMs + (i % 2) * historyMs / 50, endMs);
        chart.refreshNow();
        chart.grab();
    };
    zoom(0);
    std::vector<double> times;
    for (int i = 1; i <= repaints; ++i)
        times.push_back(millisecondsOf([&] { zoom(i); }));
    return median(times);
}

int measure()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "kedascope-bench";
    static char *argv[] = {name, nullptr};
    QApplication app(argc, argv);

    models::MetricStore store;
    qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    QList<ui::MetricChart::Trace> traces;
    fill(store, endMs, traces);

    ui::ChartTimeWindow window;
    window.setFollowLive(false);
    ui::MetricChart chart(&store, &window);
    chart.setTitle(QStringLiteral("50 series"));
    chart.setTraces(traces);
    chart.resize(1200, 500);
    chart.show();
    QApplication::processEvents();

    const double hourZoomMs = zoomRepaintMedianMs(chart, window, endMs, 3600 * 1000);
    const double dayZoomMs = zoomRepaintMedianMs(chart, window, endMs, dayMs);
    const double hourMs = liveRepaintMedianMs(chart, window, store, traces, endMs, 3600 * 1000);
    const double fullDayMs = liveRepaintMedianMs(chart, window, store, traces, endMs, dayMs);
    report("chart_repaint_ms_1h", hourMs, "ms");
    report("chart_repaint_ms_24h", fullDayMs, "ms");
    report("chart_repaint_24h_vs_1h", fullDayMs / hourMs, "ratio");
    report("chart_zoom_repaint_ms_1h", hourZoomMs, "ms");
    report("chart_zoom_repaint_ms_24h", dayZoomMs, "ms");
    report("chart_plot_columns", double(chart.plotColumns()), "columns");
    report("chart_drawn_points_per_series", double(chart.drawnPoints(traces.first().key)), "points");
    return 0;
}

} // namespace

FigureGroup chartFigures()
{
    return {"chart",
            {"chart_repaint_ms_1h", "chart_repaint_ms_24h", "chart_repaint_24h_vs_1h", "chart_zoom_repaint_ms_1h",
             "chart_zoom_repaint_ms_24h", "chart_plot_columns",
             "chart_drawn_points_per_series"},
            measure};
}

} // namespace kedascope::bench
