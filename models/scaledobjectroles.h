// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/objectroles.h"

namespace kedascope::models {

namespace ScaledObjectColumn {
enum Column {
    Name,
    Namespace,
    Target,
    MinReplicas,
    MaxReplicas,
    CurrentReplicas,
    DesiredReplicas,
    Triggers,
    Ready,
    Active,
    Fallback,
    Paused,
    LastActive,
    Age,
    Count
};
}

enum ScaledObjectRole {
    HpaNameRole = ObjectRoleCount, // QString
    TargetKindRole,                // QString
    TargetNameRole,                // QString
    TriggerNamesRole,              // QStringList, one entry per trigger (empty when unnamed)
    ScaledObjectRoleCount
};

} // namespace kedascope::models
