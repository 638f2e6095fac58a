// SPDX-License-Identifier: Apache-2.0
#include "models/contextlistmodel.h"
#include "support/testsupport.h"
#include "ui/contextwindow.h"

#include "k8sclient/kubeconfig.h"

#include <QLabel>
#include <QTableView>
#include <QtTest>

class TestContextWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsContextsAndTheirState();
    void showsAProblemAboveTheTable();
};

void TestContextWindow::showsContextsAndTheirState()
{
    kedascope::test::RunningSim sim;
    QVERIFY2(sim.ok(), sim.error().c_str());
    kedascope::k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = sim.kubeconfigPath();
    auto config = kedascope::k8s::Kubeconfig::load(options);
    QVERIFY(config.ok());

    kedascope::models::ContextListModel model;
    kedascope::ui::ContextWindow window(&model);
    model.setKubeconfig(config.value());
    model.probeAll();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectContext(QStringLiteral("sim-token"));

    QTableView *table = window.table();
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->currentIndex().row(), model.rowOfContext(QStringLiteral("sim-token")));
    QVERIFY(!table->accessibleName().isEmpty());
    const QModelIndex status = model.index(model.rowOfContext(QStringLiteral("sim-admin")),
                                           kedascope::models::ContextListModel::StatusColumn);
    QTRY_VERIFY_WITH_TIMEOUT(status.data().toString().startsWith(QStringLiteral("Connected")), 20000);
}

void TestContextWindow::showsAProblemAboveTheTable()
{
    kedascope::models::ContextListModel model;
    kedascope::ui::ContextWindow window(&model);
    window.show();
    window.setProblem(QStringLiteral("/tmp/x.yaml:3:5: bad indentation"));
    bool found = false;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(QStringLiteral("3:5")))
            found = true;
    QVERIFY(found);
    window.setProblem({});
    for (QLabel *label : window.findChildren<QLabel *>())
        QVERIFY(!(label->isVisible() && label->text().contains(QStringLiteral("3:5"))));
}

QTEST_MAIN(TestContextWindow)
#include "tst_contextwindow.moc"
