// SPDX-License-Identifier: Apache-2.0
#include "models/metricstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace kedascope;
using models::MetricBucket;
using models::MetricSample;
using models::MetricSeries;

namespace {

bool sameDouble(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// The definition of a column, applied to every kept sample one by one.
std::vector<MetricBucket> bruteForce(const MetricSeries &series, qint64 fromMs, qint64 toMs, int columns,
                                     qint64 threshold)
{
    std::vector<MetricBucket> buckets(static_cast<size_t>(columns));
    const qint64 span = toMs - fromMs;
    const auto boundary = [&](int column) {
        return fromMs + span * column / columns; // spans in this test are small enough not to overflow
    };
    for (int column = 0; column < columns; ++column) {
        MetricBucket &b = buckets[size_t(column)];
        b.fromMs = boundary(column);
        b.toMs = boundary(column + 1);
        b.min = b.max = b.first = b.last = std::nan("");
    }
    for (size_t i = 0; i < series.size(); ++i) {
        const MetricSample s = series.at(i);
        if (s.timeMs < fromMs || s.timeMs >= toMs)
            continue;
        int column = 0;
        while (!(s.timeMs >= buckets[size_t(column)].fromMs && s.timeMs < buckets[size_t(column)].toMs))
            ++column;
        MetricBucket &b = buckets[size_t(column)];
        if (i > 0 && threshold > 0 && s.timeMs - series.at(i - 1).timeMs > threshold)
            b.gap = true;
        if (std::isnan(s.value)) {
            b.gap = true;
            continue;
        }
        if (b.count == 0) {
            b.min = b.max = b.first = s.value;
        } else {
            b.min = std::min(b.min, s.value);
            b.max = std::max(b.max, s.value);
        }
        b.last = s.value;
        ++b.count;
    }
    return buckets;
}

void fillSeconds(MetricSeries &series, qint64 startMs, int count)
{
    for (int i = 0; i < count; ++i)
        series.append(startMs + qint64(i) * 1000, std::sin(i * 0.01) * 100 + (i % 7));
}

} // namespace

class TestMetricStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringKeepsNewestInOrder()
    {
        MetricSeries series(5);
        for (int i = 0; i < 8; ++i)
            series.append(1000 * i, i);
        QCOMPARE(series.size(), size_t(5));
        QCOMPARE(series.capacity(), size_t(5));
        for (size_t i = 0; i < 5; ++i) {
            QCOMPARE(series.at(i).timeMs, qint64(1000 * (i + 3)));
            QCOMPARE(series.at(i).value, double(i + 3));
        }
        QCOMPARE(series.firstTimeMs(), 3000);
        QCOMPARE(series.lastTimeMs(), 7000);
        const auto window = series.samples(4000, 6000);
        QCOMPARE(window.size(), size_t(3));
        QCOMPARE(window.front().value, 4.0);
        QCOMPARE(window.back().value, 6.0);
    }

    void olderSamplesAreIgnored()
    {
        MetricSeries series(10);
        series.append(5000, 1);
        series.append(4000, 2);
        series.appendGap(3000, QStringLiteral("late"));
        series.append(5000, 3);
        QCOMPARE(series.size(), size_t(2));
        QCOMPARE(series.at(1).value, 3.0);
    }

    void gapsKeepTheirReason()
    {
        MetricSeries series(4);
        series.append(1000, 10);
        series.appendGap(2000, QStringLiteral("403 Forbidden"));
        QVERIFY(std::isnan(series.at(1).value));
        QCOMPARE(series.lastGapReason(), QStringLiteral("403 Forbidden"));
        MetricSample last;
        QVERIFY(series.lastValue(&last));
        QCOMPARE(last.timeMs, 1000);
        QCOMPARE(last.value, 10.0);

        series.appendGap(3000, QStringLiteral("scaler error"));
        series.append(4000, 12);
        QVERIFY(series.lastGapReason().isEmpty());
        QCOMPARE(series.gapReason(2000), QStringLiteral("403 Forbidden"));
        QCOMPARE(series.gapReason(3500), QStringLiteral("scaler error"));
        QVERIFY(series.gapReason(1500).isEmpty());

        const auto buckets = series.decimate(0, 5000, 5);
        QCOMPARE(buckets[1].count, 1);
        QVERIFY(!buckets[1].gap);
        QCOMPARE(buckets[2].count, 0);
        QVERIFY(buckets[2].gap);
        QVERIFY(std::isnan(buckets[2].min));
        QVERIFY(buckets[3].gap);
        QCOMPARE(buckets[4].max, 12.0);

        // The ring forgets the value once it is overwritten by gaps.
        for (int i = 5; i < 9; ++i)
            series.appendGap(1000 * i, QStringLiteral("down"));
        QVERIFY(!series.lastValue(nullptr));
    }

