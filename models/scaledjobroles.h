// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/objectroles.h"

namespace kedascope::models {

namespace ScaledJobColumn {
enum Column {
    Name,
    Namespace,
    MinReplicas,
    MaxReplicas,
    Strategy,
    Triggers,
    Ready,
    Active,
    Paused,
    LastActive,
    Age,
    Count
};
}

enum ScaledJobRole {
    ScaledJobTriggerNamesRole = ObjectRoleCount, // QStringList
    ScaledJobRoleCount
};

} // namespace kedascope::models
