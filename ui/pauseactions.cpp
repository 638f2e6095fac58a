// SPDX-License-Identifier: Apache-2.0
#include "ui/pauseactions.h"

#include "ui/consolewindow.h"
#include "ui/contexttab.h"
#include "ui/pausedview.h"
#include "ui/pauseflow.h"

#include "models/cellformat.h"
#include "models/objectroles.h"
#include "models/objecttablemodel.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace kedascope::ui {

namespace pause = k8s::pause;

namespace {

bool pausable(const k8s::ResourceType &type)
{
    return type == k8s::resources::scaledObjects() || type == k8s::resources::scaledJobs();
}

bool sameTarget(const models::PauseTarget &a, const models::PauseTarget &b)
{
    return a.type == b.type && a.ns == b.ns && a.name == b.name;
}

} // namespace

PauseActions::PauseActions(ConsoleWindow *window, QMenu *menu) : QObject(window), m_window(window)
{
    menu->addSeparator();
    m_pause = menu->addAction(tr("&Pause…"), this, &PauseActions::pauseSelection);
    m_pause->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_pause->setStatusTip(tr("Pause KEDA scaling of the selected objects"));
    m_resume = menu->addAction(tr("&Resume"), this, &PauseActions::resumeSelection);
    m_resume->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_resume->setStatusTip(tr("Resume the selected objects that Kedascope paused"));
    m_pauseNamespace = menu->addAction(tr("Pause &Namespace…"), this, &PauseActions::pauseNamespace);
    m_pauseNamespace->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_pauseNamespace->setStatusTip(tr("Pause every ScaledObject and ScaledJob of the tab's namespace"));
    m_undo = menu->addAction(tr("&Undo Last Pause"), this, &PauseActions::undoLast);
    m_undo->setShortcut(QKeySequence(tr("Ctrl+Shift+Z")));
    m_pausedView = menu->addAction(tr("Paused &Objects…"), this, [this] { showPausedView(); });
    m_pausedView->setShortcut(QKeySequence(tr("Ctrl+Alt+P")));
    m_pausedView->setStatusTip(tr("Every paused object of every open context"));

    m_countdown = new QLabel(window);
    m_countdown->setObjectName(QStringLiteral("pauseCountdown"));
    m_countdown->hide();
    window->statusBar()->addPermanentWidget(m_countdown);
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &PauseActions::tick);
    m_clock->start();

    auto watchTab = [this](ContextTab *tab) {
        if (tab)
            connect(tab, &ContextTab::selectionChanged, this, &PauseActions::updateEnabled,
                    Qt::UniqueConnection);
        updateEnabled();
    };
    connect(window, &ConsoleWindow::tabOpened, this, watchTab);
    connect(window, &ConsoleWindow::currentTabChanged, this, watchTab);
    updateEnabled();
}

QList<models::PauseTarget> PauseActions::selectedTargets(ContextTab *tab) const
{
    QList<models::PauseTarget> targets;
    if (!tab)
        return targets;
    for (const auto &ref : tab->selectedObjects())
        if (pausable(ref.type))
            targets.append({ref.type, ref.ns, ref.name});
    return targets;
}

void PauseActions::updateEnabled()
{
    ContextTab *tab = m_window->currentTab();
    const bool selected = !selectedTargets(tab).isEmpty();
    m_pause->setEnabled(selected);
    m_resume->setEnabled(selected);
    m_pauseNamespace->setEnabled(tab && tab->connection() && !tab->currentNamespace().isEmpty());
    m_pauseNamespace->setToolTip(tab && tab->currentNamespace().isEmpty()
                                     ? tr("Choose a namespace in the tab first")
                                     : m_pauseNamespace->statusTip());
    m_undo->setEnabled(m_undoConnection && !m_undoPlan.empty());
}

PauseFlow *PauseActions::newFlow(ContextTab *tab)
{
    auto *flow = new PauseFlow(tab->connection(), m_window);
    watch(flow, tab->contextName());
    return flow;
}

void PauseActions::watch(PauseFlow *flow, const QString &context)
{
    QPointer<models::ClusterConnection> connection = flow->controller()->connection();
    connect(flow, &PauseFlow::completed, this,
            [this, connection, context](const pause::RunReport &report, pause::Action action,
                                        const pause::PauseRequest &request, bool autoResume) {
                remember(report, action, request, autoResume, connection, context);
            });
    connect(flow, &PauseFlow::followUp, this, [this, context](PauseFlow *next) { watch(next, context); });
    Q_EMIT flowStarted(flow);
}

