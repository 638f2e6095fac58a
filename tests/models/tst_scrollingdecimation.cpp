// SPDX-License-Identifier: Apache-2.0
// ScrollingDecimation: what it reuses between repaints must never differ from decimating afresh.
#include "models/metricstore.h"
#include "models/scrollingdecimation.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace kedascope;
using models::ColumnGrid;
using models::MetricBucket;
using models::MetricSeries;
using models::ScrollingDecimation;

namespace {

constexpr qint64 start = 1'700'000'000'000;

bool sameDouble(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Every column of `kept` equals what the series decimated over the whole grid gives now.
QString differenceFromFresh(const MetricSeries &series, const ColumnGrid &grid, const std::vector<MetricBucket> &kept)
{
    const std::vector<MetricBucket> fresh = series.decimate(grid.fromMs, grid.toMs(), grid.columns);
    if (fresh.size() != kept.size())
        return QStringLiteral("%1 columns, %2 expected").arg(kept.size()).arg(fresh.size());
    for (size_t c = 0; c < fresh.size(); ++c) {
        const MetricBucket &a = kept[c];
        const MetricBucket &b = fresh[c];
        if (a.fromMs != b.fromMs || a.toMs != b.toMs || a.count != b.count || a.gap != b.gap ||
            !sameDouble(a.min, b.min) || !sameDouble(a.max, b.max) || !sameDouble(a.first, b.first) ||
            !sameDouble(a.last, b.last))
            return QStringLiteral("column %1 [%2, %3): count %4/%5 gap %6/%7 min %8/%9 last %10/%11")
                .arg(c).arg(b.fromMs).arg(b.toMs).arg(a.count).arg(b.count).arg(a.gap).arg(b.gap)
                .arg(a.min).arg(b.min).arg(a.last).arg(b.last);
    }
    return {};
}

// Polling with jitter, a failed read now and then, and a silence now and then.
void appendSeconds(MetricSeries &series, QRandomGenerator &random, qint64 &time, int count)
{
    for (int i = 0; i < count; ++i) {
        const int kind = int(random.bounded(100));
        time += kind < 2 ? 8000 + random.bounded(30000) : 990 + random.bounded(20);
        if (kind >= 96)
            series.appendGap(time, QStringLiteral("scaler error"));
        else
            series.append(time, random.generateDouble() * 500);
    }
}

} // namespace

class TestScrollingDecimation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gridIsPinnedToTheClock();
    void followingLiveReadsOnlyTheNewestColumns();
    void samplesDroppingOutOfTheRingAreNoticed();
    void panningReadsOnlyTheColumnsThatCameIntoView();
    void movedGapThresholdIsAppliedToHeldColumns();
    void replacedHistoryIsReadAgain();
};

void TestScrollingDecimation::gridIsPinnedToTheClock()
{
    const ColumnGrid grid = ColumnGrid::covering(start + 123, start + 123 + 3600 * 1000, 1100);
    QCOMPARE(grid.columns, 1100);
    QCOMPARE(grid.widthMs, qint64(3273)); // 3,600,000 / 1100 rounded up
    QCOMPARE(grid.fromMs % grid.widthMs, qint64(0));
    QVERIFY(grid.fromMs <= start + 123 + grid.widthMs);
    QVERIFY(grid.toMs() > start + 123 + 3600 * 1000);
    QVERIFY(grid.toMs() <= start + 123 + 3600 * 1000 + grid.widthMs);

    // A second later the grid is the same or one column on; the width does not move.
    const ColumnGrid later = ColumnGrid::covering(start + 1123, start + 1123 + 3600 * 1000, 1100);
    QCOMPARE(later.widthMs, grid.widthMs);
    QVERIFY(later.fromMs == grid.fromMs || later.fromMs == grid.fromMs + grid.widthMs);

    QCOMPARE(ColumnGrid::covering(-5000, -1, 4).fromMs % 1250, qint64(0)); // before the epoch too
    QCOMPARE(ColumnGrid::covering(0, 1000, 0).columns, 0);
}

void TestScrollingDecimation::followingLiveReadsOnlyTheNewestColumns()
{
    QRandomGenerator random(7);
    MetricSeries series(86400);
    qint64 time = start;
    appendSeconds(series, random, time, 20000);
    const qint64 span = 6 * 3600 * 1000;
    const int columns = 900;
    ScrollingDecimation decimation;
    ColumnGrid previous;
    int steps = 0;
    for (int step = 0; step < 300; ++step) {
        const ColumnGrid grid = ColumnGrid::covering(time - span, time, columns);
        models::DecimationCost cost;
        const auto &buckets = decimation.update(series, grid, &cost);
        const QString difference = differenceFromFresh(series, grid, buckets);
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(difference)));
        if (step > 0) {
            // Read again: the columns that came in, and the one that held the newest sample.
            const int moved = int((grid.fromMs - previous.fromMs) / grid.widthMs);
            QCOMPARE(decimation.reusedColumns(), columns - moved - 1);
            QVERIFY(cost.samplesRead + cost.summariesRead < size_t(100 * (moved + 1)));
            ++steps;
        }
        previous = grid;
        appendSeconds(series, random, time, 1 + int(random.bounded(3)));
    }
    QCOMPARE(steps, 299);
}

