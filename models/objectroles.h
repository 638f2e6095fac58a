// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Qt>

namespace kedascope::models {

// Roles every object table answers, for proxies, delegates and tests. Per-kind roles continue
// from ObjectRoleCount (see scaledobjectroles.h and friends).
enum ObjectRole {
    SortRole = Qt::UserRole + 1, // a typed value (qint64, QDateTime, QString) to sort the column by
    NamespaceRole,               // QString, on every column
    NameRole,                    // QString, on every column
    ObjectKeyRole,               // "namespace/name"
    LabelsRole,                  // QStringList of "key=value"
    TriggerTypesRole,            // QStringList, empty for kinds without triggers
    StateFlagsRole,              // int: StateFlags
    ConditionStatusRole,         // int: ConditionStatus, on condition columns
    ConditionReasonRole,         // QString, on condition columns
    ConditionMessageRole,        // QString, on condition columns
    ExactTimeRole,               // QDateTime (UTC), on time columns
    PausePendingRole,            // bool, on the Paused column: pause annotations set, KEDA has not reported Paused yet
    PauseUntilRole,              // QDateTime (UTC): Kedascope's planned end of a pause (kedascope.io/pause-until); invalid if none
    ObjectRoleCount
};

enum class ConditionStatus { Absent, True, False, Unknown };

enum StateFlag {
    PausedState = 0x1,
    FallbackState = 0x2,
    FailingState = 0x4,  // Ready is False
    InactiveState = 0x8, // Active is False
};

} // namespace kedascope::models
