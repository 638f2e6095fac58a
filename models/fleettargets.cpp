// SPDX-License-Identifier: Apache-2.0
#include "models/fleettargets.h"

#include "models/clusterconnection.h"
#include "models/metricstore.h"
#include "models/triggermetrics.h"

#include "k8sclient/json.h"
#include "k8sclient/resourcetype.h"

#include <algorithm>

namespace kedascope::models {

namespace json = k8s::json;

FleetTargets::FleetTargets(ClusterConnection *connection, MetricStore *store, QObject *parent)
    : QObject(parent), m_connection(connection), m_store(store)
{
    if (!m_connection)
        return;
    connect(m_connection, &ClusterConnection::synced, this,
            [this](const k8s::ResourceType &type, const ObjectList &objects) {
                if (!(type == k8s::resources::scaledObjects()))
                    return;
                for (const k8s::CachedObject &object : objects)
                    take(object);
                Q_EMIT objectsChanged();
            });
    connect(m_connection, &ClusterConnection::deltas, this,
            [this](const k8s::ResourceType &type, const DeltaList &batch) {
                if (!(type == k8s::resources::scaledObjects()))
                    return;
                for (const k8s::WatchDelta &delta : batch) {
                    if (delta.type == k8s::WatchDelta::Type::Deleted)
                        forget(QString::fromStdString(delta.object.ns), QString::fromStdString(delta.object.name));
                    else
                        take(delta.object);
                }
                Q_EMIT objectsChanged();
            });
}

void FleetTargets::start()
{
    if (!m_connection)
        return;
    const auto job = m_connection->list(k8s::resources::scaledObjects(), QString());
    m_connection->whenFinished(job, this, [this](const CallResult &result) {
        if (!result.ok)
            return; // the fleet then ranks what the console's own watches bring
        const auto list = json::parse(std::string_view(result.json.constData(), size_t(result.json.size())));
        const json::Value *items = list ? json::find(*list, "items") : nullptr;
        if (!items || !items->IsArray())
            return;
        for (const auto &item : items->GetArray()) {
            k8s::CachedObject object;
            object.ns = json::stringAt(item, "metadata.namespace");
            object.name = json::stringAt(item, "metadata.name");
            object.json = json::serialize(item);
            take(object);
        }
        Q_EMIT objectsChanged();
    });
}

WatchedObjects FleetTargets::objects() const
{
    WatchedObjects objects(m_objects.cbegin(), m_objects.cend());
    std::sort(objects.begin(), objects.end(), [](const WatchedObject &a, const WatchedObject &b) {
        return a.ns != b.ns ? a.ns < b.ns : a.name < b.name;
    });
    return objects;
}

void FleetTargets::take(const k8s::CachedObject &object)
{
    const QString ns = QString::fromStdString(object.ns);
    const QString name = QString::fromStdString(object.name);
    m_objects.insert(ns + QLatin1Char('/') + name, WatchedObject{QStringLiteral("ScaledObject"), ns, name});
    const auto document = json::parse(object.json);
    if (!document || !m_store || !m_connection)
        return;
    for (const TriggerMetric &metric : triggerMetricsOf(*document)) {
        const QString key = metrickeys::trigger(m_connection->contextName(), ns, name, metric.index);
        // A poller's description (its source and interval) stays; the spec's lines are refreshed.
        MetricInfo info = m_store->hasInfo(key) ? m_store->info(key) : metric.info;
        info.label = metric.info.label;
        info.triggerType = metric.info.triggerType;
        info.metricType = metric.info.metricType;
        info.target = metric.info.target;
        info.activation = metric.info.activation;
        if (m_store->info(key) != info)
            m_store->setInfo(key, info);
    }
}

void FleetTargets::forget(const QString &ns, const QString &name)
{
    m_objects.remove(ns + QLatin1Char('/') + name);
}

} // namespace kedascope::models
