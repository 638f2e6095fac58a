// SPDX-License-Identifier: Apache-2.0
#include "models/contextlistmodel.h"
#include "support/testsupport.h"

#include "k8sclient/kubeconfig.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using kedascope::models::ContextListModel;

class TestContextListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryContextWithItsDetails();
    void probesReachableAndUnreachableContextsIndependently();
    void showsConfigurationErrorsPerContext();
};

static kedascope::k8s::Kubeconfig loadFile(const QString &path)
{
    kedascope::k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = path.toStdString();
    auto config = kedascope::k8s::Kubeconfig::load(options);
    if (!config)
        qFatal("kubeconfig did not load: %s", config.error().message.c_str());
    return config.value();
}

void TestContextListModel::listsEveryContextWithItsDetails()
{
    kedascope::test::RunningSim sim;
    QVERIFY2(sim.ok(), sim.error().c_str());
    ContextListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKubeconfig(loadFile(QString::fromStdString(sim.kubeconfigPath())));

    QCOMPARE(model.rowCount(), 3);
    const int admin = model.rowOfContext(QStringLiteral("sim-admin"));
    QVERIFY(admin >= 0);
    QCOMPARE(model.index(admin, ContextListModel::ClusterColumn).data().toString(), QStringLiteral("kedascope-sim"));
    QCOMPARE(model.index(admin, ContextListModel::NamespaceColumn).data().toString(), QStringLiteral("default"));
    QCOMPARE(model.index(admin, ContextListModel::ServerColumn).data().toString(),
             QString::fromStdString(sim.serverUrl()));
    QVERIFY(model.index(admin, 0).data(ContextListModel::IsCurrentRole).toBool());
    QVERIFY(!model.index(model.rowOfContext(QStringLiteral("sim-viewer")), 0)
                 .data(ContextListModel::IsCurrentRole)
                 .toBool());
}

void TestContextListModel::probesReachableAndUnreachableContextsIndependently()
{
    kedascope::test::RunningSim sim;
    QVERIFY2(sim.ok(), sim.error().c_str());
    // A second cluster that refuses connections: port 1 on loopback has no listener.
    QFile file(QString::fromStdString(sim.kubeconfigPath()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    QTemporaryDir dir;
    const QString deadConfig = kedascope::test::writeFile(dir, QStringLiteral("dead.yaml"), R"(apiVersion: v1
kind: Config
clusters:
- name: dead
  cluster:
    server: https://127.0.0.1:1
    insecure-skip-tls-verify: true
users:
- name: dead-user
  user:
    token: not-a-real-token
contexts:
- name: dead
  context:
    cluster: dead
    user: dead-user
)");
    kedascope::k8s::Kubeconfig::LoadOptions options;
    options.kubeconfigEnv = sim.kubeconfigPath() + ":" + deadConfig.toStdString();
    auto config = kedascope::k8s::Kubeconfig::load(options);
    QVERIFY2(config.ok(), config ? "" : config.error().message.c_str());

    ContextListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKubeconfig(config.value());
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy finished(&model, &ContextListModel::probeFinished);
    model.probeAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 30000);

    const auto stateOf = [&](const char *name) {
        return model.index(model.rowOfContext(QString::fromLatin1(name)), ContextListModel::StatusColumn)
            .data(ContextListModel::ProbeStateRole)
            .value<ContextListModel::ProbeState>();
    };
    QCOMPARE(stateOf("sim-admin"), ContextListModel::ProbeState::Reachable);
    QCOMPARE(stateOf("sim-token"), ContextListModel::ProbeState::Reachable);
    QCOMPARE(stateOf("dead"), ContextListModel::ProbeState::Failed);
    const QString deadStatus =
        model.index(model.rowOfContext(QStringLiteral("dead")), ContextListModel::StatusColumn).data().toString();
    QVERIFY2(deadStatus.contains(QStringLiteral("127.0.0.1:1")), qPrintable(deadStatus));
    QVERIFY(!deadStatus.contains(QStringLiteral("not-a-real-token")));
}

void TestContextListModel::showsConfigurationErrorsPerContext()
{
    QTemporaryDir dir;
    const QString path = kedascope::test::writeFile(dir, QStringLiteral("config.yaml"), R"(apiVersion: v1
kind: Config
current-context: good
clusters:
- name: c
  cluster:
    server: https://127.0.0.1:6443
    certificate-authority-data: "%%% not base64 %%%"
users:
- name: u
  user:
    token: abc
contexts:
- name: good
  context: {cluster: c, user: u}
- name: missing-user
  context: {cluster: c, user: nobody}
)");
    ContextListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKubeconfig(loadFile(path));
    QCOMPARE(model.rowCount(), 2);
    const QString missing = model.index(model.rowOfContext(QStringLiteral("missing-user")),
                                        ContextListModel::StatusColumn)
                                .data()
                                .toString();
    QVERIFY2(missing.contains(QStringLiteral("nobody")), qPrintable(missing));
    const QString badCa =
        model.index(model.rowOfContext(QStringLiteral("good")), ContextListModel::StatusColumn).data().toString();
    QVERIFY2(badCa.contains(QStringLiteral("certificate-authority-data")), qPrintable(badCa));
}

QTEST_GUILESS_MAIN(TestContextListModel)
#include "tst_contextlistmodel.moc"
