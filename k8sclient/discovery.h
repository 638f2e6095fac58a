// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/apiclient.h"
#include "k8sclient/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace kedascope::k8s::discovery {

// "/api" answers APIVersions: the core group's versions, as group versions ("v1").
Result<std::vector<std::string>> parseCoreVersions(std::string_view body);
// "/apis" answers APIGroupList: every group version ("apps/v1", "keda.sh/v1alpha1", ...).
Result<std::vector<std::string>> parseGroupVersions(std::string_view body);
// "/api/v1" or "/apis/G/V" answers APIResourceList; subresources ("deployments/scale") are left out.
Result<DiscoveredGroupVersion> parseResourceList(std::string_view body, const std::string &groupVersion);

// "/api/v1" for "v1", "/apis/apps/v1" for "apps/v1".
std::string pathFor(const std::string &groupVersion);

} // namespace kedascope::k8s::discovery
