// SPDX-License-Identifier: Apache-2.0
// What each KEDA table shows: columns, tooltips, roles, sort values, HPA replicas.
#include "helpers/fakeclusterconnection.h"
#include "helpers/objectfactory.h"
#include "models/scaledjobmodel.h"
#include "models/scaledobjectmodel.h"
#include "models/triggerauthmodel.h"

#include "k8sclient/age.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kedascope;
namespace SO = models::ScaledObjectColumn;
namespace SJ = models::ScaledJobColumn;
namespace TA = models::TriggerAuthColumn;

class TestKedaModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scaledObjectColumns();
    void scaledObjectConditionsAndStates();
    void scaledObjectTimes();
    void scaledObjectReplicasFromHpa();
    void scaledObjectReplicasFromHpaWatch();
    void headersAreTranslatableAndComplete();
    void scaledJobColumns();
    void triggerAuthenticationColumns();
    void patchResultAndChangeReachTheModel();
};

void TestKedaModels::scaledObjectColumns()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    test::ScaledObjectSpec spec;
    spec.ns = "orders";
    spec.name = "consumer";
    spec.minReplicas = 1;
    spec.maxReplicas = 30;
    spec.triggers = {{"kafka", "lag"}, {"cpu", ""}};
    spec.labels = {{"team", "payments"}, {"tier", "backend"}};
    spec.targetKind = "StatefulSet";
    connection.sendSync(k8s::resources::scaledObjects(), {test::scaledObject(spec)});

    QCOMPARE(model.rowCount(), 1);
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(SO::Name).toString(), QStringLiteral("consumer"));
    QCOMPARE(cell(SO::Namespace).toString(), QStringLiteral("orders"));
    QCOMPARE(cell(SO::Target).toString(), QStringLiteral("StatefulSet/consumer"));
    QCOMPARE(cell(SO::MinReplicas).toString(), QStringLiteral("1"));
    QCOMPARE(cell(SO::MaxReplicas).toString(), QStringLiteral("30"));
    QCOMPARE(cell(SO::MaxReplicas, models::SortRole).userType(), QMetaType::LongLong);
    QCOMPARE(cell(SO::Triggers).toString(), QStringLiteral("kafka, cpu"));
    QCOMPARE(cell(SO::Triggers, Qt::ToolTipRole).toString(), QStringLiteral("kafka (lag)\ncpu"));
    QCOMPARE(cell(SO::Name, models::TriggerTypesRole).toStringList(),
             QStringList({QStringLiteral("kafka"), QStringLiteral("cpu")}));
    QCOMPARE(cell(SO::Name, models::TriggerNamesRole).toStringList(),
             QStringList({QStringLiteral("lag"), QString()}));
    QCOMPARE(cell(SO::Age, models::LabelsRole).toStringList(),
             QStringList({QStringLiteral("team=payments"), QStringLiteral("tier=backend")}));
    QCOMPARE(cell(SO::Age, models::ObjectKeyRole).toString(), QStringLiteral("orders/consumer"));
    QCOMPARE(cell(SO::Name, models::HpaNameRole).toString(), QStringLiteral("keda-hpa-consumer"));
    QCOMPARE(cell(SO::Name, models::TargetKindRole).toString(), QStringLiteral("StatefulSet"));
    // No HPA seen yet: the replica cells are empty, and say why.
    QCOMPARE(cell(SO::CurrentReplicas).toString(), QString());
    QVERIFY(
        cell(SO::CurrentReplicas, Qt::ToolTipRole).toString().contains(QStringLiteral("keda-hpa-consumer")));
}

