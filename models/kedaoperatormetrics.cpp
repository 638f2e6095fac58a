// SPDX-License-Identifier: Apache-2.0
#include "models/kedaoperatormetrics.h"

#include "models/clusterconnection.h"
#include "models/metricstore.h"

#include "k8sclient/prometheustext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace kedascope::models {

namespace {

constexpr qint64 defaultIntervalMs = 15000;

QString idOf(const QString &ns, const QString &name)
{
    return ns + QLatin1Char('/') + name;
}

// Metrics stored per trigger; the rest are per object.
bool isPerTrigger(const QString &canonical)
{
    return canonical == QLatin1String("keda_scaler_metrics_value") ||
           canonical == QLatin1String("keda_scaler_metrics_latency_seconds") ||
           canonical == QLatin1String("keda_scaler_active") ||
           canonical == QLatin1String("keda_scaler_detail_errors_total");
}

bool isStored(const QString &canonical)
{
    return isPerTrigger(canonical) || canonical == QLatin1String("keda_scaled_object_errors_total") ||
           canonical == QLatin1String("keda_scaled_object_paused") ||
           canonical == QLatin1String("keda_scaled_job_errors_total");
}

QString labelOf(const k8s::prom::Sample &sample, std::string_view name)
{
    const std::string *value = sample.label(name);
    return value ? QString::fromStdString(*value) : QString();
}

} // namespace

// One scrape reduced to what the watched objects need, built on a worker thread.
struct Scrape
{
    struct Row
    {
        QString id;     // "ns/name"
        QString metric; // canonical name
        int index = -1; // trigger index, -1 for per-object metrics
        double value = 0;
        QString scaler;
        QString metricLabel; // KEDA's `metric` label, "s0-rabbitmq-orders"
        bool oldName = false;
    };
    std::vector<Row> rows;
    QString error;
};

namespace {

void parseScrape(const std::string &text, const std::set<QString> &ids, Scrape *out)
{
    k8s::prom::ParseOptions options;
    options.keep = [](std::string_view name) { return name.rfind("keda_", 0) == 0; };
    const auto parsed = k8s::prom::parseText(text, options);
    if (!parsed) {
        out->error = KedaOperatorMetrics::tr("the operator's metrics are not in Prometheus' text format: %1")
                         .arg(QString::fromStdString(parsed.error().message));
        return;
    }
    // A sample under today's name wins over the same one under an old name (2.14-2.16 export both).
    std::map<std::tuple<QString, QString, int>, Scrape::Row> rows;
    for (const k8s::prom::Sample &sample : parsed->samples) {
        const QString written = QString::fromStdString(sample.name);
        const QString canonical = KedaOperatorMetrics::canonicalName(written);
        if (!isStored(canonical))
            continue;
        QString ns = labelOf(sample, "exported_namespace");
        if (ns.isEmpty())
            ns = labelOf(sample, "namespace");
        QString name = labelOf(sample, "scaledObject");
        if (name.isEmpty())
            name = labelOf(sample, "scaledJob");
        const QString id = idOf(ns, name);
        if (!ids.count(id))
            continue;
        Scrape::Row row;
        row.id = id;
        row.metric = canonical;
        row.oldName = written != canonical;
        row.value = sample.value;
        // KEDA before 2.14 reported the latency in milliseconds.
        if (written == QLatin1String("keda_scaler_metrics_latency"))
            row.value /= 1000.0;
        if (isPerTrigger(canonical)) {
            QString index = labelOf(sample, "triggerIndex");
            if (index.isEmpty())
                index = labelOf(sample, "scalerIndex");
            bool ok = false;
            row.index = index.toInt(&ok);
            if (!ok)
                continue;
            row.scaler = labelOf(sample, "scaler");
            row.metricLabel = labelOf(sample, "metric");
        }
        const auto key = std::make_tuple(id, canonical, row.index);
        const auto found = rows.find(key);
        if (found != rows.end() && !found->second.oldName && row.oldName)
            continue;
        rows[key] = row;
    }
    for (auto &[key, row] : rows)
        out->rows.push_back(std::move(row));
}

} // namespace

struct KedaOperatorMetrics::Parsed : Scrape
{
};

KedaOperatorMetrics::KedaOperatorMetrics(ClusterConnection *connection, MetricStore *store, QObject *parent)
    : QObject(parent), m_connection(connection), m_store(store), m_proxyPath(defaultProxyPath()),
      m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setInterval(int(defaultIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &KedaOperatorMetrics::scrapeNow);
}

