// SPDX-License-Identifier: Apache-2.0
// The real KubeClusterConnection (k8sclient's Informer and ApiClient) against kedascope-sim on 127.0.0.1.
#include "models/kubeclusterconnection.h"
#include "models/scaledobjectmodel.h"
#include "support/testsupport.h"

#include "k8sclient/kubeconfig.h"
#include "sim/faultinjector.h"
#include "sim/simserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUrl>
#include <QtTest>

#include <optional>
#include <string_view>
#include <thread>

using namespace kedascope;
namespace SO = models::ScaledObjectColumn;
using WatchState = models::ClusterConnection::WatchState;

namespace {

constexpr int timeoutMs = 20000;

std::shared_ptr<k8s::ApiClient> clientFor(const test::RunningSim &sim)
{
    k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = sim.kubeconfigPath();
    auto config = k8s::Kubeconfig::load(options);
    if (!config)
        qFatal("kubeconfig: %s", config.error().message.c_str());
    auto resolved = config->resolve();
    if (!resolved)
        qFatal("context: %s", resolved.error().message.c_str());
    auto client = k8s::ApiClient::create(resolved.value());
    if (!client)
        qFatal("client: %s", client.error().message.c_str());
    return client.value();
}

bool changedRow(const QSignalSpy &spy, int row)
{
    for (const auto &arguments : spy) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        if (topLeft.row() <= row && row <= bottomRight.row())
            return true;
    }
    return false;
}

bool sawState(const QSignalSpy &spy, const k8s::ResourceType &type, WatchState state)
{
    for (const auto &arguments : spy) {
        if (arguments.at(0).value<k8s::ResourceType>() == type &&
            arguments.at(1).value<WatchState>() == state)
            return true;
    }
    return false;
}

// Waits for job `id`'s answer (delivered on the GUI thread).
std::optional<models::CallResult> answerOf(models::ClusterConnection &connection, models::ClusterConnection::JobId id)
{
    std::optional<models::CallResult> answer;
    QObject receiver;
    connection.whenFinished(id, &receiver, [&answer](const models::CallResult &result) { answer = result; });
    QElapsedTimer clock;
    clock.start();
    while (!answer && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    return answer;
}

k8s::json::Document documentOf(const QByteArray &json)
{
    auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    return document ? std::move(*document) : k8s::json::Document();
}

QString externalMetricPath(const QString &ns, const QString &metric, const QString &scaledObject)
{
    return QStringLiteral("/apis/external.metrics.k8s.io/v1beta1/namespaces/") + ns + QLatin1Char('/') + metric +
           QStringLiteral("?labelSelector=") +
           QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("scaledobject.keda.sh/name=") + scaledObject));
}

const char *const scaledObjectManifest = R"(apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata:
  name: applied-consumer
  namespace: team-000
spec:
  scaleTargetRef:
    name: applied-consumer
  maxReplicaCount: %1
  triggers:
    - type: cpu
      metricType: Utilization
      metadata:
        value: "60"
)";

} // namespace

class TestKubeClusterConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fillsFromTheSimAndFollowsPatches();
    void namespaceSwitchKeepsOnlyTheNewNamespace();
    void relistAfterGoneUpdatesRowsWithoutReset();
    void forbiddenWatchIsReported();
    void callResultsReachOnlyLiveReceivers();
    void listsWithALabelSelector();
    void appliesWithDryRunAndReportsConflicts();
    void createsAndRemoves();
    void getsRawPaths();
};

void TestKubeClusterConnection::initTestCase()
{
    qRegisterMetaType<k8s::ResourceType>();
    qRegisterMetaType<WatchState>();
}