void TestKedaModels::scaledObjectConditionsAndStates()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);

    test::ScaledObjectSpec failing;
    failing.name = "failing";
    failing.ready = "False";
    failing.readyReason = "TriggerError";
    failing.readyMessage = "Triggers defined in ScaledObject are not working correctly";
    failing.active = "False";
    failing.fallback = "True";
    test::ScaledObjectSpec paused;
    paused.name = "paused";
    paused.annotations = {{"autoscaling.keda.sh/paused-replicas", "2"}};
    paused.paused = "True";
    paused.pausedReplicas = 2;
    test::ScaledObjectSpec notPaused;
    notPaused.name = "explicitly-unpaused";
    notPaused.annotations = {{"autoscaling.keda.sh/paused", "false"}};
    connection.sendSync(
        k8s::resources::scaledObjects(),
        {test::scaledObject(failing), test::scaledObject(paused), test::scaledObject(notPaused)});

    const QModelIndex ready = model.index(0, SO::Ready);
    QCOMPARE(ready.data().toString(), QStringLiteral("False"));
    QCOMPARE(ready.data(models::ConditionStatusRole).toInt(), int(models::ConditionStatus::False));
    QCOMPARE(ready.data(models::ConditionReasonRole).toString(), QStringLiteral("TriggerError"));
    QCOMPARE(ready.data(models::ConditionMessageRole).toString(),
             QStringLiteral("Triggers defined in ScaledObject are not working correctly"));
    QCOMPARE(ready.data(Qt::ToolTipRole).toString(),
             QStringLiteral("TriggerError: Triggers defined in ScaledObject are not working correctly"));
    QCOMPARE(model.index(0, SO::Fallback).data().toString(), QStringLiteral("True"));
    QCOMPARE(model.index(0, SO::Name).data(models::StateFlagsRole).toInt(),
             models::FailingState | models::InactiveState | models::FallbackState);

    QCOMPARE(model.index(1, SO::Paused).data().toString(), QStringLiteral("True"));
    QCOMPARE(model.index(1, SO::Name).data(models::StateFlagsRole).toInt(), int(models::PausedState));
    QCOMPARE(model.index(1, SO::DesiredReplicas).data().toString(), QStringLiteral("2"));
    QVERIFY(
        model.index(1, SO::DesiredReplicas).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2")));

    QCOMPARE(model.index(2, SO::Name).data(models::StateFlagsRole).toInt(), 0);
}

void TestKedaModels::scaledObjectTimes()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    const auto now = std::chrono::system_clock::now();
    test::ScaledObjectSpec spec;
    spec.name = "timed";
    spec.created = k8s::formatTimestamp(now - std::chrono::hours(50));
    spec.lastActive = k8s::formatTimestamp(now - std::chrono::minutes(3));
    test::ScaledObjectSpec never;
    never.name = "never-active";
    connection.sendSync(k8s::resources::scaledObjects(),
                        {test::scaledObject(spec), test::scaledObject(never)});

    QCOMPARE(model.index(0, SO::Age).data().toString(), QStringLiteral("2d2h"));
    QCOMPARE(model.index(0, SO::LastActive).data().toString(), QStringLiteral("3m"));
    const QDateTime created = model.index(0, SO::Age).data(models::SortRole).toDateTime();
    QCOMPARE(created, model.index(0, SO::Age).data(models::ExactTimeRole).toDateTime());
    QCOMPARE(created.toString(Qt::ISODate), QString::fromStdString(spec.created));
    QVERIFY(!model.index(0, SO::Age).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(1, SO::LastActive).data().toString(), QString());
    QCOMPARE(model.index(1, SO::LastActive).data(Qt::ToolTipRole).toString(), QStringLiteral("Never"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshTimes();
    QCOMPARE(changed.count(), 2);
}

void TestKedaModels::scaledObjectReplicasFromHpa()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    test::ScaledObjectSpec custom;
    custom.name = "custom";
    custom.hpaName = "my-hpa";
    connection.sendSync(k8s::resources::scaledObjects(),
                        {test::scaledObject("default", "plain", "1"), test::scaledObject(custom)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setHpaReplicas(QStringLiteral("default"), QStringLiteral("my-hpa"), {3, 5});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, SO::CurrentReplicas));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, SO::DesiredReplicas));
    QCOMPARE(model.index(1, SO::CurrentReplicas).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(1, SO::DesiredReplicas).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.index(1, SO::DesiredReplicas).data(models::SortRole).toLongLong(), 5);
    QCOMPARE(model.index(0, SO::CurrentReplicas).data().toString(), QString());

    model.setHpaReplicas(QStringLiteral("default"), QStringLiteral("my-hpa"), {3, 5});
    QCOMPARE(changed.count(), 1); // nothing new
    model.setHpaReplicas(QStringLiteral("other"), QStringLiteral("keda-hpa-plain"), {1, 1});
    QCOMPARE(changed.count(), 1); // another namespace's HPA
    model.removeHpa(QStringLiteral("default"), QStringLiteral("my-hpa"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(1, SO::CurrentReplicas).data().toString(), QString());

    // An HPA known before its ScaledObject shows up once the object arrives.
    model.setHpaReplicas(QStringLiteral("default"), QStringLiteral("keda-hpa-late"), {4, 6});
    connection.sendDeltas(k8s::resources::scaledObjects(),
                          {test::added(test::scaledObject("default", "late", "2"))});
    QCOMPARE(model.index(2, SO::CurrentReplicas).data().toString(), QStringLiteral("4"));
}

