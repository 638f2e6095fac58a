// SPDX-License-Identifier: Apache-2.0
// ExternalMetricPoller against kedascope-sim's demo cluster (KEDA's controller and external metrics API)
// over HTTPS on 127.0.0.1.
#include "models/externalmetricpoller.h"
#include "helpers/democluster.h"
#include "models/kubeclusterconnection.h"
#include "models/metricstore.h"

#include "k8sclient/kubeconfig.h"
#include "sim/faultinjector.h"
#include "sim/kedametrics.h"
#include "sim/simserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace kedascope;

using test::DemoCluster;
using test::lastValue;

namespace {

constexpr int timeoutMs = 30000;

// A clock that moves one second forward at each reading, so no two samples share a time.
std::function<qint64()> steppingClock(qint64 *now)
{
    return [now] { return *now += 1000; };
}

models::WatchedObject object(const QString &ns, const QString &name,
                             const QString &kind = QStringLiteral("ScaledObject"))
{
    models::WatchedObject watched;
    watched.kind = kind;
    watched.ns = ns;
    watched.name = name;
    return watched;
}

} // namespace

class TestExternalMetricPoller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesArriveWithTargetsAndActivation();
    void intervalsFollowTheSpecOrTheOverride();
    void forbiddenReadIsAGapWithTheReason();
    void scalerErrorIsAGapNotZero();
    void onlyWatchedObjectsArePolled();
};

void TestExternalMetricPoller::valuesArriveWithTargetsAndActivation()
{
    DemoCluster cluster(1);
    models::MetricStore store;
    models::ExternalMetricPoller poller(cluster.connection.get(), &store);
    qint64 now = 1'700'000'000'000;
    poller.setClock(steppingClock(&now));
    poller.setIntervalOverride(200);
    QSignalSpy polled(&poller, &models::ExternalMetricPoller::polled);
    poller.setWatched(
        {object(QStringLiteral("shop"), QStringLiteral("orders-consumer")),
         object(QStringLiteral("shop"), QStringLiteral("checkout-api")),
         object(QStringLiteral("analytics"), QStringLiteral("clickstream-ingest")),
         object(QStringLiteral("analytics"), QStringLiteral("report-builder"), QStringLiteral("ScaledJob"))});
    QCOMPARE(poller.watched().size(), 3); // ScaledJobs have no external metric values

    const QString context = cluster.connection->contextName();
    const QString orders =
        models::metrickeys::trigger(context, QStringLiteral("shop"), QStringLiteral("orders-consumer"), 0);
    // The value KEDA serves is the one its controller computed (milli precision, truncated).
    QTRY_VERIFY_WITH_TIMEOUT(
        std::abs(lastValue(store, orders) - cluster.server->metrics()
                                                .currentValue("shop", "orders-consumer", "s0-rabbitmq-orders")
                                                .value_or(-1)) < 0.001,
        timeoutMs);
    const models::MetricSeries *series = store.find(orders);
    QVERIFY(series->lastTimeMs() > 1'700'000'000'000);
    QVERIFY(series->lastGapReason().isEmpty());

    models::MetricInfo info = store.info(orders);
    QCOMPARE(info.label, QStringLiteral("s0-rabbitmq-orders"));
    QCOMPARE(info.triggerType, QStringLiteral("rabbitmq"));
    QCOMPARE(info.target, 20.0);
    QCOMPARE(info.activation, 0.0);
    QCOMPARE(info.metricType, QStringLiteral("AverageValue"));
    QCOMPARE(info.pollingIntervalMs, qint64(200));

    // checkout-api's first trigger is cpu (a Resource metric): only trigger 1 has an external value.
    const QString checkout =
        models::metrickeys::trigger(context, QStringLiteral("shop"), QStringLiteral("checkout-api"), 1);
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, checkout)), timeoutMs);
    QVERIFY(!store.find(
        models::metrickeys::trigger(context, QStringLiteral("shop"), QStringLiteral("checkout-api"), 0)));
    QCOMPARE(store.info(checkout).target, 50.0);
    QCOMPARE(store.info(checkout).triggerType, QStringLiteral("prometheus"));

    const QString clicks = models::metrickeys::trigger(context, QStringLiteral("analytics"),
                                                       QStringLiteral("clickstream-ingest"), 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, clicks)), timeoutMs);
    QCOMPARE(store.info(clicks).target, 50.0);
    QCOMPARE(store.info(clicks).activation, 10.0);

    // The override keeps the values coming: more rounds, each with a value.
    const int rounds = polled.count();
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= rounds + 6, timeoutMs);
    for (const auto &arguments : std::as_const(polled)) {
        QCOMPARE(arguments.at(2).toInt(), 1);
        QCOMPARE(arguments.at(3).toInt(), 0);
    }
}

