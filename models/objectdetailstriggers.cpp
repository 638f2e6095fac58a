// SPDX-License-Identifier: Apache-2.0
#include "models/objectdetails.h"

#include "k8sclient/kedametricnames.h"

#include <QCoreApplication>

namespace kedascope::models::details {

namespace json = k8s::json;

namespace {

QString metadataValue(const Value &trigger, const std::string &key)
{
    if (key.empty())
        return {};
    return stringOf(json::find(trigger, "metadata." + key));
}

// status.externalMetricNames holds "s<index>-…" for each trigger with an external metric.
QString statusMetricName(const Value &object, int index)
{
    const Value *names = json::find(object, "status.externalMetricNames");
    const QString prefix = QStringLiteral("s%1-").arg(index);
    if (names && names->IsArray())
        for (const auto &name : names->GetArray())
            if (const QString text = stringOf(&name); text.startsWith(prefix))
                return text;
    return {};
}

} // namespace

std::vector<TriggerValue> plannedTriggers(const Value &object)
{
    std::vector<TriggerValue> planned;
    const Value *triggers = json::find(object, "spec.triggers");
    if (!triggers || !triggers->IsArray())
        return planned;
    const bool scaledJob = stringOf(json::find(object, "kind")) == QLatin1String("ScaledJob");
    int index = 0;
    for (const auto &trigger : triggers->GetArray()) {
        TriggerValue value;
        value.index = index;
        const std::string type = json::stringAt(trigger, "type");
        value.type = QString::fromStdString(type);
        value.name = stringOf(json::find(trigger, "name"));
        const Value *cached = json::find(trigger, "useCachedMetrics");
        value.useCachedMetrics = cached && cached->IsBool() && cached->GetBool();
        if (const auto keys = k8s::keda::triggerTargetKeys(type)) {
            value.target = metadataValue(trigger, keys->target);
            if (value.target.isEmpty())
                value.target = metadataValue(trigger, keys->legacyTarget);
            if (value.target.isEmpty() && keys->defaultTarget)
                value.target = QString::number(*keys->defaultTarget);
            if (!keys->activation.empty()) {
                value.activation = metadataValue(trigger, keys->activation);
                if (value.activation.isEmpty())
                    value.activation = QStringLiteral("0");
            }
        }
        if (!k8s::keda::isResourceTrigger(type)) {
            value.metricName = statusMetricName(object, index);
            if (value.metricName.isEmpty())
                if (const auto name = k8s::keda::externalMetricName(trigger, index))
                    value.metricName = QString::fromStdString(*name);
        }
        if (k8s::keda::isResourceTrigger(type)) {
            value.state = DetailsPartState::NotApplicable;
            value.error = QCoreApplication::translate(
                "ObjectDetails", "resource metric, read by the HPA");
        } else if (scaledJob) {
            value.state = DetailsPartState::NotApplicable;
            value.error = QCoreApplication::translate(
                "ObjectDetails", "KEDA serves no external metric values for ScaledJobs");
        } else if (value.metricName.isEmpty()) {
            value.state = DetailsPartState::NotApplicable;
            value.error = QCoreApplication::translate("ObjectDetails", "KEDA reports no metric name for it yet");
        }
        planned.push_back(value);
        ++index;
    }
    return planned;
}

void parseMetricValue(const Value &list, TriggerValue &into)
{
    const Value *items = json::find(list, "items");
    if (!items || !items->IsArray() || items->Empty()) {
        into.state = DetailsPartState::Failed;
        into.error = QCoreApplication::translate("ObjectDetails", "the metrics API returned no value");
        return;
    }
    const Value &item = (*items)[0];
    into.state = DetailsPartState::Loaded;
    into.error.clear();
    into.httpCode = 0;
    into.value = stringOf(json::find(item, "value"));
    into.number = parseQuantity(into.value);
    into.readAt = parseTime(json::find(item, "timestamp"));
}

} // namespace kedascope::models::details