    void gapThresholdFollowsTheMedianInterval()
    {
        MetricSeries series(100);
        for (int i = 0; i < 20; ++i)
            series.append(qint64(i) * 30000, i);
        QCOMPARE(series.gapThresholdMs(), 90000);
        series.append(19 * 30000 + 200000, 1);
        const auto buckets = series.decimate(0, 19 * 30000 + 200001, 1000);
        int gaps = 0;
        for (const auto &bucket : buckets)
            gaps += bucket.gap ? 1 : 0;
        QCOMPARE(gaps, 1);
        QVERIFY(buckets.back().gap);
        series.setGapThresholdMs(500000);
        QCOMPARE(series.gapThresholdMs(), 500000);
        QVERIFY(!series.decimate(0, 19 * 30000 + 200001, 1000).back().gap);
    }

    void decimationMatchesBruteForce()
    {
        QRandomGenerator random(4711);
        for (int round = 0; round < 60; ++round) {
            const size_t capacity = 1 + random.bounded(3000);
            MetricSeries series(capacity);
            const qint64 threshold = 1000 + random.bounded(4000);
            series.setGapThresholdMs(threshold);
            const int appends = int(random.bounded(6000));
            qint64 time = random.bounded(100000);
            for (int i = 0; i < appends; ++i) {
                const int kind = int(random.bounded(100));
                time += kind < 3 ? 5000 + random.bounded(20000) : (kind < 10 ? 0 : random.bounded(1500));
                if (kind >= 95)
                    series.appendGap(time, QStringLiteral("failed"));
                else
                    series.append(time, random.generateDouble() * 2000 - 1000);
            }
            const qint64 first = series.isEmpty() ? 0 : series.firstTimeMs();
            const qint64 last = series.isEmpty() ? 1000 : series.lastTimeMs();
            for (int window = 0; window < 5; ++window) {
                const qint64 fromMs = first - 5000 + random.bounded(qint64(last - first + 10000));
                const qint64 toMs = fromMs + 1 + random.bounded(qint64(last - first + 10000));
                const int columns = 1 + int(random.bounded(400));
                const auto fast = series.decimate(fromMs, toMs, columns);
                const auto slow = bruteForce(series, fromMs, toMs, columns, threshold);
                QCOMPARE(fast.size(), slow.size());
                for (size_t c = 0; c < fast.size(); ++c) {
                    const MetricBucket &a = fast[c];
                    const MetricBucket &b = slow[c];
                    const QByteArray where = QStringLiteral("round %1 column %2").arg(round).arg(c).toUtf8();
                    QVERIFY2(a.fromMs == b.fromMs && a.toMs == b.toMs, where.constData());
                    QVERIFY2(a.count == b.count && a.gap == b.gap, where.constData());
                    QVERIFY2(sameDouble(a.min, b.min) && sameDouble(a.max, b.max), where.constData());
                    QVERIFY2(sameDouble(a.first, b.first) && sameDouble(a.last, b.last), where.constData());
                }
            }
        }
    }

