// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/scalercatalog.h"

#include <string>

namespace kedascope::k8s::keda {

struct TemplateOptions
{
    std::string name = "my-scaledobject";
    std::string ns;                      // empty: no metadata.namespace
    std::string targetName = "my-deployment"; // ScaledObject: scaleTargetRef.name
    std::string targetKind;              // empty: KEDA's default (Deployment); Deployment/StatefulSet get apps/v1
    std::string authenticationRef;       // empty: none; otherwise the trigger names it
};

// One trigger of `scaler`: type, its required metadata with the default or a placeholder
// ("<queueName>"), secret fields left out (they belong in the TriggerAuthentication).
json::Document triggerTemplate(const ScalerType &scaler, const TemplateOptions &options = {});
// A ScaledObject / ScaledJob skeleton with that one trigger, as YAML text ready for the editor.
std::string scaledObjectTemplate(const ScalerType &scaler, const TemplateOptions &options = {});
std::string scaledJobTemplate(const ScalerType &scaler, const TemplateOptions &options = {});
// A TriggerAuthentication whose secretTargetRef maps each secret field of `scaler` to a key of a Secret
// named `secretName`; empty text when the scaler has no secret field.
std::string triggerAuthenticationTemplate(const ScalerType &scaler, const std::string &name,
                                          const std::string &secretName, const std::string &ns = {});

} // namespace kedascope::k8s::keda
