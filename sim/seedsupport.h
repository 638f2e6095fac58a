// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

namespace kedascope::sim {

class ObjectStore;

// An RFC 3339 time `seconds` ago.
std::string timeAgo(int seconds);

// Who wrote a seeded object's spec and status, recorded in its managedFields as a real cluster would.
struct SeedWriters
{
    std::string spec = "kubectl-client-side-apply";
    std::string status;
};

// Stores a seed object given as JSON text; `uid` receives its new uid when given.
void putSeed(ObjectStore &store, const std::string &resource, const std::string &ns, const std::string &name,
             const std::string &text, std::string *uid = nullptr, const SeedWriters &writers = {});

// ScaledJobs (a few per team namespace) and the events KEDA emitted for the first ScaledObjects.
void seedScaledJobs(ObjectStore &store, const std::string &ns, int index);
void seedScaledObjectEvents(ObjectStore &store, const std::string &ns, const std::string &name,
                            const std::string &uid, const std::string &triggerType,
                            const std::string &metricName, int index);

} // namespace kedascope::sim
