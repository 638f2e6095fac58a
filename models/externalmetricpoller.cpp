// SPDX-License-Identifier: Apache-2.0
#include "models/externalmetricpoller.h"

#include "models/clusterconnection.h"
#include "models/metricstore.h"
#include "models/objectdetails.h"
#include "models/triggermetrics.h"
#include "models/watchedtargets.h"

#include "k8sclient/json.h"
#include "k8sclient/kedametricnames.h"
#include "k8sclient/resourcetype.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <string_view>

namespace kedascope::models {

namespace json = k8s::json;

namespace {

constexpr qint64 defaultPollingMs = 30000;

QString reasonOf(const CallResult &result)
{
    if (!result.errorMessage.isEmpty())
        return result.errorMessage;
    if (!result.reason.isEmpty())
        return result.reason;
    return ExternalMetricPoller::tr("the external metrics API answered HTTP %1").arg(result.httpCode);
}

} // namespace

struct ExternalMetricPoller::Target
{
    QString ns;
    QString name;
    QTimer timer;
    qint64 pollingMs = defaultPollingMs;
    QList<int> knownTriggers; // indices read before, for gaps when the object itself cannot be read
    quint64 round = 0;        // answers of older rounds are dropped
    bool inFlight = false;
    int pending = 0;
    int values = 0;
    int failures = 0;
};

ExternalMetricPoller::ExternalMetricPoller(ClusterConnection *connection, MetricStore *store, QObject *parent)
    : QObject(parent), m_connection(connection), m_store(store),
      m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

ExternalMetricPoller::~ExternalMetricPoller()
{
    if (m_connection)
        m_connection->forgetJobs(this);
    qDeleteAll(m_targets);
}

void ExternalMetricPoller::setWatched(const WatchedObjects &objects)
{
    const QStringList wanted = scaledObjectIds(objects);
    dropTargetsNotIn(m_targets, wanted);
    for (const WatchedObject &object : objects) {
        const QString id = watchedId(object.ns, object.name);
        if (!wanted.contains(id) || m_targets.contains(id))
            continue;
        auto *target = new Target;
        target->ns = object.ns;
        target->name = object.name;
        target->timer.setSingleShot(true);
        connect(&target->timer, &QTimer::timeout, this, [this, id] { poll(id); });
        m_targets.insert(id, target);
        poll(id);
    }
}

WatchedObjects ExternalMetricPoller::watched() const
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

void ExternalMetricPoller::setIntervalOverride(qint64 ms)
{
    m_intervalOverrideMs = std::max<qint64>(0, ms);
    for (Target *target : std::as_const(m_targets)) {
        if (target->timer.isActive())
            schedule(*target);
    }
}

qint64 ExternalMetricPoller::intervalFor(const QString &ns, const QString &name) const
{
    if (m_intervalOverrideMs > 0)
        return m_intervalOverrideMs;
    const Target *target = m_targets.value(watchedId(ns, name));
    return target ? target->pollingMs : defaultPollingMs;
}

void ExternalMetricPoller::pollNow()
{
    const QStringList ids = m_targets.keys();
    for (const QString &id : ids)
        poll(id);
}

void ExternalMetricPoller::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

void ExternalMetricPoller::schedule(Target &target)
{
    target.timer.start(
        int(std::min<qint64>(intervalFor(target.ns, target.name), std::numeric_limits<int>::max())));
}

void ExternalMetricPoller::poll(const QString &id)
{
    Target *target = m_targets.value(id);
    if (!target || !m_connection || target->inFlight)
        return;
    target->timer.stop();
    target->inFlight = true;
    target->pending = 0;
    target->values = 0;
    target->failures = 0;
    const quint64 round = ++target->round;
    const auto job = m_connection->get(k8s::resources::scaledObjects(), target->ns, target->name);
    m_connection->whenFinished(job, this, [this, id, round](const CallResult &result) {
        Target *target = m_targets.value(id);
        if (!target || target->round != round)
            return;
        if (result.ok) {
            readObject(id, result.json);
            return;
        }
        // Without the object there are no metric names: every trigger seen before gets the gap.
        const QString reason = reasonOf(result);
        const QList<int> indices = target->knownTriggers.isEmpty() ? QList<int>{0} : target->knownTriggers;
        for (int index : indices) {
            if (m_store)
                m_store->appendGap(
                    metrickeys::trigger(m_connection->contextName(), target->ns, target->name, index),
                    m_nowMs(), reason);
            ++target->failures;
            Q_EMIT failed(target->ns, target->name, index, reason);
        }
        finishRead(id);
    });
}

void ExternalMetricPoller::readObject(const QString &id, const QByteArray &json)
{
    Target *target = m_targets.value(id);
    auto document = json::parse(std::string_view(json.constData(), size_t(json.size())));
    if (!document || !document->IsObject()) {
        finishRead(id);
        return;
    }
    const auto polling = json::intAt(*document, "spec.pollingInterval");
    target->pollingMs = polling && *polling > 0 ? *polling * 1000 : defaultPollingMs;

    const QList<TriggerMetric> metrics = triggerMetricsOf(*document);
    target->knownTriggers.clear();
    const QString context = m_connection->contextName();
    for (const TriggerMetric &metric : metrics) {
        target->knownTriggers.append(metric.index);
        MetricInfo info = metric.info;
        info.source = tr("external metrics API");
        info.pollingIntervalMs = intervalFor(target->ns, target->name);
        if (m_store)
            m_store->setInfo(metrickeys::trigger(context, target->ns, target->name, metric.index), info);
    }
    target->pending = int(metrics.size());
    if (metrics.isEmpty()) {
        finishRead(id);
        return;
    }
    for (const TriggerMetric &metric : metrics)
        readMetric(id, metric.index, metric.metricName);
}

void ExternalMetricPoller::readMetric(const QString &id, int triggerIndex, const QString &metricName)
{
    Target *target = m_targets.value(id);
    const QString path =
        QStringLiteral("/apis/external.metrics.k8s.io/v1beta1/namespaces/") +
        QString::fromLatin1(QUrl::toPercentEncoding(target->ns)) + QLatin1Char('/') +
        QString::fromLatin1(QUrl::toPercentEncoding(metricName)) + QStringLiteral("?labelSelector=") +
        QString::fromLatin1(
            QUrl::toPercentEncoding(QStringLiteral("scaledobject.keda.sh/name=") + target->name));
    const quint64 round = target->round;
    const auto job = m_connection->getPath(path);
    m_connection->whenFinished(job, this, [this, id, round, triggerIndex](const CallResult &result) {
        Target *target = m_targets.value(id);
        if (!target || target->round != round || !m_store)
            return;
        const QString key =
            metrickeys::trigger(m_connection->contextName(), target->ns, target->name, triggerIndex);
        std::optional<double> value;
        QString reason;
        if (result.ok) {
            auto list = json::parse(std::string_view(result.json.constData(), size_t(result.json.size())));
            const json::Value *items = list ? json::find(*list, "items") : nullptr;
            if (items && items->IsArray() && !items->Empty())
                value = details::parseQuantity(details::stringOf(json::find((*items)[0], "value")));
            if (!value)
                reason = tr("the external metrics API returned no value");
        } else {
            reason = reasonOf(result);
        }
        if (value) {
            m_store->append(key, m_nowMs(), *value);
            ++target->values;
        } else {
            m_store->appendGap(key, m_nowMs(), reason);
            ++target->failures;
            Q_EMIT failed(target->ns, target->name, triggerIndex, reason);
        }
        if (--target->pending <= 0)
            finishRead(id);
    });
}

void ExternalMetricPoller::finishRead(const QString &id)
{
    Target *target = m_targets.value(id);
    if (!target)
        return;
    target->inFlight = false;
    schedule(*target);
    Q_EMIT polled(target->ns, target->name, target->values, target->failures);
}

} // namespace kedascope::models
