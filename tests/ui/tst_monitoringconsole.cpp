// SPDX-License-Identifier: Apache-2.0
// The console's monitoring docks against the real in-process kedascope-sim over HTTPS on 127.0.0.1:
// the events console (both event APIs merged into one row per event, repeats counted on their row,
// every filter, jumping to the object, copying), desktop notifications that a flapping scaler cannot
// flood, and the external metrics API read only for the charts on screen.
#include "models/contextlistmodel.h"
#include "models/eventfilterproxy.h"
#include "models/eventlogmodel.h"
#include "models/notificationpolicy.h"
#include "models/metricstore.h"
#include "models/objectdetailsloader.h"
#include "models/objectroles.h"
#include "sim/simserver.h"
#include "support/testsupport.h"
#include "ui/consolewindow.h"
#include "ui/contexttab.h"
#include "ui/eventnotifier.h"
#include "ui/eventsconsole.h"
#include "ui/fleetmodel.h"
#include "ui/fleetview.h"
#include "ui/monitoringcontroller.h"
#include "ui/monitoringsources.h"
#include "ui/objectchartpanel.h"
#include "models/externalmetricpoller.h"
#include "models/kedaoperatormetrics.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/json.h"
#include "k8sclient/kubeconfig.h"

#include <QClipboard>
#include <QDateTime>
#include <QDockWidget>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <memory>
#include <set>
#include <string>
#include <thread>

using namespace kedascope;

namespace {

constexpr int timeoutMs = 20000;
const QString teamA = QStringLiteral("team-000");
const QString teamB = QStringLiteral("team-001");

k8s::Kubeconfig::LoadOptions loadOptions(const QTemporaryDir &dir)
{
    k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    return options;
}

std::string isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate).toStdString();
}

// Writes and reads events as the KEDA operator and kubectl would, on a thread of their own.
class EventWriter
{
public:
    explicit EventWriter(const QTemporaryDir &dir)
        : m_client(test::clientFor(loadOptions(dir).explicitPath, "sim-admin"))
    {
    }

    struct CoreEvent
    {
        std::string name;
        std::string ns;
        std::string kind = "ScaledObject";
        std::string object;
        std::string reason;
        std::string type = "Warning";
        std::string message;
        int count = 1;
        QDateTime first = QDateTime::currentDateTimeUtc();
        QDateTime last = QDateTime::currentDateTimeUtc();
        std::string source = "keda-operator";
    };

    bool create(const CoreEvent &e) const
    {
        const std::string body =
            R"({"apiVersion":"v1","kind":"Event","metadata":{"name":")" + e.name + R"(","namespace":")" + e.ns +
            R"("},"involvedObject":{"kind":")" + e.kind + R"(","name":")" + e.object + R"(","namespace":")" + e.ns +
            R"("},"reason":")" + e.reason + R"(","type":")" + e.type + R"(","message":")" + e.message +
            R"(","count":)" + std::to_string(e.count) + R"(,"firstTimestamp":")" + isoTime(e.first) +
            R"(","lastTimestamp":")" + isoTime(e.last) + R"(","source":{"component":")" + e.source + R"("}})";
        return call([&] { return bool(m_client->create(k8s::resources::coreEvents(), e.ns, body)); });
    }

    // What the event recorder does when the same event happens again.
    bool repeat(const std::string &ns, const std::string &name, int count, const QDateTime &last) const
    {
        const std::string body =
            R"({"count":)" + std::to_string(count) + R"(,"lastTimestamp":")" + isoTime(last) + R"("})";
        return call([&] {
            return bool(m_client->patch(k8s::resources::coreEvents(), ns, name, k8s::PatchType::Merge, body));
        });
    }

    // The events a KEDA-aware log should hold: about KEDA's kinds, its HPAs, or from its operator.
    std::set<std::string> kedaEventUids() const
    {
        std::set<std::string> uids;
        call([&] {
            const auto page = m_client->listAll(k8s::resources::coreEvents(), {}, {});
            if (!page)
                return false;
            for (const std::string &item : page.value().items) {
                const auto doc = k8s::json::parse(item);
                if (!doc)
                    return false;
                const std::string kind = k8s::json::stringAt(*doc, "involvedObject.kind");
                const std::string name = k8s::json::stringAt(*doc, "involvedObject.name");
                const bool keda = kind == "ScaledObject" || kind == "ScaledJob" || kind == "TriggerAuthentication" ||
                                  kind == "ClusterTriggerAuthentication" ||
                                  (kind == "HorizontalPodAutoscaler" && name.rfind("keda-hpa-", 0) == 0) ||
                                  k8s::json::stringAt(*doc, "source.component") == "keda-operator";
                if (keda)
                    uids.insert(k8s::json::stringAt(*doc, "metadata.uid"));
            }
            return true;
        });
        return uids;
    }