KedaOperatorMetrics::~KedaOperatorMetrics()
{
    if (m_connection)
        m_connection->forgetJobs(this);
}

QString KedaOperatorMetrics::defaultProxyPath()
{
    return QStringLiteral("/api/v1/namespaces/keda/services/keda-operator:metrics/proxy/metrics");
}

void KedaOperatorMetrics::setProxyPath(const QString &pathAndQuery)
{
    m_proxyPath = pathAndQuery.isEmpty() ? defaultProxyPath() : pathAndQuery;
    ++m_source;
    m_inFlight = false;
}

void KedaOperatorMetrics::setUrl(const k8s::prom::ServerConfig &config)
{
    ++m_source;
    m_inFlight = false;
    m_client.reset();
    m_urlConfig = config;
    m_urlPath.clear();
    m_lastError.clear();
    if (config.url.empty())
        return;
    // The client resolves paths against the URL's origin; the URL's own path is what is fetched.
    const QUrl url(QString::fromStdString(config.url));
    m_urlConfig.url = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                          .toString(QUrl::FullyEncoded)
                          .toStdString();
    m_urlPath = url.path(QUrl::FullyEncoded).toStdString();
    if (m_urlPath.empty())
        m_urlPath = "/metrics";
    if (url.hasQuery())
        m_urlPath += '?' + url.query(QUrl::FullyEncoded).toStdString();
    auto client = k8s::prom::PrometheusClient::create(m_urlConfig);
    if (client)
        m_client = *client;
    else
        m_lastError = QString::fromStdString(client.error().message);
}

void KedaOperatorMetrics::setWatched(const WatchedObjects &objects)
{
    m_watched = objects;
    if (m_watched.isEmpty()) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
    scrapeNow();
}

WatchedObjects KedaOperatorMetrics::watched() const
{
    return m_watched;
}

void KedaOperatorMetrics::setIntervalMs(qint64 ms)
{
    m_timer.setInterval(int(std::clamp<qint64>(ms, 1, std::numeric_limits<int>::max())));
}

qint64 KedaOperatorMetrics::intervalMs() const
{
    return m_timer.interval();
}

void KedaOperatorMetrics::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

QString KedaOperatorMetrics::canonicalName(const QString &metricName)
{
    static const QHash<QString, QString> renamed{
        {QStringLiteral("keda_metrics_adapter_scaler_metrics_value"),
         QStringLiteral("keda_scaler_metrics_value")},
        {QStringLiteral("keda_metrics_adapter_scaler_errors"),
         QStringLiteral("keda_scaler_detail_errors_total")},
        {QStringLiteral("keda_metrics_adapter_scaled_object_errors"),
         QStringLiteral("keda_scaled_object_errors_total")},
        {QStringLiteral("keda_metrics_adapter_scaler_errors_total"),
         QStringLiteral("keda_scaler_errors_total")},
        {QStringLiteral("keda_scaler_errors"), QStringLiteral("keda_scaler_detail_errors_total")},
        {QStringLiteral("keda_scaled_object_errors"), QStringLiteral("keda_scaled_object_errors_total")},
        {QStringLiteral("keda_scaled_job_errors"), QStringLiteral("keda_scaled_job_errors_total")},
        {QStringLiteral("keda_scaler_metrics_latency"),
         QStringLiteral("keda_scaler_metrics_latency_seconds")},
    };
    if (const auto found = renamed.constFind(metricName); found != renamed.constEnd())
        return *found;
    const QLatin1String adapter("keda_metrics_adapter_");
    if (metricName.startsWith(adapter))
        return QStringLiteral("keda_") + metricName.mid(adapter.size());
    return metricName;
}

void KedaOperatorMetrics::scrapeNow()
{
    if (m_inFlight || m_watched.isEmpty())
        return;
    if (!m_urlConfig.url.empty() && !m_client) {
        handleFailure(m_lastError);
        return;
    }
    m_inFlight = true;
    const quint64 source = m_source;
    if (m_client) {
        QPointer<KedaOperatorMetrics> self(this);
        QThreadPool::globalInstance()->start([self, client = m_client, path = m_urlPath, source] {
            auto text = client->fetchText(path);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, text = std::move(text), source] {
                    if (!self || self->m_source != source)
                        return;
                    if (text)
                        self->handleText(QByteArray::fromStdString(*text));
                    else
                        self->handleFailure(QString::fromStdString(text.error().message));
                },
                Qt::QueuedConnection);
        });
        return;
    }
    if (!m_connection) {
        m_inFlight = false;
        return;
    }
    const auto job = m_connection->getPath(m_proxyPath);
    m_connection->whenFinished(job, this, [this, source](const CallResult &result) {
        if (m_source != source)
            return;
        if (result.ok)
            handleText(result.json);
        else
            handleFailure(!result.errorMessage.isEmpty()
                              ? result.errorMessage
                              : tr("the service proxy answered HTTP %1").arg(result.httpCode));
    });
}

