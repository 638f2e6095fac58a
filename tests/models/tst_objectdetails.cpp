// SPDX-License-Identifier: Apache-2.0
// ObjectDetailsLoader over the in-memory FakeClusterConnection, and the parsing it relies on.
#include "helpers/fakeclusterconnection.h"
#include "models/metricstore.h"
#include "models/objectdetailsloader.h"

#include "k8sclient/request.h"

#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace kedascope;
using models::DetailsPartState;
using test::FakeClusterConnection;

namespace {

constexpr int timeoutMs = 10000;

k8s::CachedObject cached(const std::string &ns, const std::string &name, const std::string &json)
{
    return {ns, name, "uid-" + name, "1", json};
}

std::string scaledObjectJson(const std::string &name, int maxReplicas, const std::string &queue = "orders")
{
    return R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":")" + name +
           R"(","namespace":"shop","generation":1},"spec":{"scaleTargetRef":{"name":")" + name +
           R"("},"pollingInterval":5,"maxReplicaCount":)" + std::to_string(maxReplicas) +
           R"(,"triggers":[{"type":"rabbitmq","metadata":{"queueName":")" + queue +
           R"(","mode":"QueueLength","value":"20","activationValue":"2"},"authenticationRef":{"name":"rabbitmq-auth"}},)"
           R"({"type":"aws-sqs-queue","useCachedMetrics":true,"metadata":{"queueURL":"https://sqs/emails","queueLength":"25"},)"
           R"("authenticationRef":{"name":"aws-credentials","kind":"ClusterTriggerAuthentication"}},)"
           R"({"type":"cpu","metricType":"Utilization","metadata":{"value":"60"}}]},)"
           R"("status":{"hpaName":"keda-hpa-)" + name + R"(","externalMetricNames":["s0-rabbitmq-)" + queue +
           R"(","s1-aws-sqs-queue-emails"]}})";
}

std::string hpaJson(const std::string &name, int current, int desired)
{
    return R"({"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","metadata":{"name":"keda-hpa-)" +
           name +
           R"(","namespace":"shop"},"spec":{"minReplicas":1,"maxReplicas":10,"metrics":[)"
           R"({"type":"External","external":{"metric":{"name":"s0-rabbitmq-orders"},"target":{"type":"AverageValue","averageValue":"20"}}},)"
           R"({"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization","averageUtilization":60}}}]},)"
           R"("status":{"currentReplicas":)" +
           std::to_string(current) + R"(,"desiredReplicas":)" + std::to_string(desired) +
           R"(,"currentMetrics":[{"type":"External","external":{"metric":{"name":"s0-rabbitmq-orders"},"current":{"averageValue":"12500m"}}}],)"
           R"("conditions":[{"type":"AbleToScale","status":"True","reason":"ReadyForNewScale","message":"recommended size matches current size"},)"
           R"({"type":"ScalingActive","status":"True","reason":"ValidMetricFound","message":"the HPA was able to successfully calculate a replica count"},)"
           R"({"type":"ScalingLimited","status":"True","reason":"TooManyReplicas","message":"the desired replica count is more than the maximum replica count"}]}})";
}

std::string eventJson(const std::string &name, const std::string &type, const std::string &reason,
                      const std::string &time, int count)
{
    return R"({"apiVersion":"v1","kind":"Event","metadata":{"name":")" + name +
           R"(","namespace":"shop"},"involvedObject":{"kind":"ScaledObject","namespace":"shop","name":"orders"},)"
           R"("type":")" + type + R"(","reason":")" + reason + R"(","message":")" + reason + R"( happened",)"
           R"("count":)" + std::to_string(count) + R"(,"lastTimestamp":")" + time + R"("})";
}

models::CallResult okAnswer(const std::string &json)
{
    models::CallResult result;
    result.ok = true;
    result.json = QByteArray::fromStdString(json);
    return result;
}

models::CallResult failure(int code, const QString &reason, const QString &message)
{
    models::CallResult result;
    result.httpCode = code;
    result.reason = reason;
    result.errorMessage = message;
    return result;
}

