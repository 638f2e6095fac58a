// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricinfo.h"

#include "k8sclient/json.h"

#include <QList>
#include <QString>

namespace kedascope::models {

// One trigger of a ScaledObject as the metric store describes it: KEDA's external metric name
// (status.externalMetricNames), and its label, type, metricType, target and activation read from
// the spec the way KEDA reads them (defaults included).
struct TriggerMetric
{
    int index = 0;
    QString metricName;
    MetricInfo info;
};

QList<TriggerMetric> triggerMetricsOf(const k8s::json::Value &scaledObject);

// "s3-rabbitmq-orders" -> 3; -1 when the name does not carry KEDA's trigger index.
int triggerIndexOf(const QString &metricName);

} // namespace kedascope::models
