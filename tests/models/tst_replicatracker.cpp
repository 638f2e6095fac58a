// SPDX-License-Identifier: Apache-2.0
// ReplicaTracker against kedascope-sim's demo cluster: KEDA's HPAs by watch, the targets' /scale over HTTPS.
#include "helpers/democluster.h"
#include "models/kubeclusterconnection.h"
#include "models/metricstore.h"
#include "models/replicatracker.h"

#include "k8sclient/json.h"
#include "k8sclient/kubeconfig.h"
#include "sim/faultinjector.h"
#include "sim/objectstore.h"
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

models::WatchedObject object(const QString &ns, const QString &name)
{
    models::WatchedObject watched;
    watched.ns = ns;
    watched.name = name;
    return watched;
}

bool isGap(const models::MetricStore &store, const QString &key)
{
    const models::MetricSeries *series = store.find(key);
    return series && !series->isEmpty() && std::isnan(series->at(series->size() - 1).value);
}

} // namespace

class TestReplicaTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<k8s::ResourceType>(); }
    void scaleAndBoundsArrive();
    void hpaStatusArrivesByWatch();
    void pausedObjectShowsItsLevel();
    void failedScaleReadIsAGap();
    void sharesAWatchItDidNotStart();
};

void TestReplicaTracker::scaleAndBoundsArrive()
{
    DemoCluster cluster;
    models::MetricStore store;
    models::ReplicaTracker tracker(cluster.connection.get(), &store);
    qint64 now = 1'700'000'000'000;
    tracker.setClock([&now] { return now += 1000; });
    tracker.setIntervalMs(200);
    QCOMPARE(tracker.intervalMs(), qint64(200));
    QSignalSpy updated(&tracker, &models::ReplicaTracker::updated);
    tracker.setWatched({object(QStringLiteral("shop"), QStringLiteral("checkout-api")),
                        object(QStringLiteral("payments"), QStringLiteral("refund-worker"))});
    QCOMPARE(tracker.watched().size(), 2);

    const QString context = cluster.connection->contextName();
    const QString current =
        models::metrickeys::replicasCurrent(context, QStringLiteral("shop"), QStringLiteral("checkout-api"));
    const QString desired =
        models::metrickeys::replicasDesired(context, QStringLiteral("shop"), QStringLiteral("checkout-api"));
    // The Deployment's /scale: the same count the sim's workload holds.
    QTRY_VERIFY_WITH_TIMEOUT(
        lastValue(store, current) ==
            double(
                cluster.intField("deployments.apps", "shop", "checkout-api", "status.replicas").value_or(-1)),
        timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, desired)), timeoutMs);
    QVERIFY(lastValue(store, current) >= 2);
    QVERIFY(store.find(current)->lastTimeMs() > 1'700'000'000'000);

    // The bounds come from the ScaledObject's watch, which may answer after the /scale read.
    QTRY_COMPARE_WITH_TIMEOUT(store.info(current).minReplicas, 2.0, timeoutMs);
    const models::MetricInfo info = store.info(current);
    QCOMPARE(info.maxReplicas, 12.0);
    QVERIFY(std::isnan(info.pausedReplicas));
    QCOMPARE(info.unit, QStringLiteral("replicas"));
    QVERIFY(!info.label.isEmpty());
    QCOMPARE(store.info(desired).maxReplicas, 12.0);
    QVERIFY(store.info(desired).label != info.label);

    // A StatefulSet target is read through its own /scale.
    const QString refunds = models::metrickeys::replicasCurrent(context, QStringLiteral("payments"),
                                                                QStringLiteral("refund-worker"));
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, refunds)), timeoutMs);
    // The value may come first from the HPA watch; the /scale read follows within the interval.
    QTRY_VERIFY_WITH_TIMEOUT(
        cluster.requestsFor("/apis/apps/v1/namespaces/payments/statefulsets/refund-worker/scale") > 0,
        timeoutMs);
    QCOMPARE(store.info(refunds).maxReplicas, 6.0);

    // Read again every interval.
    const int reads = cluster.requestsFor("/deployments/checkout-api/scale");
    QTRY_VERIFY_WITH_TIMEOUT(cluster.requestsFor("/deployments/checkout-api/scale") >= reads + 3,
                             timeoutMs);
    QVERIFY(!updated.isEmpty());
}

