// SPDX-License-Identifier: Apache-2.0
#include "ui/monitoringcontroller.h"

#include "ui/charttimewindow.h"
#include "ui/consolewindow.h"
#include "ui/contexttab.h"
#include "ui/eventnotifier.h"
#include "ui/eventsconsole.h"
#include "ui/fleetview.h"
#include "ui/monitoringsources.h"
#include "ui/objectchartpanel.h"
#include "ui/prometheusdialog.h"

#include "models/eventlogmodel.h"
#include "models/metricstore.h"
#include "models/objectdetailsloader.h"
#include "models/objectroles.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <limits>

namespace kedascope::ui {

namespace {
constexpr int kJumpTimeoutMs = 20000;

int resourceOfKind(const QString &kind)
{
    if (kind == QLatin1String("ScaledObject") || kind == QLatin1String("HorizontalPodAutoscaler"))
        return ContextTab::ScaledObjects;
    if (kind == QLatin1String("ScaledJob"))
        return ContextTab::ScaledJobs;
    if (kind == QLatin1String("TriggerAuthentication"))
        return ContextTab::TriggerAuthentications;
    if (kind == QLatin1String("ClusterTriggerAuthentication"))
        return ContextTab::ClusterTriggerAuthentications;
    return -1;
}
} // namespace

struct MonitoringController::TabState
{
    QPointer<ContextTab> tab;
    models::EventLogModel *events = nullptr;
    MonitoringSources *sources = nullptr;
};

MonitoringController::MonitoringController(ConsoleWindow *window, QMenu *view)
    : QObject(window)
    , m_window(window)
    , m_store(new models::MetricStore(this))
    , m_notifier(new EventNotifier(this))
    , m_charts(new ObjectChartPanel(m_store))
    , m_fleet(new FleetView(m_store))
    , m_events(new EventsConsole)
    , m_chartsDock(new QDockWidget(tr("Charts"), window))
    , m_fleetDock(new QDockWidget(tr("Fleet"), window))
    , m_eventsDock(new QDockWidget(tr("Events"), window))
{
    setObjectName(QStringLiteral("monitoring"));
    m_events->setNotificationPolicy(m_notifier->policy());
    connect(m_events, &EventsConsole::notificationSettingsChanged, m_notifier, &EventNotifier::saveSettings);
    connect(m_events, &EventsConsole::jumpRequested, this, &MonitoringController::jumpTo);
    connect(m_fleet, &FleetView::objectActivated, this, [this](const QString &ns, const QString &name) {
        jumpTo(QStringLiteral("ScaledObject"), ns, name);
        m_chartsDock->show();
        m_chartsDock->raise();
    });

    const struct
    {
        QDockWidget *dock;
        QWidget *widget;
        const char *name;
        QKeySequence shortcut;
    } docks[] = {{m_chartsDock, m_charts, "chartsDock", QKeySequence(tr("Ctrl+Shift+M"))},
                 {m_fleetDock, m_fleet, "fleetDock", QKeySequence(tr("Ctrl+Shift+F"))},
                 {m_eventsDock, m_events, "eventsDock", QKeySequence(tr("Ctrl+Shift+E"))}};
    for (const auto &entry : docks) {
        entry.dock->setObjectName(QLatin1String(entry.name));
        entry.dock->setWidget(entry.widget);
        entry.dock->setAllowedAreas(Qt::AllDockWidgetAreas);
        window->addDockWidget(Qt::BottomDockWidgetArea, entry.dock);
        entry.dock->hide();
        QAction *toggle = entry.dock->toggleViewAction();
        toggle->setShortcut(entry.shortcut);
        view->addAction(toggle);
    }
    // The signal, not isVisible(): a dock behind another tab of its group still counts as visible.
    connect(m_chartsDock, &QDockWidget::visibilityChanged, this, [this](bool onScreen) {
        m_chartsOnScreen = onScreen;
        updatePolling();
    });
    connect(m_fleetDock, &QDockWidget::visibilityChanged, this, [this](bool onScreen) {
        m_fleetOnScreen = onScreen;
        updatePolling();
    });
    window->tabifyDockWidget(m_chartsDock, m_fleetDock);
    window->tabifyDockWidget(m_fleetDock, m_eventsDock);
    m_chartsDock->raise();
    view->addSeparator();
    QAction *prometheus = view->addAction(tr("&Prometheus Server…"));
    prometheus->setToolTip(tr("Where the current context's metric history comes from"));
    connect(prometheus, &QAction::triggered, this, &MonitoringController::configurePrometheus);

    connect(window, &ConsoleWindow::tabOpened, this, &MonitoringController::attach);
    connect(window, &ConsoleWindow::currentTabChanged, this, &MonitoringController::setCurrent);
}

MonitoringController::~MonitoringController()
{
    m_notifier->saveSettings();
    qDeleteAll(m_tabs);
}

models::EventLogModel *MonitoringController::eventLog(ContextTab *tab) const
{
    const TabState *state = m_tabs.value(tab);
    return state ? state->events : nullptr;
}

MonitoringSources *MonitoringController::sources(ContextTab *tab) const
{
    const TabState *state = m_tabs.value(tab);
    return state ? state->sources : nullptr;
}

void MonitoringController::attach(ContextTab *tab)
{
    if (m_tabs.contains(tab))
        return;
    auto *state = new TabState;
    state->tab = tab;
    m_tabs.insert(tab, state);
    buildSources(tab);
    connect(tab, &ContextTab::connectionReplaced, this, [this, tab] { buildSources(tab); });
    connect(tab, &ContextTab::selectionChanged, this, [this, tab] { followSelection(tab); });
    connect(tab, &QObject::destroyed, this, [this, tab] {
        TabState *gone = m_tabs.take(tab);
        if (!gone)
            return;
        if (m_current == tab || !m_current)
            setCurrent(nullptr);
        delete gone->events;
        delete gone->sources;
        delete gone;
    });
}

void MonitoringController::buildSources(ContextTab *tab)
{
    TabState *state = m_tabs.value(tab);
    if (!state)
        return;
    const bool current = tab == m_current;
    if (current)
        m_events->setModel(nullptr);
    delete state->events;
    delete state->sources;
    state->events = new models::EventLogModel(tab->connection(), this);
    state->sources = new MonitoringSources(tab->connection(), tab->contextName(), m_store, this);
    tab->detailsLoader()->setMetricStore(m_store);
    state->sources->setChartsOnScreen(current && m_chartsOnScreen);
    state->sources->setFleetOnScreen(current && m_fleetOnScreen);
    connect(state->events, &models::EventLogModel::eventsArrived, this,
            [this, tab](const models::TimelineEvents &events) { onEvents(tab, events); });
    connect(state->events, &QAbstractItemModel::rowsInserted, this, [this, tab] {
        if (tab == m_current)
            updateMarkers();
    });
    state->events->start();
    if (current) {
        m_events->setModel(state->events);
        followSelection(tab);
    }
}

void MonitoringController::updatePolling()
{
    for (auto it = m_tabs.cbegin(); it != m_tabs.cend(); ++it)
        if (it.value()->sources) {
            it.value()->sources->setChartsOnScreen(it.key() == m_current && m_chartsOnScreen);
            it.value()->sources->setFleetOnScreen(it.key() == m_current && m_fleetOnScreen);
        }
}

void MonitoringController::setCurrent(ContextTab *tab)
{
    m_current = tab;
    updatePolling();
    TabState *state = m_tabs.value(tab);
    m_events->setModel(state ? state->events : nullptr);
    m_fleet->setContext(tab ? tab->contextName() : QString());
    followSelection(tab);
}

void MonitoringController::followSelection(ContextTab *tab)
{
    if (tab != m_current)
        return;
    TabState *state = m_tabs.value(tab);
    const auto object = tab ? tab->currentObject() : std::nullopt;
    if (!object || !(object->type == k8s::resources::scaledObjects())) {
        m_charts->setObject(tab ? tab->contextName() : QString(), {}, {});
    } else {
        m_charts->setObject(tab->contextName(), object->ns, object->name);
    }
    if (state && state->sources) {
        models::WatchedObjects watched;
        for (const ContextTab::ObjectRef &ref : tab->selectedObjects()) {
            if (ref.type == k8s::resources::scaledObjects())
                watched.append({QStringLiteral("ScaledObject"), ref.ns, ref.name});
        }
        if (object && object->type == k8s::resources::scaledObjects() &&
            !watched.contains({QStringLiteral("ScaledObject"), object->ns, object->name}))
            watched.append({QStringLiteral("ScaledObject"), object->ns, object->name});
        state->sources->setWatched(watched);
    }
    updateMarkers();
}

void MonitoringController::updateMarkers()
{
    TabState *state = m_tabs.value(m_current);
    if (!state || !state->events || m_charts->chartedName().isEmpty()) {
        m_charts->setEvents({});
        return;
    }
    m_charts->setEvents(state->events->eventsFor(QStringLiteral("ScaledObject"), m_charts->chartedNamespace(),
                                                 m_charts->chartedName(), 0,
                                                 std::numeric_limits<qint64>::max()));
}

void MonitoringController::onEvents(ContextTab *tab, const models::TimelineEvents &events)
{
    m_notifier->offer(events);
    if (tab == m_current)
        updateMarkers();
}

void MonitoringController::configurePrometheus()
{
    ContextTab *tab = m_window->currentTab();
    TabState *state = m_tabs.value(tab);
    if (!tab || !state) {
        m_window->statusBar()->showMessage(tr("Open a context first."), 5000);
        return;
    }
    PrometheusDialog dialog(tab->contextName(), m_window);
    if (state->sources)
        dialog.setConfig(state->sources->prometheus());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const k8s::prom::ServerConfig config = dialog.config();
    PrometheusDialog::saveConfig(tab->contextName(), config);
    if (state->sources)
        state->sources->setPrometheus(config);
}

bool MonitoringController::selectRow(ContextTab *tab, const QString &ns, const QString &name)
{
    QAbstractItemModel *model = tab->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(models::NameRole).toString() == name && index.data(models::NamespaceRole).toString() == ns) {
            tab->table()->setCurrentIndex(index);
            tab->table()->selectRow(row);
            tab->table()->scrollTo(index);
            tab->table()->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void MonitoringController::cancelPendingJump()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_pendingJump))
        disconnect(connection);
    m_pendingJump.clear();
    ++m_jumpGeneration;
}

