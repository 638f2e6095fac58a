// SPDX-License-Identifier: Apache-2.0
// The seeded cluster's ScaledJobs and the events KEDA emitted about its ScaledObjects.
#include "k8sclient/json.h"
#include "sim/eventviews.h"
#include "sim/objectstore.h"
#include "sim/seedsupport.h"

#include <cstdio>

namespace kedascope::sim {

namespace {

const char *const kJobs[] = {"batch-importer", "video-transcoder", "report-exporter"};
const char *const kJobQueues[] = {"imports", "videos", "exports"};

std::string hexSuffix(int index, int salt)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%016x", static_cast<unsigned>(index * 2654435761u + salt * 40503u));
    return buffer;
}

std::string regarding(const std::string &ns, const std::string &name, const std::string &uid)
{
    return R"({"kind":"ScaledObject","namespace":")" + ns + R"(","name":")" + name + R"(","uid":")" + uid +
           R"(","apiVersion":"keda.sh/v1alpha1"})";
}

void putEventV1(ObjectStore &store, const std::string &ns, const std::string &object, const std::string &uid,
                int index, int salt, const std::string &type, const std::string &reason,
                const std::string &note, int secondsAgo)
{
    const std::string name = object + "." + hexSuffix(index, salt);
    const std::string when = timeAgo(secondsAgo);
    // Written as events.k8s.io/v1 and stored, like every event, in its core v1 form.
    const auto eventsV1 = k8s::json::parse(
        R"({"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":")" + name +
        R"(","namespace":")" + ns +
        R"("},"eventTime":null,"reportingController":"keda-operator","reportingInstance":"keda-operator-7d9f8b6c5d-x2x9z","action":")" +
        reason + R"(","reason":")" + reason + R"(","regarding":)" + regarding(ns, object, uid) +
        R"(,"note":")" + note + R"(","type":")" + type +
        R"(","deprecatedSource":{"component":"keda-operator"},"deprecatedFirstTimestamp":")" + when +
        R"(","deprecatedLastTimestamp":")" + when + R"(","deprecatedCount":1})");
    if (!eventsV1)
        return;
    putSeed(store, "events", ns, name, k8s::json::serialize(coreFromEventsV1(*eventsV1)), nullptr,
            {"keda-operator", ""});
}

void putCoreEvent(ObjectStore &store, const std::string &ns, const std::string &object,
                  const std::string &uid, int index, const std::string &reason, const std::string &message,
                  int secondsAgo)
{
    const std::string name = object + "." + hexSuffix(index, 99);
    const std::string when = timeAgo(secondsAgo);
    putSeed(
        store, "events", ns, name,
        R"({"apiVersion":"v1","kind":"Event","metadata":{"name":")" + name + R"(","namespace":")" + ns +
            R"("},"involvedObject":)" + regarding(ns, object, uid) + R"(,"reason":")" + reason +
            R"(","message":")" + message + R"(","source":{"component":"keda-operator"},"firstTimestamp":")" +
            when + R"(","lastTimestamp":")" + when +
            R"(","count":1,"type":"Normal","eventTime":null,"reportingComponent":"keda-operator","reportingInstance":""})",
        nullptr, {"keda-operator", ""});
}

} // namespace

void seedScaledJobs(ObjectStore &store, const std::string &ns, int index)
{
    const int kind = index % 3;
    const std::string name = kJobs[kind];
    const std::string queue = kJobQueues[kind];
    const bool active = index % 2 == 0;
    std::string job =
        R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledJob","metadata":{"name":")" + name +
        R"(","namespace":")" + ns + R"(","labels":{"app":")" + name + R"(","team":")" + ns +
        R"("}},"spec":{"jobTargetRef":{"parallelism":1,"completions":1,"backoffLimit":4,"activeDeadlineSeconds":600,"template":{"spec":{"containers":[{"name":")" +
        name + R"(","image":"registry.example.com/)" + name + R"(:2.0.1","args":["--queue",")" + queue +
        R"(","--once"],"resources":{"requests":{"cpu":"250m","memory":"256Mi"}}}],"restartPolicy":"Never"}}},"pollingInterval":30,"successfulJobsHistoryLimit":5,"failedJobsHistoryLimit":5,"minReplicaCount":0,"maxReplicaCount":20,"scalingStrategy":{"strategy":"default"},"triggers":[{"type":"rabbitmq","metadata":{"queueName":")" +
        queue +
        R"(","mode":"QueueLength","value":"10"},"authenticationRef":{"name":"rabbitmq-auth"}}]},"status":{"conditions":[{"type":"Ready","status":"True","reason":"ScaledJobReady","message":"ScaledJob is defined correctly and is ready to scaling"},)";
    job +=
        active
            ? R"({"type":"Active","status":"True","reason":"ScalerActive","message":"Scaling is performed because triggers are active"},)"
            : R"({"type":"Active","status":"False","reason":"ScalerNotActive","message":"Scaling is not performed because triggers are not active"},)";
    job +=
        R"({"type":"Paused","status":"False","reason":"ScaledJobUnpaused","message":"ScaledJob is not paused"}],"triggersTypes":"rabbitmq","authenticationsTypes":"rabbitmq-auth")";
    if (active)
        job += R"(,"lastActiveTime":")" + timeAgo(index % 120) + '"';
    job += "}}";
    putSeed(store, "scaledjobs.keda.sh", ns, name, job, nullptr, {"kubectl-client-side-apply", "keda"});
}

void seedScaledObjectEvents(ObjectStore &store, const std::string &ns, const std::string &name,
                            const std::string &uid, const std::string &triggerType,
                            const std::string &metricName, int index)
{
    putEventV1(store, ns, name, uid, index, 1, "Normal", "KEDAScalersStarted",
               "Scaler " + triggerType + " is built.", 3600 + index);
    putEventV1(store, ns, name, uid, index, 2, "Normal", "ScaledObjectReady",
               "ScaledObject is ready for scaling", 3590 + index);
    if (index % 7 == 3)
        putEventV1(store, ns, name, uid, index, 3, "Warning", "KEDAScalerFailed",
                   "error getting metric for trigger " + triggerType + ": connection refused", 60 + index);
    if (index % 4 == 1)
        putEventV1(store, ns, name, uid, index, 4, "Normal", "KEDAScaleTargetActivated",
                   "Scaled apps/v1.Deployment " + ns + "/" + name + " from 0 to 1, triggered by " +
                       (metricName.empty() ? std::string("cpu") : metricName),
                   300 + index);
    if (index < 20)
        putCoreEvent(store, ns, name, uid, index, "KEDAScalersStarted", "Started scalers watch",
                     86000 + index);
}

} // namespace kedascope::sim