void TestExternalMetricPoller::intervalsFollowTheSpecOrTheOverride()
{
    DemoCluster cluster(1);
    models::MetricStore store;
    models::ExternalMetricPoller poller(cluster.connection.get(), &store);
    QSignalSpy polled(&poller, &models::ExternalMetricPoller::polled);
    poller.setWatched({object(QStringLiteral("shop"), QStringLiteral("orders-consumer")),
                       object(QStringLiteral("analytics"), QStringLiteral("clickstream-ingest"))});
    QTRY_COMPARE_WITH_TIMEOUT(polled.count(), 2, timeoutMs);
    // pollingInterval: 15 on orders-consumer; clickstream-ingest sets none (KEDA's default is 30 s).
    QCOMPARE(poller.intervalFor(QStringLiteral("shop"), QStringLiteral("orders-consumer")), qint64(15000));
    QCOMPARE(poller.intervalFor(QStringLiteral("analytics"), QStringLiteral("clickstream-ingest")),
             qint64(30000));
    const QString orders = models::metrickeys::trigger(
        cluster.connection->contextName(), QStringLiteral("shop"), QStringLiteral("orders-consumer"), 0);
    QCOMPARE(store.info(orders).pollingIntervalMs, qint64(15000));

    poller.setIntervalOverride(150);
    QCOMPARE(poller.intervalOverride(), qint64(150));
    QCOMPARE(poller.intervalFor(QStringLiteral("shop"), QStringLiteral("orders-consumer")), qint64(150));
    // Rescheduled at the new interval, long before 15 s.
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 6, 10000);
    QVERIFY(clock.elapsed() < 10000);
    QCOMPARE(store.info(orders).pollingIntervalMs, qint64(150));
}

void TestExternalMetricPoller::forbiddenReadIsAGapWithTheReason()
{
    DemoCluster cluster(1);
    models::MetricStore store;
    models::ExternalMetricPoller poller(cluster.connection.get(), &store);
    qint64 now = 1'700'000'000'000;
    poller.setClock(steppingClock(&now));
    poller.setIntervalOverride(200);
    QSignalSpy failed(&poller, &models::ExternalMetricPoller::failed);
    QSignalSpy polled(&poller, &models::ExternalMetricPoller::polled);
    const QString key = models::metrickeys::trigger(cluster.connection->contextName(), QStringLiteral("shop"),
                                                    QStringLiteral("orders-consumer"), 0);
    poller.setWatched({object(QStringLiteral("shop"), QStringLiteral("orders-consumer"))});
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, key)), timeoutMs);

    // RBAC refuses the metric read twice: two gaps carrying the API's message, no zero in between.
    cluster.server->faults().failNext(
        "GET", "/apis/external.metrics.k8s.io/v1beta1/namespaces/shop/s0-rabbitmq-orders", 403, 2);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, timeoutMs);
    QCOMPARE(failed.at(0).at(2).toInt(), 0);
    const QString reason = failed.at(0).at(3).toString();
    QVERIFY2(reason.contains(QStringLiteral("injected fault")), qPrintable(reason));
    const models::MetricSeries *series = store.find(key);
    QCOMPARE(series->lastGapReason(), reason);
    QVERIFY(std::isnan(series->at(series->size() - 1).value));
    QVERIFY(std::isnan(series->at(series->size() - 2).value));
    QCOMPARE(series->gapReason(series->lastTimeMs()), reason);
    bool sawFailedRound = false;
    for (const auto &arguments : std::as_const(polled))
        sawFailedRound = sawFailedRound || arguments.at(3).toInt() == 1;
    QVERIFY(sawFailedRound);

    // Then the value comes back.
    QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(series->at(series->size() - 1).value), timeoutMs);
    QVERIFY(series->lastGapReason().isEmpty());

    // Without the ScaledObject itself, every trigger known so far gets the gap.
    cluster.server->faults().failNext(
        "GET", "/apis/keda.sh/v1alpha1/namespaces/shop/scaledobjects/orders-consumer", 403, 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, timeoutMs);
    QCOMPARE(failed.at(2).at(2).toInt(), 0);
    QVERIFY(!failed.at(2).at(3).toString().isEmpty());
}

