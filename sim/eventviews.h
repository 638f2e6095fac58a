// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "sim/apiresources.h"
#include "sim/objectstore.h"

#include <string>

namespace kedascope::sim {

// Events are stored once, as core v1 Events (as kube-apiserver keeps them), and events.k8s.io/v1 is a
// view converted on every read and write: regarding/note/deprecated* there, involvedObject/message/
// count/... in the store. Every other resource is stored as served.

// The store's key for `resource`: "events" for both event APIs.
std::string storedResourceOf(const ApiResource &resource);
// True when `resource` is served through a conversion of what the store holds.
bool isConvertedView(const ApiResource &resource);

// The stored record as `resource` serves it (the same record when no conversion applies).
Record viewOf(const ApiResource &resource, const Record &stored);
// An object as sent to `resource`, in the form the store keeps.
k8s::json::Document storedFormOf(const ApiResource &resource, const k8s::json::Value &served);

// The conversions themselves, field by field as Kubernetes maps them.
k8s::json::Document eventsV1FromCore(const k8s::json::Value &core);
k8s::json::Document coreFromEventsV1(const k8s::json::Value &eventsV1);

// A field selector label of `resource` as the stored object's label: regarding.name ->
// involvedObject.name, reportingController -> reportingComponent on events.k8s.io.
std::string storedFieldLabel(const ApiResource &resource, const std::string &label);

} // namespace kedascope::sim
