// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace kedascope::models {

// Each part of the details arrives on its own; until then it is Loading.
enum class DetailsPartState { Loading, Loaded, Failed, NotApplicable };

struct DetailsPart
{
    DetailsPartState state = DetailsPartState::Loading;
    QString error; // the API's message when Failed, or why the part does not apply
    int httpCode = 0;

    bool loaded() const { return state == DetailsPartState::Loaded; }
};

struct HpaMetric
{
    QString type; // External, Resource, ...
    QString name;
    QString current; // "12", "500m", "45%"; empty when the HPA has no current value
    QString target;  // "20 (average)", "60% (utilization)"
};

struct HpaCondition
{
    QString type;
    QString status;
    QString reason;
    QString message;
    QDateTime since;
};

struct HpaDetails : DetailsPart
{
    QString name;
    int currentReplicas = -1;
    int desiredReplicas = -1;
    int minReplicas = -1;
    int maxReplicas = -1;
    QDateTime lastScaleTime;
    std::vector<HpaMetric> metrics;
    std::vector<HpaCondition> conditions;
};

// The scale target's /scale subresource.
struct ScaleDetails : DetailsPart
{
    QString kind;
    QString name;
    int specReplicas = -1;
    int statusReplicas = -1;
};

struct EventEntry
{
    QString type; // Normal, Warning
    QString reason;
    QString message;
    int count = 1;
    QDateTime lastSeen;

    bool isWarning() const { return type == QLatin1String("Warning"); }
};

struct EventsDetails : DetailsPart
{
    std::vector<EventEntry> events; // newest first
};

// Where a TriggerAuthentication takes one parameter from; never a value.
struct AuthSource
{
    QString kind;      // secretTargetRef, env, configMapTargetRef, podIdentity, hashiCorpVault, ...
    QString parameter; // the trigger parameter it fills; empty for pod identity
    QString from;      // "Secret rabbitmq-conn, key host", "env RABBITMQ_HOST in container app", ...
};

struct AuthDetails : DetailsPart
{
    QString kind; // TriggerAuthentication or ClusterTriggerAuthentication
    QString name;
    std::vector<int> triggers; // indexes of the triggers that use it
    std::vector<AuthSource> sources;
};

// One trigger and its live value from the external metrics API.
struct TriggerValue : DetailsPart
{
    int index = 0;
    QString type;
    QString name;
    QString metricName; // empty for cpu/memory triggers and unknown names: no value to query
    QString value;      // the API's quantity ("1500m")
    std::optional<double> number;
    QString target;
    QString activation;
    bool useCachedMetrics = false;
    QDateTime readAt;
};

// Everything the details pane shows about one object besides the object itself.
struct ObjectDetails
{
    QString kind;
    QString ns;
    QString name;
    DetailsPart object;
    QByteArray objectJson;
    HpaDetails hpa;
    ScaleDetails scale;
    EventsDetails events;
    std::vector<AuthDetails> auths;
    std::vector<TriggerValue> triggers;
};

namespace details {

using k8s::json::Value;

// An autoscaling/v2 HorizontalPodAutoscaler.
HpaDetails parseHpa(const Value &hpa);
// An autoscaling/v1 Scale.
void parseScale(const Value &scale, ScaleDetails &into);
// A v1 EventList: the newest `limit` entries, newest first.
std::vector<EventEntry> parseEvents(const Value &list, std::size_t limit);
// The sources of a TriggerAuthentication's spec: references only, never secret values.
std::vector<AuthSource> authSources(const Value &spec);
// The triggers of a ScaledObject or ScaledJob with their metric names (from status.externalMetricNames,
// by their "sN-" prefix), targets and activation thresholds; no values yet.
std::vector<TriggerValue> plannedTriggers(const Value &object);
// An ExternalMetricValueList's first value into `into`.
void parseMetricValue(const Value &list, TriggerValue &into);
// A resource.Quantity ("1500m", "2k", "1Gi") as a number.
std::optional<double> parseQuantity(const QString &text);
QDateTime parseTime(const Value *value);
QString stringOf(const Value *value);

} // namespace details

} // namespace kedascope::models
