// SPDX-License-Identifier: Apache-2.0
// Pausing from the console against the real in-process kedascope-sim over HTTPS on 127.0.0.1:
// the Object menu's actions, the confirmation, the result with its undo, the paused view, planned
// ends (ours and other people's) and a forbidden user.
#include "models/contextlistmodel.h"
#include "models/objectroles.h"
#include "models/scaledobjectroles.h"
#include "sim/simserver.h"
#include "support/testsupport.h"
#include "ui/consolewindow.h"
#include "ui/contexttab.h"
#include "ui/pauseactions.h"
#include "ui/pausedialog.h"
#include "ui/pausedview.h"
#include "ui/pauseflow.h"
#include "ui/pauseresultdialog.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/json.h"
#include "k8sclient/kubeconfig.h"
#include "k8sclient/pauseplan.h"
#include "k8sclient/pauserun.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>

using namespace kedascope;
namespace SO = models::ScaledObjectColumn;
namespace pause = k8s::pause;

namespace {

constexpr int timeoutMs = 20000;
constexpr int objectsPerNamespace = 8;
const QString teamA = QStringLiteral("team-000");
const QString teamB = QStringLiteral("team-001");
constexpr int jobsPerNamespace = 1; // the seeder puts one ScaledJob in each namespace

std::unique_ptr<sim::SimServer> startSim(const QTemporaryDir &dir)
{
    sim::SimOptions options;
    options.port = 0;
    options.kubeconfigOut = dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    options.scaledObjects = objectsPerNamespace * 2;
    options.namespaces = 2;
    auto server = std::make_unique<sim::SimServer>(options);
    const auto started = server->start();
    if (!started)
        qFatal("sim: %s", started.error().message.c_str());
    return server;
}

k8s::Kubeconfig::LoadOptions loadOptions(const QTemporaryDir &dir)
{
    k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    return options;
}

// Reads or writes the cluster as another client would, on a thread of its own (the calls block).
class Admin
{
public:
    explicit Admin(const QTemporaryDir &dir)
        : m_client(test::clientFor(loadOptions(dir).explicitPath, "sim-admin"))
    {
    }

    // The object's annotations (absent ones missing from the map).
    std::map<std::string, std::string> annotations(const QString &ns, const QString &name) const
    {
        std::map<std::string, std::string> values;
        std::thread reader([&] {
            const auto object =
                m_client->get(k8s::resources::scaledObjects(), ns.toStdString(), name.toStdString());
            if (!object)
                return;
            const k8s::json::Value *found = k8s::json::find(object.value(), "metadata.annotations");
            if (!found || !found->IsObject())
                return;
            for (auto member = found->MemberBegin(); member != found->MemberEnd(); ++member)
                if (member->value.IsString())
                    values[member->name.GetString()] = member->value.GetString();
        });
        reader.join();
        return values;
    }

    // What `kedascope-ctl pause NS/NAME --freeze --until TIME` does on another machine.
    bool freezeUntil(const QString &ns, const QString &name, const QDateTime &until) const
    {
        bool ok = false;
        std::thread writer([&] {
            pause::PauseRunner runner(m_client);
            const pause::PauseRequest request{
                pause::Mode::Freeze, 0,
                pause::TimePoint(std::chrono::milliseconds(until.toMSecsSinceEpoch()))};
            const auto plan =
                runner.planObjects({{k8s::resources::scaledObjects(), ns.toStdString(), name.toStdString()}},
                                   pause::Action::Pause, request, std::chrono::system_clock::now());
            ok = runner.run(plan).count(pause::Outcome::Kind::Done) == 1;
        });
        writer.join();
        return ok;
    }

    bool mergePatch(const QString &ns, const QString &name, const std::string &body) const
    {
        bool ok = false;
        std::thread writer([&] {
            ok = bool(m_client->patch(k8s::resources::scaledObjects(), ns.toStdString(), name.toStdString(),
                                      k8s::PatchType::Merge, body));
        });
        writer.join();
        return ok;
    }

private:
    std::shared_ptr<k8s::ApiClient> m_client;
};

QString nameAt(const QTableView *table, int row)
{
    return table->model()->index(row, SO::Name).data(models::NameRole).toString();
}

int rowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, SO::Name).data(models::NameRole).toString() == name)
            return row;
    return -1;
}

bool shownPaused(const QTableView *table, const QString &name)
{
    const int row = rowOf(table->model(), name);
    return row >= 0 && (table->model()->index(row, SO::Name).data(models::StateFlagsRole).toInt() &
                        models::PausedState) != 0;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

QString tableText(const QTableWidget *table)
{
    QStringList lines;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells.append(cellText(table, row, column));
        lines.append(cells.join(QLatin1Char('|')));
    }
    return lines.join(QLatin1Char('\n'));
}