QString metricPath(const QString &metric, const QString &scaledObject = QStringLiteral("orders"))
{
    return QStringLiteral("/apis/external.metrics.k8s.io/v1beta1/namespaces/shop/") + metric +
           QStringLiteral("?labelSelector=scaledobject.keda.sh%2Fname%3D") + scaledObject;
}

QString scalePath(const std::string &name)
{
    return QString::fromStdString(k8s::requests::objectPath(k8s::resources::deployments(), "shop", name, "scale"));
}

std::string metricValueJson(const std::string &metric, const std::string &value)
{
    return R"({"kind":"ExternalMetricValueList","apiVersion":"external.metrics.k8s.io/v1beta1","metadata":{},)"
           R"("items":[{"metricName":")" + metric + R"(","metricLabels":null,"timestamp":"2026-11-22T10:00:00Z","value":")" +
           value + R"("}]})";
}

// A cluster holding one ScaledObject "orders" and everything around it.
void fillCluster(FakeClusterConnection &cluster)
{
    cluster.putObject(k8s::resources::scaledObjects(), cached("shop", "orders", scaledObjectJson("orders", 10)));
    cluster.putObject(k8s::resources::hpas(), cached("shop", "keda-hpa-orders", hpaJson("orders", 3, 5)));
    cluster.putObject(
        k8s::resources::triggerAuthentications(),
        cached("shop", "rabbitmq-auth",
               R"({"kind":"TriggerAuthentication","metadata":{"name":"rabbitmq-auth","namespace":"shop"},)"
               R"("spec":{"secretTargetRef":[{"parameter":"host","name":"rabbitmq-conn","key":"host"}],)"
               R"("env":[{"parameter":"password","name":"RABBIT_PASSWORD","containerName":"app"}]}})"));
    cluster.putObject(k8s::resources::clusterTriggerAuthentications(),
                      cached("", "aws-credentials",
                             R"({"kind":"ClusterTriggerAuthentication","metadata":{"name":"aws-credentials"},)"
                             R"("spec":{"podIdentity":{"provider":"aws","roleArn":"arn:aws:iam::1:role/keda"}}})"));
    const char *times[] = {"2026-11-22T10:01:00Z", "2026-11-22T10:05:00Z", "2026-11-22T10:03:00Z"};
    const char *reasons[] = {"KEDAScalersStarted", "KEDAScalerFailed", "ScaledObjectReady"};
    for (int i = 0; i < 3; ++i)
        cluster.putObject(k8s::resources::coreEvents(),
                          cached("shop", "orders.e" + std::to_string(i),
                                 eventJson("orders.e" + std::to_string(i), i == 1 ? "Warning" : "Normal", reasons[i],
                                           times[i], i + 1)));
    cluster.setPathAnswer(scalePath("orders"),
                          okAnswer(R"({"kind":"Scale","apiVersion":"autoscaling/v1","spec":{"replicas":5},)"
                                   R"("status":{"replicas":4,"selector":"app=orders"}})"));
    cluster.setPathAnswer(metricPath(QStringLiteral("s0-rabbitmq-orders")),
                          okAnswer(metricValueJson("s0-rabbitmq-orders", "37500m")));
    cluster.setPathAnswer(metricPath(QStringLiteral("s1-aws-sqs-queue-emails")),
                          failure(500, {},
                                  QStringLiteral("rpc error: code = Unknown desc = error when getting metric values "
                                                 "metric:s1-aws-sqs-queue-emails encountered error")));
}

bool settled(const models::ObjectDetails &details)
{
    auto done = [](const models::DetailsPart &part) { return part.state != DetailsPartState::Loading; };
    return done(details.object) && done(details.hpa) && done(details.scale) && done(details.events) &&
           std::all_of(details.auths.begin(), details.auths.end(), done) &&
           std::all_of(details.triggers.begin(), details.triggers.end(), done);
}

int count(const std::vector<QString> &paths, const QString &path)
{
    return int(std::count(paths.begin(), paths.end(), path));
}

} // namespace

class TestObjectDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gathersEveryPartOfAScaledObject();
    void dropsAnswersMeantForAPreviousObject();
    void refreshesOnChangeAndReadsMetricsOncePerInterval();
    void showsWhatTheChartsJustRead();
    void saysWhatCannotBeRead();
    void followsANewConnection();
    void authSourcesNeverHoldSecretValues();
    void parsesQuantities_data();
    void parsesQuantities();
};

