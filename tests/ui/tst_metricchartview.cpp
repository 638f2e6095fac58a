// SPDX-License-Identifier: Apache-2.0
// The chart widgets over a metric store filled by hand: traces, gaps with their reason, levels,
// event markers, the shared time window (range, follow, freeze, zoom, pan), exports, the fleet table.
#include "models/metricstore.h"
#include "ui/chartinteractionview.h"
#include "ui/chartlegend.h"
#include "ui/chartmarkers.h"
#include "ui/charttimewindow.h"
#include "ui/chartvalueformat.h"
#include "ui/fleetmodel.h"
#include "ui/metricchart.h"
#include "ui/objectchartpanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <cmath>

using namespace kedascope;
using ui::ChartTimeWindow;
using ui::MetricChart;

namespace {

constexpr qint64 kNow = 1700000000000; // 2023-11-14T22:13:20Z
const QString kContext = QStringLiteral("c");
const QString kKey = models::metrickeys::trigger(kContext, QStringLiteral("shop"), QStringLiteral("orders"), 0);
const QString kReason = QStringLiteral("403 Forbidden: external metrics");

// Ten minutes at 1 s; the source failed from 2 min to 1 min ago.
void fillTenMinutes(models::MetricStore &store)
{
    for (qint64 t = kNow - 600000; t <= kNow; t += 1000) {
        if (t >= kNow - 120000 && t < kNow - 60000)
            store.appendGap(kKey, t, kReason);
        else
            store.append(kKey, t, 10 + double((t / 1000) % 60));
    }
}

// Ten minutes of one series (with a failed minute), charted over the last five.
struct FiveMinuteChart
{
    FiveMinuteChart() : chart(&store, &window)
    {
        fillTenMinutes(store);
        window.setClock([] { return kNow; });
        window.setPreset(ChartTimeWindow::FiveMinutes);
        chart.setTraces({{kKey, QStringLiteral("value"), {}}});
    }
    models::MetricStore store;
    ChartTimeWindow window;
    MetricChart chart;
};

models::TimelineEvent makeEvent(qint64 at, bool warning, const QString &reason)
{
    models::TimelineEvent e;
    e.firstSeenMs = e.lastSeenMs = at;
    e.warning = warning;
    e.reason = reason;
    e.message = reason + QStringLiteral(" message");
    e.objectKind = QStringLiteral("ScaledObject");
    e.objectNamespace = QStringLiteral("shop");
    e.objectName = QStringLiteral("orders");
    e.uid = reason + QString::number(at);
    return e;
}

} // namespace

class TestMetricChartView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drawsTracesGapsLevelsAndMarkers();
    void closeLevelsKeepTheirLabelsApart();
    void rangeFollowFreezeZoom();
    void mouseAndKeysMoveTheWindow();
    void csvExportIsExact();
    void panelChartsAnObject();
    void fleetRanksByRatio();
    void formatsUnits();
};

