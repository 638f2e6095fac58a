// SPDX-License-Identifier: Apache-2.0
// The shared row bookkeeping of ObjectTableModel, driven through ScaledObjectModel and the fake connection.
#include "helpers/fakeclusterconnection.h"
#include "helpers/objectfactory.h"
#include "models/scaledobjectmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kedascope;
using models::ScaledObjectColumn::Column;
namespace Col = models::ScaledObjectColumn;

namespace {

const k8s::ResourceType &soType()
{
    return k8s::resources::scaledObjects();
}

// Every signal a table model can send, to assert exactly which ones a change produced.
struct ModelSpies
{
    explicit ModelSpies(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset), inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved), changed(model, &QAbstractItemModel::dataChanged),
          moved(model, &QAbstractItemModel::rowsMoved), layout(model, &QAbstractItemModel::layoutChanged)
    {}
    void clear()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
        moved.clear();
        layout.clear();
    }
    QSignalSpy reset, inserted, removed, changed, moved, layout;
};

QString nameAt(const QAbstractItemModel &model, int row)
{
    return model.index(row, Col::Name).data().toString();
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(nameAt(model, row));
    return result;
}

// Every row is where the key index says it is.
bool indexIsConsistent(const models::ObjectTableModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto *entry = model.rowAt(row);
        if (model.rowOf(entry->ns, entry->name) != row)
            return false;
    }
    return true;
}

models::ObjectList fiveObjects()
{
    models::ObjectList objects;
    for (const char *name : {"a", "b", "c", "d", "e"})
        objects.push_back(test::scaledObject("default", name, "1"));
    return objects;
}

} // namespace

class TestObjectTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstSyncIsOneReset();
    void deltaBatchSendsRowLevelSignals();
    void unchangedResourceVersionSendsNothing();
    void resyncAddsRemovesAndChangesRowsWithoutReset();
    void deltasForUnknownObjectsAreUpsertsOrIgnored();
    void addedAndDeletedInOneBatchLeavesNoTrace();
    void onlyFollowsItsOwnResourceType();
    void reportsNewNamespacesOnce();
    void changesWaitForABackgroundParse();
    void newListWhileParsingSupersedesWaitingChanges();
    void tenThousandObjectsSync();
    void twentyThousandDeltasInOneBatch();
};

void TestObjectTableModel::firstSyncIsOneReset()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    ModelSpies spies(&model);

    connection.sendSync(soType(), fiveObjects());

    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(Col::Count));
    QCOMPARE(names(model), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                        QStringLiteral("d"), QStringLiteral("e")}));
    QVERIFY(model.hasSynced());
    QVERIFY(indexIsConsistent(model));
}

void TestObjectTableModel::deltaBatchSendsRowLevelSignals()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.sendSync(soType(), fiveObjects());
    ModelSpies spies(&model);

    connection.sendDeltas(soType(), {test::modified(test::scaledObject("default", "b", "2", 20)),
                                     test::deleted(test::scaledObject("default", "c", "1")),
                                     test::added(test::scaledObject("default", "f", "3")),
                                     test::modified(test::scaledObject("default", "d", "4", 40)),
                                     test::added(test::scaledObject("default", "g", "5"))});

    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 2);
    QCOMPARE(spies.removed.at(0).at(2).toInt(), 2);
    // b and d are now neighbours (rows 1 and 2): one range.
    QCOMPARE(spies.changed.count(), 1);
    const auto topLeft = spies.changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = spies.changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 2);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), int(Col::Count) - 1);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 5);
    QCOMPARE(spies.moved.count() + spies.layout.count(), 0);

    QCOMPARE(names(model), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"),
                                        QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")}));
    QCOMPARE(model.index(1, Col::MaxReplicas).data().toString(), QStringLiteral("20"));
    QCOMPARE(model.index(2, Col::MaxReplicas).data().toString(), QStringLiteral("40"));
    QVERIFY(indexIsConsistent(model));

    // Changes far apart are separate ranges.
    spies.clear();
    connection.sendDeltas(soType(), {test::modified(test::scaledObject("default", "a", "6", 7)),
                                     test::modified(test::scaledObject("default", "g", "7", 8))});
    QCOMPARE(spies.changed.count(), 2);
    QList<int> rows;
    for (const auto &arguments : std::as_const(spies.changed)) {
        QCOMPARE(arguments.at(0).value<QModelIndex>().row(), arguments.at(1).value<QModelIndex>().row());
        rows.append(arguments.at(0).value<QModelIndex>().row());
    }
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, QList<int>({0, 5}));
    QCOMPARE(spies.inserted.count() + spies.removed.count() + spies.reset.count(), 0);
}