bool probesFinished(const models::ContextListModel &contexts)
{
    for (int row = 0; row < contexts.rowCount(); ++row)
        if (contexts.index(row, 0)
                .data(models::ContextListModel::ProbeStateRole)
                .value<models::ContextListModel::ProbeState>() ==
            models::ContextListModel::ProbeState::Probing)
            return false;
    return true;
}

// The newest flow the actions started, once its confirmation dialog is up.
struct FlowWatcher
{
    explicit FlowWatcher(ui::PauseActions *actions)
    {
        QObject::connect(actions, &ui::PauseActions::flowStarted, actions,
                         [this](ui::PauseFlow *flow) { latest = flow; });
    }
    QPointer<ui::PauseFlow> latest;
};

} // namespace

class TestPauseConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void pausesASelectionAndUndoesInOneClick();
    void pausesANamespaceWithAPlannedEndAndListsItAcrossContexts();
    void remindsOfAPlannedEndSetElsewhere();
    void forbiddenUserIsToldAndNothingChanges();

private:
    struct Console
    {
        QTemporaryDir dir;
        std::unique_ptr<sim::SimServer> server;
        models::ContextListModel contexts;
        std::unique_ptr<ui::ConsoleWindow> window;
        ui::PauseActions *actions = nullptr;
    };
    std::unique_ptr<Console> openConsole();
    ui::ContextTab *openTab(Console &console, const QString &context, const QString &ns);
    void closeConsole(Console &console);

    QTemporaryDir m_configHome;
};

void TestPauseConsole::initTestCase()
{
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", m_configHome.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("KedascopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pauseconsole"));
}

void TestPauseConsole::init()
{
    QSettings().clear();
}

std::unique_ptr<TestPauseConsole::Console> TestPauseConsole::openConsole()
{
    auto console = std::make_unique<Console>();
    if (!console->dir.isValid())
        qFatal("no temporary directory");
    console->server = startSim(console->dir);
    auto config = k8s::Kubeconfig::load(loadOptions(console->dir));
    if (!config)
        qFatal("kubeconfig: %s", config.error().message.c_str());
    console->window = std::make_unique<ui::ConsoleWindow>(&console->contexts);
    console->window->setKubeconfig(config.value(), QString(), loadOptions(console->dir));
    console->actions = console->window->findChild<ui::PauseActions *>(QStringLiteral("pauseActions"));
    console->window->show();
    return console;
}

ui::ContextTab *TestPauseConsole::openTab(Console &console, const QString &context, const QString &ns)
{
    ui::ContextTab *tab = console.window->openContext(context, ns);
    if (!tab)
        return nullptr;
    if (!QTest::qWaitFor([&] { return tab->table()->model()->rowCount() == objectsPerNamespace; }, timeoutMs))
        return nullptr;
    return tab;
}

void TestPauseConsole::closeConsole(Console &console)
{
    console.window->close();
    QTRY_VERIFY_WITH_TIMEOUT(probesFinished(console.contexts), timeoutMs);
}

