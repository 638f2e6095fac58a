// SPDX-License-Identifier: Apache-2.0
#include "sim/seeder.h"

#include "k8sclient/age.h"
#include "sim/apistatus.h"
#include "sim/managedfields.h"
#include "sim/objectstore.h"
#include "sim/seedsupport.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace kedascope::sim {

namespace json = k8s::json;

namespace {

const char *const kWorkloads[] = {
    "orders-consumer", "payments-worker",         "email-sender", "invoice-generator", "image-resizer",
    "report-builder",  "notification-dispatcher", "audit-logger", "search-indexer",    "inventory-sync"};
const char *const kQueues[] = {"orders",  "payments",      "emails", "invoices", "images",
                               "reports", "notifications", "audit",  "search",   "inventory"};

std::string namespaceJson(const std::string &name)
{
    return R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":")" + name +
           R"(","labels":{"kubernetes.io/metadata.name":")" + name +
           R"("}},"spec":{"finalizers":["kubernetes"]},"status":{"phase":"Active"}})";
}

std::string deploymentJson(const std::string &ns, const std::string &name, int replicas,
                           const std::string &image, const std::string &labels)
{
    const std::string r = std::to_string(replicas);
    return R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":")" + name +
           R"(","namespace":")" + ns + R"(","labels":{"app":")" + name + "\"" + labels +
           R"(},"annotations":{"deployment.kubernetes.io/revision":"1"}},"spec":{"replicas":)" + r +
           R"(,"selector":{"matchLabels":{"app":")" + name +
           R"("}},"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"}},"revisionHistoryLimit":10,"progressDeadlineSeconds":600,"template":{"metadata":{"labels":{"app":")" +
           name + R"("}},"spec":{"containers":[{"name":")" + name + R"(","image":")" + image +
           R"(","resources":{"requests":{"cpu":"100m","memory":"128Mi"},"limits":{"memory":"256Mi"}},"env":[{"name":"QUEUE_HOST","value":"rabbitmq.messaging.svc:5672"}],"imagePullPolicy":"IfNotPresent","terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File"}],"restartPolicy":"Always","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst","schedulerName":"default-scheduler"}}},"status":{"observedGeneration":1,"replicas":)" +
           r + R"(,"updatedReplicas":)" + r + R"(,"readyReplicas":)" + r + R"(,"availableReplicas":)" + r +
           R"(,"conditions":[{"type":"Available","status":"True","reason":"MinimumReplicasAvailable","message":"Deployment has minimum availability.","lastUpdateTime":")" +
           timeAgo(86000) + R"(","lastTransitionTime":")" + timeAgo(86000) +
           R"("},{"type":"Progressing","status":"True","reason":"NewReplicaSetAvailable","message":"ReplicaSet \")" +
           name + R"(-7d9f8b6c5d\" has successfully progressed.","lastUpdateTime":")" + timeAgo(86000) +
           R"(","lastTransitionTime":")" + timeAgo(86400) + R"("}]}})";
}

struct Trigger
{
    std::string type;
    std::string metadata;   // JSON object text
    std::string metricName; // external metric name, empty for cpu
    std::string authRef;
};

Trigger triggerFor(int kind, const std::string &queue, int i)
{
    switch (kind) {
    case 0:
        return {"rabbitmq",
                R"({"queueName":")" + queue +
                    R"(","mode":"QueueLength","value":"5","activationValue":"1","protocol":"amqp"})",
                "s0-rabbitmq-" + queue, "rabbitmq-auth"};
    case 1:
        return {"kafka",
                R"({"bootstrapServers":"kafka.messaging.svc:9092","consumerGroup":")" + queue +
                    R"(-group","topic":")" + queue +
                    R"(-topic","lagThreshold":"50","offsetResetPolicy":"latest"})",
                "s0-kafka-" + queue + "-topic", ""};
    case 2:
        return {
            "prometheus",
            R"x({"serverAddress":"http://prometheus.monitoring.svc:9090","query":"sum(rate(http_requests_total{service=\")x" +
                queue + R"x(\"}[2m]))","threshold":"100","activationThreshold":"5"})x",
            "s0-prometheus", ""};
    case 3:
        return {"aws-sqs-queue",
                R"({"queueURL":"https://sqs.eu-west-1.amazonaws.com/123456789012/)" + queue +
                    R"(","queueLength":"10","awsRegion":"eu-west-1","identityOwner":"operator"})",
                "s0-aws-sqs-queue-" + queue, "aws-credentials"};
    case 4: {
        const std::string start = std::to_string(i % 24);
        return {"cron",
                R"({"timezone":"Etc/UTC","start":"0 )" + start + R"( * * *","end":"30 )" + start +
                    R"( * * *","desiredReplicas":"5"})",
                "s0-cron-Etc-UTC-0" + start + "xxx-30" + start + "xxx", ""};
    }
    default:
        return {"cpu", R"({"value":"60"})", "", ""};
    }
}

} // namespace

