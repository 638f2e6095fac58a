// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

#include <limits>

namespace kedascope::models {

// What a chart needs to know about a series besides its samples: how to label it, its unit, and
// the lines drawn with it. NaN means "not known / not applicable".
struct MetricInfo
{
    QString label;  // "s0-rabbitmq-orders", "current replicas", ...
    QString unit;   // "", "s", "replicas", "messages"
    QString source; // "external metrics API", "HPA", "KEDA operator", "Prometheus"
    QString triggerType;
    double target = std::numeric_limits<double>::quiet_NaN();
    double activation = std::numeric_limits<double>::quiet_NaN();
    QString metricType; // AverageValue, Value, Utilization (a trigger's metricType)
    // Replica series: the bounds and the paused level (from the ScaledObject's annotations).
    double minReplicas = std::numeric_limits<double>::quiet_NaN();
    double maxReplicas = std::numeric_limits<double>::quiet_NaN();
    double pausedReplicas = std::numeric_limits<double>::quiet_NaN();
    qint64 pollingIntervalMs = 0; // how often the source is asked (0: unknown)

    bool operator==(const MetricInfo &other) const;
    bool operator!=(const MetricInfo &other) const { return !(*this == other); }
};

// A KEDA object on screen, whose data the pollers fetch.
struct WatchedObject
{
    QString kind = QStringLiteral("ScaledObject"); // or ScaledJob
    QString ns;
    QString name;
    bool operator==(const WatchedObject &other) const
    {
        return kind == other.kind && ns == other.ns && name == other.name;
    }
};
using WatchedObjects = QList<WatchedObject>;

} // namespace kedascope::models
