// SPDX-License-Identifier: Apache-2.0
#include "models/replicatracker.h"

#include "models/metricstore.h"
#include "models/objectdetails.h"
#include "models/watchedtargets.h"

#include "k8sclient/json.h"
#include "k8sclient/kedapause.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <limits>
#include <string_view>

namespace kedascope::models {

namespace json = k8s::json;

namespace {

std::optional<json::Document> parsed(const QByteArray &body)
{
    auto document = json::parse(std::string_view(body.constData(), size_t(body.size())));
    if (document && !document->IsObject())
        return std::nullopt;
    return document;
}

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString reasonOf(const CallResult &result)
{
    if (!result.errorMessage.isEmpty())
        return result.errorMessage;
    if (!result.reason.isEmpty())
        return result.reason;
    return ReplicaTracker::tr("the API server answered HTTP %1").arg(result.httpCode);
}

// The target's /scale path from status.scaleTargetGVKR when KEDA filled it, else from scaleTargetRef
// (apps/v1 Deployment by default, as KEDA assumes).
QString scalePathOf(const json::Value &scaledObject, const QString &ns)
{
    std::string group = json::stringAt(scaledObject, "status.scaleTargetGVKR.group");
    std::string version = json::stringAt(scaledObject, "status.scaleTargetGVKR.version");
    std::string resource = json::stringAt(scaledObject, "status.scaleTargetGVKR.resource");
    if (version.empty() || resource.empty()) {
        const std::string apiVersion =
            json::stringAt(scaledObject, "spec.scaleTargetRef.apiVersion", "apps/v1");
        const size_t slash = apiVersion.find('/');
        group = slash == std::string::npos ? std::string() : apiVersion.substr(0, slash);
        version = slash == std::string::npos ? apiVersion : apiVersion.substr(slash + 1);
        resource = json::stringAt(scaledObject, "spec.scaleTargetRef.kind", "Deployment");
        std::transform(resource.begin(), resource.end(), resource.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        resource += 's';
    }
    const QString prefix =
        group.empty() ? QString(QStringLiteral("/api/") + text(version))
                      : QString(QStringLiteral("/apis/") + text(group) + QLatin1Char('/') + text(version));
    return prefix + QStringLiteral("/namespaces/") + ns + QLatin1Char('/') + text(resource) +
           QLatin1Char('/') + text(json::stringAt(scaledObject, "spec.scaleTargetRef.name")) +
           QStringLiteral("/scale");
}

} // namespace

struct ReplicaTracker::Target
{
    QString ns;
    QString name;
    QString hpaName; // status.hpaName, or KEDA's default until the object is read
    QString scalePath;
    MetricInfo currentInfo;
    MetricInfo desiredInfo;
    quint64 round = 0;
};

ReplicaTracker::ReplicaTracker(ClusterConnection *connection, MetricStore *store, QObject *parent)
    : QObject(parent), m_connection(connection), m_store(store),
      m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(int(m_intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &ReplicaTracker::refreshNow);
    if (m_connection) {
        connect(m_connection, &ClusterConnection::synced, this, &ReplicaTracker::onSynced);
        connect(m_connection, &ClusterConnection::deltas, this, &ReplicaTracker::onDeltas);
    }
}

ReplicaTracker::~ReplicaTracker()
{
    if (m_connection) {
        m_connection->forgetJobs(this);
        if (m_watchingHpas && m_connection->isWatching(k8s::resources::hpas()))
            m_connection->unwatch(k8s::resources::hpas());
    }
    qDeleteAll(m_targets);
}

void ReplicaTracker::setWatched(const WatchedObjects &objects)
{
    const QStringList wanted = scaledObjectIds(objects);
    dropTargetsNotIn(m_targets, wanted);
    QStringList added;
    for (const WatchedObject &object : objects) {
        const QString id = watchedId(object.ns, object.name);
        if (!wanted.contains(id) || m_targets.contains(id))
            continue;
        auto *target = new Target;
        target->ns = object.ns;
        target->name = object.name;
        target->hpaName = QStringLiteral("keda-hpa-") + object.name;
        m_targets.insert(id, target);
        added.append(id);
    }
    updateHpaWatch();
    for (const QString &id : std::as_const(added))
        refresh(id);
    if (m_targets.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

WatchedObjects ReplicaTracker::watched() const
{
    WatchedObjects objects;
    for (const Target *target : m_targets) {
        WatchedObject object;
        object.ns = target->ns;
        object.name = target->name;
        objects.append(object);
    }
    std::sort(objects.begin(), objects.end(), [](const WatchedObject &a, const WatchedObject &b) {
        return watchedId(a.ns, a.name) < watchedId(b.ns, b.name);
    });
    return objects;
}

void ReplicaTracker::setIntervalMs(qint64 ms)
{
    m_intervalMs = std::clamp<qint64>(ms, 1, std::numeric_limits<int>::max());
    m_timer.setInterval(int(m_intervalMs));
}

void ReplicaTracker::refreshNow()
{
    const QStringList ids = m_targets.keys();
    for (const QString &id : ids)
        refresh(id);
}

void ReplicaTracker::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

// A watch the UI already runs (e.g. for the table's replica columns) is shared, not replaced; ours
// covers the one namespace of the watched objects, or all of them.
void ReplicaTracker::updateHpaWatch()
{
    if (!m_connection)
        return;
    const auto &hpas = k8s::resources::hpas();
    if (m_targets.isEmpty()) {
        if (m_watchingHpas && m_connection->isWatching(hpas))
            m_connection->unwatch(hpas);
        m_watchingHpas = false;
        m_hpaNamespace = QString();
        return;
    }
    if (!m_watchingHpas && m_connection->isWatching(hpas))
        return;
    QSet<QString> namespaces;
    for (const Target *target : std::as_const(m_targets))
        namespaces.insert(target->ns);
    const QString ns = namespaces.size() == 1 ? *namespaces.begin() : QStringLiteral("");
    if (m_watchingHpas && m_connection->isWatching(hpas) && !m_hpaNamespace.isNull() && ns == m_hpaNamespace)
        return;
    m_hpaNamespace = ns;
    m_watchingHpas = true;
    m_connection->watch(hpas, ns);
}

void ReplicaTracker::onSynced(const k8s::ResourceType &type, const ObjectList &objects)
{
    if (!(type == k8s::resources::hpas()))
        return;
    for (const k8s::CachedObject &object : objects)
        readHpa(QByteArray::fromStdString(object.json));
}

void ReplicaTracker::onDeltas(const k8s::ResourceType &type, const DeltaList &batch)
{
    if (!(type == k8s::resources::hpas()))
        return;
    for (const k8s::WatchDelta &delta : batch) {
        if (delta.type != k8s::WatchDelta::Type::Deleted)
            readHpa(QByteArray::fromStdString(delta.object.json));
    }
}

void ReplicaTracker::readHpa(const QByteArray &json)
{
    const auto document = parsed(json);
    if (!document || !m_store || !m_connection)
        return;
    const QString ns = text(json::stringAt(*document, "metadata.namespace"));
    const QString hpaName = text(json::stringAt(*document, "metadata.name"));
    for (Target *target : std::as_const(m_targets)) {
        if (target->ns != ns || target->hpaName != hpaName)
            continue;
        const QString context = m_connection->contextName();
        const qint64 now = m_nowMs();
        if (const auto current = json::intAt(*document, "status.currentReplicas"))
            m_store->append(metrickeys::replicasCurrent(context, ns, target->name), now, double(*current));
        if (const auto desired = json::intAt(*document, "status.desiredReplicas"))
            m_store->append(metrickeys::replicasDesired(context, ns, target->name), now, double(*desired));
        Q_EMIT updated(ns, target->name);
    }
}

void ReplicaTracker::refresh(const QString &id)
{
    Target *target = m_targets.value(id);
    if (!target || !m_connection)
        return;
    const quint64 round = ++target->round;
    const auto job = m_connection->get(k8s::resources::scaledObjects(), target->ns, target->name);
    m_connection->whenFinished(job, this, [this, id, round](const CallResult &result) {
        Target *target = m_targets.value(id);
        if (!target || target->round != round)
            return;
        if (!result.ok) {
            const QString reason = reasonOf(result);
            const QString context = m_connection->contextName();
            const qint64 now = m_nowMs();
            if (m_store) {
                m_store->appendGap(metrickeys::replicasCurrent(context, target->ns, target->name), now,
                                   reason);
                m_store->appendGap(metrickeys::replicasDesired(context, target->ns, target->name), now,
                                   reason);
            }
            Q_EMIT failed(target->ns, target->name, reason);
            return;
        }
        readObject(id, result.json);
    });
}

void ReplicaTracker::readObject(const QString &id, const QByteArray &json)
{
    Target *target = m_targets.value(id);
    const auto document = parsed(json);
    if (!document)
        return;
    const QString hpaName = text(json::stringAt(*document, "status.hpaName"));
    if (!hpaName.isEmpty())
        target->hpaName = hpaName;
    target->scalePath = scalePathOf(*document, target->ns);

    MetricInfo info;
    info.source = tr("HPA and /scale");
    info.unit = tr("replicas");
    info.pollingIntervalMs = m_intervalMs;
    info.minReplicas = double(json::intAt(*document, "spec.minReplicaCount").value_or(0));
    info.maxReplicas = double(json::intAt(*document, "spec.maxReplicaCount").value_or(100));
    const auto pause = k8s::keda::PauseSpec::fromScaledObject(*document);
    if (pause.pausedReplicas)
        info.pausedReplicas = double(*pause.pausedReplicas);
    const QString context = m_connection->contextName();
    if (m_store) {
        MetricInfo current = info;
        current.label = tr("current replicas");
        m_store->setInfo(metrickeys::replicasCurrent(context, target->ns, target->name), current);
        MetricInfo desired = info;
        desired.label = tr("desired replicas");
        m_store->setInfo(metrickeys::replicasDesired(context, target->ns, target->name), desired);
    }
    const quint64 round = target->round;
    const auto job = m_connection->getPath(target->scalePath);
    m_connection->whenFinished(job, this, [this, id, round](const CallResult &result) {
        const Target *target = m_targets.value(id);
        if (target && target->round == round)
            readScale(id, result);
    });
}

void ReplicaTracker::readScale(const QString &id, const CallResult &result)
{
    const Target *target = m_targets.value(id);
    if (!m_store)
        return;
    const QString context = m_connection->contextName();
    const QString currentKey = metrickeys::replicasCurrent(context, target->ns, target->name);
    const QString desiredKey = metrickeys::replicasDesired(context, target->ns, target->name);
    const qint64 now = m_nowMs();
    const auto document = result.ok ? parsed(result.json) : std::nullopt;
    const auto current = document ? json::intAt(*document, "status.replicas") : std::nullopt;
    if (!current) {
        const QString reason =
            result.ok ? tr("the /scale subresource reports no replica count") : reasonOf(result);
        m_store->appendGap(currentKey, now, reason);
        m_store->appendGap(desiredKey, now, reason);
        Q_EMIT failed(target->ns, target->name, reason);
        return;
    }
    // The scale target's spec is what KEDA or the HPA asked for last: the desired count.
    m_store->append(currentKey, now, double(*current));
    m_store->append(desiredKey, now, double(json::intAt(*document, "spec.replicas").value_or(*current)));
    Q_EMIT updated(target->ns, target->name);
}

} // namespace kedascope::models