void TestScrollingDecimation::samplesDroppingOutOfTheRingAreNoticed()
{
    QRandomGenerator random(11);
    MetricSeries series(2000); // less than the window: the oldest columns lose samples as it fills
    qint64 time = start;
    appendSeconds(series, random, time, 1500);
    const qint64 span = 3600 * 1000;
    ScrollingDecimation decimation;
    for (int step = 0; step < 400; ++step) {
        const ColumnGrid grid = ColumnGrid::covering(time - span, time, 700);
        const QString difference = differenceFromFresh(series, grid, decimation.update(series, grid));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(difference)));
        appendSeconds(series, random, time, 5);
    }
    QVERIFY(series.size() == series.capacity());
}

void TestScrollingDecimation::panningReadsOnlyTheColumnsThatCameIntoView()
{
    QRandomGenerator random(3);
    MetricSeries series(86400);
    qint64 time = start;
    appendSeconds(series, random, time, 86400);
    const ColumnGrid view = ColumnGrid::covering(time - 12 * 3600 * 1000, time - 6 * 3600 * 1000, 800);
    ScrollingDecimation decimation;
    decimation.update(series, view);
    for (const int by : {-50, 120, -799, 3}) {
        ColumnGrid panned = view;
        panned.fromMs += by * view.widthMs;
        decimation.update(series, view);
        const QString difference = differenceFromFresh(series, panned, decimation.update(series, panned));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("by %1: %2").arg(by).arg(difference)));
        QCOMPARE(decimation.reusedColumns(), 800 - std::abs(by));
    }
    // A zoom changes the width: nothing can be taken over.
    const ColumnGrid zoomed = ColumnGrid::covering(time - 12 * 3600 * 1000, time - 7 * 3600 * 1000, 800);
    QVERIFY(differenceFromFresh(series, zoomed, decimation.update(series, zoomed)).isEmpty());
    QCOMPARE(decimation.reusedColumns(), 0);
}

void TestScrollingDecimation::movedGapThresholdIsAppliedToHeldColumns()
{
    QRandomGenerator random(5);
    MetricSeries series(86400);
    qint64 time = start;
    appendSeconds(series, random, time, 10000);
    const ColumnGrid grid = ColumnGrid::covering(time - 2 * 3600 * 1000, time, 3000);
    ScrollingDecimation decimation;
    decimation.update(series, grid);
    const int gapsAtDefault = int(std::count_if(decimation.buckets().begin(), decimation.buckets().end(),
                                                [](const MetricBucket &b) { return b.gap; }));
    // Silences of 8 s or more count as gaps by default (three median intervals); at 20 s only the longer do.
    series.setGapThresholdMs(20000);
    QVERIFY(differenceFromFresh(series, grid, decimation.update(series, grid)).isEmpty());
    QVERIFY(decimation.reusedColumns() > 2900);
    const int gapsAt20s = int(std::count_if(decimation.buckets().begin(), decimation.buckets().end(),
                                            [](const MetricBucket &b) { return b.gap; }));
    QVERIFY2(gapsAt20s < gapsAtDefault, qPrintable(QStringLiteral("%1 vs %2").arg(gapsAt20s).arg(gapsAtDefault)));

    // Beyond what block summaries hold exactly (about 24.8 days), every column is read again.
    series.setGapThresholdMs(30LL * 24 * 3600 * 1000);
    QVERIFY(differenceFromFresh(series, grid, decimation.update(series, grid)).isEmpty());
    QCOMPARE(decimation.reusedColumns(), 0);
}

void TestScrollingDecimation::replacedHistoryIsReadAgain()
{
    models::MetricStore store;
    store.setRetention(3600, 1);
    const QString key = QStringLiteral("ctx/ns/orders/trigger/0");
    for (int i = 0; i < 3600; ++i)
        store.append(key, start + i * 1000, i % 50);
    const ColumnGrid grid = ColumnGrid::covering(start, start + 3600 * 1000, 400);
    ScrollingDecimation decimation;
    decimation.update(*store.find(key), grid);
    decimation.update(*store.find(key), grid);
    QCOMPARE(decimation.reusedColumns(), 399); // the last holds the newest sample

    store.setRetention(1800, 1); // rebuilds the series with its newest half
    QVERIFY(differenceFromFresh(*store.find(key), grid, decimation.update(*store.find(key), grid)).isEmpty());
    QCOMPARE(decimation.reusedColumns(), 0);

    store.remove(key);
    store.append(key, start + 100 * 1000, 7);
    store.append(key, start + 101 * 1000, 8);
    QVERIFY(differenceFromFresh(*store.find(key), grid, decimation.update(*store.find(key), grid)).isEmpty());
    QCOMPARE(decimation.reusedColumns(), 0);
}

QTEST_GUILESS_MAIN(TestScrollingDecimation)
#include "tst_scrollingdecimation.moc"
