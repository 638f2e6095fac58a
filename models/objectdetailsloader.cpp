// SPDX-License-Identifier: Apache-2.0
#include "models/objectdetailsloader.h"

#include "models/metricstore.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <string_view>

namespace kedascope::models {

namespace json = k8s::json;
using details::stringOf;

namespace {

constexpr int minimumPollSeconds = 5;

void fail(DetailsPart &part, const CallResult &result)
{
    part.state = DetailsPartState::Failed;
    part.error = result.errorMessage.isEmpty() ? result.reason : result.errorMessage;
    part.httpCode = result.httpCode;
}

void notApplicable(DetailsPart &part, const QString &why)
{
    part.state = DetailsPartState::NotApplicable;
    part.error = why;
    part.httpCode = 0;
}

std::optional<json::Document> parsed(const QByteArray &body)
{
    auto document = json::parse(std::string_view(body.constData(), size_t(body.size())));
    if (document && !document->IsObject())
        return std::nullopt;
    return document;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

ObjectDetailsLoader::ObjectDetailsLoader(QObject *parent) : QObject(parent), m_poll(new QTimer(this))
{
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, &ObjectDetailsLoader::refresh);
}

void ObjectDetailsLoader::setConnection(ClusterConnection *connection)
{
    if (m_connection)
        m_connection->forgetJobs(this);
    m_connection = connection;
    m_metricsRead.invalidate();
    refresh();
}

void ObjectDetailsLoader::setObject(const k8s::ResourceType &type, const QString &ns, const QString &name)
{
    if (!(type == m_type && ns == m_ns && name == m_name)) {
        m_type = type;
        m_ns = ns;
        m_name = name;
        m_details = ObjectDetails{};
        m_details.kind = QString::fromStdString(type.kind);
        m_details.ns = ns;
        m_details.name = name;
        m_metricsRead.invalidate();
        m_metricsSpec.clear();
    }
    refresh();
}

void ObjectDetailsLoader::clear()
{
    if (m_connection)
        m_connection->forgetJobs(this);
    m_poll->stop();
    m_type = {};
    m_ns.clear();
    m_name.clear();
    m_details = ObjectDetails{};
}

void ObjectDetailsLoader::setPolling(bool enabled)
{
    m_polling = enabled;
    if (!enabled)
        m_poll->stop();
    else if (hasObject() && !m_poll->isActive())
        refresh();
}

bool ObjectDetailsLoader::isPollScheduled() const
{
    return m_poll->isActive();
}

void ObjectDetailsLoader::refresh()
{
    m_poll->stop();
    if (!m_connection || !hasObject())
        return;
    m_connection->forgetJobs(this);
    call(m_connection->get(m_type, m_ns, m_name), [this](const CallResult &result) { onObject(result); });
}

void ObjectDetailsLoader::call(ClusterConnection::JobId job, std::function<void(const CallResult &)> handle)
{
    m_connection->whenFinished(job, this, std::move(handle));
}

void ObjectDetailsLoader::onObject(const CallResult &result)
{
    auto document = result.ok ? parsed(result.json) : std::nullopt;
    if (!document && m_details.object.loaded() && result.httpCode != 404) {
        // A passing outage: what was read stays in view, the next poll tries again.
        schedulePoll();
        return;
    }
    if (!document) {
        fail(m_details.object, result);
        if (result.ok)
            m_details.object.error = tr("The object could not be read.");
        schedulePoll();
        Q_EMIT objectChanged();
        deliver();
        return;
    }
    m_details.object = {DetailsPartState::Loaded, {}, 0};
    m_details.objectJson = result.json;
    const json::Value &object = *document;
    const bool scaled = m_details.kind == QLatin1String("ScaledObject") ||
                        m_details.kind == QLatin1String("ScaledJob");
    m_intervalSeconds = scaled ? int(json::intAt(object, "spec.pollingInterval").value_or(30)) : 30;
    Q_EMIT objectChanged();

    loadEvents();
    loadHpa(object);
    loadScale(object);
    loadAuths(object);
    loadTriggers(object);
    schedulePoll();
    deliver();
}

void ObjectDetailsLoader::loadEvents()
{
    QString selector = QStringLiteral("involvedObject.kind=%1,involvedObject.name=%2").arg(m_details.kind, m_name);
    if (!m_ns.isEmpty())
        selector += QStringLiteral(",involvedObject.namespace=") + m_ns;
    k8s::ListOptions options;
    options.fieldSelector = selector.toStdString();
    call(m_connection->list(k8s::resources::coreEvents(), m_ns, options), [this](const CallResult &result) {
        auto document = result.ok ? parsed(result.json) : std::nullopt;
        if (!document) {
            fail(m_details.events, result);
        } else {
            m_details.events.state = DetailsPartState::Loaded;
            m_details.events.error.clear();
            m_details.events.events = details::parseEvents(*document, eventLimit);
        }
        deliver();
    });
}

void ObjectDetailsLoader::loadHpa(const json::Value &object)
{
    if (m_details.kind != QLatin1String("ScaledObject")) {
        notApplicable(m_details.hpa, tr("Only ScaledObjects have an HPA."));
        return;
    }
    QString name = stringOf(json::find(object, "status.hpaName"));
    if (name.isEmpty())
        name = QStringLiteral("keda-hpa-") + m_name;
    call(m_connection->get(k8s::resources::hpas(), m_ns, name), [this, name](const CallResult &result) {
        auto document = result.ok ? parsed(result.json) : std::nullopt;
        if (document) {
            m_details.hpa = details::parseHpa(*document);
        } else {
            m_details.hpa = HpaDetails{};
            m_details.hpa.name = name;
            fail(m_details.hpa, result);
        }
        deliver();
    });
}

void ObjectDetailsLoader::loadScale(const json::Value &object)
{
    if (m_details.kind != QLatin1String("ScaledObject")) {
        notApplicable(m_details.scale, tr("Only ScaledObjects have a scale target."));
        return;
    }
    const QString apiVersion = stringOf(json::find(object, "spec.scaleTargetRef.apiVersion"));
    QString kind = stringOf(json::find(object, "spec.scaleTargetRef.kind"));
    if (kind.isEmpty())
        kind = QStringLiteral("Deployment");
    m_details.scale.kind = kind;
    m_details.scale.name = stringOf(json::find(object, "spec.scaleTargetRef.name"));
    const k8s::ResourceType *type = nullptr;
    if (apiVersion.isEmpty() || apiVersion == QLatin1String("apps/v1")) {
        if (kind == QLatin1String("Deployment"))
            type = &k8s::resources::deployments();
        else if (kind == QLatin1String("StatefulSet"))
            type = &k8s::resources::statefulSets();
    }
    if (!type) {
        notApplicable(m_details.scale,
                      tr("Kedascope reads /scale of Deployments and StatefulSets only; %1 %2 is not readable here.")
                          .arg(apiVersion.isEmpty() ? kind : apiVersion + QLatin1Char('/') + kind,
                               m_details.scale.name));
        return;
    }
    const auto path = k8s::requests::objectPath(*type, m_ns.toStdString(), m_details.scale.name.toStdString(),
                                                "scale");
    call(m_connection->getPath(QString::fromStdString(path)), [this](const CallResult &result) {
        auto document = result.ok ? parsed(result.json) : std::nullopt;
        if (document)
            details::parseScale(*document, m_details.scale);
        else
            fail(m_details.scale, result);
        deliver();
    });
}

void ObjectDetailsLoader::loadAuths(const json::Value &object)
{
    const bool scaled = m_details.kind == QLatin1String("ScaledObject") ||
                        m_details.kind == QLatin1String("ScaledJob");
    const json::Value *triggers = json::find(object, "spec.triggers");
    std::vector<AuthDetails> auths;
    if (scaled && triggers && triggers->IsArray()) {
        int index = 0;
        for (const auto &trigger : triggers->GetArray()) {
            const QString name = stringOf(json::find(trigger, "authenticationRef.name"));
            QString kind = stringOf(json::find(trigger, "authenticationRef.kind"));
            if (kind.isEmpty())
                kind = QStringLiteral("TriggerAuthentication");
            if (!name.isEmpty()) {
                auto it = std::find_if(auths.begin(), auths.end(),
                                       [&](const AuthDetails &a) { return a.kind == kind && a.name == name; });
                if (it == auths.end()) {
                    AuthDetails auth;
                    auth.kind = kind;
                    auth.name = name;
                    // What was known about it stays until the new answer.
                    for (const auto &known : m_details.auths)
                        if (known.kind == kind && known.name == name)
                            auth = known;
                    auth.triggers.clear();
                    it = auths.insert(auths.end(), auth);
                }
                it->triggers.push_back(index);
            }
            ++index;
        }
    }
    m_details.auths = auths;
    for (std::size_t slot = 0; slot < m_details.auths.size(); ++slot) {
        const AuthDetails &auth = m_details.auths[slot];
        const bool cluster = auth.kind == QLatin1String("ClusterTriggerAuthentication");
        const auto &type = cluster ? k8s::resources::clusterTriggerAuthentications()
                                   : k8s::resources::triggerAuthentications();
        call(m_connection->get(type, cluster ? QString() : m_ns, auth.name),
             [this, slot, kind = auth.kind, name = auth.name](const CallResult &result) {
                 if (slot >= m_details.auths.size() || m_details.auths[slot].name != name ||
                     m_details.auths[slot].kind != kind)
                     return;
                 AuthDetails &auth = m_details.auths[slot];
                 auto document = result.ok ? parsed(result.json) : std::nullopt;
                 const json::Value *spec = document ? json::find(*document, "spec") : nullptr;
                 if (spec) {
                     auth.state = DetailsPartState::Loaded;
                     auth.error.clear();
                     auth.sources = details::authSources(*spec);
                 } else {
                     fail(auth, result);
                     auth.sources.clear();
                 }
                 deliver();
             });
    }
}

void ObjectDetailsLoader::loadTriggers(const json::Value &object)
{
    std::vector<TriggerValue> planned = details::plannedTriggers(object);
    const json::Value *triggers = json::find(object, "spec.triggers");
    const json::Value *names = json::find(object, "status.externalMetricNames");
    const QString spec = QString::fromStdString((triggers ? json::serialize(*triggers) : std::string()) +
                                                (names ? json::serialize(*names) : std::string()));
    const bool due = !m_metricsRead.isValid() || spec != m_metricsSpec ||
                     m_metricsRead.elapsed() >= qint64(std::max(m_intervalSeconds, minimumPollSeconds)) * 1000;
    if (!due) {
        // Keep the values read less than a polling interval ago.
        for (auto &trigger : planned)
            for (const auto &known : m_details.triggers)
                if (known.index == trigger.index && known.metricName == trigger.metricName &&
                    trigger.state == DetailsPartState::Loading) {
                    trigger = known;
                }
        m_details.triggers = planned;
        for (std::size_t slot = 0; slot < m_details.triggers.size(); ++slot)
            if (m_details.triggers[slot].state == DetailsPartState::Loading)
                queryMetric(slot); // not read before (e.g. a new trigger)
        return;
    }
    // Until the new values arrive, the old ones stay in view.
    for (auto &trigger : planned)
        for (const auto &known : m_details.triggers)
            if (known.index == trigger.index && known.metricName == trigger.metricName &&
                trigger.state == DetailsPartState::Loading && known.state != DetailsPartState::Loading) {
                const QString target = trigger.target;
                const QString activation = trigger.activation;
                trigger = known;
                trigger.target = target;
                trigger.activation = activation;
            }
    m_details.triggers = planned;
    m_metricsSpec = spec;
    m_metricsRead.start();
    for (std::size_t slot = 0; slot < m_details.triggers.size(); ++slot)
        if (!m_details.triggers[slot].metricName.isEmpty() &&
            m_details.triggers[slot].state != DetailsPartState::NotApplicable)
            queryMetric(slot);
}

void ObjectDetailsLoader::setMetricStore(MetricStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &MetricStore::appended, this, &ObjectDetailsLoader::onStoreAppended);
}

// A value (or a failed read) the store got within this polling interval, with half an interval more
// for the drift between the poller's timer and ours.
bool ObjectDetailsLoader::takeStoredValue(TriggerValue &trigger) const
{
    if (!m_store || !m_connection || trigger.metricName.isEmpty())
        return false;
    const MetricSeries *series =
        m_store->find(metrickeys::trigger(m_connection->contextName(), m_ns, m_name, trigger.index));
    if (!series || series->isEmpty())
        return false;
    const qint64 ageMs = QDateTime::currentMSecsSinceEpoch() - series->lastTimeMs();
    if (ageMs < 0 || ageMs > qint64(std::max(m_intervalSeconds, minimumPollSeconds)) * 1500)
        return false;
    const QString failure = series->lastGapReason();
    MetricSample sample;
    if (!failure.isEmpty()) {
        trigger.state = DetailsPartState::Failed;
        trigger.error = failure;
        trigger.value.clear();
        trigger.number.reset();
    } else if (series->lastValue(&sample)) {
        trigger.state = DetailsPartState::Loaded;
        trigger.error.clear();
        trigger.value = QString::number(sample.value);
        trigger.number = sample.value;
    } else {
        return false;
    }
    trigger.httpCode = 0;
    trigger.readAt = QDateTime::fromMSecsSinceEpoch(series->lastTimeMs(), Qt::UTC);
    return true;
}

void ObjectDetailsLoader::onStoreAppended(const QStringList &keys)
{
    if (!hasObject() || !m_connection)
        return;
    bool changed = false;
    for (TriggerValue &trigger : m_details.triggers) {
        if (keys.contains(metrickeys::trigger(m_connection->contextName(), m_ns, m_name, trigger.index)))
            changed = takeStoredValue(trigger) || changed;
    }
    if (changed)
        deliver();
}

void ObjectDetailsLoader::queryMetric(std::size_t slot)
{
    if (takeStoredValue(m_details.triggers[slot])) {
        deliver();
        return;
    }
    const TriggerValue &trigger = m_details.triggers[slot];
    const QString path = QStringLiteral("/apis/external.metrics.k8s.io/v1beta1/namespaces/%1/%2?labelSelector=%3")
                             .arg(encoded(m_ns), encoded(trigger.metricName),
                                  encoded(QStringLiteral("scaledobject.keda.sh/name=") + m_name));
    call(m_connection->getPath(path), [this, slot, metric = trigger.metricName](const CallResult &result) {
        if (slot >= m_details.triggers.size() || m_details.triggers[slot].metricName != metric)
            return;
        TriggerValue &trigger = m_details.triggers[slot];
        auto document = result.ok ? parsed(result.json) : std::nullopt;
        if (document) {
            details::parseMetricValue(*document, trigger);
        } else {
            fail(trigger, result);
            trigger.value.clear();
            trigger.number.reset();
        }
        deliver();
    });
}

void ObjectDetailsLoader::schedulePoll()
{
    if (m_polling && hasObject())
        m_poll->start(std::max(m_intervalSeconds, minimumPollSeconds) * 1000);
}

void ObjectDetailsLoader::deliver()
{
    Q_EMIT detailsChanged();
}

} // namespace kedascope::models
