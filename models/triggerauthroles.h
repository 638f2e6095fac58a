// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/objectroles.h"

namespace kedascope::models {

// TriggerAuthentications and ClusterTriggerAuthentications share one table layout.
namespace TriggerAuthColumn {
enum Column { Name, Namespace, Sources, Age, Count };
}

enum TriggerAuthRole {
    SourceKindsRole = ObjectRoleCount, // QStringList: podIdentity, secretTargetRef, env, hashiCorpVault, ...
    PodIdentityProviderRole,           // QString, empty when none
    TriggerAuthRoleCount
};

} // namespace kedascope::models
