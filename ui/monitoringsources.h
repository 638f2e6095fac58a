// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/prometheusapi.h"
#include "models/metricinfo.h"

#include <QObject>
#include <QPointer>

namespace kedascope::models {
class ClusterConnection;
class ExternalMetricPoller;
class FleetTargets;
class KedaOperatorMetrics;
class MetricStore;
class PrometheusHistory;
class ReplicaTracker;
} // namespace kedascope::models

namespace kedascope::ui {

// What fills the metric store for one context: the external metrics API poller, the replica
// tracker, the KEDA operator's metrics and, when configured, a Prometheus server's history. All of
// them watch the selected objects only, and the external metrics API is read only while their
// charts are on screen: each read makes KEDA ask the trigger's source.
class MonitoringSources : public QObject
{
    Q_OBJECT
public:
    MonitoringSources(models::ClusterConnection *connection, const QString &context, models::MetricStore *store,
                      QObject *parent = nullptr);
    ~MonitoringSources() override;

    void setWatched(const models::WatchedObjects &objects);
    models::WatchedObjects watched() const { return m_watched; }
    void setChartsOnScreen(bool onScreen);
    bool chartsOnScreen() const { return m_chartsOnScreen; }
    // While the fleet is on screen, KEDA's operator metrics are kept for every ScaledObject.
    void setFleetOnScreen(bool onScreen);
    bool fleetOnScreen() const { return m_fleetOnScreen; }

    // The token and password live here, in memory only.
    void setPrometheus(const k8s::prom::ServerConfig &config);
    k8s::prom::ServerConfig prometheus() const { return m_prometheus; }

    models::ExternalMetricPoller *externalMetrics() const { return m_externalMetrics; }
    models::ReplicaTracker *replicas() const { return m_replicas; }
    models::KedaOperatorMetrics *operatorMetrics() const { return m_operatorMetrics; }
    models::PrometheusHistory *history() const { return m_history; }
    models::FleetTargets *fleet() const { return m_fleet; }

private:
    void updateOperatorMetrics();

    QPointer<models::ClusterConnection> m_connection;
    QString m_context;
    QPointer<models::MetricStore> m_store;
    models::WatchedObjects m_watched;
    bool m_chartsOnScreen = true;
    bool m_fleetOnScreen = false;
    bool m_fleetStarted = false;
    k8s::prom::ServerConfig m_prometheus;
    models::ExternalMetricPoller *m_externalMetrics = nullptr;
    models::ReplicaTracker *m_replicas = nullptr;
    models::KedaOperatorMetrics *m_operatorMetrics = nullptr;
    models::PrometheusHistory *m_history = nullptr;
    models::FleetTargets *m_fleet = nullptr;
};

} // namespace kedascope::ui
