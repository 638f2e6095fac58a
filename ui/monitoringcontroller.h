// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/timelineevent.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMenu;

namespace kedascope::models {
class EventLogModel;
class MetricStore;
} // namespace kedascope::models

namespace kedascope::ui {

class ConsoleWindow;
class ContextTab;
class EventNotifier;
class EventsConsole;
class FleetView;
class MonitoringSources;
class ObjectChartPanel;

// The console's monitoring: one metric store for the window, per context tab an event log and the
// sources that fill the store, and three docks — the selected ScaledObject's charts, the fleet and
// the events console — that follow the current tab and its selection.
class MonitoringController : public QObject
{
    Q_OBJECT
public:
    MonitoringController(ConsoleWindow *window, QMenu *view);
    ~MonitoringController() override;

    models::MetricStore *store() const { return m_store; }
    ObjectChartPanel *charts() const { return m_charts; }
    FleetView *fleet() const { return m_fleet; }
    EventsConsole *events() const { return m_events; }
    EventNotifier *notifier() const { return m_notifier; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    QDockWidget *fleetDock() const { return m_fleetDock; }
    QDockWidget *eventsDock() const { return m_eventsDock; }
    models::EventLogModel *eventLog(ContextTab *tab) const;
    MonitoringSources *sources(ContextTab *tab) const;

    // Selects the object in the current tab's table, switching resource and namespace as needed
    // (an HPA keda-hpa-NAME stands for ScaledObject NAME). False if it is not a KEDA object.
    bool jumpTo(const QString &kind, const QString &ns, const QString &name);

private:
    struct TabState;
    void attach(ContextTab *tab);
    void buildSources(ContextTab *tab);
    void setCurrent(ContextTab *tab);
    void followSelection(ContextTab *tab);
    // Only the current tab's charts, while on screen, read the external metrics API; only its fleet,
    // while on screen, keeps KEDA's operator metrics for every object.
    void updatePolling();
    void updateMarkers();
    void onEvents(ContextTab *tab, const models::TimelineEvents &events);
    void configurePrometheus();
    bool selectRow(ContextTab *tab, const QString &ns, const QString &name);
    void cancelPendingJump();

    ConsoleWindow *m_window;
    models::MetricStore *m_store;
    EventNotifier *m_notifier;
    ObjectChartPanel *m_charts;
    FleetView *m_fleet;
    EventsConsole *m_events;
    QDockWidget *m_chartsDock;
    QDockWidget *m_fleetDock;
    QDockWidget *m_eventsDock;
    QHash<ContextTab *, TabState *> m_tabs;
    QPointer<ContextTab> m_current;
    QList<QMetaObject::Connection> m_pendingJump;
    quint64 m_jumpGeneration = 0;
    bool m_chartsOnScreen = false;
    bool m_fleetOnScreen = false;
};

} // namespace kedascope::ui