    // Long runs of failed reads (whole summary blocks without a value) and silences longer than a
    // block summary's interval field can hold: first/last values and gap flags still match.
    void decimationOverLongGapRunsAndSilences()
    {
        const qint64 day = 24 * 3600 * 1000LL;
        MetricSeries series(5000);
        qint64 time = 1'700'000'000'000;
        std::vector<qint64> timeOf;
        for (int i = 0; i < 6000; ++i) {
            time += 1000;
            if (i == 3000)
                time += 26 * day; // beyond 2^31 ms, below the threshold set below
            if (i == 4000)
                time += 40 * day; // beyond the threshold
            if ((i >= 1500 && i < 2700) || (i % 700) == 5)
                series.appendGap(time, QStringLiteral("down"));
            else
                series.append(time, std::sin(i * 0.01) * 100 + i % 13);
            timeOf.push_back(time);
        }
        // The whole history, and a few seconds around each silence.
        const std::vector<std::pair<qint64, qint64>> windows = {{series.firstTimeMs(), series.lastTimeMs() + 1},
                                                                {timeOf[2990], timeOf[3030] + 1},
                                                                {timeOf[3990], timeOf[4030] + 1}};
        for (const qint64 threshold : {qint64(0), qint64(5000), 30 * day}) {
            if (threshold > 0)
                series.setGapThresholdMs(threshold);
            const qint64 expectedThreshold = series.gapThresholdMs();
            for (const int columns : {1, 3, 7, 64, 333}) {
                for (const auto &[fromMs, toMs] : windows) {
                    const auto fast = series.decimate(fromMs, toMs, columns);
                    const auto slow = bruteForce(series, fromMs, toMs, columns, expectedThreshold);
                    QCOMPARE(fast.size(), slow.size());
                    for (size_t c = 0; c < fast.size(); ++c) {
                        const MetricBucket &a = fast[c];
                        const MetricBucket &b = slow[c];
                        const QByteArray where = QStringLiteral("threshold %1 columns %2 column %3")
                                                     .arg(threshold).arg(columns).arg(c).toUtf8();
                        QVERIFY2(a.count == b.count && a.gap == b.gap, where.constData());
                        QVERIFY2(sameDouble(a.min, b.min) && sameDouble(a.max, b.max), where.constData());
                        QVERIFY2(sameDouble(a.first, b.first) && sameDouble(a.last, b.last), where.constData());
                    }
                }
            }
        }
    }

    void decimationCostIndependentOfHistory()
    {
        const int columns = 800;
        const qint64 start = 1'700'000'000'000;
        MetricSeries hour(86400);
        MetricSeries day(86400);
        fillSeconds(hour, start + 23 * 3600 * 1000LL, 3600);
        fillSeconds(day, start, 86400);
        const qint64 end = start + 86400 * 1000LL;

        // The same window over a short and a long history costs the same.
        models::DecimationCost hourCost;
        models::DecimationCost dayCost;
        hour.decimate(end - 3600 * 1000LL, end, columns, &hourCost);
        day.decimate(end - 3600 * 1000LL, end, columns, &dayCost);
        QCOMPARE(dayCost.samplesRead + dayCost.summariesRead, hourCost.samplesRead + hourCost.summariesRead);
        QCOMPARE(dayCost.searches, hourCost.searches);

        // The whole day is read through summaries: bounded per column, far below one read per sample.
        models::DecimationCost wholeDay;
        const auto buckets = day.decimate(start, end, columns, &wholeDay);
        const size_t reads = wholeDay.samplesRead + wholeDay.summariesRead;
        const size_t perColumnBound = 2 * 31 * 3 + 2; // two partial runs per summary level
        QVERIFY2(reads <= size_t(columns) * perColumnBound, QByteArray::number(qulonglong(reads)).constData());
        QVERIFY2(reads * 2 < 86400, QByteArray::number(qulonglong(reads)).constData());
        QCOMPARE(wholeDay.searches, size_t(columns + 1));
        int counted = 0;
        for (const auto &bucket : buckets)
            counted += bucket.count;
        QCOMPARE(counted, 86400);

        // A ten times longer retention over the same window costs the same too.
        MetricSeries longRetention(864000);
        fillSeconds(longRetention, start, 86400);
        models::DecimationCost longCost;
        longRetention.decimate(end - 3600 * 1000LL, end, columns, &longCost);
        QVERIFY(longCost.samplesRead + longCost.summariesRead <= size_t(columns) * (2 * 31 * 4 + 2));
    }