void TestKubeClusterConnection::fillsFromTheSimAndFollowsPatches()
{
    test::RunningSim::Options simOptions;
    simOptions.scaledObjects = 50;
    simOptions.namespaces = 2;
    test::RunningSim sim(simOptions);
    QVERIFY2(sim.ok(), sim.error().c_str());
    const auto client = clientFor(sim);

    models::KubeClusterConnection connection(client);
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    QSignalSpy states(&connection, &models::ClusterConnection::stateChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    connection.watch(k8s::resources::scaledObjects(), QString());
    connection.watch(k8s::resources::hpas(), QString());
    QVERIFY(connection.isWatching(k8s::resources::scaledObjects()));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, timeoutMs);
    QCOMPARE(reset.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(sawState(states, k8s::resources::scaledObjects(), WatchState::Live), timeoutMs);
    QVERIFY(sawState(states, k8s::resources::scaledObjects(), WatchState::Connecting));
    QCOMPARE(connection.watchState(k8s::resources::scaledObjects()), WatchState::Live);
    QCOMPARE(connection.watchError(k8s::resources::scaledObjects()), QString());
    // KEDA's HPAs, watched alongside, fill the replica columns.
    QTRY_VERIFY_WITH_TIMEOUT(!model.index(0, SO::CurrentReplicas).data().toString().isEmpty(), timeoutMs);

    // A merge patch through a client of our own shows up as a dataChanged on that row.
    const int row = 7;
    const QString ns = model.index(row, SO::Namespace).data().toString();
    const QString name = model.index(row, SO::Name).data().toString();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    k8s::Result<k8s::json::Document> patched = k8s::Error::make(k8s::Error::Kind::Invalid, "not run");
    std::thread writer([&] {
        patched =
            client->patch(k8s::resources::scaledObjects(), ns.toStdString(), name.toStdString(),
                          k8s::PatchType::Merge, R"({"metadata":{"labels":{"kedascope-test":"touched"}}})");
    });
    writer.join();
    QVERIFY2(patched.ok(), patched.ok() ? "" : patched.error().message.c_str());
    QTRY_VERIFY_WITH_TIMEOUT(changedRow(changed, row), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(model.index(row, SO::Name)
                                 .data(models::LabelsRole)
                                 .toStringList()
                                 .contains(QStringLiteral("kedascope-test=touched")),
                             timeoutMs);
    QCOMPARE(model.rowOf(ns, name), row);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 1);

    // The same through the connection's own asynchronous patch.
    std::optional<models::CallResult> result;
    const auto job = connection.patch(k8s::resources::scaledObjects(), ns, name, k8s::PatchType::Merge,
                                      QByteArrayLiteral(R"({"spec":{"maxReplicaCount":77}})"));
    connection.whenFinished(job, this, [&result](const models::CallResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs);
    QVERIFY2(result->ok, qPrintable(result->errorMessage));
    QVERIFY(result->json.contains("\"maxReplicaCount\":77"));
    QTRY_COMPARE_WITH_TIMEOUT(model.index(row, SO::MaxReplicas).data().toString(), QStringLiteral("77"),
                              timeoutMs);
    QCOMPARE(reset.count(), 1);
}

void TestKubeClusterConnection::namespaceSwitchKeepsOnlyTheNewNamespace()
{
    test::RunningSim::Options simOptions;
    simOptions.scaledObjects = 50;
    simOptions.namespaces = 2;
    test::RunningSim sim(simOptions);
    QVERIFY2(sim.ok(), sim.error().c_str());

    models::KubeClusterConnection connection(clientFor(sim));
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.watch(k8s::resources::scaledObjects(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, timeoutMs);
    int inSecond = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        inSecond += model.index(row, SO::Namespace).data().toString() == QLatin1String("team-001");
    QVERIFY(inSecond > 0 && inSecond < 50);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    connection.watch(k8s::resources::scaledObjects(), QStringLiteral("team-001"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), inSecond, timeoutMs);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, SO::Namespace).data().toString(), QStringLiteral("team-001"));
    QCOMPARE(reset.count(), 0);

    connection.unwatch(k8s::resources::scaledObjects());
    QVERIFY(!connection.isWatching(k8s::resources::scaledObjects()));
}

void TestKubeClusterConnection::relistAfterGoneUpdatesRowsWithoutReset()
{
    test::RunningSim::Options simOptions;
    simOptions.scaledObjects = 50;
    test::RunningSim sim(simOptions);
    QVERIFY2(sim.ok(), sim.error().c_str());
    const auto client = clientFor(sim);
    models::KubeClusterConnection connection(client);
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.watch(k8s::resources::scaledObjects(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 50, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(connection.watchState(k8s::resources::scaledObjects()), WatchState::Live,
                              timeoutMs);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy states(&connection, &models::ClusterConnection::stateChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The API server restarts and has compacted its history: resuming the watch gets 410 Gone and the
    // informer lists again. A change made meanwhile arrives through that list.
    sim.server().faults().compactHistory();
    sim.server().faults().dropWatches();
    const int row = 11;
    const QString ns = model.index(row, SO::Namespace).data().toString();
    const QString name = model.index(row, SO::Name).data().toString();
    std::thread writer([&] {
        client->patch(k8s::resources::scaledObjects(), ns.toStdString(), name.toStdString(),
                      k8s::PatchType::Merge, R"({"metadata":{"labels":{"relisted":"yes"}}})");
    });
    writer.join();

    QTRY_VERIFY_WITH_TIMEOUT(model.index(row, SO::Name)
                                 .data(models::LabelsRole)
                                 .toStringList()
                                 .contains(QStringLiteral("relisted=yes")),
                             timeoutMs);
    QVERIFY(changedRow(changed, row));
    QTRY_COMPARE_WITH_TIMEOUT(connection.watchState(k8s::resources::scaledObjects()), WatchState::Live,
                              timeoutMs);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(reset.count(), 0);
}

void TestKubeClusterConnection::forbiddenWatchIsReported()
{
    test::RunningSim sim;
    QVERIFY2(sim.ok(), sim.error().c_str());
    sim.server().faults().failNext("GET", "/apis/keda.sh/v1alpha1/scaledjobs", 403, 1000);
    models::KubeClusterConnection connection(clientFor(sim));
    QSignalSpy states(&connection, &models::ClusterConnection::stateChanged);
    connection.watch(k8s::resources::scaledJobs(), QString());

    QTRY_VERIFY_WITH_TIMEOUT(sawState(states, k8s::resources::scaledJobs(), WatchState::Forbidden),
                             timeoutMs);
    QCOMPARE(connection.watchState(k8s::resources::scaledJobs()), WatchState::Forbidden);
    for (const auto &arguments : std::as_const(states)) {
        if (arguments.at(1).value<WatchState>() == WatchState::Forbidden) {
            QCOMPARE(arguments.at(3).toInt(), 403);
            QVERIFY(!arguments.at(2).toString().isEmpty());
        }
    }
    QVERIFY(!connection.watchError(k8s::resources::scaledJobs()).isEmpty());
    connection.unwatch(k8s::resources::scaledJobs());
}

void TestKubeClusterConnection::callResultsReachOnlyLiveReceivers()
{
    test::RunningSim::Options simOptions;
    simOptions.scaledObjects = 3;
    test::RunningSim sim(simOptions);
    QVERIFY2(sim.ok(), sim.error().c_str());
    models::KubeClusterConnection connection(clientFor(sim));
    QSignalSpy finished(&connection, &models::ClusterConnection::callFinished);

    std::optional<models::CallResult> missing;
    const auto missingJob = connection.get(k8s::resources::scaledObjects(), QStringLiteral("default"),
                                           QStringLiteral("does-not-exist"));
    connection.whenFinished(missingJob, this, [&missing](const models::CallResult &r) { missing = r; });

    // A receiver gone before the answer (a closed window) and one that moved on (another namespace).
    bool goneCalled = false;
    bool forgottenCalled = false;
    auto *gone = new QObject;
    QObject movedOn;
    const auto first = connection.get(k8s::resources::namespaces(), QString(), QStringLiteral("default"));
    connection.whenFinished(first, gone, [&goneCalled](const models::CallResult &) { goneCalled = true; });
    const auto second = connection.get(k8s::resources::namespaces(), QString(), QStringLiteral("default"));
    connection.whenFinished(second, &movedOn,
                            [&forgottenCalled](const models::CallResult &) { forgottenCalled = true; });
    delete gone;
    connection.forgetJobs(&movedOn);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, timeoutMs);
    QVERIFY(missing.has_value());
    QVERIFY(!missing->ok);
    QCOMPARE(missing->httpCode, 404);
    QCOMPARE(missing->reason, QStringLiteral("NotFound"));
    QVERIFY(!goneCalled);
    QVERIFY(!forgottenCalled);
    for (const auto &arguments : std::as_const(finished)) {
        const auto id = arguments.at(0).value<models::ClusterConnection::JobId>();
        if (id == first || id == second)
            QVERIFY(arguments.at(1).value<models::CallResult>().ok);
    }
}

void TestKubeClusterConnection::listsWithALabelSelector()
{
    test::RunningSim sim(test::RunningSim::Options{6, 2});
    QVERIFY2(sim.ok(), sim.error().c_str());
    models::KubeClusterConnection connection(clientFor(sim));
    k8s::ListOptions options;
    options.labelSelector = "team=team-001";
    const auto answer = answerOf(connection, connection.list(k8s::resources::scaledObjects(), QString(), options));
    QVERIFY(answer && answer->ok);
    const auto list = documentOf(answer->json);
    const auto *items = k8s::json::find(list, "items");
    QVERIFY(items && items->IsArray());
    QCOMPARE(int(items->Size()), 3);
    for (const auto &item : items->GetArray()) {
        QCOMPARE(k8s::json::stringAt(item, "metadata.namespace"), std::string("team-001"));
        QCOMPARE(k8s::json::stringAt(item, "kind"), std::string("ScaledObject"));
        QCOMPARE(k8s::json::stringAt(item, "apiVersion"), std::string("keda.sh/v1alpha1"));
    }
    // A selector nothing matches is an empty list, not an error.
    options.labelSelector = "team=nobody";
    const auto none = answerOf(connection, connection.list(k8s::resources::scaledObjects(), QString(), options));
    QVERIFY(none && none->ok);
    QCOMPARE(int(k8s::json::find(documentOf(none->json), "items")->Size()), 0);
}

void TestKubeClusterConnection::appliesWithDryRunAndReportsConflicts()
{
    test::RunningSim sim(test::RunningSim::Options{1, 1});
    QVERIFY2(sim.ok(), sim.error().c_str());
    models::KubeClusterConnection connection(clientFor(sim));
    const auto &type = k8s::resources::scaledObjects();
    const QString ns = QStringLiteral("team-000");
    const QString name = QStringLiteral("applied-consumer");
    auto manifest = [](int max) { return QString::fromLatin1(scaledObjectManifest).arg(max).toUtf8(); };

    // A dry run answers with the object as it would be, and changes nothing.
    k8s::PatchOptions dryRun;
    dryRun.dryRun = k8s::DryRun::All;
    const auto tried = answerOf(connection, connection.apply(type, ns, name, manifest(7), dryRun));
    QVERIFY(tried && tried->ok);
    QCOMPARE(k8s::json::intAt(documentOf(tried->json), "spec.maxReplicaCount").value_or(0), 7LL);
    const auto absent = answerOf(connection, connection.get(type, ns, name));
    QVERIFY(absent && !absent->ok);
    QCOMPARE(absent->httpCode, 404);

    // Applied for real by another field manager, then by ours with another value: a conflict, with causes.
    k8s::PatchOptions other;
    other.fieldManager = "other-tool";
    const auto applied = answerOf(connection, connection.apply(type, ns, name, manifest(7), other));
    QVERIFY2(applied && applied->ok, applied ? qPrintable(applied->errorMessage) : "no answer");
    const auto conflict = answerOf(connection, connection.apply(type, ns, name, manifest(9)));
    QVERIFY(conflict && !conflict->ok);
    QCOMPARE(conflict->httpCode, 409);
    QCOMPARE(conflict->reason, QStringLiteral("Conflict"));
    QVERIFY2(conflict->errorMessage.contains(QStringLiteral("other-tool")), qPrintable(conflict->errorMessage));
    QCOMPARE(int(conflict->causes.size()), 1);
    QCOMPARE(conflict->causes.front().reason, std::string("FieldManagerConflict"));
    QCOMPARE(conflict->causes.front().field, std::string(".spec.maxReplicaCount"));
    const auto kept = answerOf(connection, connection.get(type, ns, name));
    QVERIFY(kept && kept->ok);
    QCOMPARE(k8s::json::intAt(documentOf(kept->json), "spec.maxReplicaCount").value_or(0), 7LL);

    // Forced, it takes the field over.
    k8s::PatchOptions force;
    force.force = true;
    const auto forced = answerOf(connection, connection.apply(type, ns, name, manifest(9), force));
    QVERIFY(forced && forced->ok);
    QCOMPARE(k8s::json::intAt(documentOf(forced->json), "spec.maxReplicaCount").value_or(0), 9LL);
}

void TestKubeClusterConnection::createsAndRemoves()
{
    test::RunningSim sim(test::RunningSim::Options{1, 1});
    QVERIFY2(sim.ok(), sim.error().c_str());
    models::KubeClusterConnection connection(clientFor(sim));
    const auto &type = k8s::resources::triggerAuthentications();
    const QString ns = QStringLiteral("team-000");
    const QByteArray body = R"({"apiVersion":"keda.sh/v1alpha1","kind":"TriggerAuthentication",)"
                            R"("metadata":{"name":"kafka-auth","namespace":"team-000"},)"
                            R"("spec":{"secretTargetRef":[{"parameter":"sasl","name":"kafka","key":"sasl"}]}})";
    const auto created = answerOf(connection, connection.create(type, ns, body));
    QVERIFY2(created && created->ok, created ? qPrintable(created->errorMessage) : "no answer");
    QVERIFY(!k8s::json::stringAt(documentOf(created->json), "metadata.uid").empty());
    const auto again = answerOf(connection, connection.create(type, ns, body));
    QVERIFY(again && !again->ok);
    QCOMPARE(again->httpCode, 409);
    QCOMPARE(again->reason, QStringLiteral("AlreadyExists"));

    const auto dryRemove =
        answerOf(connection, connection.remove(type, ns, QStringLiteral("kafka-auth"), k8s::DryRun::All));
    QVERIFY(dryRemove && dryRemove->ok);
    const auto stillThere = answerOf(connection, connection.get(type, ns, QStringLiteral("kafka-auth")));
    QVERIFY(stillThere && stillThere->ok);
    const auto removed = answerOf(connection, connection.remove(type, ns, QStringLiteral("kafka-auth")));
    QVERIFY(removed && removed->ok);
    const auto gone = answerOf(connection, connection.get(type, ns, QStringLiteral("kafka-auth")));
    QVERIFY(gone && !gone->ok);
    QCOMPARE(gone->httpCode, 404);
    const auto removedTwice = answerOf(connection, connection.remove(type, ns, QStringLiteral("kafka-auth")));
    QVERIFY(removedTwice && !removedTwice->ok);
    QCOMPARE(removedTwice->httpCode, 404);
}

void TestKubeClusterConnection::getsRawPaths()
{
    test::RunningSim sim(test::RunningSim::Options{3, 1});
    QVERIFY2(sim.ok(), sim.error().c_str());
    models::KubeClusterConnection connection(clientFor(sim));

    // A ScaledObject's metric through the external metrics API, named as its status says.
    const auto listed = answerOf(connection, connection.list(k8s::resources::scaledObjects(), QString()));
    QVERIFY(listed && listed->ok);
    const auto list = documentOf(listed->json);
    QString ns;
    QString name;
    QString metric;
    for (const auto &item : k8s::json::find(list, "items")->GetArray()) {
        const auto *names = k8s::json::find(item, "status.externalMetricNames");
        if (metric.isEmpty() && names && names->IsArray() && !names->Empty()) {
            ns = QString::fromStdString(k8s::json::stringAt(item, "metadata.namespace"));
            name = QString::fromStdString(k8s::json::stringAt(item, "metadata.name"));
            metric = QString::fromUtf8((*names)[0].GetString());
        }
    }
    QVERIFY(!metric.isEmpty());
    const auto value = answerOf(connection, connection.getPath(externalMetricPath(ns, metric, name)));
    QVERIFY2(value && value->ok, value ? qPrintable(value->errorMessage) : "no answer");
    const auto values = documentOf(value->json);
    QCOMPARE(k8s::json::stringAt(values, "kind"), std::string("ExternalMetricValueList"));
    const auto *items = k8s::json::find(values, "items");
    QVERIFY(items && items->IsArray() && items->Size() == 1);
    QCOMPARE(k8s::json::stringAt((*items)[0], "metricName"), metric.toStdString());
    QVERIFY(!k8s::json::stringAt((*items)[0], "value").empty());

    // A metric KEDA does not know: the provider's error, passed on by the API server.
    const auto unknown =
        answerOf(connection, connection.getPath(externalMetricPath(ns, QStringLiteral("s9-nothing"), name)));
    QVERIFY(unknown && !unknown->ok);
    QCOMPARE(unknown->httpCode, 500);
    QVERIFY2(unknown->errorMessage.contains(QStringLiteral("no matching metrics found for s9-nothing")),
             qPrintable(unknown->errorMessage));

    // A path that does not exist: 404 with the API's message.
    const auto missing = answerOf(
        connection, connection.getPath(QStringLiteral("/apis/keda.sh/v1alpha1/namespaces/%1/scaledobjects/missing").arg(ns)));
    QVERIFY(missing && !missing->ok);
    QCOMPARE(missing->httpCode, 404);
    QCOMPARE(missing->reason, QStringLiteral("NotFound"));
    QCOMPARE(missing->errorMessage, QStringLiteral("scaledobjects.keda.sh \"missing\" not found"));
}

QTEST_GUILESS_MAIN(TestKubeClusterConnection)
#include "tst_kubeclusterconnection.moc"