private:
    template<typename Call>
    bool call(Call &&work) const
    {
        bool ok = false;
        std::thread worker([&] { ok = work(); });
        worker.join();
        return ok;
    }

    std::shared_ptr<k8s::ApiClient> m_client;
};

int rowOfReason(const QAbstractItemModel *model, const QString &reason, const QString &object)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(models::EventLogModel::ReasonRole).toString() == reason &&
            index.data(models::EventLogModel::ObjectNameRole).toString() == object)
            return row;
    }
    return -1;
}

QSet<QString> valuesOf(const QAbstractItemModel *model, int role)
{
    QSet<QString> values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.insert(model->index(row, 0).data(role).toString());
    return values;
}

models::TimelineEvent failure(const QString &ns, const QString &name, const QString &reason = QStringLiteral("KEDAScalerFailed"))
{
    models::TimelineEvent event;
    event.reason = reason;
    event.warning = true;
    event.objectKind = QStringLiteral("ScaledObject");
    event.objectNamespace = ns;
    event.objectName = name;
    event.message = QStringLiteral("error reading queue of ") + name;
    event.uid = ns + QLatin1Char('/') + name + QLatin1Char('/') + reason;
    return event;
}

} // namespace

class TestMonitoringConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void policyNotifiesOnlyTheChosenReasons();
    void policyLetsOneNotificationPerObjectThroughPerInterval();
    void policyGroupsManyObjectsIntoOne();
    void policyWaitsForTheBatchWindow();
    void mergesBothApisAndCountsRepeatsOnOneRow();
    void filtersNarrowTheLog();
    void jumpsToTheObjectAndCopiesRows();
    void flappingScalerNotifiesOnce();
    void readsExternalMetricsOnlyForChartsOnScreen();
    void fleetRanksEveryObjectByItsTarget();

private:
    struct Console
    {
        QTemporaryDir dir;
        std::unique_ptr<sim::SimServer> server;
        models::ContextListModel contexts;
        std::unique_ptr<ui::ConsoleWindow> window;
        ui::MonitoringController *monitoring = nullptr;
        ui::ContextTab *tab = nullptr;
        models::EventLogModel *log = nullptr;
    };
    // Seeded objects without KEDA's controller, or (demo) the built-in scenario with it.
    std::unique_ptr<Console> openConsole(bool demo = false);

    QTemporaryDir m_configHome;
};

void TestMonitoringConsole::initTestCase()
{
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", m_configHome.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("KedascopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_monitoringconsole"));
}

void TestMonitoringConsole::init()
{
    QSettings().clear();
}

