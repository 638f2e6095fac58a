// SPDX-License-Identifier: Apache-2.0
// FleetTargets over the in-memory cluster: the fleet knows every ScaledObject and each trigger's
// target and activation from the specs, from one list and then the console's watches.
#include "models/fleettargets.h"
#include "helpers/fakeclusterconnection.h"
#include "helpers/objectfactory.h"
#include "models/metricstore.h"

#include "k8sclient/resourcetype.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace kedascope;

namespace {

constexpr int timeoutMs = 5000;

// A ScaledObject with a RabbitMQ trigger (value, activationValue) and a Kafka one left at KEDA's
// defaults, named the way KEDA names their external metrics.
k8s::CachedObject orders(const std::string &ns, const std::string &name, const std::string &queueTarget,
                         const std::string &resourceVersion = "1")
{
    k8s::CachedObject object;
    object.ns = ns;
    object.name = name;
    object.resourceVersion = resourceVersion;
    object.json = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":")" + name +
                  R"(","namespace":")" + ns + R"(","resourceVersion":")" + resourceVersion +
                  R"("},"spec":{"scaleTargetRef":{"name":"worker"},"triggers":[)"
                  R"({"type":"rabbitmq","metadata":{"queueName":"orders","value":")" +
                  queueTarget +
                  R"(","activationValue":"5"}},)"
                  R"({"type":"kafka","metricType":"Value","metadata":{"topic":"events","consumerGroup":"g"}}]},)"
                  R"("status":{"externalMetricNames":["s0-rabbitmq-orders","s1-kafka-events"]}})";
    return object;
}

QString triggerKey(const QString &ns, const QString &name, int index)
{
    return models::metrickeys::trigger(QStringLiteral("fake"), ns, name, index);
}

QStringList names(const models::WatchedObjects &objects)
{
    QStringList out;
    for (const auto &object : objects)
        out << object.ns + QLatin1Char('/') + object.name;
    return out;
}

} // namespace

class TestFleetTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startListsEveryNamespaceWithTheSpecsTargets();
    void watchesAddChangeAndDropObjects();
    void aPollersDescriptionSurvivesASpecChange();
    void otherKindsAreIgnored();
};

void TestFleetTargets::startListsEveryNamespaceWithTheSpecsTargets()
{
    test::FakeClusterConnection connection;
    connection.putObject(k8s::resources::scaledObjects(), orders("shop", "orders", "30"));
    connection.putObject(k8s::resources::scaledObjects(), orders("billing", "invoices", "12"));
    models::MetricStore store;
    models::FleetTargets targets(&connection, &store);
    QSignalSpy changed(&targets, &models::FleetTargets::objectsChanged);

    targets.start();

    QVERIFY(changed.wait(timeoutMs));
    QCOMPARE(names(targets.objects()), QStringList({QStringLiteral("billing/invoices"), QStringLiteral("shop/orders")}));
    const models::MetricInfo queue = store.info(triggerKey(QStringLiteral("shop"), QStringLiteral("orders"), 0));
    QCOMPARE(queue.triggerType, QStringLiteral("rabbitmq"));
    QCOMPARE(queue.label, QStringLiteral("s0-rabbitmq-orders"));
    QCOMPARE(queue.target, 30.0);
    QCOMPARE(queue.activation, 5.0);
    QCOMPARE(queue.metricType, QStringLiteral("AverageValue"));
    const models::MetricInfo lag = store.info(triggerKey(QStringLiteral("shop"), QStringLiteral("orders"), 1));
    QCOMPARE(lag.triggerType, QStringLiteral("kafka"));
    QCOMPARE(lag.metricType, QStringLiteral("Value"));
    QCOMPARE(lag.target, 10.0); // KEDA's default lagThreshold
    QCOMPARE(lag.activation, 0.0);
    QCOMPARE(store.info(triggerKey(QStringLiteral("billing"), QStringLiteral("invoices"), 0)).target, 12.0);
    QVERIFY(store.keys().isEmpty()); // targets only: no series is made, nothing is polled
}

void TestFleetTargets::watchesAddChangeAndDropObjects()
{
    test::FakeClusterConnection connection;
    models::MetricStore store;
    models::FleetTargets targets(&connection, &store);
    QSignalSpy changed(&targets, &models::FleetTargets::objectsChanged);

    connection.sendSync(k8s::resources::scaledObjects(), {orders("shop", "orders", "30")});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(names(targets.objects()), QStringList({QStringLiteral("shop/orders")}));

    connection.sendDeltas(k8s::resources::scaledObjects(),
                          {test::added(orders("shop", "mail", "8")), test::modified(orders("shop", "orders", "45", "2"))});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(names(targets.objects()), QStringList({QStringLiteral("shop/mail"), QStringLiteral("shop/orders")}));
    QCOMPARE(store.info(triggerKey(QStringLiteral("shop"), QStringLiteral("orders"), 0)).target, 45.0);
    QCOMPARE(store.info(triggerKey(QStringLiteral("shop"), QStringLiteral("mail"), 0)).target, 8.0);

    connection.sendDeltas(k8s::resources::scaledObjects(), {test::deleted(orders("shop", "orders", "45", "3"))});
    QCOMPARE(changed.size(), 3);
    QCOMPARE(names(targets.objects()), QStringList({QStringLiteral("shop/mail")}));
}

void TestFleetTargets::aPollersDescriptionSurvivesASpecChange()
{
    test::FakeClusterConnection connection;
    models::MetricStore store;
    const QString key = triggerKey(QStringLiteral("shop"), QStringLiteral("orders"), 0);
    models::MetricInfo polled;
    polled.label = QStringLiteral("s0-rabbitmq-orders");
    polled.source = QStringLiteral("external metrics API");
    polled.unit = QStringLiteral("messages");
    polled.pollingIntervalMs = 15000;
    polled.target = 30;
    store.setInfo(key, polled);
    models::FleetTargets targets(&connection, &store);
    QSignalSpy infoChanged(&store, &models::MetricStore::infoChanged);

    connection.sendSync(k8s::resources::scaledObjects(), {orders("shop", "orders", "60")});

    const models::MetricInfo info = store.info(key);
    QCOMPARE(info.source, polled.source);
    QCOMPARE(info.unit, polled.unit);
    QCOMPARE(info.pollingIntervalMs, polled.pollingIntervalMs);
    QCOMPARE(info.target, 60.0);
    QCOMPARE(info.activation, 5.0);

    // The same spec again changes nothing, so charts are not redrawn for it.
    const int before = int(infoChanged.size());
    connection.sendSync(k8s::resources::scaledObjects(), {orders("shop", "orders", "60")});
    QCOMPARE(int(infoChanged.size()), before);
}

void TestFleetTargets::otherKindsAreIgnored()
{
    test::FakeClusterConnection connection;
    models::MetricStore store;
    models::FleetTargets targets(&connection, &store);
    QSignalSpy changed(&targets, &models::FleetTargets::objectsChanged);

    connection.sendSync(k8s::resources::scaledJobs(), {test::scaledJob("shop", "export", "1", "default")});
    connection.sendDeltas(k8s::resources::scaledJobs(),
                          {test::added(test::scaledJob("shop", "export2", "1", "default"))});

    QVERIFY(changed.isEmpty());
    QVERIFY(targets.objects().isEmpty());
    QVERIFY(store.keys().isEmpty());
}

QTEST_GUILESS_MAIN(TestFleetTargets)
#include "tst_fleettargets.moc"