bool MonitoringController::jumpTo(const QString &kind, const QString &ns, const QString &name)
{
    ContextTab *tab = m_window->currentTab();
    const int resource = resourceOfKind(kind);
    QString target = name;
    if (kind == QLatin1String("HorizontalPodAutoscaler")) {
        if (!name.startsWith(QLatin1String("keda-hpa-")))
            return false;
        target = name.mid(9);
    }
    if (!tab || resource < 0 || target.isEmpty()) {
        m_window->statusBar()->showMessage(tr("%1 %2 is not a KEDA object in the table.").arg(kind, name), 5000);
        return false;
    }
    cancelPendingJump();
    if (tab->resource() != resource)
        tab->setResource(resource);
    if (!tab->currentNamespace().isEmpty() && tab->currentNamespace() != ns &&
        resource != ContextTab::ClusterTriggerAuthentications)
        tab->setNamespace(ns);
    if (selectRow(tab, ns, target))
        return true;
    if (!tab->filterEdit()->text().isEmpty()) {
        tab->filterEdit()->clear();
        if (selectRow(tab, ns, target))
            return true;
    }
    // Not listed yet (the resource was switched): select it when its row arrives.
    QPointer<ContextTab> guard(tab);
    const auto retry = [this, guard, ns, target] {
        if (guard && selectRow(guard, ns, target))
            cancelPendingJump();
    };
    QAbstractItemModel *model = tab->table()->model();
    m_pendingJump << connect(model, &QAbstractItemModel::rowsInserted, this, retry, Qt::QueuedConnection)
                  << connect(model, &QAbstractItemModel::modelReset, this, retry, Qt::QueuedConnection)
                  << connect(model, &QAbstractItemModel::layoutChanged, this, retry, Qt::QueuedConnection);
    QTimer::singleShot(kJumpTimeoutMs, this, [this, generation = m_jumpGeneration] {
        if (generation == m_jumpGeneration)
            cancelPendingJump();
    });
    return true;
}

} // namespace kedascope::ui