void TestObjectTableModel::unchangedResourceVersionSendsNothing()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.sendSync(soType(), fiveObjects());
    ModelSpies spies(&model);

    connection.sendDeltas(soType(), {test::modified(test::scaledObject("default", "b", "1"))});
    connection.sendSync(soType(), fiveObjects());

    QCOMPARE(spies.changed.count() + spies.inserted.count() + spies.removed.count() + spies.reset.count(), 0);
}

void TestObjectTableModel::resyncAddsRemovesAndChangesRowsWithoutReset()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.sendSync(soType(), fiveObjects());
    ModelSpies spies(&model);

    // After a 410 the informer lists again: c and e are gone, b changed, x and y are new.
    connection.sendSync(soType(),
                        {test::scaledObject("default", "a", "1"), test::scaledObject("default", "b", "9", 3),
                         test::scaledObject("default", "x", "10"), test::scaledObject("default", "d", "1"),
                         test::scaledObject("default", "y", "11")});

    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 2); // e (row 4) then c (row 2): separate rows
    QCOMPARE(spies.removed.at(0).at(1).toInt(), 4);
    QCOMPARE(spies.removed.at(1).at(1).toInt(), 2);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(spies.changed.at(0).at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(names(model), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"),
                                        QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(model.index(1, Col::MaxReplicas).data().toString(), QStringLiteral("3"));
    QVERIFY(indexIsConsistent(model));

    // A re-list that finds nothing empties the table row by row, still without a reset.
    spies.clear();
    connection.sendSync(soType(), {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 1);
    connection.sendSync(soType(), fiveObjects());
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(model.rowCount(), 5);
}

void TestObjectTableModel::deltasForUnknownObjectsAreUpsertsOrIgnored()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.sendSync(soType(), fiveObjects());
    ModelSpies spies(&model);

    connection.sendDeltas(soType(), {test::modified(test::scaledObject("default", "late", "5")),
                                     test::deleted(test::scaledObject("default", "never", "6")),
                                     test::added(test::scaledObject("default", "a", "7", 70))});

    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.removed.count(), 0);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.rowOf(QStringLiteral("default"), QStringLiteral("late")), 5);
    QCOMPARE(model.index(0, Col::MaxReplicas).data().toString(), QStringLiteral("70"));
}

void TestObjectTableModel::addedAndDeletedInOneBatchLeavesNoTrace()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.sendSync(soType(), fiveObjects());
    ModelSpies spies(&model);

    connection.sendDeltas(soType(), {test::added(test::scaledObject("default", "brief", "8")),
                                     test::modified(test::scaledObject("default", "brief", "9")),
                                     test::deleted(test::scaledObject("default", "brief", "9"))});

    QCOMPARE(spies.changed.count() + spies.inserted.count() + spies.removed.count() + spies.reset.count(), 0);
    QCOMPARE(model.rowCount(), 5);
}

