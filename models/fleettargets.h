// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricinfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace kedascope::k8s {
struct CachedObject;
}

namespace kedascope::models {

class ClusterConnection;
class MetricStore;

// Every ScaledObject of the context, and each trigger's target and activation, read from their specs
// (one list, then the watches the console keeps anyway) and written to the metric store's info, so
// that the fleet can rank objects whose external metrics nobody polls. Asks no scaler anything.
class FleetTargets : public QObject
{
    Q_OBJECT
public:
    FleetTargets(ClusterConnection *connection, MetricStore *store, QObject *parent = nullptr);

    void start(); // lists the ScaledObjects of every namespace
    WatchedObjects objects() const;

Q_SIGNALS:
    void objectsChanged();

private:
    void take(const k8s::CachedObject &object);
    void forget(const QString &ns, const QString &name);

    QPointer<ClusterConnection> m_connection;
    QPointer<MetricStore> m_store;
    QHash<QString, WatchedObject> m_objects; // by "ns/name"
};

} // namespace kedascope::models