void PauseActions::pauseSelection()
{
    ContextTab *tab = m_window->currentTab();
    const auto targets = selectedTargets(tab);
    if (targets.isEmpty())
        return;
    newFlow(tab)->start(
        pause::Action::Pause, targets,
        tr("%n selected object(s) of %1", nullptr, int(targets.size())).arg(tab->contextName()));
}

void PauseActions::resumeSelection()
{
    ContextTab *tab = m_window->currentTab();
    resume(tab, selectedTargets(tab));
}

void PauseActions::resume(ContextTab *tab, const QList<models::PauseTarget> &targets)
{
    if (!tab || targets.isEmpty())
        return;
    newFlow(tab)->start(pause::Action::Resume, targets,
                        tr("%n object(s) of %1", nullptr, int(targets.size())).arg(tab->contextName()));
}

void PauseActions::pauseNamespace()
{
    ContextTab *tab = m_window->currentTab();
    if (!tab || tab->currentNamespace().isEmpty())
        return;
    newFlow(tab)->startNamespace(pause::Action::Pause, tab->currentNamespace(),
                                 tr("namespace %1 of %2").arg(tab->currentNamespace(), tab->contextName()));
}

void PauseActions::undoLast()
{
    if (!m_undoConnection || m_undoPlan.empty())
        return;
    auto *flow = new PauseFlow(m_undoConnection, m_window);
    watch(flow, m_undoConnection->contextName());
    const auto plan = std::move(m_undoPlan);
    m_undoPlan.clear();
    flow->runNow(plan, m_undoAction);
    updateEnabled();
}

PausedView *PauseActions::showPausedView()
{
    if (!m_view) {
        m_view = new PausedView(m_window);
        m_view->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_view, &PausedView::resumeRequested, this, &PauseActions::resume);
    } else {
        m_view->refresh();
    }
    m_view->show();
    m_view->raise();
    return m_view;
}

void PauseActions::remember(const pause::RunReport &report, pause::Action action,
                            const pause::PauseRequest &request, bool autoResume,
                            models::ClusterConnection *connection, const QString &context)
{
    if (report.count(pause::Outcome::Kind::Done) > 0) {
        m_undoConnection = connection;
        m_undoPlan = report.undoPlan();
        m_undoAction = action == pause::Action::Pause ? pause::Action::Resume : pause::Action::Pause;
    }
    for (const auto &outcome : report.outcomes) {
        if (outcome.kind != pause::Outcome::Kind::Done)
            continue;
        const auto &ref = outcome.change.object;
        const models::PauseTarget target{ref.type, QString::fromStdString(ref.ns),
                                         QString::fromStdString(ref.name)};
        m_ends.erase(std::remove_if(m_ends.begin(), m_ends.end(),
                                    [&](const PlannedEnd &end) {
                                        return end.connection == connection && sameTarget(end.target, target);
                                    }),
                     m_ends.end());
        if (action == pause::Action::Pause && request.until)
            m_ends.append(
                {connection, context, target, models::CellFormat::toDateTime(request.until), autoResume});
    }
    updateEnabled();
    tick();
}

QString PauseActions::endKey(const PlannedEnd &end)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(end.context, QString::fromStdString(end.target.type.resource), end.target.ns, end.target.name,
             QString::number(end.until.toSecsSinceEpoch()));
}

QList<PauseActions::PlannedEnd> PauseActions::observedEnds() const
{
    QList<PlannedEnd> ends;
    for (int index = 0; index < m_window->tabCount(); ++index) {
        ContextTab *tab = m_window->tabAt(index);
        if (!tab || !tab->connection())
            continue;
        for (const int resource : {int(ContextTab::ScaledObjects), int(ContextTab::ScaledJobs)}) {
            const models::ObjectTableModel *model = tab->model(resource);
            if (!model || !model->hasSynced())
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex cell = model->index(row, 0);
                const QDateTime until = cell.data(models::PauseUntilRole).toDateTime();
                if (!until.isValid())
                    continue;
                PlannedEnd end{tab->connection(),
                               tab->contextName(),
                               {model->resourceType(), cell.data(models::NamespaceRole).toString(),
                                cell.data(models::NameRole).toString()},
                               until,
                               false};
                const bool ownEnd = std::any_of(m_ends.begin(), m_ends.end(), [&](const PlannedEnd &mine) {
                    return mine.connection == end.connection && sameTarget(mine.target, end.target);
                });
                if (!ownEnd && !m_reminded.contains(endKey(end)))
                    ends.append(end);
            }
        }
    }
    return ends;
}

