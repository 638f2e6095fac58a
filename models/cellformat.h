// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/objectroles.h"

#include "k8sclient/json.h"
#include "k8sclient/resourcetype.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <chrono>
#include <optional>
#include <string_view>

namespace kedascope::models {

using TimePoint = std::optional<std::chrono::system_clock::time_point>;

// One status condition of a KEDA object, kept for display and tooltips.
struct ConditionState
{
    ConditionStatus status = ConditionStatus::Absent;
    QString reason;
    QString message;

    bool isTrue() const { return status == ConditionStatus::True; }
    bool isFalse() const { return status == ConditionStatus::False; }
};

// What an object's pause is, for tooltips and the paused view.
struct PauseInfo
{
    bool paused = false;
    bool byKedascope = false; // Kedascope recorded the pause, so it can resume it exactly
    QString mode;             // translated: "hold at 2 replicas", "frozen", ...
    TimePoint since;          // the Paused condition's lastTransitionTime while it is True
    TimePoint until;          // Kedascope's planned end (kedascope.io/pause-until)
};

// What the object tables read from JSON, and how they show it, in one place.
class CellFormat
{
    Q_DECLARE_TR_FUNCTIONS(CellFormat)
public:
    static QString string(const k8s::json::Value &object, std::string_view path);
    static std::optional<qint64> integer(const k8s::json::Value &object, std::string_view path);
    static TimePoint time(const k8s::json::Value &object, std::string_view path);
    static ConditionState condition(const k8s::json::Value &object, std::string_view type);
    // Each of spec.triggers[]: its type and its name (empty when it has none).
    static void triggers(const k8s::json::Value &object, QStringList *types, QStringList *names);
    static QStringList stringMap(const k8s::json::Value &object, std::string_view path); // "key=value"

    static PauseInfo pauseInfo(const k8s::ResourceType &type, const k8s::json::Value &object);
    // "in 1h 59m", "12m 5s ago": what is left until `time`, or how long ago it was.
    static QString countdown(const QDateTime &time, const QDateTime &now);

    static QVariant conditionCell(const ConditionState &condition, int role);
    // The Paused column: the condition, with the pause's mode, since and until on the tooltip.
    static QVariant pausedCell(const ConditionState &condition, const PauseInfo &pause, int role);
    static QVariant timeCell(const TimePoint &time, int role);
    static QVariant countCell(const std::optional<qint64> &count, int role);
    static QVariant triggersCell(const QStringList &types, const QStringList &names, int role);
    static QDateTime toDateTime(const TimePoint &time);
};

} // namespace kedascope::models
