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

namespace kedascope::models {

class MetricStore;

// History from a Prometheus server that scrapes KEDA: on setServer()/setWatched() a query_range of
// keda_scaler_metrics_value for the watched objects over the last hour (settable) fills
// metrickeys::triggerHistory(context, ns, name, scalerIndex); instant queries every interval keep it
// live. The object's namespace is read from `exported_namespace` when Prometheus renamed it, else
// `namespace`. HTTP runs on a worker thread; results are stored on the GUI thread. Failures
// (connection refused, 401, bad query) append gaps with the server's message.
class PrometheusHistory : public QObject
{
    Q_OBJECT
public:
    PrometheusHistory(const QString &contextName, MetricStore *store, QObject *parent = nullptr);
    ~PrometheusHistory() override;

    void setServer(const k8s::prom::ServerConfig &config); // an empty url stops
    bool isConfigured() const;
    void setWatched(const WatchedObjects &objects);
    WatchedObjects watched() const;
    void setHistorySeconds(qint64 seconds); // default 3600
    void setStepSeconds(double seconds);    // query_range step, default 15
    void setIntervalMs(qint64 ms);          // instant queries, default 15 s
    void refreshNow();
    void setClock(std::function<qint64()> nowMs);

    QString lastError() const { return m_lastError; }

    // The PromQL selector used for `objects`: keda_scaler_metrics_value{scaledObject=~"a|b"}.
    static QString selectorFor(const WatchedObjects &objects);

Q_SIGNALS:
    void historyLoaded(int seriesCount);
    void updated(int seriesCount);
    void failed(const QString &reason);

private:
    struct Worker;
    void startQuery(bool range);
    void storeResult(bool range, const k8s::Result<k8s::prom::QueryResult> &result, quint64 generation);

    QString m_contextName;
    QPointer<MetricStore> m_store;
    WatchedObjects m_watched;
    std::shared_ptr<Worker> m_worker;
    QTimer m_timer;
    qint64 m_historySeconds = 3600;
    double m_stepSeconds = 15;
    QString m_lastError;
    quint64 m_generation = 0;
    bool m_historyPending = false;
    bool m_inFlight = false;
    std::function<qint64()> m_nowMs;
};

} // namespace kedascope::models