void TestObjectTableModel::onlyFollowsItsOwnResourceType()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    connection.sendSync(k8s::resources::scaledJobs(), {test::scaledJob("default", "job", "1", "default")});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasSynced());
    connection.sendSync(soType(), fiveObjects());
    connection.sendDeltas(k8s::resources::scaledJobs(),
                          {test::deleted(test::scaledObject("default", "a", "1"))});
    QCOMPARE(model.rowCount(), 5);

    // A new connection (another context) starts empty and resets again on its first sync.
    test::FakeClusterConnection other;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setConnection(&other);
    QCOMPARE(model.rowCount(), 0);
    connection.sendSync(soType(), fiveObjects());
    QCOMPARE(model.rowCount(), 0);
    other.sendSync(soType(), {test::scaledObject("default", "z", "1")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(reset.count(), 2);
}

void TestObjectTableModel::reportsNewNamespacesOnce()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    model.setConnection(&connection);
    QSignalSpy seen(&model, &models::ObjectTableModel::namespacesSeen);

    connection.sendSync(soType(),
                        {test::scaledObject("team-a", "one", "1"), test::scaledObject("team-b", "two", "1"),
                         test::scaledObject("team-a", "three", "1")});
    QCOMPARE(seen.count(), 1);
    QCOMPARE(seen.at(0).at(0).toStringList(),
             QStringList({QStringLiteral("team-a"), QStringLiteral("team-b")}));

    connection.sendDeltas(soType(), {test::added(test::scaledObject("team-a", "four", "2")),
                                     test::added(test::scaledObject("team-c", "five", "3"))});
    QCOMPARE(seen.count(), 2);
    QCOMPARE(seen.at(1).at(0).toStringList(), QStringList({QStringLiteral("team-c")}));
}

void TestObjectTableModel::changesWaitForABackgroundParse()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundParseThreshold(3);
    model.setConnection(&connection);
    QSignalSpy caughtUp(&model, &models::ObjectTableModel::caughtUp);
    ModelSpies spies(&model);

    connection.sendSync(soType(), fiveObjects());
    QVERIFY(model.isParsing());
    connection.sendDeltas(soType(), {test::modified(test::scaledObject("default", "b", "2", 20)),
                                     test::added(test::scaledObject("default", "f", "3"))});
    connection.sendDeltas(soType(), {test::deleted(test::scaledObject("default", "e", "4"))});
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(caughtUp.wait(10000));
    QCOMPARE(caughtUp.count(), 1);
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(spies.changed.count(), 1);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(names(model), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                        QStringLiteral("d"), QStringLiteral("f")}));
    QCOMPARE(model.index(1, Col::MaxReplicas).data().toString(), QStringLiteral("20"));

    // A large batch of changes is parsed in the background too, still without a reset.
    spies.clear();
    connection.sendDeltas(soType(), {test::modified(test::scaledObject("default", "a", "5", 1)),
                                     test::modified(test::scaledObject("default", "c", "5", 3)),
                                     test::added(test::scaledObject("default", "g", "5")),
                                     test::deleted(test::scaledObject("default", "d", "5"))});
    QVERIFY(model.isParsing());
    QVERIFY(caughtUp.wait(10000));
    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.removed.count(), 1);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(names(model), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                        QStringLiteral("f"), QStringLiteral("g")}));
    QCOMPARE(model.index(2, Col::MaxReplicas).data().toString(), QStringLiteral("3"));
    QVERIFY(indexIsConsistent(model));
}

void TestObjectTableModel::newListWhileParsingSupersedesWaitingChanges()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundParseThreshold(3);
    model.setConnection(&connection);
    QSignalSpy caughtUp(&model, &models::ObjectTableModel::caughtUp);

    connection.sendSync(soType(), fiveObjects());
    connection.sendDeltas(soType(), {test::added(test::scaledObject("default", "stale", "2"))});
    connection.sendSync(soType(),
                        {test::scaledObject("default", "a", "1"), test::scaledObject("default", "z", "6")});
    QVERIFY(caughtUp.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isParsing(), 10000);
    QCOMPARE(names(model), QStringList({QStringLiteral("a"), QStringLiteral("z")}));
}