void TestExternalMetricPoller::scalerErrorIsAGapNotZero()
{
    // payment-processor's Kafka source fails from 240 s to 390 s of the demo; at 40x that is 6 s in.
    DemoCluster cluster(40);
    models::MetricStore store;
    models::ExternalMetricPoller poller(cluster.connection.get(), &store);
    poller.setIntervalOverride(250);
    QSignalSpy failed(&poller, &models::ExternalMetricPoller::failed);
    const QString key =
        models::metrickeys::trigger(cluster.connection->contextName(), QStringLiteral("payments"),
                                    QStringLiteral("payment-processor"), 0);
    poller.setWatched({object(QStringLiteral("payments"), QStringLiteral("payment-processor"))});
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, key)), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
    const QString reason = failed.first().at(3).toString();
    QVERIFY2(reason.contains(QStringLiteral("encountered error")), qPrintable(reason));
    const models::MetricSeries *series = store.find(key);
    QVERIFY(series->gapReason(series->lastTimeMs()).contains(QStringLiteral("encountered error")));
    // No zero stands in for the failed reads.
    for (size_t i = 0; i < series->size(); ++i) {
        const models::MetricSample sample = series->at(i);
        if (std::isnan(sample.value))
            QVERIFY(!series->gapReason(sample.timeMs).isEmpty());
    }
    QCOMPARE(store.info(key).triggerType, QStringLiteral("kafka"));
    QCOMPARE(store.info(key).target, 10.0);
}

void TestExternalMetricPoller::onlyWatchedObjectsArePolled()
{
    DemoCluster cluster(1);
    models::MetricStore store;
    models::ExternalMetricPoller poller(cluster.connection.get(), &store);
    poller.setIntervalOverride(150);
    QSignalSpy polled(&poller, &models::ExternalMetricPoller::polled);
    poller.setWatched({object(QStringLiteral("shop"), QStringLiteral("orders-consumer")),
                       object(QStringLiteral("shop"), QStringLiteral("email-sender"))});
    QTRY_VERIFY_WITH_TIMEOUT(cluster.requestsFor("/s0-rabbitmq-orders?") >= 2, timeoutMs);

    poller.setWatched({object(QStringLiteral("shop"), QStringLiteral("email-sender"))});
    QCOMPARE(poller.watched().size(), 1);
    const int ordersRequests = cluster.requestsFor("/s0-rabbitmq-orders?");
    // Several rounds of the remaining object pass without a read of the dropped one.
    polled.clear();
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 4, timeoutMs);
    for (const auto &arguments : std::as_const(polled))
        QCOMPARE(arguments.at(1).toString(), QStringLiteral("email-sender"));
    QVERIFY(cluster.requestsFor("/s0-rabbitmq-orders?") <=
            ordersRequests + 1); // one may be in flight

    poller.setWatched({});
    QVERIFY(poller.watched().isEmpty());
}

QTEST_GUILESS_MAIN(TestExternalMetricPoller)
#include "tst_externalmetricpoller.moc"