void TestMonitoringConsole::policyNotifiesOnlyTheChosenReasons()
{
    models::NotificationPolicy policy;
    policy.setBatchWindowMs(0);
    QSignalSpy notified(&policy, &models::NotificationPolicy::notify);
    policy.offer({failure(teamA, QStringLiteral("orders")),
                  failure(teamA, QStringLiteral("orders"), QStringLiteral("KEDAScaleTargetActivated"))});
    QCOMPARE(notified.count(), 1);
    const auto first = notified.at(0).at(0).value<models::Notification>();
    QCOMPARE(first.title, QStringLiteral("KEDAScalerFailed: team-000/orders"));
    QCOMPARE(first.message, QStringLiteral("error reading queue of orders"));
    QVERIFY(first.warning);

    policy.setReasons({QStringLiteral("KEDAScaleTargetActivated")});
    policy.offer({failure(teamA, QStringLiteral("billing")),
                  failure(teamA, QStringLiteral("billing"), QStringLiteral("KEDAScaleTargetActivated"))});
    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(1).at(0).value<models::Notification>().title,
             QStringLiteral("KEDAScaleTargetActivated: team-000/billing"));

    policy.setEnabled(false);
    policy.offer({failure(teamA, QStringLiteral("invoices"), QStringLiteral("KEDAScaleTargetActivated"))});
    QCOMPARE(notified.count(), 2);
}

void TestMonitoringConsole::policyLetsOneNotificationPerObjectThroughPerInterval()
{
    models::NotificationPolicy policy;
    policy.setBatchWindowMs(0);
    policy.setPerObjectIntervalMs(5 * 60 * 1000);
    qint64 now = 1'000'000;
    policy.setClock([&now] { return now; });
    QSignalSpy notified(&policy, &models::NotificationPolicy::notify);

    for (int flap = 0; flap < 30; ++flap) {
        policy.offer({failure(teamA, QStringLiteral("orders"))});
        now += 5000;
    }
    QCOMPARE(notified.count(), 1); // 30 failures in 150 s: one notification
    policy.offer({failure(teamA, QStringLiteral("payments"))});
    QCOMPARE(notified.count(), 2); // another object is not held back
    policy.offer({failure(teamA, QStringLiteral("orders"), QStringLiteral("ScaledObjectFallbackActivated"))});
    QCOMPARE(notified.count(), 3); // nor another reason for the same object

    now += 5 * 60 * 1000;
    policy.offer({failure(teamA, QStringLiteral("orders"))});
    QCOMPARE(notified.count(), 4); // still failing five minutes later: told again
    QCOMPARE(notified.at(3).at(0).value<models::Notification>().title,
             QStringLiteral("KEDAScalerFailed: team-000/orders"));
}

void TestMonitoringConsole::policyGroupsManyObjectsIntoOne()
{
    models::NotificationPolicy policy;
    policy.setBatchWindowMs(0);
    QSignalSpy notified(&policy, &models::NotificationPolicy::notify);
    models::TimelineEvents outage;
    for (int i = 0; i < 8; ++i)
        outage.push_back(failure(teamB, QStringLiteral("worker-%1").arg(i)));
    outage.push_back(failure(teamB, QStringLiteral("worker-0"), QStringLiteral("ScaledObjectFallbackActivated")));
    policy.offer(outage);

    QCOMPARE(notified.count(), 2);
    const auto grouped = notified.at(0).at(0).value<models::Notification>();
    QCOMPARE(grouped.title, QStringLiteral("8 objects: KEDAScalerFailed"));
    QCOMPARE(grouped.message, QStringLiteral("team-001/worker-0, team-001/worker-1, team-001/worker-2, "
                                             "team-001/worker-3, team-001/worker-4, and 3 more"));
    QCOMPARE(int(grouped.events.size()), 8);
    QCOMPARE(notified.at(1).at(0).value<models::Notification>().title,
             QStringLiteral("ScaledObjectFallbackActivated: team-001/worker-0"));

    // Three objects are not yet "many": each is told on its own.
    models::NotificationPolicy few;
    few.setBatchWindowMs(0);
    QSignalSpy fewNotified(&few, &models::NotificationPolicy::notify);
    few.offer({failure(teamA, QStringLiteral("a")), failure(teamA, QStringLiteral("b")),
               failure(teamA, QStringLiteral("c"))});
    QCOMPARE(fewNotified.count(), 3);
}

