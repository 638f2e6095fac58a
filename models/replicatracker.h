// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"
#include "models/metricinfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace kedascope::models {

class MetricStore;

// Current and desired replicas of each watched ScaledObject: the HPA KEDA made (watched through the
// connection: status.currentReplicas / desiredReplicas) and the target's /scale subresource (status.replicas,
// read with getPath every interval, so objects scaled to zero or paused without an HPA still show).
// Appends to metrickeys::replicasCurrent / replicasDesired; MetricInfo of both carries min, max and the
// paused level (autoscaling.keda.sh/paused-replicas). A failed read appends a gap with the reason.
class ReplicaTracker : public QObject
{
    Q_OBJECT
public:
    ReplicaTracker(ClusterConnection *connection, MetricStore *store, QObject *parent = nullptr);
    ~ReplicaTracker() override;

    void setWatched(const WatchedObjects &objects);
    WatchedObjects watched() const;

    void setIntervalMs(qint64 ms); // how often /scale and the ScaledObject are read (default 15 s)
    qint64 intervalMs() const { return m_intervalMs; }
    void refreshNow();
    void setClock(std::function<qint64()> nowMs);

Q_SIGNALS:
    void updated(const QString &ns, const QString &name);
    void failed(const QString &ns, const QString &name, const QString &reason);

private:
    struct Target;
    void onSynced(const k8s::ResourceType &type, const ObjectList &objects);
    void onDeltas(const k8s::ResourceType &type, const DeltaList &batch);
    void readHpa(const QByteArray &json);
    void refresh(const QString &id);
    void readObject(const QString &id, const QByteArray &json);
    void readScale(const QString &id, const CallResult &result);
    void updateHpaWatch();

    QPointer<ClusterConnection> m_connection;
    QPointer<MetricStore> m_store;
    QHash<QString, Target *> m_targets; // by "ns/name"
    QTimer m_timer;
    qint64 m_intervalMs = 15000;
    QString m_hpaNamespace; // what the HPA watch covers ("" all); null when not watching
    bool m_watchingHpas = false;
    std::function<qint64()> m_nowMs;
};

} // namespace kedascope::models