void PauseActions::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<PlannedEnd> due;
    for (auto it = m_ends.begin(); it != m_ends.end();) {
        if (!it->connection) {
            it = m_ends.erase(it);
        } else if (it->until <= now) {
            due.append(*it);
            it = m_ends.erase(it);
        } else {
            ++it;
        }
    }
    QList<PlannedEnd> upcoming = m_ends;
    for (const PlannedEnd &end : observedEnds())
        (end.until <= now ? due : upcoming).append(end);
    for (const PlannedEnd &end : due)
        m_reminded.insert(endKey(end));
    if (!due.isEmpty())
        dueNow(due);

    if (upcoming.isEmpty()) {
        m_countdown->hide();
        return;
    }
    const auto next =
        std::min_element(upcoming.begin(), upcoming.end(),
                         [](const PlannedEnd &a, const PlannedEnd &b) { return a.until < b.until; });
    const int sameTime = int(std::count_if(upcoming.begin(), upcoming.end(),
                                           [&](const PlannedEnd &e) { return e.until == next->until; }));
    const QString what = sameTime > 1 ? tr("%n objects", nullptr, sameTime)
                                      : tr("%1/%2").arg(next->target.ns, next->target.name);
    m_countdown->setText(
        next->autoResume
            ? tr("Resuming %1 %2").arg(what, models::CellFormat::countdown(next->until, now))
            : tr("Pause of %1 ends %2").arg(what, models::CellFormat::countdown(next->until, now)));
    m_countdown->setToolTip(tr("%n planned pause end(s); Object ▸ Paused Objects lists every paused object",
                               nullptr, int(upcoming.size())));
    m_countdown->show();
}

void PauseActions::dueNow(const QList<PlannedEnd> &due)
{
    QHash<models::ClusterConnection *, QList<models::PauseTarget>> automatic;
    QHash<models::ClusterConnection *, QList<models::PauseTarget>> ask;
    QHash<models::ClusterConnection *, QString> contexts;
    for (const auto &end : due) {
        (end.autoResume ? automatic : ask)[end.connection].append(end.target);
        contexts[end.connection] = end.context;
    }
    for (auto it = automatic.begin(); it != automatic.end(); ++it) {
        auto *flow = new PauseFlow(it.key(), m_window);
        watch(flow, contexts.value(it.key()));
        flow->resumeWithoutAsking(it.value());
    }
    for (auto it = ask.begin(); it != ask.end(); ++it) {
        QStringList names;
        for (const auto &target : it.value())
            names.append(target.ns + QLatin1Char('/') + target.name);
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Planned Pause Is Over"),
                            tr("The planned pause of %n object(s) in %1 is over.", nullptr, int(names.size()))
                                .arg(contexts.value(it.key())),
                            QMessageBox::NoButton, m_window);
        box->setInformativeText(
            tr("KEDA does not scale them until they are resumed:\n%1")
                .arg(names.mid(0, 10).join(QLatin1Char('\n')) +
                     (names.size() > 10 ? tr("\n… and %n more", nullptr, int(names.size() - 10))
                                        : QString())));
        QPushButton *resumeButton = box->addButton(tr("Resume Now"), QMessageBox::AcceptRole);
        box->addButton(tr("Later"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<models::ClusterConnection> connection = it.key();
        const auto targets = it.value();
        const QString context = contexts.value(it.key());
        connect(box, &QMessageBox::buttonClicked, this,
                [this, resumeButton, connection, targets, context](QAbstractButton *clicked) {
                    if (clicked != resumeButton || !connection)
                        return;
                    auto *flow = new PauseFlow(connection, m_window);
                    watch(flow, context);
                    flow->resumeWithoutAsking(targets);
                });
        box->open();
        Q_EMIT reminderShown(box);
    }
}

} // namespace kedascope::ui