void TestMonitoringConsole::policyWaitsForTheBatchWindow()
{
    models::NotificationPolicy policy;
    policy.setBatchWindowMs(60 * 1000); // long enough that only flush() can end it here
    QSignalSpy notified(&policy, &models::NotificationPolicy::notify);
    for (int i = 0; i < 5; ++i)
        policy.offer({failure(teamA, QStringLiteral("svc-%1").arg(i))});
    QCOMPARE(notified.count(), 0);
    policy.flush();
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notified.at(0).at(0).value<models::Notification>().title, QStringLiteral("5 objects: KEDAScalerFailed"));

    policy.setBatchWindowMs(10);
    policy.offer({failure(teamA, QStringLiteral("late"))});
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 2, timeoutMs);
}

std::unique_ptr<TestMonitoringConsole::Console> TestMonitoringConsole::openConsole(bool demo)
{
    auto console = std::make_unique<Console>();
    if (!console->dir.isValid())
        qFatal("no temporary directory");
    sim::SimOptions options;
    options.kubeconfigOut = console->dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    options.scaledObjects = demo ? 0 : 12;
    options.namespaces = 2;
    options.keda = demo;
    console->server = std::make_unique<sim::SimServer>(options);
    if (const auto started = console->server->start(); !started)
        qFatal("sim: %s", started.error().message.c_str());
    auto config = k8s::Kubeconfig::load(loadOptions(console->dir));
    if (!config)
        qFatal("kubeconfig: %s", config.error().message.c_str());
    console->window = std::make_unique<ui::ConsoleWindow>(&console->contexts);
    console->window->setKubeconfig(config.value(), QString(), loadOptions(console->dir));
    console->monitoring = console->window->findChild<ui::MonitoringController *>();
    console->window->show();
    console->tab = console->window->openContext(QStringLiteral("sim-admin"));
    if (console->tab && console->monitoring)
        console->log = console->monitoring->eventLog(console->tab);
    return console;
}

void TestMonitoringConsole::mergesBothApisAndCountsRepeatsOnOneRow()
{
    auto console = openConsole();
    QVERIFY(console->tab && console->monitoring && console->log);
    EventWriter writer(console->dir);
    const std::set<std::string> expected = writer.kedaEventUids();
    QVERIFY(expected.size() > 20);

    // Each seeded event is visible through events.k8s.io/v1 and core v1; the log has it once.
    QTRY_COMPARE_WITH_TIMEOUT(console->log->rowCount(), int(expected.size()), timeoutMs);
    std::set<std::string> shown;
    for (int row = 0; row < console->log->rowCount(); ++row)
        shown.insert(console->log->index(row, 0).data(models::EventLogModel::UidRole).toString().toStdString());
    QVERIFY(shown == expected);

    QSignalSpy arrived(console->log, &models::EventLogModel::eventsArrived);
    const QDateTime first = QDateTime::currentDateTimeUtc().addSecs(-120);
    EventWriter::CoreEvent failed{"orders-consumer-0000.flap", teamA.toStdString(), "ScaledObject",
                                  "orders-consumer-0000", "KEDAScalerFailed", "Warning",
                                  "error getting metric for scaler kafka: broker unreachable", 1, first, first};
    QVERIFY(writer.create(failed));
    // Events about other workloads are not the console's business.
    QVERIFY(writer.create({"web.oom", teamA.toStdString(), "Pod", "web-0", "OOMKilling", "Warning", "oom", 1,
                           first, first, "kubelet"}));
    QTRY_COMPARE_WITH_TIMEOUT(console->log->rowCount(), int(expected.size()) + 1, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), timeoutMs);
    const auto news = arrived.takeFirst().at(0).value<models::TimelineEvents>();
    QCOMPARE(int(news.size()), 1);
    QCOMPARE(news.front().reason, QStringLiteral("KEDAScalerFailed"));
    QVERIFY(news.front().warning);

    const int row = rowOfReason(console->log, QStringLiteral("KEDAScalerFailed"), QStringLiteral("orders-consumer-0000"));
    QVERIFY(row >= 0);
    QCOMPARE(console->log->index(row, 0).data(models::EventLogModel::CountRole).toInt(), 1);

    const QDateTime later = first.addSecs(90);
    QVERIFY(writer.repeat(failed.ns, failed.name, 4, later));
    QTRY_COMPARE_WITH_TIMEOUT(console->log->index(row, 0).data(models::EventLogModel::CountRole).toInt(), 4, timeoutMs);
    QCOMPARE(console->log->rowCount(), int(expected.size()) + 1);
    const QModelIndex repeated = console->log->index(row, 0);
    QCOMPARE(repeated.data(models::EventLogModel::FirstSeenMsRole).toLongLong() / 1000, first.toSecsSinceEpoch());
    QCOMPARE(repeated.data(models::EventLogModel::LastSeenMsRole).toLongLong() / 1000, later.toSecsSinceEpoch());
    QCOMPARE(console->log->index(row, models::EventLogModel::CountColumn).data().toInt(), 4);
    QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), timeoutMs); // a repeat is news too
    QCOMPARE(arrived.takeFirst().at(0).value<models::TimelineEvents>().front().count, 4);
}