void seedCluster(ObjectStore &store, int scaledObjects, int namespaces)
{
    if (namespaces < 1)
        namespaces = 1;
    const std::string soResource = "scaledobjects.keda.sh";
    for (const char *ns : {"default", "keda", "kube-system"})
        putSeed(store, "namespaces", "", ns, namespaceJson(ns));
    char buffer[64];
    std::vector<std::string> teamNamespaces;
    for (int n = 0; n < namespaces; ++n) {
        std::snprintf(buffer, sizeof buffer, "team-%03d", n);
        teamNamespaces.emplace_back(buffer);
        putSeed(store, "namespaces", "", buffer, namespaceJson(buffer));
        if (n < 20)
            seedScaledJobs(store, buffer, n);
        putSeed(
            store, "triggerauthentications.keda.sh", buffer, "rabbitmq-auth",
            R"({"apiVersion":"keda.sh/v1alpha1","kind":"TriggerAuthentication","metadata":{"name":"rabbitmq-auth","namespace":")" +
                std::string(buffer) +
                R"("},"spec":{"secretTargetRef":[{"parameter":"host","name":"rabbitmq-conn","key":"host"}]}})");
    }
    putSeed(
        store, "clustertriggerauthentications.keda.sh", "", "aws-credentials",
        R"({"apiVersion":"keda.sh/v1alpha1","kind":"ClusterTriggerAuthentication","metadata":{"name":"aws-credentials"},"spec":{"podIdentity":{"provider":"aws"}}})");
    putSeed(store, "deployments.apps", "keda", "keda-operator",
            deploymentJson(
                "keda", "keda-operator", 1, "ghcr.io/kedacore/keda:2.17.0",
                R"(,"app.kubernetes.io/name":"keda-operator","app.kubernetes.io/part-of":"keda-operator")"));
    putSeed(store, "deployments.apps", "keda", "keda-operator-metrics-apiserver",
            deploymentJson("keda", "keda-operator-metrics-apiserver", 1,
                           "ghcr.io/kedacore/keda-metrics-apiserver:2.17.0",
                           R"(,"app.kubernetes.io/name":"keda-operator-metrics-apiserver")"));
    for (const char *svc : {"keda-operator-metrics", "keda-operator-metrics-apiserver", "keda-operator"}) {
        // The operator's Prometheus port is `metrics` (8080), reached through the service proxy as
        // keda-operator:metrics (or keda-operator-metrics:metrics, as older manifests name it).
        const std::string name = svc;
        const std::string metricsPort =
            R"({"name":"metrics","port":8080,"protocol":"TCP","targetPort":8080})";
        const std::string port =
            name == "keda-operator-metrics" ? metricsPort
            : name == "keda-operator"
                ? R"({"name":"metricsservice","port":9666,"protocol":"TCP","targetPort":9666},)" + metricsPort
                : std::string(R"({"name":"https","port":443,"protocol":"TCP","targetPort":6443})");
        const std::string app =
            name == "keda-operator-metrics-apiserver" ? "keda-operator-metrics-apiserver" : "keda-operator";
        putSeed(
            store, "services", "keda", svc,
            R"({"apiVersion":"v1","kind":"Service","metadata":{"name":")" + std::string(svc) +
                R"(","namespace":"keda","labels":{"app.kubernetes.io/name":"keda-operator","app.kubernetes.io/part-of":"keda-operator"}},"spec":{"type":"ClusterIP","clusterIP":"10.96.12.)" +
                std::to_string(10 + std::string(svc).size()) + R"(","ports":[)" + port +
                R"(],"selector":{"app":")" + app + R"("}},"status":{"loadBalancer":{}}})");
    }

    for (int i = 0; i < scaledObjects; ++i) {
        const std::string &ns = teamNamespaces[static_cast<std::size_t>(i % namespaces)];
        std::snprintf(buffer, sizeof buffer, "%s-%04d", kWorkloads[i % 10], i);
        const std::string name = buffer;
        const std::string queue = kQueues[(i / 10) % 10];
        const int kind = (i / namespaces + i % namespaces) % 6;
        const bool cpuOnly = kind == 5;
        const int minReplicas = cpuOnly ? 1 : (i % 3 == 0 ? 0 : 1);
        const int maxReplicas = 10 + i % 40;
        const bool active = i % 3 != 1;
        const bool paused = i % 25 == 0;
        const bool withFallback = !cpuOnly && i % 4 == 0;
        const bool withAdvanced = i % 7 == 0;
        const int replicas = paused ? 0 : (active ? 1 + i % maxReplicas : minReplicas);
        Trigger trigger = triggerFor(kind, queue, i);
        std::string triggers = R"([{"type":")" + trigger.type + R"(","metadata":)" + trigger.metadata;
        if (!trigger.authRef.empty())
            triggers += R"(,"authenticationRef":{"name":")" + trigger.authRef + '"' +
                        (trigger.type == "aws-sqs-queue" ? R"(,"kind":"ClusterTriggerAuthentication")" : "") +
                        "}";
        if (kind == 5)
            triggers += R"(,"metricType":"Utilization")";
        triggers += "}";
        const bool withCpu = !cpuOnly && minReplicas >= 1 && i % 5 == 0;
        if (withCpu)
            triggers += R"(,{"type":"cpu","metricType":"Utilization","metadata":{"value":"75"}})";
        triggers += "]";
        std::string annotations;
        if (paused)
            annotations = R"(,"annotations":{"autoscaling.keda.sh/paused-replicas":"0"})";
        std::string spec = R"({"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":")" +
                           name + R"("},"pollingInterval":)" + std::to_string(i % 2 ? 15 : 30) +
                           R"(,"cooldownPeriod":)" + std::to_string(i % 2 ? 120 : 300) +
                           R"(,"minReplicaCount":)" + std::to_string(minReplicas) + R"(,"maxReplicaCount":)" +
                           std::to_string(maxReplicas);
        if (withFallback)
            spec +=
                R"(,"fallback":{"failureThreshold":3,"replicas":)" + std::to_string(maxReplicas / 2) + "}";
        if (withAdvanced)
            spec +=
                R"(,"advanced":{"restoreToOriginalReplicaCount":false,"horizontalPodAutoscalerConfig":{"behavior":{"scaleDown":{"stabilizationWindowSeconds":300,"policies":[{"type":"Percent","value":100,"periodSeconds":15}]}}}})";
        spec += R"(,"triggers":)" + triggers + "}";
        const std::string metric = trigger.metricName;
        const std::string types = trigger.type + (withCpu ? ",cpu" : "");
        std::string status =
            R"({"scaleTargetKind":"apps/v1.Deployment","scaleTargetGVKR":{"group":"apps","kind":"Deployment","resource":"deployments","version":"v1"},"originalReplicaCount":1)";
        if (!metric.empty())
            status += R"(,"externalMetricNames":[")" + metric + R"("])";
        if (cpuOnly || withCpu)
            status += R"(,"resourceMetricNames":["cpu"])";
        status += R"(,"hpaName":"keda-hpa-)" + name + R"(","triggersTypes":")" + types + '"';
        if (!trigger.authRef.empty())
            status += R"(,"authenticationsTypes":")" + trigger.authRef + '"';
        if (active && !paused)
            status += R"(,"lastActiveTime":")" + timeAgo(i % 600) + '"';
        if (withFallback)
            status += R"(,"health":{")" + metric + R"(":{"numberOfFailures":0,"status":"Happy"}})";
        if (!metric.empty())
            status += R"(,"triggersActivity":{")" + metric + R"(":{"isActive":)" +
                      (active ? "true" : "false") + "}}";
        if (paused)
            status += R"(,"pausedReplicaCount":0)";
        // KEDA's conditions carry no lastTransitionTime (its Condition type has none).
        status +=
            R"(,"conditions":[{"type":"Ready","status":"True","reason":"ScaledObjectReady","message":"ScaledObject is defined correctly and is ready for scaling"},)";
        status +=
            active && !paused
                ? R"({"type":"Active","status":"True","reason":"ScalerActive","message":"Scaling is performed because triggers are active"},)"
                : R"({"type":"Active","status":"False","reason":"ScalerNotActive","message":"Scaling is not performed because triggers are not active"},)";
        status +=
            R"({"type":"Fallback","status":"False","reason":"NoFallbackFound","message":"No fallbacks are active on this scaled object"},)";
        status +=
            paused
                ? R"({"type":"Paused","status":"True","reason":"ScaledObjectPaused","message":"ScaledObject is paused"}]})"
                : R"({"type":"Paused","status":"False","reason":"ScaledObjectUnpaused","message":"ScaledObject is not paused"}]})";
        const std::string since = timeAgo(3600 + i % 5000);
        std::string so = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":")" +
                         name + R"(","namespace":")" + ns + R"(","labels":{"app":")" + name +
                         R"(","team":")" + ns + R"(","scaler":")" + trigger.type + '"' + "}" + annotations +
                         R"(,"finalizers":["finalizer.keda.sh"]},"spec":)" + spec + R"(,"status":)" + status +
                         "}";
        std::string soUid;
        putSeed(store, soResource, ns, name, so, &soUid, {"kubectl-client-side-apply", "keda"});
        if (i < 200)
            seedScaledObjectEvents(store, ns, name, soUid, trigger.type, metric, i);
        putSeed(store, "deployments.apps", ns, name,
                deploymentJson(ns, name, replicas,
                               "registry.example.com/" + std::string(kWorkloads[i % 10]) + ":1.4.2", ""),
                nullptr, {"kubectl-client-side-apply", "kube-controller-manager"});
        if (paused)
            continue;
        std::string metrics;
        std::string current;
        if (!metric.empty()) {
            metrics = R"({"type":"External","external":{"metric":{"name":")" + metric +
                      R"(","selector":{"matchLabels":{"scaledobject.keda.sh/name":")" + name +
                      R"("}}},"target":{"type":"AverageValue","averageValue":"5"}}})";
            current = R"({"type":"External","external":{"metric":{"name":")" + metric +
                      R"(","selector":{"matchLabels":{"scaledobject.keda.sh/name":")" + name +
                      R"("}}},"current":{"averageValue":")" + std::to_string(active ? 2 + i % 7 : 0) +
                      R"("}}})";
        }
        if (cpuOnly || withCpu) {
            const std::string sep = metrics.empty() ? "" : ",";
            metrics +=
                sep +
                R"({"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization","averageUtilization":)" +
                std::string(cpuOnly ? "60" : "75") + "}}}";
            current +=
                sep +
                R"({"type":"Resource","resource":{"name":"cpu","current":{"averageValue":"85m","averageUtilization":)" +
                std::to_string(20 + i % 60) + "}}}";
        }
        const int hpaMin = minReplicas < 1 ? 1 : minReplicas;
        const int hpaReplicas = replicas < 1 ? hpaMin : replicas;
        const std::string hpaName = "keda-hpa-" + name;
        std::string hpa =
            R"({"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","metadata":{"name":")" +
            hpaName + R"(","namespace":")" + ns + R"(","labels":{"app":")" + name +
            R"(","app.kubernetes.io/managed-by":"keda-operator","app.kubernetes.io/name":")" + hpaName +
            R"(","app.kubernetes.io/part-of":")" + name +
            R"(","app.kubernetes.io/version":"2.17.0","scaledobject.keda.sh/name":")" + name +
            R"("},"ownerReferences":[{"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","name":")" +
            name + R"(","uid":")" + soUid +
            R"(","controller":true,"blockOwnerDeletion":true}]},"spec":{"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":")" +
            name + R"("},"minReplicas":)" + std::to_string(hpaMin) + R"(,"maxReplicas":)" +
            std::to_string(maxReplicas) + R"(,"metrics":[)" + metrics + R"(]},"status":{"currentReplicas":)" +
            std::to_string(hpaReplicas) + R"(,"desiredReplicas":)" + std::to_string(hpaReplicas) +
            R"(,"currentMetrics":[)" + current +
            R"(],"conditions":[{"type":"AbleToScale","status":"True","reason":"ReadyForNewScale","message":"recommended size matches current size","lastTransitionTime":")" +
            since +
            R"("},{"type":"ScalingActive","status":"True","reason":"ValidMetricFound","message":"the HPA was able to successfully calculate a replica count from external metric )" +
            (metric.empty() ? std::string("cpu") : metric) + R"(","lastTransitionTime":")" + since +
            R"("},{"type":"ScalingLimited","status":"False","reason":"DesiredWithinRange","message":"the desired count is within the acceptable range","lastTransitionTime":")" +
            since + R"("}]}})";
        putSeed(store, "horizontalpodautoscalers.autoscaling", ns, hpaName, hpa, nullptr,
                {"keda", "kube-controller-manager"});
    }
}

} // namespace kedascope::sim