void TestObjectDetails::gathersEveryPartOfAScaledObject()
{
    FakeClusterConnection cluster;
    fillCluster(cluster);
    models::ObjectDetailsLoader loader;
    loader.setConnection(&cluster);
    QSignalSpy objectChanged(&loader, &models::ObjectDetailsLoader::objectChanged);
    loader.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(loader.details()), timeoutMs);
    const auto &details = loader.details();
    QCOMPARE(objectChanged.count(), 1);
    QCOMPARE(details.kind, QStringLiteral("ScaledObject"));
    QVERIFY(details.objectJson.contains("\"orders\""));
    QCOMPARE(loader.pollingIntervalSeconds(), 5);

    // The HPA: replicas, every metric with its target and current value, its conditions.
    QVERIFY(details.hpa.loaded());
    QCOMPARE(details.hpa.name, QStringLiteral("keda-hpa-orders"));
    QCOMPARE(details.hpa.currentReplicas, 3);
    QCOMPARE(details.hpa.desiredReplicas, 5);
    QCOMPARE(details.hpa.maxReplicas, 10);
    QCOMPARE(int(details.hpa.metrics.size()), 2);
    QCOMPARE(details.hpa.metrics[0].name, QStringLiteral("s0-rabbitmq-orders"));
    QCOMPARE(details.hpa.metrics[0].current, QStringLiteral("12500m average"));
    QCOMPARE(details.hpa.metrics[0].target, QStringLiteral("20 average"));
    QCOMPARE(details.hpa.metrics[1].name, QStringLiteral("cpu"));
    QCOMPARE(details.hpa.metrics[1].target, QStringLiteral("60%"));
    QVERIFY(details.hpa.metrics[1].current.isEmpty());
    QCOMPARE(int(details.hpa.conditions.size()), 3);
    QCOMPARE(details.hpa.conditions[2].type, QStringLiteral("ScalingLimited"));
    QCOMPARE(details.hpa.conditions[2].reason, QStringLiteral("TooManyReplicas"));

    // The scale target through /scale.
    QVERIFY(details.scale.loaded());
    QCOMPARE(details.scale.kind, QStringLiteral("Deployment"));
    QCOMPARE(details.scale.specReplicas, 5);
    QCOMPARE(details.scale.statusReplicas, 4);

    // Events, newest first, warnings marked.
    QVERIFY(details.events.loaded());
    QCOMPARE(int(details.events.events.size()), 3);
    QCOMPARE(details.events.events[0].reason, QStringLiteral("KEDAScalerFailed"));
    QVERIFY(details.events.events[0].isWarning());
    QCOMPARE(details.events.events[0].count, 2);
    QCOMPARE(details.events.events[1].reason, QStringLiteral("ScaledObjectReady"));
    QCOMPARE(details.events.events[2].reason, QStringLiteral("KEDAScalersStarted"));

    // Each authentication once, with the triggers using it and its sources.
    QCOMPARE(int(details.auths.size()), 2);
    QCOMPARE(details.auths[0].kind, QStringLiteral("TriggerAuthentication"));
    QCOMPARE(details.auths[0].triggers, std::vector<int>{0});
    QCOMPARE(int(details.auths[0].sources.size()), 2);
    QCOMPARE(details.auths[0].sources[0].parameter, QStringLiteral("host"));
    QCOMPARE(details.auths[0].sources[0].from, QStringLiteral("Secret rabbitmq-conn, key host"));
    QCOMPARE(details.auths[0].sources[1].from, QStringLiteral("env RABBIT_PASSWORD in container app"));
    QCOMPARE(details.auths[1].kind, QStringLiteral("ClusterTriggerAuthentication"));
    QCOMPARE(details.auths[1].sources[0].kind, QStringLiteral("podIdentity"));
    QVERIFY(details.auths[1].sources[0].from.startsWith(QStringLiteral("aws")));

    // Trigger values: read, failed with the API's message (never 0), or not applicable.
    QCOMPARE(int(details.triggers.size()), 3);
    const auto &rabbit = details.triggers[0];
    QVERIFY(rabbit.loaded());
    QCOMPARE(rabbit.value, QStringLiteral("37500m"));
    QCOMPARE(rabbit.number.value_or(-1), 37.5);
    QCOMPARE(rabbit.target, QStringLiteral("20"));
    QCOMPARE(rabbit.activation, QStringLiteral("2"));
    QVERIFY(!rabbit.useCachedMetrics);
    const auto &sqs = details.triggers[1];
    QCOMPARE(sqs.state, DetailsPartState::Failed);
    QCOMPARE(sqs.httpCode, 500);
    QVERIFY(sqs.error.contains(QStringLiteral("encountered error")));
    QVERIFY(!sqs.number.has_value());
    QVERIFY(sqs.useCachedMetrics);
    QCOMPARE(sqs.target, QStringLiteral("25"));
    QCOMPARE(details.triggers[2].state, DetailsPartState::NotApplicable);
    QVERIFY(details.triggers[2].metricName.isEmpty());

    // Secrets are never read.
    for (const QString &path : cluster.requestedPaths())
        QVERIFY2(!path.contains(QStringLiteral("/secrets")), qPrintable(path));
}

