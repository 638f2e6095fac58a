// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/prometheusapi.h"
#include "models/metricinfo.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <string>

namespace kedascope::models {

class ClusterConnection;
class MetricStore;

// Scrapes the KEDA operator's Prometheus endpoint — through the API server's service proxy (default
// /api/v1/namespaces/keda/services/keda-operator:metrics/proxy/metrics) or a URL — parses it, and appends
// for each watched object keda_scaler_metrics_value, keda_scaler_metrics_latency_seconds (also the
// older _latency name), keda_scaler_active, keda_scaler_detail_errors_total (per trigger),
// keda_scaled_object_errors_total and keda_scaled_object_paused (per object) under
// metrickeys::operatorMetric(). Old clusters' keda_metrics_adapter_* names are stored under today's
// names. A 403 or an unreachable source appends gaps with the reason to the watched objects' series.
class KedaOperatorMetrics : public QObject
{
    Q_OBJECT
public:
    KedaOperatorMetrics(ClusterConnection *connection, MetricStore *store, QObject *parent = nullptr);
    ~KedaOperatorMetrics() override;

    static QString defaultProxyPath();
    void setProxyPath(const QString &pathAndQuery); // scraped with ClusterConnection::getPath
    // Scraped directly (on a worker thread) instead of through the proxy; an empty url goes back to the
    // proxy.
    void setUrl(const k8s::prom::ServerConfig &config);

    void setWatched(const WatchedObjects &objects);
    WatchedObjects watched() const;
    void setIntervalMs(qint64 ms); // default 15 s
    qint64 intervalMs() const;
    void scrapeNow();
    void setClock(std::function<qint64()> nowMs);

    QString lastError() const { return m_lastError; } // empty after a good scrape

    // The canonical name for an old keda_metrics_adapter_* name (others unchanged).
    static QString canonicalName(const QString &metricName);

Q_SIGNALS:
    void scraped(int samplesStored);
    void failed(const QString &reason);

private:
    struct Parsed;
    void handleText(const QByteArray &text);
    void handleFailure(const QString &reason);
    void storeParsed(const Parsed &parsed);

    QPointer<ClusterConnection> m_connection;
    QPointer<MetricStore> m_store;
    WatchedObjects m_watched;
    QString m_proxyPath;
    k8s::prom::ServerConfig m_urlConfig;
    std::string m_urlPath; // the URL's path and query, fetched relative to its origin
    std::shared_ptr<k8s::prom::PrometheusClient> m_client;
    QTimer m_timer;
    QString m_lastError;
    bool m_inFlight = false;
    quint64 m_source = 0; // bumped when the source changes, so answers from the old one are dropped
    std::function<qint64()> m_nowMs;
};

} // namespace kedascope::models