void TestObjectTableModel::tenThousandObjectsSync()
{
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConnection(&connection);
    QSignalSpy seen(&model, &models::ObjectTableModel::namespacesSeen);
    ModelSpies spies(&model);

    QSignalSpy caughtUp(&model, &models::ObjectTableModel::caughtUp);
    connection.sendSync(soType(), test::manyScaledObjects(10000, 200, "1"));

    // Parsed on a worker thread: the table fills when that is done.
    QVERIFY(model.isParsing());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(caughtUp.wait(60000));
    QVERIFY(!model.isParsing());
    QCOMPARE(spies.reset.count(), 1);
    QCOMPARE(spies.inserted.count(), 0);
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(seen.count(), 1);
    QCOMPARE(seen.at(0).at(0).toStringList().size(), 200);
    QVERIFY(indexIsConsistent(model));
    QCOMPARE(model.rowOf(QStringLiteral("ns-17"), QStringLiteral("so-9817")), 9817);
    QCOMPARE(model.index(9817, Col::Namespace).data().toString(), QStringLiteral("ns-17"));
    QCOMPARE(model.index(9817, Col::Triggers).data().toString(), QStringLiteral("kafka"));
}

void TestObjectTableModel::twentyThousandDeltasInOneBatch()
{
    // No QAbstractItemModelTester here: it re-checks every index after each of the 5,000 removals
    // (the smaller tests above run the same code under it).
    test::FakeClusterConnection connection;
    models::ScaledObjectModel model;
    model.setConnection(&connection);
    QSignalSpy caughtUp(&model, &models::ObjectTableModel::caughtUp);
    connection.sendSync(soType(), test::manyScaledObjects(10000, 200, "1"));
    QVERIFY(caughtUp.wait(60000));
    QCOMPARE(model.rowCount(), 10000);
    ModelSpies spies(&model);

    // Every object changes, every odd one is then deleted, and 5,000 new ones arrive.
    models::DeltaList batch;
    batch.reserve(20000);
    for (int i = 0; i < 10000; ++i)
        batch.push_back(test::modified(
            test::scaledObject("ns-" + std::to_string(i % 200), "so-" + std::to_string(i), "2", 11 + i % 7)));
    for (int i = 1; i < 10000; i += 2)
        batch.push_back(test::deleted(
            test::scaledObject("ns-" + std::to_string(i % 200), "so-" + std::to_string(i), "3")));
    for (auto &object : test::manyScaledObjects(5000, 200, "4", 10000))
        batch.push_back(test::added(std::move(object)));
    QCOMPARE(batch.size(), size_t(20000));

    connection.sendDeltas(soType(), batch);
    QVERIFY(model.isParsing()); // 10,000 objects to parse: off the GUI thread
    QVERIFY(caughtUp.wait(60000));

    QCOMPARE(spies.reset.count(), 0);
    QCOMPARE(spies.inserted.count(), 1);
    QCOMPARE(spies.inserted.at(0).at(1).toInt(), 5000);
    QCOMPARE(spies.inserted.at(0).at(2).toInt(), 9999);
    QCOMPARE(spies.removed.count(), 5000); // the odd rows are not neighbours
    QCOMPARE(model.rowCount(), 10000);
    QVERIFY(indexIsConsistent(model));
    int changedRows = 0;
    for (const auto &arguments : std::as_const(spies.changed))
        changedRows +=
            arguments.at(1).value<QModelIndex>().row() - arguments.at(0).value<QModelIndex>().row() + 1;
    QCOMPARE(changedRows, 5000);
    for (int row = 0; row < 5000; ++row) {
        const int i = row * 2;
        QCOMPARE(nameAt(model, row), QStringLiteral("so-%1").arg(i));
        QCOMPARE(model.index(row, Col::MaxReplicas).data(models::SortRole).toLongLong(), qint64(11 + i % 7));
    }
    QCOMPARE(nameAt(model, 5000), QStringLiteral("so-10000"));
    QCOMPARE(nameAt(model, 9999), QStringLiteral("so-14999"));
}

QTEST_GUILESS_MAIN(TestObjectTableModel)
#include "tst_objecttablemodel.moc"
