// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"

#include <string>
#include <string_view>

namespace kedascope::k8s {

// Turns a live object into a manifest to keep or apply elsewhere: drops status, metadata.managedFields,
// uid, resourceVersion, creationTimestamp, generation, selfLink and the
// kubectl.kubernetes.io/last-applied-configuration annotation (and annotations when that leaves none).
void cleanManifest(json::Value &object);
// The cleaned object as YAML (strings that read as other types stay quoted); empty when `jsonText` is not
// a JSON object.
std::string cleanManifestYaml(std::string_view jsonText);
std::string cleanManifestYaml(const json::Value &object);

} // namespace kedascope::k8s