void TestMonitoringConsole::filtersNarrowTheLog()
{
    auto console = openConsole();
    QVERIFY(console->tab && console->monitoring && console->log);
    EventWriter writer(console->dir);
    const int seeded = int(writer.kedaEventUids().size());
    QTRY_COMPARE_WITH_TIMEOUT(console->log->rowCount(), seeded, timeoutMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(writer.create({"payments-0.old", teamB.toStdString(), "ScaledObject", "payments-worker-0001",
                           "KEDAScalerFailed", "Warning", "timeout talking to redis-cluster-7", 1, now.addSecs(-3 * 3600),
                           now.addSecs(-3 * 3600)}));
    QVERIFY(writer.create({"payments-0.new", teamB.toStdString(), "ScaledObject", "payments-worker-0001",
                           "ScaledObjectFallbackActivated", "Warning", "fallback to 4 replicas", 1, now, now}));
    QTRY_COMPARE_WITH_TIMEOUT(console->log->rowCount(), seeded + 2, timeoutMs);

    ui::EventsConsole *events = console->monitoring->events();
    QCOMPARE(events->model(), console->log);
    const QAbstractItemModel *shown = events->proxy();
    QCOMPARE(shown->rowCount(), seeded + 2);
    QVERIFY2(events->countText().startsWith(QStringLiteral("%1 of %1 ").arg(seeded + 2)), qPrintable(events->countText()));

    events->setNamespaceFilter(teamB);
    QVERIFY(shown->rowCount() > 2 && shown->rowCount() < seeded + 2);
    QCOMPARE(valuesOf(shown, models::EventLogModel::ObjectNamespaceRole), QSet<QString>{teamB});

    events->setObjectFilter(QStringLiteral("payments-worker-0001"));
    QCOMPARE(valuesOf(shown, models::EventLogModel::ObjectNameRole), QSet<QString>{QStringLiteral("payments-worker-0001")});
    const int aboutObject = shown->rowCount();
    QVERIFY(aboutObject >= 2);

    events->setTypeFilter(int(models::EventFilterProxy::TypeFilter::Warning));
    QCOMPARE(valuesOf(shown, models::EventLogModel::WarningRole), QSet<QString>{QStringLiteral("true")});
    QVERIFY(shown->rowCount() >= 2 && shown->rowCount() < aboutObject);

    events->setReasonFilter(QStringLiteral("ScaledObjectFallbackActivated"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, models::EventLogModel::MessageColumn).data().toString(),
             QStringLiteral("fallback to 4 replicas"));

    events->setReasonFilter(QString());
    events->setTextFilter(QStringLiteral("REDIS-CLUSTER-7"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(models::EventLogModel::ReasonRole).toString(), QStringLiteral("KEDAScalerFailed"));
    events->setTimeFilterMinutes(60);
    QCOMPARE(shown->rowCount(), 0); // three hours old
    events->setTimeFilterMinutes(360);
    QCOMPARE(shown->rowCount(), 1);
    QVERIFY2(events->countText().startsWith(QStringLiteral("1 of %1 ").arg(seeded + 2)), qPrintable(events->countText()));

    events->setTextFilter(QString());
    events->setTimeFilterMinutes(0);
    events->setTypeFilter(int(models::EventFilterProxy::TypeFilter::All));
    events->setObjectFilter(QString());
    events->setNamespaceFilter(QString());
    QCOMPARE(shown->rowCount(), seeded + 2);
}

void TestMonitoringConsole::jumpsToTheObjectAndCopiesRows()
{
    auto console = openConsole();
    QVERIFY(console->tab && console->monitoring && console->log);
    EventWriter writer(console->dir);
    const int seeded = int(writer.kedaEventUids().size());
    QTRY_COMPARE_WITH_TIMEOUT(console->log->rowCount(), seeded, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(console->tab->table()->model()->rowCount() > 0, timeoutMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(writer.create({"hpa.failed", teamB.toStdString(), "HorizontalPodAutoscaler",
                           "keda-hpa-payments-worker-0001", "FailedGetExternalMetric", "Warning",
                           "unable to get external metric", 1, now, now}));
    QTRY_COMPARE_WITH_TIMEOUT(console->log->rowCount(), seeded + 1, timeoutMs);

    ui::EventsConsole *events = console->monitoring->events();
    events->setReasonFilter(QStringLiteral("FailedGetExternalMetric"));
    QCOMPARE(events->proxy()->rowCount(), 1);
    QSignalSpy jumps(events, &ui::EventsConsole::jumpRequested);
    events->table()->setCurrentIndex(events->proxy()->index(0, 0));
    events->table()->selectRow(0);
    events->jumpToCurrent();
    QCOMPARE(jumps.count(), 1);
    QCOMPARE(jumps.at(0).at(0).toString(), QStringLiteral("HorizontalPodAutoscaler"));
    QCOMPARE(jumps.at(0).at(2).toString(), QStringLiteral("keda-hpa-payments-worker-0001"));

    // The HPA's event selects the ScaledObject KEDA made it for.
    QTableView *table = console->tab->table();
    QTRY_VERIFY_WITH_TIMEOUT(table->currentIndex().isValid(), timeoutMs);
    QCOMPARE(table->currentIndex().data(models::NameRole).toString(), QStringLiteral("payments-worker-0001"));
    QCOMPARE(table->currentIndex().data(models::NamespaceRole).toString(), teamB);

    QGuiApplication::clipboard()->clear();
    events->copySelected();
    const QStringList cells = QGuiApplication::clipboard()->text().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), 6);
    QCOMPARE(cells.at(1), QStringLiteral("Warning"));
    QCOMPARE(cells.at(2), QStringLiteral("FailedGetExternalMetric"));
    QCOMPARE(cells.at(3), QStringLiteral("HorizontalPodAutoscaler team-001/keda-hpa-payments-worker-0001"));
    QCOMPARE(cells.at(4), QStringLiteral("unable to get external metric"));
    QCOMPARE(cells.at(5), QStringLiteral("x1"));

    // A Pod is not a KEDA object: the console says so and keeps the selection.
    QVERIFY(!console->monitoring->jumpTo(QStringLiteral("Pod"), teamB, QStringLiteral("web-0")));
    QCOMPARE(table->currentIndex().data(models::NameRole).toString(), QStringLiteral("payments-worker-0001"));
}

void TestMonitoringConsole::flappingScalerNotifiesOnce()
{
    auto console = openConsole();
    QVERIFY(console->tab && console->monitoring && console->log);
    EventWriter writer(console->dir);
    const int seeded = int(writer.kedaEventUids().size());
    QTRY_COMPARE_WITH_TIMEOUT(console->log->rowCount(), seeded, timeoutMs);
    ui::EventNotifier *notifier = console->monitoring->notifier();
    QVERIFY(notifier->shownTitles().isEmpty()); // the initial list is history, not news
    notifier->policy()->setBatchWindowMs(0);
    QSignalSpy shownSpy(notifier, &ui::EventNotifier::shown);

    const QDateTime start = QDateTime::currentDateTimeUtc();
    EventWriter::CoreEvent flap{"orders.flap", teamA.toStdString(), "ScaledObject", "orders-consumer-0000",
                                "KEDAScalerFailed", "Warning", "broker unreachable", 1, start, start};
    QVERIFY(writer.create(flap));
    QTRY_COMPARE_WITH_TIMEOUT(shownSpy.count(), 1, timeoutMs);
    QCOMPARE(notifier->shownTitles(), QStringList{QStringLiteral("KEDAScalerFailed: team-000/orders-consumer-0000")});

    for (int count = 2; count <= 6; ++count)
        QVERIFY(writer.repeat(flap.ns, flap.name, count, start.addSecs(count * 10)));
    const int row = rowOfReason(console->log, QStringLiteral("KEDAScalerFailed"), QStringLiteral("orders-consumer-0000"));
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(console->log->index(row, 0).data(models::EventLogModel::CountRole).toInt(), 6, timeoutMs);

    // A reason nobody chose stays in the log only; a chosen one for another object is told.
    QVERIFY(writer.create({"orders.active", teamA.toStdString(), "ScaledObject", "orders-consumer-0000",
                           "KEDAScaleTargetActivated", "Normal", "scaled up", 1, start, start}));
    QVERIFY(writer.create({"billing.fallback", teamB.toStdString(), "ScaledObject", "payments-worker-0001",
                           "ScaledObjectFallbackActivated", "Warning", "fallback", 1, start, start}));
    QTRY_COMPARE_WITH_TIMEOUT(shownSpy.count(), 2, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(console->log->rowCount(), seeded + 3, timeoutMs);
    QCOMPARE(notifier->shownTitles(),
             (QStringList{QStringLiteral("KEDAScalerFailed: team-000/orders-consumer-0000"),
                          QStringLiteral("ScaledObjectFallbackActivated: team-001/payments-worker-0001")}));

    // The choice of reasons outlives the console.
    notifier->policy()->setReasons({QStringLiteral("KEDAScalerFailed")});
    notifier->saveSettings();
    ui::EventNotifier next;
    QCOMPARE(next.policy()->reasons(), QStringList{QStringLiteral("KEDAScalerFailed")});
}

void TestMonitoringConsole::readsExternalMetricsOnlyForChartsOnScreen()
{
    auto console = openConsole();
    QVERIFY(console->tab && console->monitoring);
    QTableView *table = console->tab->table();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 2, timeoutMs);
    ui::MonitoringSources *sources = console->monitoring->sources(console->tab);
    QVERIFY(sources);
    const auto polled = [&] {
        QStringList names;
        for (const models::WatchedObject &object : sources->externalMetrics()->watched())
            names << object.name;
        return names;
    };

    table->setCurrentIndex(table->model()->index(0, 0));
    table->selectRow(0);
    const QString first = table->currentIndex().data(models::NameRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(sources->watched().size(), qsizetype(1), timeoutMs);
    QCOMPARE(sources->watched().front().name, first); // replicas and KEDA's metrics follow the selection
    QVERIFY(!console->monitoring->chartsDock()->isVisible());
    QCOMPARE(polled(), QStringList()); // but nobody looks at its charts: KEDA is not asked

    console->monitoring->chartsDock()->show();
    console->monitoring->chartsDock()->raise();
    QTRY_COMPARE_WITH_TIMEOUT(polled(), QStringList{first}, timeoutMs);
    QCOMPARE(console->monitoring->charts()->chartedName(), first);
    // The details pane shows the charts' readings instead of asking KEDA a second time.
    const models::ObjectDetailsLoader *details = console->tab->detailsLoader();
    const auto fromCharts = [&] {
        for (const models::TriggerValue &trigger : details->details().triggers) {
            const models::MetricSeries *series = console->monitoring->store()->find(models::metrickeys::trigger(
                console->tab->contextName(), details->details().ns, details->details().name, trigger.index));
            if (series && !series->isEmpty() && trigger.readAt.toMSecsSinceEpoch() == series->lastTimeMs())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(fromCharts(), timeoutMs);

    console->monitoring->eventsDock()->show();
    console->monitoring->eventsDock()->raise(); // the charts' tab is behind the events now
    QTRY_COMPARE_WITH_TIMEOUT(polled(), QStringList(), timeoutMs);
    console->monitoring->chartsDock()->raise();
    QTRY_COMPARE_WITH_TIMEOUT(polled(), QStringList{first}, timeoutMs);
    console->monitoring->chartsDock()->hide();
    QTRY_COMPARE_WITH_TIMEOUT(polled(), QStringList(), timeoutMs);
}

void TestMonitoringConsole::fleetRanksEveryObjectByItsTarget()
{
    auto console = openConsole(true);
    QVERIFY(console->tab && console->monitoring);
    QTableView *table = console->tab->table();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 11, timeoutMs);
    table->setCurrentIndex(table->model()->index(0, 0));
    table->selectRow(0);
    const QString selected = table->currentIndex().data(models::NameRole).toString();
    ui::MonitoringSources *sources = console->monitoring->sources(console->tab);
    QTRY_COMPARE_WITH_TIMEOUT(sources->operatorMetrics()->watched().size(), qsizetype(1), timeoutMs);

    console->monitoring->fleetDock()->show();
    console->monitoring->fleetDock()->raise();
    // One scrape serves all eleven objects; nobody asks the external metrics API for them.
    QTRY_COMPARE_WITH_TIMEOUT(sources->operatorMetrics()->watched().size(), qsizetype(11), timeoutMs);
    QVERIFY(sources->externalMetrics()->watched().isEmpty());

    ui::FleetModel *fleet = console->monitoring->fleet()->model();
    const auto objectsRanked = [fleet] {
        QSet<QString> names;
        for (int row = 0; row < fleet->rowCount(); ++row)
            names.insert(fleet->index(row, 0).data(ui::FleetModel::NameRole).toString());
        return names;
    };
    QTRY_VERIFY_WITH_TIMEOUT(objectsRanked().size() >= 6 && !objectsRanked().contains(QString()), timeoutMs);
    QVERIFY(objectsRanked().contains(QStringLiteral("orders-consumer")));
    // orders-consumer's rabbitmq trigger targets 20 messages per replica (its spec says value: "20").
    const auto ordersRow = [fleet] {
        for (int row = 0; row < fleet->rowCount(); ++row)
            if (fleet->index(row, 0).data(ui::FleetModel::NameRole).toString() == QLatin1String("orders-consumer"))
                return fleet->index(row, 0);
        return QModelIndex();
    };
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(ordersRow().data(ui::FleetModel::RatioRole).toDouble()), timeoutMs);
    QCOMPARE(ordersRow().siblingAtColumn(ui::FleetModel::TargetColumn).data().toString(), QStringLiteral("20"));
    // Ranked by ratio: each row's ratio is at least the next one's.
    double previous = std::numeric_limits<double>::infinity();
    for (int row = 0; row < fleet->rowCount(); ++row) {
        const double ratio = fleet->index(row, 0).data(ui::FleetModel::RatioRole).toDouble();
        if (!std::isfinite(ratio))
            continue;
        QVERIFY2(ratio <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        previous = ratio;
    }

    console->monitoring->fleetDock()->hide();
    QTRY_COMPARE_WITH_TIMEOUT(sources->operatorMetrics()->watched().size(), qsizetype(1), timeoutMs);
}

QTEST_MAIN(TestMonitoringConsole)
#include "tst_monitoringconsole.moc"