void TestKedaModels::scaledObjectReplicasFromHpaWatch()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.sendSync(k8s::resources::scaledObjects(),
                        {test::scaledObject("default", "a", "1"), test::scaledObject("default", "b", "1")});

    connection.sendSync(k8s::resources::hpas(), {test::hpa("default", "keda-hpa-a", 2, 3)});
    QCOMPARE(model.index(0, SO::CurrentReplicas).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, SO::DesiredReplicas).data().toString(), QStringLiteral("3"));

    connection.sendDeltas(k8s::resources::hpas(), {test::modified(test::hpa("default", "keda-hpa-a", 3, 3)),
                                                   test::added(test::hpa("default", "keda-hpa-b", 1, 1))});
    QCOMPARE(model.index(0, SO::CurrentReplicas).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(1, SO::CurrentReplicas).data().toString(), QStringLiteral("1"));

    connection.sendSync(k8s::resources::hpas(), {test::hpa("default", "keda-hpa-b", 1, 2)});
    QCOMPARE(model.index(0, SO::CurrentReplicas).data().toString(), QString());
    QCOMPARE(model.index(1, SO::DesiredReplicas).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.rowCount(), 2); // HPAs never become rows
}

void TestKedaModels::headersAreTranslatableAndComplete()
{
    models::ScaledObjectModel scaledObjects;
    models::ScaledJobModel scaledJobs;
    models::TriggerAuthModel auths(models::TriggerAuthModel::Kind::TriggerAuthentication);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(&scaledObjects), static_cast<QAbstractItemModel *>(&scaledJobs),
          static_cast<QAbstractItemModel *>(&auths)}) {
        QSet<QString> titles;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString title = model->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(!title.isEmpty(), qPrintable(QString::number(column)));
            titles.insert(title);
        }
        QCOMPARE(titles.size(), model->columnCount());
        QVERIFY(model->headerData(model->columnCount(), Qt::Horizontal).isNull());
    }
    QCOMPARE(scaledObjects.headerData(SO::LastActive, Qt::Horizontal).toString(),
             QStringLiteral("Last active"));
}

void TestKedaModels::scaledJobColumns()
{
    test::FakeClusterConnection connection;
    models::ScaledJobModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.sendSync(k8s::resources::scaledJobs(),
                        {test::scaledJob("jobs", "batch", "1", "accurate"),
                         test::scaledJob("jobs", "frozen", "1", "default", "true")});

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SJ::Strategy).data().toString(), QStringLiteral("accurate"));
    QCOMPARE(model.index(0, SJ::MinReplicas).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(0, SJ::MaxReplicas).data().toString(), QStringLiteral("20"));
    QCOMPARE(model.index(0, SJ::Triggers).data().toString(), QStringLiteral("rabbitmq"));
    QCOMPARE(model.index(0, SJ::Triggers).data(Qt::ToolTipRole).toString(),
             QStringLiteral("rabbitmq (queue)"));
    QCOMPARE(model.index(0, SJ::Ready).data().toString(), QStringLiteral("True"));
    QCOMPARE(model.index(0, SJ::Active).data(models::ConditionReasonRole).toString(),
             QStringLiteral("ScalerNotActive"));
    QCOMPARE(model.index(0, SJ::Paused).data().toString(), QString()); // no Paused condition reported
    QCOMPARE(model.index(0, SJ::Name).data(models::StateFlagsRole).toInt(), int(models::InactiveState));
    QCOMPARE(model.index(1, SJ::Name).data(models::StateFlagsRole).toInt(),
             models::InactiveState | models::PausedState);
    QCOMPARE(model.index(0, SJ::LastActive).data(models::ExactTimeRole).toDateTime(),
             QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    connection.sendDeltas(k8s::resources::scaledJobs(),
                          {test::modified(test::scaledJob("jobs", "batch", "2", "eager"))});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, SJ::Strategy).data().toString(), QStringLiteral("eager"));
}