void KedaOperatorMetrics::handleText(const QByteArray &text)
{
    std::set<QString> ids;
    for (const WatchedObject &object : std::as_const(m_watched))
        ids.insert(idOf(object.ns, object.name));
    QPointer<KedaOperatorMetrics> self(this);
    const quint64 source = m_source;
    // A large cluster's scrape is megabytes: parsed off the GUI thread.
    QThreadPool::globalInstance()->start([self, body = text.toStdString(), ids = std::move(ids), source] {
        auto parsed = std::make_shared<KedaOperatorMetrics::Parsed>();
        parseScrape(body, ids, parsed.get());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, parsed, source] {
                if (!self || self->m_source != source)
                    return;
                if (parsed->error.isEmpty())
                    self->storeParsed(*parsed);
                else
                    self->handleFailure(parsed->error);
            },
            Qt::QueuedConnection);
    });
}

void KedaOperatorMetrics::storeParsed(const KedaOperatorMetrics::Parsed &parsed)
{
    m_inFlight = false;
    m_lastError.clear();
    if (!m_store)
        return;
    const QString context = m_connection ? m_connection->contextName() : QString();
    const qint64 now = m_nowMs();
    QHash<QString, const WatchedObject *> byId;
    for (const WatchedObject &object : std::as_const(m_watched))
        byId.insert(idOf(object.ns, object.name), &object);
    QHash<QString, QString> valueKeys; // per trigger seen, its value series' key
    QSet<QString> valuesStored;
    int stored = 0;
    for (const Scrape::Row &row : parsed.rows) {
        const WatchedObject *object = byId.value(row.id);
        if (!object)
            continue;
        const QString key =
            metrickeys::operatorMetric(context, object->ns, object->name, row.metric, row.index);
        MetricInfo info;
        info.label = row.metricLabel.isEmpty() ? row.metric : row.metricLabel + QLatin1Char(' ') + row.metric;
        info.source = tr("KEDA operator");
        info.triggerType = row.scaler;
        info.pollingIntervalMs = intervalMs();
        if (row.metric.endsWith(QLatin1String("_seconds")))
            info.unit = QStringLiteral("s");
        m_store->setInfo(key, info);
        if (std::isnan(row.value))
            m_store->appendGap(key, now, tr("KEDA exported NaN"));
        else
            m_store->append(key, now, row.value);
        ++stored;
        if (row.index >= 0) {
            const QString valueKey = metrickeys::operatorMetric(
                context, object->ns, object->name, QStringLiteral("keda_scaler_metrics_value"), row.index);
            valueKeys.insert(valueKey, row.metricLabel);
            if (row.metric == QLatin1String("keda_scaler_metrics_value"))
                valuesStored.insert(valueKey);
        }
    }
    // KEDA drops a trigger's value while its scaler fails but keeps its latency and activity.
    for (auto it = valueKeys.cbegin(); it != valueKeys.cend(); ++it) {
        if (!valuesStored.contains(it.key()))
            m_store->appendGap(
                it.key(), now,
                tr("KEDA exports no value for %1: its scaler's last read failed").arg(it.value()));
    }
    Q_EMIT scraped(stored);
}

void KedaOperatorMetrics::handleFailure(const QString &reason)
{
    m_inFlight = false;
    m_lastError = reason.isEmpty() ? tr("the KEDA operator's metrics could not be read") : reason;
    if (m_store) {
        const QString context = m_connection ? m_connection->contextName() : QString();
        const qint64 now = m_nowMs();
        for (const WatchedObject &object : std::as_const(m_watched)) {
            QStringList keys = m_store->keysWithPrefix(
                metrickeys::objectPrefix(context, object.ns, object.name) + QStringLiteral("keda/"));
            if (keys.isEmpty())
                keys.append(metrickeys::operatorMetric(context, object.ns, object.name,
                                                       QStringLiteral("keda_scaler_metrics_value"), 0));
            for (const QString &key : std::as_const(keys))
                m_store->appendGap(key, now, m_lastError);
        }
    }
    Q_EMIT failed(m_lastError);
}

} // namespace kedascope::models
