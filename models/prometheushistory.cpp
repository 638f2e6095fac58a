// SPDX-License-Identifier: Apache-2.0
#include "models/prometheushistory.h"

#include "models/metricstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kedascope::models {

namespace {

constexpr qint64 defaultIntervalMs = 15000;

QString idOf(const QString &ns, const QString &name)
{
    return ns + QLatin1Char('/') + name;
}

QString labelOf(const k8s::prom::Series &series, const std::string &name)
{
    const std::string *value = series.label(name);
    return value ? QString::fromStdString(*value) : QString();
}

} // namespace

// The client of one server configuration; replaced, not changed, when the server changes.
struct PrometheusHistory::Worker
{
    std::shared_ptr<k8s::prom::PrometheusClient> client;
    QString configError;
};

PrometheusHistory::PrometheusHistory(const QString &contextName, MetricStore *store, QObject *parent)
    : QObject(parent), m_contextName(contextName), m_store(store),
      m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(int(defaultIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, [this] { startQuery(m_historyPending); });
}

PrometheusHistory::~PrometheusHistory() = default;

void PrometheusHistory::setServer(const k8s::prom::ServerConfig &config)
{
    ++m_generation;
    m_inFlight = false;
    m_lastError.clear();
    m_worker.reset();
    if (!config.url.empty()) {
        m_worker = std::make_shared<Worker>();
        auto client = k8s::prom::PrometheusClient::create(config);
        if (client)
            m_worker->client = *client;
        else
            m_worker->configError = QString::fromStdString(client.error().message);
    }
    m_historyPending = true;
    refreshNow();
}

bool PrometheusHistory::isConfigured() const
{
    return m_worker != nullptr;
}

void PrometheusHistory::setWatched(const WatchedObjects &objects)
{
    if (objects == m_watched)
        return;
    m_watched = objects;
    ++m_generation;
    m_inFlight = false;
    m_historyPending = true;
    refreshNow();
}

WatchedObjects PrometheusHistory::watched() const
{
    return m_watched;
}

void PrometheusHistory::setHistorySeconds(qint64 seconds)
{
    m_historySeconds = std::max<qint64>(1, seconds);
}

void PrometheusHistory::setStepSeconds(double seconds)
{
    m_stepSeconds = seconds > 0 ? seconds : 15;
}

void PrometheusHistory::setIntervalMs(qint64 ms)
{
    m_timer.setInterval(int(std::clamp<qint64>(ms, 1, std::numeric_limits<int>::max())));
}

void PrometheusHistory::refreshNow()
{
    if (!m_worker || m_watched.isEmpty()) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
    startQuery(m_historyPending);
}

void PrometheusHistory::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

QString PrometheusHistory::selectorFor(const WatchedObjects &objects)
{
    QStringList names;
    for (const WatchedObject &object : objects) {
        const QString escaped = QRegularExpression::escape(object.name);
        if (!names.contains(escaped))
            names.append(escaped);
    }
    std::sort(names.begin(), names.end());
    const std::string regex = k8s::prom::quoteLabelValue(names.join(QLatin1Char('|')).toStdString());
    return QStringLiteral("keda_scaler_metrics_value{scaledObject=~") + QString::fromStdString(regex) +
           QLatin1Char('}');
}

void PrometheusHistory::startQuery(bool range)
{
    if (!m_worker || m_watched.isEmpty() || m_inFlight)
        return;
    const quint64 generation = m_generation;
    if (!m_worker->client) {
        storeResult(range, k8s::Error::make(k8s::Error::Kind::Config, m_worker->configError.toStdString()),
                    generation);
        return;
    }
    m_inFlight = true;
    const std::string expression = selectorFor(m_watched).toStdString();
    const qint64 endMs = m_nowMs();
    const qint64 startMs = endMs - m_historySeconds * 1000;
    const double step = m_stepSeconds;
    QPointer<PrometheusHistory> self(this);
    QThreadPool::globalInstance()->start(
        [self, worker = m_worker, expression, range, startMs, endMs, step, generation] {
            auto result = range ? worker->client->queryRange(expression, startMs, endMs, step)
                                : worker->client->query(expression);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, range, result = std::move(result), generation] {
                    if (self)
                        self->storeResult(range, result, generation);
                },
                Qt::QueuedConnection);
        });
}

void PrometheusHistory::storeResult(bool range, const k8s::Result<k8s::prom::QueryResult> &result,
                                    quint64 generation)
{
    if (generation != m_generation)
        return; // asked for another server or other objects
    m_inFlight = false;
    if (!m_store)
        return;
    const qint64 now = m_nowMs();
    if (!result) {
        m_lastError = QString::fromStdString(result.error().message);
        if (m_lastError.isEmpty())
            m_lastError = tr("the Prometheus server could not be queried");
        for (const WatchedObject &object : std::as_const(m_watched)) {
            const QString prefix = metrickeys::objectPrefix(m_contextName, object.ns, object.name);
            QStringList keys;
            const QStringList all = m_store->keysWithPrefix(prefix + QStringLiteral("trigger/"));
            for (const QString &key : all) {
                if (key.endsWith(QLatin1String("/history")))
                    keys.append(key);
            }
            if (keys.isEmpty())
                keys.append(metrickeys::triggerHistory(m_contextName, object.ns, object.name, 0));
            for (const QString &key : std::as_const(keys))
                m_store->appendGap(key, now, m_lastError);
        }
        Q_EMIT failed(m_lastError);
        return;
    }
    m_lastError.clear();
    QHash<QString, const WatchedObject *> byId;
    for (const WatchedObject &object : std::as_const(m_watched))
        byId.insert(idOf(object.ns, object.name), &object);
    int seriesCount = 0;
    for (const k8s::prom::Series &series : result->series) {
        // Prometheus renames the target's `namespace` when its scrape config sets one of its own.
        QString ns = labelOf(series, "exported_namespace");
        if (ns.isEmpty())
            ns = labelOf(series, "namespace");
        const WatchedObject *object = byId.value(idOf(ns, labelOf(series, "scaledObject")));
        const QString type = labelOf(series, "type");
        if (!object || (!type.isEmpty() && type.compare(object->kind, Qt::CaseInsensitive) != 0))
            continue;
        QString indexText = labelOf(series, "triggerIndex");
        if (indexText.isEmpty())
            indexText = labelOf(series, "scalerIndex");
        bool ok = false;
        const int index = indexText.toInt(&ok);
        if (!ok)
            continue;
        const QString key = metrickeys::triggerHistory(m_contextName, object->ns, object->name, index);
        MetricInfo info = m_store->info(key);
        info.label = labelOf(series, "metric");
        info.source = tr("Prometheus");
        info.triggerType = labelOf(series, "scaler");
        info.pollingIntervalMs = m_timer.interval();
        m_store->setInfo(key, info);
        for (const auto &[timeMs, value] : series.points) {
            if (std::isnan(value))
                m_store->appendGap(key, timeMs, tr("Prometheus holds NaN for this sample"));
            else
                m_store->append(key, timeMs, value);
        }
        ++seriesCount;
    }
    if (range) {
        m_historyPending = false;
        Q_EMIT historyLoaded(seriesCount);
    } else {
        Q_EMIT updated(seriesCount);
    }
}

} // namespace kedascope::models