    void bytesPerSampleIsSmall()
    {
        QVERIFY(MetricSeries::bytesPerSample() >= 16);
        QVERIFY(MetricSeries::bytesPerSample() <= 20);
        MetricSeries series(86400);
        fillSeconds(series, 0, 86400);
        QVERIFY(series.memoryBytes() / 86400 <= 20);
    }

    void appendedIsCoalescedPerEventLoopPass()
    {
        models::MetricStore store;
        QSignalSpy spy(&store, &models::MetricStore::appended);
        store.append(QStringLiteral("a"), 1000, 1);
        store.append(QStringLiteral("b"), 1000, 2);
        store.appendGap(QStringLiteral("a"), 2000, QStringLiteral("down"));
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        store.append(QStringLiteral("b"), 3000, 2);
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toStringList(), QStringList{QStringLiteral("b")});
    }

    void retentionSetsCapacityAndKeepsTheNewest()
    {
        models::MetricStore store;
        QCOMPARE(store.series(QStringLiteral("x")).capacity(), size_t(86400));
        for (int i = 0; i < 100; ++i)
            store.append(QStringLiteral("x"), i * 1000, i);
        store.appendGap(QStringLiteral("x"), 100000, QStringLiteral("timeout"));
        store.setRetention(600, 10);
        const MetricSeries *series = store.find(QStringLiteral("x"));
        QVERIFY(series);
        QCOMPARE(series->capacity(), size_t(60));
        QCOMPARE(series->size(), size_t(60));
        QCOMPARE(series->at(0).value, 41.0);
        QCOMPARE(series->lastGapReason(), QStringLiteral("timeout"));
        QCOMPARE(store.series(QStringLiteral("y")).capacity(), size_t(60));
    }

    void keysInfoAndRemoval()
    {
        models::MetricStore store;
        const QString ctx = QStringLiteral("kind-demo");
        const QString trigger = models::metrickeys::trigger(ctx, QStringLiteral("shop"), QStringLiteral("orders"), 1);
        QCOMPARE(trigger, QStringLiteral("kind-demo/shop/orders/trigger/1"));
        QCOMPARE(models::metrickeys::replicasDesired(ctx, QStringLiteral("shop"), QStringLiteral("orders")),
                 QStringLiteral("kind-demo/shop/orders/replicas/desired"));
        QCOMPARE(models::metrickeys::operatorMetric(ctx, QStringLiteral("shop"), QStringLiteral("orders"),
                                                    QStringLiteral("keda_scaler_active"), 0),
                 QStringLiteral("kind-demo/shop/orders/keda/keda_scaler_active/0"));
        QCOMPARE(models::metrickeys::operatorGlobal(ctx, QStringLiteral("keda_build_info"),
                                                    {{QStringLiteral("version"), QStringLiteral("2.16")},
                                                     {QStringLiteral("git"), QStringLiteral("abc")}}),
                 QStringLiteral("kind-demo/keda/keda_build_info{git=\"abc\",version=\"2.16\"}"));

        store.append(trigger, 1000, 5);
        store.append(models::metrickeys::replicasCurrent(ctx, QStringLiteral("shop"), QStringLiteral("orders")),
                     1000, 2);
        store.append(QStringLiteral("other/shop/orders/trigger/0"), 1000, 2);
        QCOMPARE(store.keysWithPrefix(models::metrickeys::objectPrefix(ctx, QStringLiteral("shop"),
                                                                       QStringLiteral("orders")))
                     .size(),
                 2);

        QSignalSpy infoSpy(&store, &models::MetricStore::infoChanged);
        models::MetricInfo info;
        info.label = QStringLiteral("s1-rabbitmq-orders");
        info.target = 20;
        store.setInfo(trigger, info);
        store.setInfo(trigger, info);
        QCOMPARE(infoSpy.count(), 1);
        QCOMPARE(store.info(trigger).target, 20.0);
        QVERIFY(std::isnan(store.info(trigger).activation));
        QVERIFY(!store.hasInfo(QStringLiteral("nothing")));

        store.remove(trigger);
        QVERIFY(!store.find(trigger));
        QVERIFY(!store.hasInfo(trigger));
        QCOMPARE(store.keys().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