void TestPauseConsole::pausesASelectionAndUndoesInOneClick()
{
    auto console = openConsole();
    QVERIFY(console->actions);
    ui::ContextTab *tab = openTab(*console, QStringLiteral("sim-admin"), teamA);
    QVERIFY(tab);
    Admin admin(console->dir);
    QTableView *table = tab->table();
    FlowWatcher flows(console->actions);

    // Another tool's annotation must survive pause and resume.
    const QString first = nameAt(table, 0);
    const QString second = nameAt(table, 1);
    QVERIFY(admin.mergePatch(teamA, first, R"({"metadata":{"annotations":{"team/owner":"payments"}}})"));

    QVERIFY(!console->actions->pauseAction()->isEnabled());
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_VERIFY_WITH_TIMEOUT(console->actions->pauseAction()->isEnabled(), timeoutMs);
    console->actions->pauseAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(flows.latest && flows.latest->dialog(), timeoutMs);
    ui::PauseDialog *dialog = flows.latest->dialog();

    // The confirmation lists exactly the two objects and what they become.
    dialog->setMode(pause::Mode::HoldReplicas, 2);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), 2, timeoutMs);
    const QString planned = tableText(dialog->table());
    QVERIFY2(planned.contains(first) && planned.contains(second), qPrintable(planned));
    QVERIFY2(planned.contains(QStringLiteral("2")), qPrintable(planned));
    QCOMPARE(int(dialog->plan().size()), 2);
    QVERIFY(dialog->confirmButton()->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(admin.annotations(teamA, first).count("autoscaling.keda.sh/paused-replicas"),
                              size_t(0), timeoutMs);
    dialog->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(flows.latest && flows.latest->resultDialog(), timeoutMs);
    ui::PauseResultDialog *result = flows.latest->resultDialog();
    QCOMPARE(result->table()->rowCount(), 2);
    QVERIFY2(!result->summary()->text().isEmpty(), "the result says what happened");
    QVERIFY(result->undoButton()->isEnabled());

    // On the cluster: strings, as KEDA wants them; the other annotation untouched.
    auto values = admin.annotations(teamA, first);
    QCOMPARE(QString::fromStdString(values["autoscaling.keda.sh/paused-replicas"]), QStringLiteral("2"));
    QCOMPARE(QString::fromStdString(values["team/owner"]), QStringLiteral("payments"));
    QCOMPARE(QString::fromStdString(admin.annotations(teamA, second)["autoscaling.keda.sh/paused-replicas"]),
             QStringLiteral("2"));
    // The table shows both as paused, by watch.
    QTRY_VERIFY_WITH_TIMEOUT(shownPaused(table, first) && shownPaused(table, second), timeoutMs);
    QVERIFY(!shownPaused(table, nameAt(table, 2)) || rowOf(table->model(), first) == 2 ||
            rowOf(table->model(), second) == 2);
    QVERIFY(console->actions->undoAction()->isEnabled());
    // The seeded sim runs no controller, so KEDA never reports Paused: the badge says "Pausing".
    const QModelIndex pausedCell = table->model()->index(rowOf(table->model(), first), SO::Paused);
    QVERIFY(pausedCell.data(models::PausePendingRole).toBool());
    QCOMPARE(pausedCell.data(Qt::DisplayRole).toString(), QStringLiteral("Pausing"));

    // One click undoes exactly what was done.
    result->undoButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        admin.annotations(teamA, first).count("autoscaling.keda.sh/paused-replicas") == 0 &&
            admin.annotations(teamA, second).count("autoscaling.keda.sh/paused-replicas") == 0,
        timeoutMs);
    values = admin.annotations(teamA, first);
    QCOMPARE(QString::fromStdString(values["team/owner"]), QStringLiteral("payments"));
    QCOMPARE(values.count(pause::recordAnnotation), size_t(0));
    QTRY_VERIFY_WITH_TIMEOUT(!shownPaused(table, first) && !shownPaused(table, second), timeoutMs);
    closeConsole(*console);
}

void TestPauseConsole::pausesANamespaceWithAPlannedEndAndListsItAcrossContexts()
{
    auto console = openConsole();
    ui::ContextTab *tab = openTab(*console, QStringLiteral("sim-admin"), teamA);
    QVERIFY(tab);
    ui::ContextTab *other = openTab(*console, QStringLiteral("sim-token"), teamB);
    QVERIFY(other);
    Admin admin(console->dir);
    FlowWatcher flows(console->actions);

    console->window->tabs()->setCurrentWidget(tab);
    QTRY_VERIFY_WITH_TIMEOUT(console->actions->pauseNamespaceAction()->isEnabled(), timeoutMs);
    console->actions->pauseNamespaceAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(flows.latest && flows.latest->dialog(), timeoutMs);
    ui::PauseDialog *dialog = flows.latest->dialog();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->table()->rowCount(), objectsPerNamespace + jobsPerNamespace, timeoutMs);
    dialog->setMode(pause::Mode::Freeze);
    dialog->setDuration(2, 0);
    dialog->setAutoResume(true);
    QVERIFY(dialog->request().until.has_value());
    QVERIFY(dialog->autoResume());
    dialog->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(flows.latest && flows.latest->resultDialog(), timeoutMs);
    flows.latest->resultDialog()->close();

    // Every object of team-000 carries the freeze and the planned end for every other user to see.
    const QString name = nameAt(tab->table(), 3);
    auto values = admin.annotations(teamA, name);
    QCOMPARE(QString::fromStdString(values["autoscaling.keda.sh/paused"]), QStringLiteral("true"));
    QVERIFY(!values[pause::untilAnnotation].empty());
    // The status bar counts down to it.
    QTRY_VERIFY_WITH_TIMEOUT(console->actions->countdownLabel()->isVisible(), timeoutMs);
    QVERIFY2(console->actions->countdownLabel()->text().contains(QStringLiteral("Resuming")),
             qPrintable(console->actions->countdownLabel()->text()));
    QCOMPARE(console->actions->plannedEnds().size(), objectsPerNamespace + jobsPerNamespace);

    // The paused view lists team-000's objects with their mode and end, from every open context, and
    // nothing of team-001 (not paused).
    ui::PausedView *view = console->actions->showPausedView();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->pendingLists() == 0 &&
                                 view->entries().size() == objectsPerNamespace + jobsPerNamespace,
                             timeoutMs);
    for (const auto &entry : view->entries()) {
        QCOMPARE(entry.target.ns, teamA);
        QVERIFY(entry.pause.until.has_value());
    }
    QVERIFY2(tableText(view->table()).contains(name), qPrintable(tableText(view->table())));

    // Resuming one object restores it alone.
    console->actions->resume(tab, {{k8s::resources::scaledObjects(), teamA, name}});
    QTRY_VERIFY_WITH_TIMEOUT(flows.latest && flows.latest->dialog(), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(flows.latest->dialog()->table()->rowCount(), 1, timeoutMs);
    flows.latest->dialog()->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(admin.annotations(teamA, name).count("autoscaling.keda.sh/paused") == 0,
                             timeoutMs);
    QCOMPARE(admin.annotations(teamA, name).count(pause::untilAnnotation), size_t(0));
    QCOMPARE(QString::fromStdString(
                 admin.annotations(teamA, nameAt(tab->table(), 4))["autoscaling.keda.sh/paused"]),
             QStringLiteral("true"));
    closeConsole(*console);
}

