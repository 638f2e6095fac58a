// SPDX-License-Identifier: Apache-2.0
#include "models/objectdetails.h"

#include "k8sclient/age.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace kedascope::models::details {

namespace json = k8s::json;

QString stringOf(const Value *value)
{
    if (!value)
        return {};
    if (value->IsString())
        return QString::fromUtf8(value->GetString(), int(value->GetStringLength()));
    if (value->IsInt64())
        return QString::number(value->GetInt64());
    if (value->IsNumber())
        return QString::number(value->GetDouble());
    if (value->IsBool())
        return value->GetBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QDateTime parseTime(const Value *value)
{
    if (!value || !value->IsString())
        return {};
    const auto time = k8s::parseTimestamp(value->GetString());
    if (!time)
        return {};
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(time->time_since_epoch()).count();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::optional<double> parseQuantity(const QString &text)
{
    static const std::pair<const char *, double> suffixes[] = {
        {"Ki", 1024.0}, {"Mi", 1048576.0}, {"Gi", 1073741824.0}, {"Ti", 1099511627776.0},
        {"n", 1e-9},    {"u", 1e-6},       {"m", 1e-3},          {"k", 1e3},
        {"M", 1e6},     {"G", 1e9},        {"T", 1e12},          {"P", 1e15},
        {"E", 1e18}};
    const QString trimmed = text.trimmed();
    for (const auto &[suffix, factor] : suffixes) {
        const QLatin1String name(suffix);
        if (trimmed.endsWith(name)) {
            bool ok = false;
            const double number = trimmed.chopped(name.size()).toDouble(&ok);
            return ok ? std::optional<double>(number * factor) : std::nullopt;
        }
    }
    bool ok = false;
    const double number = trimmed.toDouble(&ok); // also "1e3", as Quantity allows
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

namespace {

int intOf(const Value &root, std::string_view path)
{
    const auto value = json::intAt(root, path);
    return value ? int(*value) : -1;
}

// An autoscaling/v2 MetricValueStatus or MetricTarget as one short text.
QString metricValueText(const Value *value)
{
    if (!value || !value->IsObject())
        return {};
    if (const Value *utilization = json::find(*value, "averageUtilization"))
        return QCoreApplication::translate("ObjectDetails", "%1%").arg(stringOf(utilization));
    if (const Value *average = json::find(*value, "averageValue"))
        return QCoreApplication::translate("ObjectDetails", "%1 average").arg(stringOf(average));
    return stringOf(json::find(*value, "value"));
}

// The block of a MetricSpec or MetricStatus that carries the metric: "external", "resource", ...
const Value *metricSource(const Value &metric, QString &type, QString &name)
{
    type = stringOf(json::find(metric, "type"));
    QString key = type;
    if (!key.isEmpty())
        key[0] = key[0].toLower();
    const QByteArray field = key.toUtf8();
    const Value *source = json::find(metric, std::string_view(field.constData(), size_t(field.size())));
    if (!source)
        return nullptr;
    name = stringOf(json::find(*source, "metric.name"));
    if (name.isEmpty())
        name = stringOf(json::find(*source, "name"));
    return source;
}

QDateTime eventTime(const Value &event)
{
    for (const char *path : {"series.lastObservedTime", "lastTimestamp", "eventTime", "deprecatedLastTimestamp",
                             "metadata.creationTimestamp"})
        if (QDateTime time = parseTime(json::find(event, path)); time.isValid())
            return time;
    return {};
}

} // namespace

HpaDetails parseHpa(const Value &hpa)
{
    HpaDetails details;
    details.state = DetailsPartState::Loaded;
    details.name = stringOf(json::find(hpa, "metadata.name"));
    details.currentReplicas = intOf(hpa, "status.currentReplicas");
    details.desiredReplicas = intOf(hpa, "status.desiredReplicas");
    details.minReplicas = intOf(hpa, "spec.minReplicas");
    details.maxReplicas = intOf(hpa, "spec.maxReplicas");
    details.lastScaleTime = parseTime(json::find(hpa, "status.lastScaleTime"));

    if (const Value *specs = json::find(hpa, "spec.metrics"); specs && specs->IsArray()) {
        for (const auto &spec : specs->GetArray()) {
            HpaMetric metric;
            if (const Value *source = metricSource(spec, metric.type, metric.name))
                metric.target = metricValueText(json::find(*source, "target"));
            details.metrics.push_back(metric);
        }
    }
    if (const Value *currents = json::find(hpa, "status.currentMetrics"); currents && currents->IsArray()) {
        for (const auto &current : currents->GetArray()) {
            QString type;
            QString name;
            const Value *source = metricSource(current, type, name);
            if (!source)
                continue;
            auto it = std::find_if(details.metrics.begin(), details.metrics.end(),
                                   [&](const HpaMetric &m) { return m.type == type && m.name == name; });
            if (it == details.metrics.end())
                it = details.metrics.insert(details.metrics.end(), HpaMetric{type, name, {}, {}});
            it->current = metricValueText(json::find(*source, "current"));
        }
    }
    if (const Value *conditions = json::find(hpa, "status.conditions"); conditions && conditions->IsArray())
        for (const auto &condition : conditions->GetArray())
            details.conditions.push_back({stringOf(json::find(condition, "type")),
                                          stringOf(json::find(condition, "status")),
                                          stringOf(json::find(condition, "reason")),
                                          stringOf(json::find(condition, "message")),
                                          parseTime(json::find(condition, "lastTransitionTime"))});
    return details;
}

void parseScale(const Value &scale, ScaleDetails &into)
{
    into.state = DetailsPartState::Loaded;
    into.error.clear();
    into.httpCode = 0;
    into.specReplicas = std::max(0, intOf(scale, "spec.replicas")); // omitted when 0
    into.statusReplicas = std::max(0, intOf(scale, "status.replicas"));
}

std::vector<EventEntry> parseEvents(const Value &list, std::size_t limit)
{
    std::vector<EventEntry> events;
    const Value *items = json::find(list, "items");
    if (!items || !items->IsArray())
        return events;
    for (const auto &item : items->GetArray()) {
        EventEntry event;
        event.type = stringOf(json::find(item, "type"));
        event.reason = stringOf(json::find(item, "reason"));
        event.message = stringOf(json::find(item, "message"));
        if (event.message.isEmpty())
            event.message = stringOf(json::find(item, "note")); // events.k8s.io/v1
        const auto count = json::intAt(item, "series.count") ? json::intAt(item, "series.count")
                                                              : json::intAt(item, "count");
        event.count = count ? std::max(1, int(*count)) : 1;
        event.lastSeen = eventTime(item);
        events.push_back(event);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const EventEntry &a, const EventEntry &b) { return a.lastSeen > b.lastSeen; });
    if (events.size() > limit)
        events.resize(limit);
    return events;
}

} // namespace kedascope::models::details