void TestObjectDetails::dropsAnswersMeantForAPreviousObject()
{
    FakeClusterConnection cluster;
    fillCluster(cluster);
    cluster.putObject(k8s::resources::scaledObjects(), cached("shop", "emails", scaledObjectJson("emails", 4)));
    cluster.putObject(k8s::resources::hpas(), cached("shop", "keda-hpa-emails", hpaJson("emails", 1, 1)));
    models::ObjectDetailsLoader loader;
    loader.setConnection(&cluster);
    QStringList seen;
    connect(&loader, &models::ObjectDetailsLoader::detailsChanged, this,
            [&] { seen << loader.details().name + QLatin1Char('/') + loader.details().hpa.name; });

    loader.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("orders"));
    loader.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("emails"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(loader.details()), timeoutMs);
    QCOMPARE(loader.details().name, QStringLiteral("emails"));
    QCOMPARE(loader.details().hpa.name, QStringLiteral("keda-hpa-emails"));
    QCOMPARE(loader.details().hpa.currentReplicas, 1);
    QVERIFY(!seen.isEmpty());
    for (const QString &entry : std::as_const(seen))
        QVERIFY2(entry.startsWith(QStringLiteral("emails/")), qPrintable(entry));
    // Nothing of the first object was asked for beyond the object itself.
    QCOMPARE(count(cluster.requestedPaths(), metricPath(QStringLiteral("s0-rabbitmq-orders"))), 0);

    // Cleared: late answers change nothing.
    const auto before = cluster.requestedPaths().size();
    loader.refresh();
    loader.clear();
    QSignalSpy changed(&loader, &models::ObjectDetailsLoader::detailsChanged);
    // The fake answers in order: once a later call is answered, the dropped one was too.
    bool later = false;
    QObject receiver;
    cluster.whenFinished(cluster.list(k8s::resources::coreEvents(), QStringLiteral("shop")), &receiver,
                         [&later](const models::CallResult &) { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, timeoutMs);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!loader.hasObject());
    QCOMPARE(cluster.requestedPaths().size(), before);
}