void TestPauseConsole::remindsOfAPlannedEndSetElsewhere()
{
    auto console = openConsole();
    ui::ContextTab *tab = openTab(*console, QStringLiteral("sim-admin"), teamA);
    QVERIFY(tab);
    Admin admin(console->dir);
    QSignalSpy reminders(console->actions, &ui::PauseActions::reminderShown);

    // Someone else (kedascope-ctl on another machine) froze an object until a moment from now.
    const QString name = nameAt(tab->table(), 2);
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(3);
    QVERIFY(admin.freezeUntil(teamA, name, until));

    // The console counts down to it although it did not set it, and reminds once when it passes.
    QTRY_VERIFY_WITH_TIMEOUT(console->actions->countdownLabel()->isVisible(), timeoutMs);
    QVERIFY2(console->actions->countdownLabel()->text().contains(name),
             qPrintable(console->actions->countdownLabel()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(reminders.count(), 1, timeoutMs);
    auto *box = qobject_cast<QMessageBox *>(reminders.first().first().value<QWidget *>());
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(name), qPrintable(box->informativeText()));
    QTRY_VERIFY_WITH_TIMEOUT(!console->actions->countdownLabel()->isVisible(), timeoutMs);
    console->actions->tick();
    QCOMPARE(reminders.count(), 1);

    // "Resume Now" resumes it, restoring what that pause recorded.
    FlowWatcher flows(console->actions);
    QPushButton *resumeNow = nullptr;
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            resumeNow = qobject_cast<QPushButton *>(button);
    QVERIFY(resumeNow);
    resumeNow->click();
    QTRY_VERIFY_WITH_TIMEOUT(flows.latest && flows.latest->resultDialog(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(admin.annotations(teamA, name).count("autoscaling.keda.sh/paused") == 0,
                             timeoutMs);
    closeConsole(*console);
}

void TestPauseConsole::forbiddenUserIsToldAndNothingChanges()
{
    auto console = openConsole();
    ui::ContextTab *tab = openTab(*console, QStringLiteral("sim-viewer"), teamA);
    QVERIFY(tab);
    Admin admin(console->dir);
    FlowWatcher flows(console->actions);
    const QString name = nameAt(tab->table(), 0);

    tab->table()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(console->actions->pauseAction()->isEnabled(), timeoutMs);
    console->actions->pauseAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(flows.latest && flows.latest->dialog(), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(flows.latest->dialog()->table()->rowCount(), 1, timeoutMs);
    flows.latest->dialog()->setMode(pause::Mode::HoldReplicas, 0);
    flows.latest->dialog()->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(flows.latest && flows.latest->resultDialog(), timeoutMs);
    ui::PauseResultDialog *result = flows.latest->resultDialog();

    // The result names the missing permission; the object is as it was and there is nothing to undo.
    const QString text = result->summary()->text() + QLatin1Char('\n') + tableText(result->table());
    QVERIFY2(text.contains(QStringLiteral("patch")) && text.contains(QStringLiteral("scaledobjects")),
             qPrintable(text));
    QVERIFY(!result->undoButton()->isEnabled() || !result->undoButton()->isVisible());
    QVERIFY(!console->actions->undoAction()->isEnabled());
    const auto values = admin.annotations(teamA, name);
    QCOMPARE(values.count("autoscaling.keda.sh/paused-replicas"), size_t(0));
    QCOMPARE(values.count(pause::recordAnnotation), size_t(0));
    closeConsole(*console);
}

QTEST_MAIN(TestPauseConsole)
#include "tst_pauseconsole.moc"
