// SPDX-License-Identifier: Apache-2.0
// EventLogModel on the in-memory cluster: which events count as news when two APIs list the same Events.
#include "helpers/fakeclusterconnection.h"
#include "models/eventlogmodel.h"

#include "k8sclient/resourcetype.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kedascope;

namespace {

k8s::CachedObject coreEvent(const std::string &uid, const std::string &object, int count)
{
    k8s::CachedObject event;
    event.ns = "team-a";
    event.name = uid;
    event.uid = uid;
    event.json = R"({"apiVersion":"v1","kind":"Event","metadata":{"namespace":"team-a","name":")" + uid +
                 R"(","uid":")" + uid + R"("},"reason":"KEDAScalerFailed","type":"Warning","message":"broker down",)" +
                 R"("involvedObject":{"kind":"ScaledObject","namespace":"team-a","name":")" + object +
                 R"("},"count":)" + std::to_string(count) +
                 R"(,"firstTimestamp":"2026-12-07T06:00:00Z","lastTimestamp":"2026-12-07T06:0)" +
                 std::to_string(count) + R"(:00Z"})";
    return event;
}

k8s::CachedObject eventsV1Event(const std::string &uid, const std::string &object)
{
    k8s::CachedObject event;
    event.ns = "team-a";
    event.name = uid;
    event.uid = uid;
    event.json = R"({"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"namespace":"team-a","name":")" +
                 uid + R"(","uid":")" + uid + R"("},"reason":"KEDAScalerFailed","type":"Warning","note":"broker down",)" +
                 R"("regarding":{"kind":"ScaledObject","namespace":"team-a","name":")" + object +
                 R"("},"deprecatedCount":1,"deprecatedFirstTimestamp":"2026-12-07T06:00:00Z",)" +
                 R"("deprecatedLastTimestamp":"2026-12-07T06:01:00Z"})";
    return event;
}

QStringList namesOf(const QSignalSpy &spy)
{
    QStringList names;
    for (const QList<QVariant> &signal : spy) {
        for (const models::TimelineEvent &event : signal.at(0).value<models::TimelineEvents>())
            names << event.objectName;
    }
    return names;
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<k8s::ResourceType>(); }
    void firstListIsHistory();
    void eventCreatedBetweenTheTwoListsIsNews();
    void sameEventThroughBothApisIsOneRow();
    void watchedChangesAreNews();
    void restartMakesTheNextListHistoryAgain();
};

void TestEventLogModel::firstListIsHistory()
{
    test::FakeClusterConnection cluster;
    models::EventLogModel log(&cluster);
    QSignalSpy arrived(&log, &models::EventLogModel::eventsArrived);
    log.start();
    cluster.sendSync(k8s::resources::coreEvents(), {coreEvent("u1", "orders", 1), coreEvent("u2", "billing", 1)});
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(arrived.count(), 0);
}

void TestEventLogModel::eventCreatedBetweenTheTwoListsIsNews()
{
    test::FakeClusterConnection cluster;
    models::EventLogModel log(&cluster);
    QSignalSpy arrived(&log, &models::EventLogModel::eventsArrived);
    log.start();
    cluster.sendSync(k8s::resources::eventsV1(), {eventsV1Event("u1", "orders")});
    // "flap" was created after events.k8s.io listed and before core v1 did.
    cluster.sendSync(k8s::resources::coreEvents(), {coreEvent("u1", "orders", 1), coreEvent("u9", "flap", 1)});
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(namesOf(arrived), QStringList{QStringLiteral("flap")});

    // events.k8s.io's watch then reports it too: the same sighting, not news twice.
    cluster.sendDeltas(k8s::resources::eventsV1(), {{k8s::WatchDelta::Type::Added, eventsV1Event("u9", "flap")}});
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(log.rowCount(), 2);
}

void TestEventLogModel::sameEventThroughBothApisIsOneRow()
{
    test::FakeClusterConnection cluster;
    models::EventLogModel log(&cluster);
    QSignalSpy arrived(&log, &models::EventLogModel::eventsArrived);
    log.start();
    cluster.sendSync(k8s::resources::coreEvents(), {coreEvent("u1", "orders", 1)});
    cluster.sendSync(k8s::resources::eventsV1(), {eventsV1Event("u1", "orders")});
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(arrived.count(), 0);
    QCOMPARE(log.index(0, 0).data(models::EventLogModel::MessageRole).toString(), QStringLiteral("broker down"));
}

void TestEventLogModel::watchedChangesAreNews()
{
    test::FakeClusterConnection cluster;
    models::EventLogModel log(&cluster);
    QSignalSpy arrived(&log, &models::EventLogModel::eventsArrived);
    log.start();
    cluster.sendSync(k8s::resources::coreEvents(), {coreEvent("u1", "orders", 1)});
    cluster.sendDeltas(k8s::resources::coreEvents(), {{k8s::WatchDelta::Type::Modified, coreEvent("u1", "orders", 3)}});
    QCOMPARE(namesOf(arrived), QStringList{QStringLiteral("orders")});
    QCOMPARE(log.index(0, 0).data(models::EventLogModel::CountRole).toInt(), 3);

    // A re-list after the watch expired: the repeat it carries is news, the unchanged row is not.
    cluster.sendSync(k8s::resources::coreEvents(), {coreEvent("u1", "orders", 4), coreEvent("u2", "billing", 1)});
    QCOMPARE(namesOf(arrived), (QStringList{QStringLiteral("orders"), QStringLiteral("orders"),
                                            QStringLiteral("billing")}));
    cluster.sendSync(k8s::resources::coreEvents(), {coreEvent("u1", "orders", 4), coreEvent("u2", "billing", 1)});
    QCOMPARE(arrived.count(), 2);

    // An expired Event stays in the log.
    cluster.sendDeltas(k8s::resources::coreEvents(), {{k8s::WatchDelta::Type::Deleted, coreEvent("u2", "billing", 1)}});
    QCOMPARE(log.rowCount(), 2);
}

void TestEventLogModel::restartMakesTheNextListHistoryAgain()
{
    test::FakeClusterConnection cluster;
    models::EventLogModel log(&cluster);
    QSignalSpy arrived(&log, &models::EventLogModel::eventsArrived);
    log.start();
    cluster.sendSync(k8s::resources::coreEvents(), {coreEvent("u1", "orders", 1)});
    log.start(QStringLiteral("team-a"));
    QCOMPARE(log.rowCount(), 0);
    QCOMPARE(cluster.watchedNamespace(k8s::resources::coreEvents()), QStringLiteral("team-a"));
    cluster.sendSync(k8s::resources::coreEvents(), {coreEvent("u1", "orders", 1), coreEvent("u2", "billing", 1)});
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(arrived.count(), 0);
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