void TestObjectDetails::refreshesOnChangeAndReadsMetricsOncePerInterval()
{
    FakeClusterConnection cluster;
    fillCluster(cluster);
    models::ObjectDetailsLoader loader;
    loader.setConnection(&cluster);
    loader.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(loader.details()), timeoutMs);
    const QString metric = metricPath(QStringLiteral("s0-rabbitmq-orders"));
    QCOMPARE(count(cluster.requestedPaths(), metric), 1);

    // The object changed (not its triggers): read again, the HPA too, but not the metrics.
    cluster.putObject(k8s::resources::scaledObjects(), cached("shop", "orders", scaledObjectJson("orders", 12)));
    cluster.putObject(k8s::resources::hpas(), cached("shop", "keda-hpa-orders", hpaJson("orders", 5, 5)));
    QSignalSpy objectChanged(&loader, &models::ObjectDetailsLoader::objectChanged);
    loader.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("orders"));
    // What was known stays while it is read again.
    QVERIFY(loader.details().hpa.loaded());
    QCOMPARE(loader.details().triggers[0].value, QStringLiteral("37500m"));
    QTRY_COMPARE_WITH_TIMEOUT(loader.details().hpa.currentReplicas, 5, timeoutMs);
    QCOMPARE(objectChanged.count(), 1);
    QVERIFY(loader.details().objectJson.contains("\"maxReplicaCount\":12"));
    QCOMPARE(count(cluster.requestedPaths(), metric), 1);
    QCOMPARE(loader.details().triggers[0].value, QStringLiteral("37500m"));

    // Its triggers changed: the new metric is read at once.
    cluster.putObject(k8s::resources::scaledObjects(),
                      cached("shop", "orders", scaledObjectJson("orders", 12, "priority")));
    const QString priority = metricPath(QStringLiteral("s0-rabbitmq-priority"));
    cluster.setPathAnswer(priority, okAnswer(metricValueJson("s0-rabbitmq-priority", "3")));
    loader.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(loader.details().triggers[0].value, QStringLiteral("3"), timeoutMs);
    QCOMPARE(count(cluster.requestedPaths(), priority), 1);

    // Every pollingInterval (5 s here) everything is read again, metrics included.
    QTRY_COMPARE_WITH_TIMEOUT(count(cluster.requestedPaths(), priority), 2, timeoutMs);
    QVERIFY(loader.isPollScheduled());
    // Not while hidden, not even after a refresh; shown again, it reads at once and polls again.
    loader.setPolling(false);
    QVERIFY(!loader.isPollScheduled());
    loader.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(settled(loader.details()), timeoutMs);
    QVERIFY(!loader.isPollScheduled());
    QSignalSpy objectRead(&loader, &models::ObjectDetailsLoader::objectChanged);
    loader.setPolling(true);
    QTRY_COMPARE_WITH_TIMEOUT(objectRead.count(), 1, timeoutMs);
    QVERIFY(loader.isPollScheduled());
}

void TestObjectDetails::showsWhatTheChartsJustRead()
{
    FakeClusterConnection cluster;
    fillCluster(cluster);
    models::MetricStore store;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto key = [&](int index) {
        return models::metrickeys::trigger(cluster.contextName(), QStringLiteral("shop"), QStringLiteral("orders"),
                                           index);
    };
    store.append(key(0), now - 2000, 41);
    store.appendGap(key(1), now - 1000, QStringLiteral("SQS: access denied"));
    models::ObjectDetailsLoader loader;
    loader.setMetricStore(&store);
    loader.setConnection(&cluster);
    loader.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(loader.details()), timeoutMs);

    // Both values came from the store: the external metrics API was not asked again.
    QCOMPARE(count(cluster.requestedPaths(), metricPath(QStringLiteral("s0-rabbitmq-orders"))), 0);
    QCOMPARE(count(cluster.requestedPaths(), metricPath(QStringLiteral("s1-aws-sqs-queue-emails"))), 0);
    const auto &queue = loader.details().triggers[0];
    QCOMPARE(queue.state, DetailsPartState::Loaded);
    QCOMPARE(queue.number.value_or(0), 41.0);
    QCOMPARE(queue.readAt.toMSecsSinceEpoch(), now - 2000);
    QCOMPARE(loader.details().triggers[1].state, DetailsPartState::Failed);
    QCOMPARE(loader.details().triggers[1].error, QStringLiteral("SQS: access denied"));

    // The poller's next reading shows at once.
    QSignalSpy changed(&loader, &models::ObjectDetailsLoader::detailsChanged);
    store.append(key(0), now, 44);
    QTRY_COMPARE_WITH_TIMEOUT(loader.details().triggers[0].number.value_or(0), 44.0, timeoutMs);
    QVERIFY(!changed.isEmpty());

    // A reading older than the polling interval (5 s here, and half of it for drift) is not used.
    models::MetricStore stale;
    stale.append(key(0), now - 60000, 12);
    models::ObjectDetailsLoader second;
    second.setMetricStore(&stale);
    second.setConnection(&cluster);
    second.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(second.details()), timeoutMs);
    QCOMPARE(count(cluster.requestedPaths(), metricPath(QStringLiteral("s0-rabbitmq-orders"))), 1);
    QCOMPARE(second.details().triggers[0].value, QStringLiteral("37500m"));
}