void TestKedaModels::triggerAuthenticationColumns()
{
    test::FakeClusterConnection connection;
    models::TriggerAuthModel namespaced(models::TriggerAuthModel::Kind::TriggerAuthentication);
    models::TriggerAuthModel clusterWide(models::TriggerAuthModel::Kind::ClusterTriggerAuthentication);
    QAbstractItemModelTester tester(&namespaced, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester clusterTester(&clusterWide,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    namespaced.setConnection(&connection);
    clusterWide.setConnection(&connection);
    QCOMPARE(clusterWide.resourceType(), k8s::resources::clusterTriggerAuthentications());

    connection.sendSync(
        k8s::resources::triggerAuthentications(),
        {test::triggerAuth("apps", "rabbit-auth", "1",
                           R"({"secretTargetRef":[{"parameter":"host","name":"rabbit","key":"url"},)"
                           R"({"parameter":"password","name":"rabbit","key":"pw"}]})"),
         test::triggerAuth("apps", "azure", "1", R"({"podIdentity":{"provider":"azure-workload"}})")});
    connection.sendSync(
        k8s::resources::clusterTriggerAuthentications(),
        {test::triggerAuth("", "aws", "1", R"({"podIdentity":{"provider":"aws"},"env":[]})")});

    QCOMPARE(namespaced.rowCount(), 2);
    QCOMPARE(clusterWide.rowCount(), 1);
    QCOMPARE(namespaced.index(0, TA::Sources).data().toString(), QStringLiteral("secretTargetRef"));
    QCOMPARE(namespaced.index(0, TA::Sources).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2 secret or config map reference(s)"));
    QCOMPARE(namespaced.index(1, TA::Sources).data().toString(),
             QStringLiteral("podIdentity (azure-workload)"));
    QCOMPARE(namespaced.index(1, TA::Name).data(models::PodIdentityProviderRole).toString(),
             QStringLiteral("azure-workload"));
    QCOMPARE(clusterWide.index(0, TA::Namespace).data().toString(), QString());
    QCOMPARE(clusterWide.index(0, TA::Name).data().toString(), QStringLiteral("aws"));
    QCOMPARE(clusterWide.index(0, TA::Sources).data().toString(), QStringLiteral("podIdentity (aws), env"));
    QCOMPARE(clusterWide.index(0, TA::Name).data(models::SourceKindsRole).toStringList(),
             QStringList({QStringLiteral("podIdentity"), QStringLiteral("env")}));
    QCOMPARE(clusterWide.index(0, TA::Age).data(models::SortRole).toDateTime(),
             QDateTime(QDate(2026, 11, 19), QTime(12, 0), Qt::UTC));
    QCOMPARE(clusterWide.rowOf(QString(), QStringLiteral("aws")), 0);
}

void TestKedaModels::patchResultAndChangeReachTheModel()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    const auto object = test::scaledObject("default", "web", "5");
    connection.putObject(k8s::resources::scaledObjects(), object);
    connection.sendSync(k8s::resources::scaledObjects(), {object});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    std::optional<models::CallResult> result;
    const auto job =
        connection.patch(k8s::resources::scaledObjects(), QStringLiteral("default"), QStringLiteral("web"),
                         k8s::PatchType::Merge, QByteArrayLiteral(R"({"spec":{"maxReplicaCount":12}})"));
    connection.whenFinished(job, &model, [&result](const models::CallResult &r) { result = r; });
    QVERIFY(!result); // answers arrive later, never inside the call
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok);
    QTRY_COMPARE(model.index(0, SO::MaxReplicas).data().toString(), QStringLiteral("12"));
    QCOMPARE(changed.count(), 1);

    std::optional<models::CallResult> missing;
    const auto missingJob =
        connection.get(k8s::resources::scaledObjects(), QStringLiteral("default"), QStringLiteral("nope"));
    connection.whenFinished(missingJob, &model, [&missing](const models::CallResult &r) { missing = r; });
    QTRY_VERIFY(missing.has_value());
    QCOMPARE(missing->httpCode, 404);
}

QTEST_GUILESS_MAIN(TestKedaModels)
#include "tst_kedamodels.moc"
