// SPDX-License-Identifier: Apache-2.0
#include "models/triggermetrics.h"

#include "models/objectdetails.h"

#include "k8sclient/kedametricnames.h"

namespace kedascope::models {

namespace json = k8s::json;

namespace {

double numberOr(const QString &text, double fallback)
{
    const auto value = details::parseQuantity(text);
    return value ? *value : fallback;
}

QString metadataText(const json::Value &trigger, const std::string &key)
{
    if (key.empty())
        return {};
    return details::stringOf(json::find(trigger, "metadata." + key));
}

} // namespace

int triggerIndexOf(const QString &metricName)
{
    if (!metricName.startsWith(QLatin1Char('s')))
        return -1;
    const int dash = metricName.indexOf(QLatin1Char('-'));
    bool ok = false;
    const int index = metricName.mid(1, dash - 1).toInt(&ok);
    return dash > 1 && ok ? index : -1;
}

QList<TriggerMetric> triggerMetricsOf(const json::Value &scaledObject)
{
    QList<TriggerMetric> metrics;
    const json::Value *names = json::find(scaledObject, "status.externalMetricNames");
    if (!names || !names->IsArray())
        return metrics;
    const json::Value *triggers = json::find(scaledObject, "spec.triggers");
    for (const auto &name : names->GetArray()) {
        TriggerMetric metric;
        metric.metricName = details::stringOf(&name);
        if (metric.metricName.isEmpty())
            continue;
        const int index = triggerIndexOf(metric.metricName);
        metric.index = index >= 0 ? index : int(metrics.size());
        metric.info.label = metric.metricName;
        if (triggers && triggers->IsArray() && metric.index < int(triggers->Size())) {
            const json::Value &trigger = (*triggers)[rapidjson::SizeType(metric.index)];
            const std::string type = json::stringAt(trigger, "type");
            metric.info.triggerType = QString::fromStdString(type);
            metric.info.metricType = QString::fromStdString(json::stringAt(trigger, "metricType", "AverageValue"));
            if (const auto keys = k8s::keda::triggerTargetKeys(type)) {
                QString targetText = metadataText(trigger, keys->target);
                if (targetText.isEmpty())
                    targetText = metadataText(trigger, keys->legacyTarget);
                metric.info.target = numberOr(targetText, keys->defaultTarget.value_or(metric.info.target));
                if (!keys->activation.empty())
                    metric.info.activation = numberOr(metadataText(trigger, keys->activation), 0);
            }
        }
        metrics.append(metric);
    }
    return metrics;
}

} // namespace kedascope::models