void TestObjectDetails::saysWhatCannotBeRead()
{
    FakeClusterConnection cluster;
    fillCluster(cluster);
    // A target without a known /scale, an HPA that is not there, a forbidden metric and a missing auth.
    std::string json = scaledObjectJson("rollout", 4);
    const std::string deployment = R"("scaleTargetRef":{"name":"rollout"})";
    json.replace(json.find(deployment), deployment.size(),
                 R"("scaleTargetRef":{"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","name":"rollout"})");
    cluster.putObject(k8s::resources::scaledObjects(), cached("shop", "rollout", json));
    cluster.setPathAnswer(metricPath(QStringLiteral("s0-rabbitmq-orders"), QStringLiteral("rollout")),
                          failure(403, QStringLiteral("Forbidden"),
                                  QStringLiteral("externalmetrics.external.metrics.k8s.io \"s0-rabbitmq-orders\" is "
                                                 "forbidden: User \"viewer\" cannot get resource \"externalmetrics\"")));
    models::ObjectDetailsLoader loader;
    loader.setConnection(&cluster);
    loader.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("rollout"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(loader.details()), timeoutMs);
    const auto &details = loader.details();
    QCOMPARE(details.scale.state, DetailsPartState::NotApplicable);
    QVERIFY2(details.scale.error.contains(QStringLiteral("not readable")), qPrintable(details.scale.error));
    QVERIFY(details.scale.error.contains(QStringLiteral("Rollout")));
    QCOMPARE(details.hpa.state, DetailsPartState::Failed);
    QCOMPARE(details.hpa.httpCode, 404);
    QCOMPARE(details.hpa.name, QStringLiteral("keda-hpa-rollout"));
    QCOMPARE(details.triggers[0].state, DetailsPartState::Failed);
    QCOMPARE(details.triggers[0].httpCode, 403);
    QVERIFY(details.triggers[0].error.contains(QStringLiteral("forbidden")));
    QVERIFY(details.triggers[0].value.isEmpty());
    QVERIFY(!details.triggers[0].number);

    // The object gone: said so.
    models::ObjectDetailsLoader missing;
    missing.setConnection(&cluster);
    missing.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("nothing"));
    QTRY_COMPARE_WITH_TIMEOUT(missing.details().object.state, DetailsPartState::Failed, timeoutMs);
    QCOMPARE(missing.details().object.httpCode, 404);

    // A ScaledJob has no HPA or scale target; a TriggerAuthentication no triggers.
    cluster.putObject(k8s::resources::scaledJobs(),
                      cached("shop", "reports",
                             R"({"kind":"ScaledJob","metadata":{"name":"reports","namespace":"shop"},"spec":)"
                             R"({"jobTargetRef":{},"triggers":[{"type":"rabbitmq","metadata":{"queueName":"r",)"
                             R"("value":"2"},"authenticationRef":{"name":"rabbitmq-auth"}}]}})"));
    models::ObjectDetailsLoader job;
    job.setConnection(&cluster);
    job.setObject(k8s::resources::scaledJobs(), QStringLiteral("shop"), QStringLiteral("reports"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(job.details()), timeoutMs);
    QCOMPARE(job.details().hpa.state, DetailsPartState::NotApplicable);
    QCOMPARE(job.details().scale.state, DetailsPartState::NotApplicable);
    QCOMPARE(job.details().triggers[0].state, DetailsPartState::NotApplicable);
    QVERIFY(job.details().events.loaded());
    QCOMPARE(int(job.details().auths.size()), 1);
    QVERIFY(job.details().auths[0].loaded());
}

