// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"
#include "models/objectdetails.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTimer;

namespace kedascope::models {

class MetricStore;

// Gathers what the details pane shows about one KEDA object: the object, then in parallel its HPA,
// its scale target's /scale, its latest events, the TriggerAuthentications its triggers use and each
// trigger's value from the external metrics API. Parts are delivered as they arrive (detailsChanged);
// answers meant for a previous object are dropped. While polling, it reads everything again every
// pollingInterval; external metric values are read at most once per pollingInterval, since each
// read makes KEDA query the event source.
class ObjectDetailsLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int eventLimit = 10;

    explicit ObjectDetailsLoader(QObject *parent = nullptr);

    // A new connection (a reconnect): the object being followed is read again through it.
    void setConnection(ClusterConnection *connection);
    // Follows an object. The same object again refreshes it, keeping what is known meanwhile.
    void setObject(const k8s::ResourceType &type, const QString &ns, const QString &name);
    void clear();
    // Reads the object and its parts again (metric values only when due).
    void refresh();
    void setPolling(bool enabled);
    // Trigger values the charts' poller has just read into `store` are shown from there instead of
    // being read again, so the pane adds no queries to KEDA's scalers while the charts are open.
    void setMetricStore(MetricStore *store);
    bool isPolling() const { return m_polling; }
    bool isPollScheduled() const;
    int pollingIntervalSeconds() const { return m_intervalSeconds; }

    bool hasObject() const { return !m_name.isEmpty(); }
    const ObjectDetails &details() const { return m_details; }

Q_SIGNALS:
    void objectChanged();  // the object itself arrived, or could not be read
    void detailsChanged(); // any part arrived

private:
    void onObject(const CallResult &result);
    void loadHpa(const k8s::json::Value &object);
    void loadScale(const k8s::json::Value &object);
    void loadEvents();
    void loadAuths(const k8s::json::Value &object);
    void loadTriggers(const k8s::json::Value &object);
    void queryMetric(std::size_t slot);
    bool takeStoredValue(TriggerValue &trigger) const;
    void onStoreAppended(const QStringList &keys);
    void deliver();
    void schedulePoll();
    void call(ClusterConnection::JobId job, std::function<void(const CallResult &)> handle);

    QPointer<ClusterConnection> m_connection;
    QPointer<MetricStore> m_store;
    k8s::ResourceType m_type;
    QString m_ns;
    QString m_name;
    ObjectDetails m_details;
    QTimer *m_poll;
    bool m_polling = true;
    int m_intervalSeconds = 30;
    QElapsedTimer m_metricsRead;
    QString m_metricsSpec; // the triggers' spec the values were read for
};

} // namespace kedascope::models
