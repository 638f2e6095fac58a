// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricinfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace kedascope::models {

class ClusterConnection;
class MetricStore;

// Polls each watched ScaledObject's triggers through the external metrics API
// (/apis/external.metrics.k8s.io/v1beta1/namespaces/NS/METRIC?labelSelector=scaledobject.keda.sh/name=NAME),
// at the object's pollingInterval (default 30 s) or the interval the user chose, and appends the values to
// metrickeys::trigger(context, ns, name, index). A failed read (403, the scaler's error) appends a gap with
// the reason, never 0. Each trigger's target, activation threshold and metric type go to the store's
// MetricInfo. Every query makes KEDA ask the scaler's source unless the trigger has useCachedMetrics.
class ExternalMetricPoller : public QObject
{
    Q_OBJECT
public:
    ExternalMetricPoller(ClusterConnection *connection, MetricStore *store, QObject *parent = nullptr);
    ~ExternalMetricPoller() override;

    // The objects on screen; others stop being polled. Newly watched objects are polled at once.
    void setWatched(const WatchedObjects &objects);
    WatchedObjects watched() const;

    // 0 (default): each object's spec.pollingInterval; otherwise this many milliseconds for all.
    void setIntervalOverride(qint64 ms);
    qint64 intervalOverride() const { return m_intervalOverrideMs; }
    qint64 intervalFor(const QString &ns, const QString &name) const; // the effective interval in ms

    void pollNow(); // every watched object, at once

    // The clock samples are stamped with (ms since the epoch); QDateTime's UTC now by default.
    void setClock(std::function<qint64()> nowMs);

Q_SIGNALS:
    // After each object's round of reads: how many triggers gave a value and how many failed.
    void polled(const QString &ns, const QString &name, int values, int failures);
    void failed(const QString &ns, const QString &name, int triggerIndex, const QString &reason);

private:
    struct Target;
    void schedule(Target &target);
    void poll(const QString &id);
    void readObject(const QString &id, const QByteArray &json);
    void readMetric(const QString &id, int triggerIndex, const QString &metricName);
    void finishRead(const QString &id);

    QPointer<ClusterConnection> m_connection;
    QPointer<MetricStore> m_store;
    QHash<QString, Target *> m_targets; // by "ns/name"
    qint64 m_intervalOverrideMs = 0;
    std::function<qint64()> m_nowMs;
};

} // namespace kedascope::models
