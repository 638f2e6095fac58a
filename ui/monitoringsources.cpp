// SPDX-License-Identifier: Apache-2.0
#include "ui/monitoringsources.h"

#include "ui/prometheusdialog.h"

#include "models/clusterconnection.h"
#include "models/externalmetricpoller.h"
#include "models/fleettargets.h"
#include "models/kedaoperatormetrics.h"
#include "models/metricstore.h"
#include "models/prometheushistory.h"
#include "models/replicatracker.h"

namespace kedascope::ui {

MonitoringSources::MonitoringSources(models::ClusterConnection *connection, const QString &context,
                                     models::MetricStore *store, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_context(context)
    , m_store(store)
    , m_prometheus(PrometheusDialog::savedConfig(context))
    , m_externalMetrics(new models::ExternalMetricPoller(connection, store, this))
    , m_replicas(new models::ReplicaTracker(connection, store, this))
    , m_operatorMetrics(new models::KedaOperatorMetrics(connection, store, this))
    , m_history(new models::PrometheusHistory(context, store, this))
    , m_fleet(new models::FleetTargets(connection, store, this))
{
    m_history->setServer(m_prometheus);
    connect(m_fleet, &models::FleetTargets::objectsChanged, this, [this] {
        if (m_fleetOnScreen)
            updateOperatorMetrics();
    });
}

MonitoringSources::~MonitoringSources() = default;

void MonitoringSources::setWatched(const models::WatchedObjects &objects)
{
    m_watched = objects;
    m_externalMetrics->setWatched(m_chartsOnScreen ? objects : models::WatchedObjects());
    m_replicas->setWatched(objects);
    updateOperatorMetrics();
    m_history->setWatched(objects);
}

void MonitoringSources::setChartsOnScreen(bool onScreen)
{
    if (m_chartsOnScreen == onScreen)
        return;
    m_chartsOnScreen = onScreen;
    m_externalMetrics->setWatched(onScreen ? m_watched : models::WatchedObjects());
}

void MonitoringSources::setFleetOnScreen(bool onScreen)
{
    if (m_fleetOnScreen == onScreen)
        return;
    m_fleetOnScreen = onScreen;
    if (onScreen && !m_fleetStarted) {
        m_fleetStarted = true;
        m_fleet->start();
    }
    updateOperatorMetrics();
}

// KEDA's operator metrics come in one scrape for every object: the fleet costs no more reads.
void MonitoringSources::updateOperatorMetrics()
{
    models::WatchedObjects objects = m_watched;
    if (m_fleetOnScreen)
        for (const models::WatchedObject &object : m_fleet->objects())
            if (!objects.contains(object))
                objects.append(object);
    if (objects != m_operatorMetrics->watched())
        m_operatorMetrics->setWatched(objects);
}

void MonitoringSources::setPrometheus(const k8s::prom::ServerConfig &config)
{
    m_prometheus = config;
    m_history->setServer(config);
}

} // namespace kedascope::ui
