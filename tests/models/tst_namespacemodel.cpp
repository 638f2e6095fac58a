// SPDX-License-Identifier: Apache-2.0
#include "helpers/fakeclusterconnection.h"
#include "helpers/objectfactory.h"
#include "models/namespacemodel.h"
#include "models/objectroles.h"
#include "models/scaledobjectmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kedascope;

namespace {

QStringList rows(const models::NamespaceModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toString());
    return result;
}

k8s::CachedObject namespaceObject(const std::string &name)
{
    return k8s::CachedObject{"", name, "uid-" + name, "1",
                             R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":")" + name +
                                 R"("}})"};
}

} // namespace

class TestNamespaceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allNamespacesComesFirst();
    void collectsNamespacesSeenOnObjects();
    void followsTheNamespaceList();
};

void TestNamespaceModel::allNamespacesComesFirst()
{
    models::NamespaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rows(model), QStringList({QStringLiteral("All namespaces")}));
    QCOMPARE(model.index(0, 0).data(models::NamespaceRole).toString(), QString());
    QCOMPARE(model.namespaceAt(0), QString());
    QCOMPARE(model.rowOfNamespace(QString()), 0);
    QCOMPARE(model.rowOfNamespace(QStringLiteral("nope")), -1);
}

void TestNamespaceModel::collectsNamespacesSeenOnObjects()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel objects;
    objects.setConnection(&connection);
    connection.sendSync(k8s::resources::scaledObjects(), {test::scaledObject("zeta", "a", "1")});

    models::NamespaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.followObjects(&objects);
    QCOMPARE(rows(model), QStringList({QStringLiteral("All namespaces"), QStringLiteral("zeta")}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    connection.sendDeltas(k8s::resources::scaledObjects(),
                          {test::added(test::scaledObject("alpha", "b", "2")),
                           test::added(test::scaledObject("mid", "c", "3")),
                           test::added(test::scaledObject("zeta", "d", "4"))});
    QCOMPARE(rows(model), QStringList({QStringLiteral("All namespaces"), QStringLiteral("alpha"),
                                       QStringLiteral("mid"), QStringLiteral("zeta")}));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowOfNamespace(QStringLiteral("mid")), 2);
    QCOMPARE(model.namespaceAt(2), QStringLiteral("mid"));
    QCOMPARE(model.index(2, 0).data(models::NamespaceRole).toString(), QStringLiteral("mid"));

    // Seen namespaces stay when their objects go (the user may have chosen one).
    connection.sendDeltas(k8s::resources::scaledObjects(),
                          {test::deleted(test::scaledObject("mid", "c", "5"))});
    QCOMPARE(model.rowCount(), 4);
}

void TestNamespaceModel::followsTheNamespaceList()
{
    test::FakeClusterConnection connection;
    models::NamespaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    model.addSeen({QStringLiteral("seen-only")});

    connection.sendSync(
        k8s::resources::namespaces(),
        {namespaceObject("default"), namespaceObject("kube-system"), namespaceObject("keda")});
    QCOMPARE(rows(model),
             QStringList({QStringLiteral("All namespaces"), QStringLiteral("default"), QStringLiteral("keda"),
                          QStringLiteral("kube-system"), QStringLiteral("seen-only")}));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString() !=
            model.index(4, 0).data(Qt::ToolTipRole).toString());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    connection.sendDeltas(k8s::resources::namespaces(),
                          {k8s::WatchDelta{k8s::WatchDelta::Type::Deleted, namespaceObject("keda")},
                           k8s::WatchDelta{k8s::WatchDelta::Type::Added, namespaceObject("apps")}});
    QCOMPARE(rows(model),
             QStringList({QStringLiteral("All namespaces"), QStringLiteral("apps"), QStringLiteral("default"),
                          QStringLiteral("kube-system"), QStringLiteral("seen-only")}));
    // A new list drops what it no longer has, but never a namespace seen on an object.
    connection.sendSync(k8s::resources::namespaces(), {namespaceObject("default")});
    QCOMPARE(rows(model), QStringList({QStringLiteral("All namespaces"), QStringLiteral("default"),
                                       QStringLiteral("seen-only")}));
    connection.sendSync(k8s::resources::namespaces(), {});
    QCOMPARE(rows(model), QStringList({QStringLiteral("All namespaces"), QStringLiteral("seen-only")}));
    QCOMPARE(reset.count(), 0);
}

QTEST_GUILESS_MAIN(TestNamespaceModel)
#include "tst_namespacemodel.moc"
