// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/result.h"
#include "sim/eventsource.h"
#include "sim/scenariofaults.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kedascope::sim {

// What the demo cluster runs: its event sources, the objects it starts with, which trigger reads
// which source, and the cluster's timing (pod start-up). Read from YAML:
//
//   podStartupSeconds: 5
//   sources:
//     - {name: orders, kind: queue, shape: bursts, every: 120, size: 400, drainPerReplica: 4,
//        failures: [{start: 60, duration: 90, every: 600}], error: "..."}
//     - {name: web-cpu, kind: gauge, shape: sine, base: 50, amplitude: 30, period: 600}
//     - {name: replay, kind: gauge, shape: csv, file: replay.csv, loop: true}   # "seconds,value" lines
//   bindings:
//     team-a/orders-consumer: [orders]   # by trigger index; ScaledJobs too
//   jobs:
//     team-a/report-builder: {runSeconds: 60}
//   objects:
//     - {apiVersion: v1, kind: Namespace, metadata: {name: team-a}}
//     - ...  # any manifest; a ScaledObject's missing Deployment/StatefulSet is created for it
//   faults:    # at/every: simulated seconds since start; the other fields as POST /sim/v1/faults takes
//     - {at: 60, action: dropWatches}
//     - {at: 90, every: 300, action: fail, method: GET, path: /apis/keda.sh, code: 429, retryAfter: 2}
struct Scenario
{
    double podStartupSeconds = 5;
    std::vector<EventSourceSpec> sources;
    std::map<std::string, std::vector<std::string>> bindings; // "ns/name" -> source per trigger index
    std::map<std::string, double> jobRunSeconds;              // "ns/name" -> how long its Jobs run
    std::vector<std::shared_ptr<k8s::json::Document>> objects;
    std::vector<ScheduledFault> faults;

    // `baseDir` resolves csv file names.
    static k8s::Result<Scenario> parse(const std::string &yaml, const std::string &sourceName,
                                       const std::string &baseDir);
    static k8s::Result<Scenario> load(const std::string &path);
};

// The built-in demo: 3 namespaces, ScaledObjects over rabbitmq, kafka, prometheus, aws-sqs-queue,
// cron and cpu, 2 ScaledJobs, a scaler that fails now and then, a paused object, bursty queues.
const std::string &demoScenarioYaml();

} // namespace kedascope::sim