void TestReplicaTracker::hpaStatusArrivesByWatch()
{
    DemoCluster cluster;
    models::MetricStore store;
    models::ReplicaTracker tracker(cluster.connection.get(), &store);
    qint64 now = 1'700'000'000'000;
    tracker.setClock([&now] { return now += 1000; });
    tracker.setIntervalMs(3'600'000);
    // The one /scale read fails: what arrives then comes from the HPA watch.
    cluster.server->faults().failNext("GET", "/apis/apps/v1/namespaces/shop/deployments/checkout-api/scale",
                                      403, 1);
    QSignalSpy failed(&tracker, &models::ReplicaTracker::failed);
    tracker.setWatched({object(QStringLiteral("shop"), QStringLiteral("checkout-api"))});
    QVERIFY(cluster.connection->isWatching(k8s::resources::hpas()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeoutMs);

    const QString context = cluster.connection->contextName();
    const QString desired =
        models::metrickeys::replicasDesired(context, QStringLiteral("shop"), QStringLiteral("checkout-api"));
    QTRY_VERIFY_WITH_TIMEOUT(lastValue(store, desired) ==
                                 double(cluster
                                            .intField("horizontalpodautoscalers.autoscaling", "shop",
                                                      "keda-hpa-checkout-api", "status.desiredReplicas")
                                            .value_or(-1)),
                             timeoutMs);
    QVERIFY(cluster.requestsFor("horizontalpodautoscalers?") > 0);
    QCOMPARE(cluster.requestsFor("/deployments/checkout-api/scale"), 1);
}

void TestReplicaTracker::pausedObjectShowsItsLevel()
{
    DemoCluster cluster;
    models::MetricStore store;
    models::ReplicaTracker tracker(cluster.connection.get(), &store);
    qint64 now = 1'700'000'000'000;
    tracker.setClock([&now] { return now += 1000; });
    tracker.setWatched({object(QStringLiteral("payments"), QStringLiteral("ledger-writer"))});
    const QString context = cluster.connection->contextName();
    const QString current = models::metrickeys::replicasCurrent(context, QStringLiteral("payments"),
                                                                QStringLiteral("ledger-writer"));
    // paused-replicas "0": no HPA, the target held at 0, and the paused level in the info.
    QTRY_COMPARE_WITH_TIMEOUT(store.info(current).pausedReplicas, 0.0, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(lastValue(store, current), 0.0, timeoutMs);
    QCOMPARE(store.info(current).maxReplicas, 5.0);
    QCOMPARE(store.info(current).minReplicas, 0.0);
}

void TestReplicaTracker::failedScaleReadIsAGap()
{
    DemoCluster cluster;
    models::MetricStore store;
    models::ReplicaTracker tracker(cluster.connection.get(), &store);
    qint64 now = 1'700'000'000'000;
    tracker.setClock([&now] { return now += 1000; });
    tracker.setIntervalMs(200);
    QSignalSpy failed(&tracker, &models::ReplicaTracker::failed);
    const QString context = cluster.connection->contextName();
    const QString current =
        models::metrickeys::replicasCurrent(context, QStringLiteral("shop"), QStringLiteral("checkout-api"));
    const QString desired =
        models::metrickeys::replicasDesired(context, QStringLiteral("shop"), QStringLiteral("checkout-api"));
    tracker.setWatched({object(QStringLiteral("shop"), QStringLiteral("checkout-api"))});
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, current)), timeoutMs);

    cluster.server->faults().failNext("GET", "/apis/apps/v1/namespaces/shop/deployments/checkout-api/scale",
                                      403, 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeoutMs);
    const QString reason = failed.first().at(2).toString();
    QVERIFY2(reason.contains(QStringLiteral("injected fault")), qPrintable(reason));
    // Both series hold a gap at that moment, with the API's message; no zero.
    for (const QString &key : {current, desired}) {
        const models::MetricSeries *series = store.find(key);
        bool sawGap = false;
        for (size_t i = 0; i < series->size(); ++i) {
            const models::MetricSample sample = series->at(i);
            QVERIFY(std::isnan(sample.value) || sample.value >= 2);
            if (std::isnan(sample.value)) {
                sawGap = true;
                QCOMPARE(series->gapReason(sample.timeMs), reason);
            }
        }
        QVERIFY(sawGap);
    }
    // And values again on the next read.
    QTRY_VERIFY_WITH_TIMEOUT(!isGap(store, current), timeoutMs);

    // The ScaledObject itself unreadable: gaps too.
    cluster.server->faults().failNext(
        "GET", "/apis/keda.sh/v1alpha1/namespaces/shop/scaledobjects/checkout-api", 403, 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, timeoutMs);
    QVERIFY(!failed.at(1).at(2).toString().isEmpty());
}

void TestReplicaTracker::sharesAWatchItDidNotStart()
{
    DemoCluster cluster;
    models::MetricStore store;
    QSignalSpy synced(cluster.connection.get(), &models::ClusterConnection::synced);
    cluster.connection->watch(k8s::resources::hpas(), QStringLiteral("shop")); // as the table does
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), timeoutMs);
    {
        models::ReplicaTracker tracker(cluster.connection.get(), &store);
        tracker.setIntervalMs(3'600'000);
        tracker.setWatched({object(QStringLiteral("shop"), QStringLiteral("checkout-api"))});
        const QString desired = models::metrickeys::replicasDesired(
            cluster.connection->contextName(), QStringLiteral("shop"), QStringLiteral("checkout-api"));
        QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, desired)), timeoutMs);
        QCOMPARE(synced.count(), 1); // the table's watch was not replaced
    }
    QVERIFY(cluster.connection->isWatching(k8s::resources::hpas()));
}

QTEST_GUILESS_MAIN(TestReplicaTracker)
#include "tst_replicatracker.moc"