void TestObjectDetails::followsANewConnection()
{
    FakeClusterConnection first;
    fillCluster(first);
    models::ObjectDetailsLoader loader;
    loader.setConnection(&first);
    loader.setObject(k8s::resources::scaledObjects(), QStringLiteral("shop"), QStringLiteral("orders"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(loader.details()), timeoutMs);

    // A reconnect: the followed object is read through the new connection; the old one may go away.
    auto second = std::make_unique<FakeClusterConnection>();
    fillCluster(*second);
    second->putObject(k8s::resources::hpas(), cached("shop", "keda-hpa-orders", hpaJson("orders", 7, 7)));
    loader.setConnection(second.get());
    QTRY_COMPARE_WITH_TIMEOUT(loader.details().hpa.currentReplicas, 7, timeoutMs);
    QCOMPARE(count(second->requestedPaths(), metricPath(QStringLiteral("s0-rabbitmq-orders"))), 1);
    second.reset();
    loader.refresh(); // a connection gone: nothing to ask, nothing breaks
    QCOMPARE(loader.details().hpa.currentReplicas, 7);
}

void TestObjectDetails::authSourcesNeverHoldSecretValues()
{
    const auto spec = k8s::json::parse(
        R"({"hashiCorpVault":{"address":"https://vault:8200","authentication":"token",)"
        R"("credential":{"token":"hvs.SECRET-TOKEN"},"secrets":[{"parameter":"password","path":"kv/data/rabbit","key":"pw"}]},)"
        R"("oauth2":{"type":"clientCredentials","clientId":"keda","clientSecret":"CLIENT-SECRET","tokenUrl":"https://idp/token"},)"
        R"("azureKeyVault":{"vaultUri":"https://kv.vault.azure.net","credentials":{"clientId":"c","clientSecret":{"valueFrom":{"secretKeyRef":{"name":"s","key":"k"}}}},)"
        R"("secrets":[{"parameter":"connection","name":"sb-conn","version":"1"}]},)"
        R"("awsSecretManager":{"secrets":[{"parameter":"key","name":"prod/sqs","secretKey":"access"}]},)"
        R"("gcpSecretManager":{"secrets":[{"parameter":"creds","id":"pubsub-creds","version":"latest"}]},)"
        R"("configMapTargetRef":[{"parameter":"host","name":"settings","key":"host"}],)"
        R"("boundServiceAccountToken":[{"parameter":"token","serviceAccountName":"keda-reader"}]})");
    QVERIFY(spec);
    const auto sources = models::details::authSources(*spec);
    QStringList kinds;
    for (const auto &source : sources) {
        kinds << source.kind;
        QVERIFY2(!source.from.contains(QStringLiteral("SECRET")), qPrintable(source.from));
    }
    QCOMPARE(kinds, QStringList({QStringLiteral("configMapTargetRef"), QStringLiteral("boundServiceAccountToken"),
                                 QStringLiteral("hashiCorpVault"), QStringLiteral("azureKeyVault"),
                                 QStringLiteral("awsSecretManager"), QStringLiteral("gcpSecretManager"),
                                 QStringLiteral("oauth2")}));
    QCOMPARE(sources[2].parameter, QStringLiteral("password"));
    QVERIFY(sources[2].from.contains(QStringLiteral("kv/data/rabbit")));
    QVERIFY(sources[3].from.contains(QStringLiteral("sb-conn")));
}

void TestObjectDetails::parsesQuantities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << QStringLiteral("42") << 42.0;
    QTest::newRow("milli") << QStringLiteral("1500m") << 1.5;
    QTest::newRow("kilo") << QStringLiteral("2k") << 2000.0;
    QTest::newRow("mega") << QStringLiteral("3M") << 3e6;
    QTest::newRow("binary") << QStringLiteral("1Ki") << 1024.0;
    QTest::newRow("decimal") << QStringLiteral("0.25") << 0.25;
    QTest::newRow("exponent") << QStringLiteral("1e3") << 1000.0;
    QTest::newRow("negative") << QStringLiteral("-500m") << -0.5;
}

void TestObjectDetails::parsesQuantities()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QCOMPARE(models::details::parseQuantity(text).value_or(-999), value);
    QVERIFY(!models::details::parseQuantity(QStringLiteral("lots")));
    QVERIFY(!models::details::parseQuantity(QString()));
}

QTEST_GUILESS_MAIN(TestObjectDetails)
#include "tst_objectdetails.moc"