void TestMetricChartView::drawsTracesGapsLevelsAndMarkers()
{
    FiveMinuteChart fixture;
    MetricChart &chart = fixture.chart;
    chart.setLevels({{QStringLiteral("target"), 50, Qt::red, Qt::DashLine},
                     {QStringLiteral("activation"), 5, Qt::darkYellow, Qt::DotLine}});
    chart.setEvents({makeEvent(kNow - 30000, true, QStringLiteral("KEDAScalerFailed")),
                     makeEvent(kNow - 200000, false, QStringLiteral("KEDAScaleTargetActivated")),
                     makeEvent(kNow - 900000, false, QStringLiteral("Outside"))});
    chart.resize(900, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refreshNow();

    QVERIFY(chart.plotColumns() > 300);
    QVERIFY(chart.drawnPoints(kKey) > 0);
    QVERIFY(chart.drawnPoints(kKey) <= 2 * chart.plotColumns()); // decimated to the columns
    // The failure breaks the line in two, the gap says why, and it is not drawn as zero.
    QCOMPARE(chart.segmentCount(kKey), 2);
    const auto gaps = chart.gaps(kKey);
    QCOMPARE(gaps.size(), size_t(1));
    QVERIFY(std::llabs(gaps[0].fromMs - (kNow - 121000)) <= 2000);
    QVERIFY(std::llabs(gaps[0].toMs - (kNow - 60000)) <= 2000);
    QCOMPARE(chart.gapReasons(kKey), QStringList{kReason});
    const QString inGap = chart.readoutAt(kNow - 90000);
    QVERIFY2(inGap.contains(QStringLiteral("no data")) && inGap.contains(kReason), qPrintable(inGap));
    QVERIFY(!inGap.contains(QStringLiteral("value: 0")));
    // Levels are on the axis and in the legend, toggled from there.
    QVERIFY(chart.valueAxisMax() >= 50);
    QVERIFY(chart.legend()->button(QStringLiteral("level:target")));
    QVERIFY(chart.legend()->button(QStringLiteral("level:activation")));
    QVERIFY(inGap.contains(QStringLiteral("target: 50")));
    chart.legend()->button(kKey)->click();
    chart.refreshNow();
    QVERIFY(!chart.isTraceVisible(kKey));
    QCOMPARE(chart.drawnPoints(kKey), 0);
    chart.legend()->button(kKey)->click();
    chart.refreshNow();
    QVERIFY(chart.drawnPoints(kKey) > 0);
    // Markers for the events inside the window only; the warning stands out.
    QCOMPARE(chart.markers().size(), 2);
    int warnings = 0;
    for (ui::ChartEventMarker *marker : chart.markers()) {
        warnings += marker->event().warning ? 1 : 0;
        QVERIFY(marker->toolTip().contains(marker->event().reason));
        QVERIFY(marker->toolTip().contains(marker->event().message));
    }
    QCOMPARE(warnings, 1);
    QVERIFY(ui::ChartEventMarker::describe(chart.markers().constFirst()->event()).contains(QStringLiteral("2023-11-1")));
    // Hover: the exact value of the nearest sample.
    const QString readout = chart.readoutAt(kNow - 10000);
    const double expected = 10 + double(((kNow - 10000) / 1000) % 60);
    QVERIFY2(readout.contains(QStringLiteral("value: %1").arg(expected)), qPrintable(readout));
    // The trace is on the image: some pixels carry its colour.
    const QImage image = chart.grab().toImage();
    const QRgb color = MetricChart::paletteColor(0).rgb();
    int colored = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            colored += (image.pixel(x, y) & 0xffffff) == (color & 0xffffff) ? 1 : 0;
    QVERIFY2(colored > 200, qPrintable(QString::number(colored)));
}

void TestMetricChartView::closeLevelsKeepTheirLabelsApart()
{
    FiveMinuteChart fixture;
    MetricChart &chart = fixture.chart;
    // On an axis of a few hundred, 0, 1 and 2 lie within a pixel or two of each other.
    chart.setLevels({{QStringLiteral("target"), 2, Qt::red, Qt::DashLine},
                     {QStringLiteral("activation"), 1, Qt::darkYellow, Qt::DotLine},
                     {QStringLiteral("min replicas"), 0, Qt::gray, Qt::DotLine},
                     {QStringLiteral("max"), 400, Qt::gray, Qt::DotLine}});
    chart.resize(900, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refreshNow();

    const QList<QRectF> labels = chart.levelLabelRects();
    QCOMPARE(labels.size(), 4);
    const QRectF plot = chart.chart()->plotArea();
    for (int i = 0; i < labels.size(); ++i) {
        QVERIFY2(plot.contains(labels[i]), qPrintable(QStringLiteral("label %1 leaves the plot").arg(i)));
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
    }
}

void TestMetricChartView::rangeFollowFreezeZoom()
{
    qint64 now = kNow;
    ChartTimeWindow window;
    window.setClock([&now] { return now; });
    QSignalSpy changed(&window, &ChartTimeWindow::changed);
    for (auto preset : {ChartTimeWindow::FiveMinutes, ChartTimeWindow::FifteenMinutes, ChartTimeWindow::OneHour,
                        ChartTimeWindow::SixHours, ChartTimeWindow::OneDay}) {
        window.setPreset(preset);
        QCOMPARE(window.spanMs(), ChartTimeWindow::presetSpanMs(preset));
        QCOMPARE(window.toMs(), now);
        QVERIFY(window.followsLive());
    }
    QCOMPARE(ChartTimeWindow::presetSpanMs(ChartTimeWindow::SixHours), 6 * 3600 * 1000LL);
    window.setPreset(ChartTimeWindow::OneHour);
    // Live: the window moves with the clock.
    now += 5000;
    window.tick();
    QCOMPARE(window.toMs(), now);
    // Frozen: it stays.
    window.setFollowLive(false);
    now += 5000;
    window.tick();
    QCOMPARE(window.toMs(), now - 5000);
    window.setFollowLive(true);
    QCOMPARE(window.toMs(), now);
    // Zoom in while live keeps the right edge at now.
    window.zoom(0.5, 0.5);
    QCOMPARE(window.spanMs(), 1800 * 1000LL);
    QCOMPARE(window.toMs(), now);
    QCOMPARE(window.preset(), ChartTimeWindow::Custom);
    // Pan back freezes; pan forward past now follows again.
    window.pan(-0.5);
    QVERIFY(!window.followsLive());
    QCOMPARE(window.toMs(), now - 900 * 1000LL);
    window.pan(1.0);
    QVERIFY(window.followsLive());
    QCOMPARE(window.toMs(), now);
    // Zoom on a frozen window keeps the anchor in place.
    window.setRange(now - 600000, now - 300000);
    QVERIFY(!window.followsLive());
    QCOMPARE(window.preset(), ChartTimeWindow::Custom);
    window.zoom(0.5, 0.0);
    QCOMPARE(window.fromMs(), now - 600000);
    QCOMPARE(window.spanMs(), 150000LL);
    QVERIFY(changed.count() > 5);

    // The panel's controls drive the same window.
    models::MetricStore store;
    ui::ObjectChartPanel panel(&store);
    panel.timeWindow()->setClock([&now] { return now; });
    panel.rangeBox()->setCurrentIndex(ChartTimeWindow::SixHours);
    Q_EMIT panel.rangeBox()->activated(ChartTimeWindow::SixHours);
    QCOMPARE(panel.timeWindow()->spanMs(), 6 * 3600 * 1000LL);
    panel.liveButton()->click();
    QVERIFY(!panel.timeWindow()->followsLive());
    QCOMPARE(panel.liveButton()->text(), QStringLiteral("Frozen"));
    panel.timeWindow()->setFollowLive(true);
    QVERIFY(panel.liveButton()->isChecked());
    panel.timeWindow()->zoom(0.5);
    QCOMPARE(panel.rangeBox()->currentIndex(), int(ChartTimeWindow::Custom));
}

void TestMetricChartView::mouseAndKeysMoveTheWindow()
{
    models::MetricStore store;
    fillTenMinutes(store);
    qint64 now = kNow;
    ChartTimeWindow window;
    window.setClock([&now] { return now; });
    window.setPreset(ChartTimeWindow::FiveMinutes);
    MetricChart chart(&store, &window);
    chart.setTraces({{kKey, QStringLiteral("value"), {}}});
    chart.resize(800, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refreshNow();
    QWidget *view = chart.view();
    view->setFocus();

    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(!window.followsLive());
    QCOMPARE(window.toMs(), now - 30000);
    QTest::keyClick(view, Qt::Key_End);
    QVERIFY(window.followsLive());
    QCOMPARE(window.toMs(), now);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(window.spanMs(), qint64(300000 / 1.25));
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(window.spanMs(), 300000LL);

    // Wheel up zooms in around the pointer.
    const QPoint centre = chart.view()->mapFromScene(chart.chart()->plotArea().center());
    QWheelEvent wheel(centre, chart.view()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart.view()->viewport(), &wheel);
    QCOMPARE(window.spanMs(), qint64(300000 / 1.25));
    // Dragging to the right goes back in time and freezes.
    const QPoint from = centre;
    const QPoint to = centre + QPoint(100, 0);
    QTest::mousePress(chart.view()->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, chart.view()->viewport()->mapToGlobal(to), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(chart.view()->viewport(), &move);
    QTest::mouseRelease(chart.view()->viewport(), Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(!window.followsLive());
    QVERIFY(window.toMs() < now);
    // The chart repaints from the moved window.
    chart.refreshNow();
    QVERIFY(chart.drawnPoints(kKey) > 0);
}

void TestMetricChartView::csvExportIsExact()
{
    models::MetricStore store;
    store.append(kKey, kNow - 400000, 99); // before the window: not exported
    store.append(kKey, kNow - 3000, 10);
    store.append(kKey, kNow - 2000, 12.5);
    store.appendGap(kKey, kNow - 1000, QStringLiteral("timeout, after 5 s"));
    store.append(kKey, kNow, 7);
    ChartTimeWindow window;
    window.setClock([] { return kNow; });
    window.setPreset(ChartTimeWindow::FiveMinutes);
    MetricChart chart(&store, &window);
    chart.setTraces({{kKey, QStringLiteral("queue \"orders\""), {}}});
    chart.refreshNow();
    const QString expected = QStringLiteral(
        "series,key,time_ms,time_utc,value,note\n"
        "\"queue \"\"orders\"\"\",c/shop/orders/trigger/0,1699999997000,2023-11-14T22:13:17.000Z,10,\n"
        "\"queue \"\"orders\"\"\",c/shop/orders/trigger/0,1699999998000,2023-11-14T22:13:18.000Z,12.5,\n"
        "\"queue \"\"orders\"\"\",c/shop/orders/trigger/0,1699999999000,2023-11-14T22:13:19.000Z,,"
        "\"no data: timeout, after 5 s\"\n"
        "\"queue \"\"orders\"\"\",c/shop/orders/trigger/0,1700000000000,2023-11-14T22:13:20.000Z,7,\n");
    QCOMPARE(chart.csv(), expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY(chart.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), expected);
    // A hidden series is not exported.
    chart.setTraceVisible(kKey, false);
    QCOMPARE(chart.csv(), QStringLiteral("series,key,time_ms,time_utc,value,note\n"));
}

void TestMetricChartView::panelChartsAnObject()
{
    const QString ns = QStringLiteral("shop");
    const QString name = QStringLiteral("orders");
    models::MetricStore store;
    const QString current = models::metrickeys::replicasCurrent(kContext, ns, name);
    const QString desired = models::metrickeys::replicasDesired(kContext, ns, name);
    models::MetricInfo trigger;
    trigger.label = QStringLiteral("s0-rabbitmq-orders");
    trigger.triggerType = QStringLiteral("rabbitmq");
    trigger.metricType = QStringLiteral("AverageValue");
    trigger.target = 20;
    trigger.activation = 2;
    trigger.pollingIntervalMs = 30000;
    store.setInfo(kKey, trigger);
    models::MetricInfo replicas;
    replicas.minReplicas = 1;
    replicas.maxReplicas = 10;
    replicas.pausedReplicas = 3;
    store.setInfo(current, replicas);
    store.append(kKey, kNow - 2000, 40);
    store.append(current, kNow - 2000, 2);
    store.append(desired, kNow - 2000, 4);
    store.append(current, kNow - 1000, 3);
    store.append(desired, kNow - 1000, 4);

    ui::ObjectChartPanel panel(&store);
    panel.timeWindow()->setClock([] { return kNow; });
    panel.timeWindow()->setPreset(ChartTimeWindow::FiveMinutes);
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setObject(kContext, ns, name);
    QCOMPARE(panel.charts().size(), 2);
    MetricChart *triggerChart = panel.charts().constFirst();
    QVERIFY2(triggerChart->title().contains(QStringLiteral("s0-rabbitmq-orders")), qPrintable(triggerChart->title()));
    QVERIFY(triggerChart->legend()->button(QStringLiteral("level:target")));
    QVERIFY(triggerChart->legend()->button(QStringLiteral("level:activation")));
    QVERIFY(panel.replicaChart());
    for (const char *level : {"level:min", "level:max", "level:paused at"})
        QVERIFY2(panel.replicaChart()->legend()->button(QLatin1String(level)), level);
    QCOMPARE(panel.replicaChart()->traceKeys(), (QStringList{current, desired}));
    panel.setEvents({makeEvent(kNow - 1500, true, QStringLiteral("KEDAScalerFailed"))});
    for (MetricChart *chart : panel.charts()) {
        chart->refreshNow();
        QCOMPARE(chart->markers().size(), 1);
    }
    // Both charts in one CSV, one header.
    const QString csv = panel.csv();
    QCOMPARE(csv.count(QStringLiteral("series,key")), 1);
    QCOMPARE(csv.count(QLatin1Char('\n')), 1 + 1 + 2 + 2);
    QVERIFY(csv.contains(QStringLiteral("current,c/shop/orders/replicas/current,1699999999000,2023-11-14T22:13:19.000Z,3,\n")));
    // The image holds every chart.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("charts.png"));
    QVERIFY(panel.exportPng(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() >= 2 * 150);

    // A failing source: the legend says the read failed, never 0, and its tooltip gives the reason.
    store.appendGap(kKey, kNow, QStringLiteral("connection refused"));
    QTRY_VERIFY(triggerChart->legend()->button(kKey)->text().endsWith(QStringLiteral(": read failed")));
    QVERIFY(triggerChart->legend()->button(kKey)->toolTip().startsWith(QStringLiteral("connection refused\n")));
    // New series for the object appear as charts of their own.
    QSignalSpy rebuilt(&panel, &ui::ObjectChartPanel::chartsRebuilt);
    store.append(models::metrickeys::trigger(kContext, ns, name, 1), kNow, 5);
    QTRY_COMPARE(panel.charts().size(), 3);
    QVERIFY(rebuilt.count() >= 1);
    panel.setObject({}, {}, {});
    QCOMPARE(panel.charts().size(), 0);
}

void TestMetricChartView::fleetRanksByRatio()
{
    models::MetricStore store;
    const auto add = [&](const QString &name, double value, double target) {
        const QString key = models::metrickeys::trigger(kContext, QStringLiteral("shop"), name, 0);
        models::MetricInfo info;
        info.target = target;
        store.setInfo(key, info);
        for (int i = 0; i < 10; ++i)
            store.append(key, kNow - 10000 + i * 1000, value);
    };
    add(QStringLiteral("a"), 100, 10);  // 1000 %
    add(QStringLiteral("b"), 500, 100); // 500 %, the longest queue
    add(QStringLiteral("c"), 1, 10);    // 10 %
    store.append(models::metrickeys::trigger(QStringLiteral("other"), QStringLiteral("x"), QStringLiteral("y"), 0),
                 kNow, 1e6); // another context
    ui::FleetModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return kNow + 1; });
    model.setContext(kContext);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, ui::FleetModel::ObjectColumn).data().toString(), QStringLiteral("shop/a"));
    QCOMPARE(model.index(0, ui::FleetModel::RatioColumn).data().toString(), QStringLiteral("1000 %"));
    model.setOrder(ui::FleetModel::Order::ByValue);
    QCOMPARE(model.index(0, 0).data(ui::FleetModel::NameRole).toString(), QStringLiteral("b"));
    model.setSparklineSpanMs(20000);
    model.setLimit(2);
    QCOMPARE(model.rowCount(), 2);
    const QVariantList spark = model.index(0, ui::FleetModel::TrendColumn).data(ui::FleetModel::SparklineRole).toList();
    QVERIFY(spark.size() > 10);
    int values = 0;
    for (const QVariant &v : spark)
        values += std::isfinite(v.toDouble()) ? 1 : 0;
    QVERIFY(values >= 5);
}

void TestMetricChartView::formatsUnits()
{
    QCOMPARE(ui::formatChartValue(1500, QString()), QStringLiteral("1.5k"));
    QCOMPARE(ui::formatChartValue(0.25, QStringLiteral("s")), QStringLiteral("250 ms"));
    QCOMPARE(ui::formatChartValue(85, QStringLiteral("%")), QStringLiteral("85 %"));
    QCOMPARE(ui::formatChartValue(std::nan(""), QString()), QStringLiteral("no data"));
}

QTEST_MAIN(TestMetricChartView)
#include "tst_metricchartview.moc"
