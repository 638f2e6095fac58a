// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sim/eventsource.h"

#include <map>
#include <string>

namespace kedascope::sim {

class KedaEventRecorder;
class ObjectStore;
class SimClock;
struct Scenario;

// KEDA's ScaledJob controller with the default scaling strategy, and the Job controller: each
// pollingInterval a ScaledJob gets min(max, ceil(queue / target)) - running new Jobs; a Job runs for
// the scenario's runSeconds, then succeeds and takes its share of the queue; finished Jobs beyond
// the history limits are deleted.
class ScaledJobModel
{
public:
    ScaledJobModel(ObjectStore &store, const SimClock &clock, KedaEventRecorder &events,
                   const Scenario &scenario);
    void tick(double t, std::map<std::string, EventSource> &sources);

private:
    struct RunningJob
    {
        std::string ns;
        std::string scaledJob;
        double finishAt = 0;
        std::string source;
        double messages = 0;
    };
    struct JobOwner
    {
        std::string uid;
        double nextPoll = 0;
        bool active = false;
    };
    void poll(const std::string &ns, const std::string &name, const std::string &json, JobOwner &owner,
              double t, std::map<std::string, EventSource> &sources);
    void finishJobs(double t, std::map<std::string, EventSource> &sources);
    void pruneHistory(const std::string &ns, const std::string &scaledJob, long long successfulLimit,
                      long long failedLimit);

    ObjectStore &m_store;
    const SimClock &m_clock;
    KedaEventRecorder &m_events;
    const Scenario &m_scenario;
    std::map<std::string, JobOwner> m_owners;    // ns/name of ScaledJobs
    std::map<std::string, RunningJob> m_running; // ns/name of Jobs
    unsigned long long m_sequence = 0;
};

} // namespace kedascope::sim
