// SPDX-License-Identifier: Apache-2.0
// KEDA's controller modelled in kedascope-sim, seen over real HTTPS: a queue burst scales the
// Deployment up and the HPA follows, cooldown brings it to zero, a failing scaler yields
// KEDAScalerFailed and then fallback, paused-replicas stops and resumes scaling, KEDA's webhook
// refuses example 08, and the events are readable through events.k8s.io/v1 and core v1.
#include "helpers/simclient.h"
#include "k8sclient/yamljson.h"
#include "sim/simserver.h"

#include <QtTest>

#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

using namespace kedascope;
using namespace kedascope::test;
using namespace std::chrono_literals;

namespace {

constexpr double kSpeed = 20;
constexpr int kPollingInterval = 5;

std::string deploymentPath(const std::string &name)
{
    return "/apis/apps/v1/namespaces/ctl/deployments/" + name;
}

std::string hpaPath(const std::string &name)
{
    return "/apis/autoscaling/v2/namespaces/ctl/horizontalpodautoscalers/keda-hpa-" + name;
}

// Polls `condition` until it holds or `timeout` (real time) passes.
bool waitFor(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        std::this_thread::sleep_for(20ms);
    }
    return condition();
}

std::string conditionStatus(const k8s::json::Value &object, const std::string &type)
{
    const auto *conditions = k8s::json::find(object, "status.conditions");
    if (!conditions || !conditions->IsArray())
        return {};
    for (const auto &c : conditions->GetArray())
        if (stringAt(c, "type") == type)
            return stringAt(c, "status");
    return {};
}

std::string conditionReason(const k8s::json::Value &object, const std::string &type)
{
    const auto *conditions = k8s::json::find(object, "status.conditions");
    if (!conditions || !conditions->IsArray())
        return {};
    for (const auto &c : conditions->GetArray())
        if (stringAt(c, "type") == type)
            return stringAt(c, "reason");
    return {};
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

class TestController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const std::string scenario =
            std::string(KEDASCOPE_SOURCE_DIR) + "/resources/scenarios/controller-test.yaml";
        sim::SimOptions options;
        options.keda = true;
        options.speed = kSpeed;
        options.scenarioFile = scenario;
        m_server = std::make_unique<sim::SimServer>(options);
        auto started = m_server->start();
        QVERIFY2(started.ok(), started ? "" : started.error().message.c_str());
        m_client = std::make_unique<SimClient>(*m_server);
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void burstScalesUpAndHpaFollows()
    {
        int replicas = 0;
        QVERIFY2(waitFor(
                     [&] {
                         replicas = static_cast<int>(
                             intAt(parseJson(m_client->get(deploymentPath("worker")).body), "spec.replicas"));
                         return replicas >= 3;
                     },
                     30s),
                 ("worker stayed at " + std::to_string(replicas)).c_str());
        QVERIFY(waitFor(
            [&] {
                auto hpa = parseJson(m_client->get(hpaPath("worker")).body);
                return intAt(hpa, "status.desiredReplicas") >= 3 &&
                       intAt(hpa, "status.currentReplicas") >= 3 &&
                       !stringAt(hpa, "status.lastScaleTime").empty();
            },
            10s));
        auto hpa = parseJson(m_client->get(hpaPath("worker")).body);
        QCOMPARE(stringAt(hpa["spec"]["metrics"][0], "external.metric.name"),
                 std::string("s0-rabbitmq-work"));
        QCOMPARE(intAt(hpa, "spec.minReplicas"), 1LL);
        QCOMPARE(stringAt(hpa["metadata"]["ownerReferences"][0], "kind"), std::string("ScaledObject"));
        auto so = parseJson(m_client->get(scaledObjectPath("ctl", "worker")).body);
        QCOMPARE(stringAt(so, "status.hpaName"), std::string("keda-hpa-worker"));
        QCOMPARE(std::string(so["status"]["externalMetricNames"][0].GetString()),
                 std::string("s0-rabbitmq-work"));
        // HPAActive mirrors the HPA's ScalingActive while it scales.
        QVERIFY(waitFor(
            [&] {
                auto current = parseJson(m_client->get(scaledObjectPath("ctl", "worker")).body);
                return conditionStatus(current, "HPAActive") == "True" &&
                       conditionReason(current, "HPAActive") == "HPAActive";
            },
            10s));
        // Pods become ready after the start-up delay.
        QVERIFY(waitFor(
            [&] {
                auto d = parseJson(m_client->get(deploymentPath("worker")).body);
                return intAt(d, "status.readyReplicas", 0) >= 3;
            },
            10s));
    }

    void cooldownBringsItToZero()
    {
        QVERIFY(waitFor(
            [&] {
                return intAt(parseJson(m_client->get(deploymentPath("worker")).body), "spec.replicas") == 0;
            },
            60s));
        // At zero the HPA reports ScalingDisabled, which KEDA still counts as a healthy HPA.
        QVERIFY(waitFor(
            [&] {
                auto current = parseJson(m_client->get(scaledObjectPath("ctl", "worker")).body);
                return conditionStatus(current, "HPAActive") == "True" &&
                       conditionReason(current, "HPAActive") == "HPAScalingDisabled";
            },
            10s));
        auto so = parseJson(m_client->get(scaledObjectPath("ctl", "worker")).body);
        QCOMPARE(conditionStatus(so, "Active"), std::string("False"));
        QVERIFY(!stringAt(so, "status.lastActiveTime").empty());
        auto events = parseJson(
            m_client->get("/api/v1/namespaces/ctl/events?fieldSelector=reason%3DKEDAScaleTargetDeactivated")
                .body);
        QVERIFY(k8s::json::find(events, "items") && k8s::json::find(events, "items")->Size() >= 1);
    }

    void failingScalerFallsBack()
    {
        QVERIFY(waitFor(
            [&] {
                auto so = parseJson(m_client->get(scaledObjectPath("ctl", "flaky")).body);
                return conditionStatus(so, "Fallback") == "True";
            },
            30s));
        QVERIFY(waitFor(
            [&] {
                return intAt(parseJson(m_client->get(deploymentPath("flaky")).body), "spec.replicas") == 4;
            },
            10s));
        auto so = parseJson(m_client->get(scaledObjectPath("ctl", "flaky")).body);
        QCOMPARE(stringAt(so, "status.health.s0-kafka-flaky.status"), std::string("Failing"));
        QVERIFY(intAt(so, "status.health.s0-kafka-flaky.numberOfFailures") > 2);
        QCOMPARE(conditionStatus(so, "Ready"), std::string("False"));
        auto failed = parseJson(
            m_client
                ->get("/apis/events.k8s.io/v1/namespaces/ctl/events?fieldSelector=reason%3DKEDAScalerFailed")
                .body);
        const auto *items = k8s::json::find(failed, "items");
        QVERIFY(items && items->Size() == 1); // repeats bump the series, not new events
        QCOMPARE(stringAt((*items)[0], "type"), std::string("Warning"));
        QCOMPARE(stringAt((*items)[0], "regarding.name"), std::string("flaky"));
        QVERIFY(waitFor(
            [&] {
                auto list = parseJson(m_client
                                          ->get("/apis/events.k8s.io/v1/namespaces/ctl/"
                                                "events?fieldSelector=reason%3DKEDAScalerFailed")
                                          .body);
                const auto *found = k8s::json::find(list, "items");
                return found && found->Size() == 1 && intAt((*found)[0], "series.count", 0) >= 2;
            },
            10s));
        auto activated = parseJson(m_client
                                       ->get("/apis/events.k8s.io/v1/namespaces/ctl/"
                                             "events?fieldSelector=reason%3DScaledObjectFallbackActivated")
                                       .body);
        QVERIFY(k8s::json::find(activated, "items")->Size() == 1);
    }

    void pausedReplicasStopsAndResumes()
    {
        QVERIFY(waitFor(
            [&] {
                return intAt(parseJson(m_client->get(deploymentPath("pausable")).body), "spec.replicas") == 3;
            },
            20s));
        QVERIFY(m_client->get(hpaPath("pausable")).status == 200);
        const auto before = std::chrono::steady_clock::now();
        QCOMPARE(
            m_client
                ->request("PATCH", scaledObjectPath("ctl", "pausable"),
                          "{\"metadata\":{\"annotations\":{\"autoscaling.keda.sh/paused-replicas\":\"0\"}}}",
                          "application/merge-patch+json")
                .status,
            200);
        QVERIFY(waitFor(
            [&] {
                return intAt(parseJson(m_client->get(deploymentPath("pausable")).body), "spec.replicas") == 0;
            },
            10s));
        const double simulated =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - before).count() * kSpeed;
        QVERIFY2(simulated <= 2 * kPollingInterval,
                 ("took " + std::to_string(simulated) + " simulated seconds").c_str());
        QVERIFY(waitFor(
            [&] {
                auto so = parseJson(m_client->get(scaledObjectPath("ctl", "pausable")).body);
                return conditionStatus(so, "Paused") == "True" &&
                       intAt(so, "status.pausedReplicaCount") == 0 &&
                       m_client->get(hpaPath("pausable")).status == 404;
            },
            5s));
        // With the HPA gone there is nothing to observe: HPAActive keeps what was last seen.
        QCOMPARE(
            conditionStatus(parseJson(m_client->get(scaledObjectPath("ctl", "pausable")).body), "HPAActive"),
            std::string("True"));
        auto paused = parseJson(
            m_client->get("/api/v1/namespaces/ctl/events?fieldSelector=reason%3DScaledObjectPaused").body);
        QVERIFY(k8s::json::find(paused, "items")->Size() == 1);

        QCOMPARE(
            m_client
                ->request("PATCH", scaledObjectPath("ctl", "pausable"),
                          "{\"metadata\":{\"annotations\":{\"autoscaling.keda.sh/paused-replicas\":null}}}",
                          "application/merge-patch+json")
                .status,
            200);
        QVERIFY(waitFor(
            [&] {
                auto so = parseJson(m_client->get(scaledObjectPath("ctl", "pausable")).body);
                return conditionStatus(so, "Paused") == "False" &&
                       intAt(parseJson(m_client->get(deploymentPath("pausable")).body), "spec.replicas") ==
                           3 &&
                       m_client->get(hpaPath("pausable")).status == 200;
            },
            20s));
    }

    void scaledJobRunsJobsWithinHistoryLimits()
    {
        const std::string jobs =
            "/apis/batch/v1/namespaces/ctl/jobs?labelSelector=scaledjob.keda.sh%2Fname%3Dreport-builder";
        int created = 0;
        int succeeded = 0;
        int running = 0;
        auto count = [&] {
            auto list = parseJson(m_client->get(jobs).body);
            succeeded = 0;
            running = 0;
            for (const auto &job : k8s::json::find(list, "items")->GetArray()) {
                succeeded += intAt(job, "status.succeeded", 0) > 0 ? 1 : 0;
                running +=
                    intAt(job, "status.active", 0) > 0 && intAt(job, "status.succeeded", 0) == 0 ? 1 : 0;
            }
            auto events = parseJson(
                m_client->get("/api/v1/namespaces/ctl/events?fieldSelector=reason%3DKEDAJobsCreated").body);
            created = 0;
            for (const auto &e : k8s::json::find(events, "items")->GetArray())
                created += static_cast<int>(intAt(e, "count", 0));
        };
        // Each burst of 3 messages with a target of 1 gets 3 Jobs; finished Jobs beyond the limit of 2 go.
        QVERIFY(waitFor(
            [&] {
                count();
                return created >= 2 && succeeded >= 1 && succeeded <= 2;
            },
            20s));
        auto owner = parseJson(m_client
                                   ->get("/apis/batch/v1/namespaces/ctl/"
                                         "jobs?labelSelector=scaledjob.keda.sh%2Fname%3Dreport-builder")
                                   .body);
        const auto &first = (*k8s::json::find(owner, "items"))[0];
        QCOMPARE(stringAt(first["metadata"]["ownerReferences"][0], "kind"), std::string("ScaledJob"));
        QVERIFY(k8s::json::find(first, "spec.template.spec.containers"));
        QVERIFY2(running <= 5, std::to_string(running).c_str());
    }

    void userObjectsTakeEffectAndDeletionRestores()
    {
        const std::string deployment =
            "{\"apiVersion\":\"apps/"
            "v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"api-made\"},\"spec\":{"
            "\"replicas\":2,\"selector\":{\"matchLabels\":{\"app\":\"api-made\"}},\"template\":{\"metadata\":"
            "{"
            "\"labels\":{\"app\":\"api-made\"}},\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"app:"
            "1\"}]}}}}";
        QCOMPARE(
            m_client
                ->request("POST", "/apis/apps/v1/namespaces/ctl/deployments", deployment, "application/json")
                .status,
            201);
        const std::string so =
            "{\"apiVersion\":\"keda.sh/"
            "v1alpha1\",\"kind\":\"ScaledObject\",\"metadata\":{\"name\":\"api-made\"},"
            "\"spec\":{\"scaleTargetRef\":{\"name\":\"api-made\"},\"pollingInterval\":5,\"minReplicaCount\":"
            "1,"
            "\"maxReplicaCount\":6,\"advanced\":{\"restoreToOriginalReplicaCount\":true},\"triggers\":[{"
            "\"type\":"
            "\"prometheus\",\"metadata\":{\"serverAddress\":\"http://prometheus:9090\",\"query\":\"load\","
            "\"threshold\":\"10\"}}]}}";
        QCOMPARE(m_client->request("POST", scaledObjectsPath("ctl"), so, "application/json").status, 201);
        QVERIFY(waitFor(
            [&] {
                return intAt(parseJson(m_client->get(deploymentPath("api-made")).body), "spec.replicas") ==
                           3 &&
                       m_client->get(hpaPath("api-made")).status == 200;
            },
            20s));
        auto status = parseJson(m_client->get(scaledObjectPath("ctl", "api-made")).body);
        QCOMPARE(intAt(status, "status.originalReplicaCount"), 2LL);
        QCOMPARE(m_client->request("DELETE", scaledObjectPath("ctl", "api-made")).status, 200);
        QVERIFY(waitFor(
            [&] {
                return m_client->get(hpaPath("api-made")).status == 404 &&
                       intAt(parseJson(m_client->get(deploymentPath("api-made")).body), "spec.replicas") == 2;
            },
            10s));
    }

    void example08IsRefused()
    {
        const std::string yaml =
            readFile(std::string(KEDASCOPE_TEST_DATA) +
                     "/manifests/08-scaledobject-cpu-only-min0-rejected-by-webhook.yaml");
        QVERIFY(!yaml.empty());
        auto docs = k8s::yamlToJson(yaml, "08");
        QVERIFY(docs && docs.value().size() == 1);
        const std::string body = k8s::json::serialize(docs.value()[0]); // what kubectl sends
        auto refused = m_client->request("POST", scaledObjectsPath("default"), body, "application/json");
        QCOMPARE(refused.status, 403);
        auto status = parseJson(refused.body);
        QCOMPARE(stringAt(status, "reason"), std::string("Forbidden"));
        QVERIFY2(stringAt(status, "message")
                         .find("admission webhook \"vscaledobject.kb.io\" denied the request: ") == 0,
                 stringAt(status, "message").c_str());
        // Server dry-run reaches the webhook too, which then skips only the cpu/memory checks (example 08's
        // rule among them): a second ScaledObject on worker's Deployment is refused, 08 itself is not.
        auto second =
            m_client->request("POST", scaledObjectsPath("ctl") + "?dryRun=All",
                              "{\"apiVersion\":\"keda.sh/"
                              "v1alpha1\",\"kind\":\"ScaledObject\",\"metadata\":{\"name\":\"second\"},"
                              "\"spec\":{\"scaleTargetRef\":{\"name\":\"worker\"},\"triggers\":[{\"type\":"
                              "\"cron\",\"metadata\":"
                              "{\"timezone\":\"UTC\",\"start\":\"0 8 * * *\",\"end\":\"0 9 * * "
                              "*\",\"desiredReplicas\":\"2\"}}]}}",
                              "application/json");
        QCOMPARE(second.status, 403);
        QVERIFY2(stringAt(parseJson(second.body), "message").find("worker") != std::string::npos,
                 second.body.c_str());
        QCOMPARE(
            m_client->request("POST", scaledObjectsPath("default") + "?dryRun=All", body, "application/json")
                .status,
            201);
        QCOMPARE(m_client->get(scaledObjectPath("default", "cpu-scaledobject")).status, 404);
    }

    void eventsInBothApis()
    {
        auto v1 = parseJson(m_client
                                ->get("/apis/events.k8s.io/v1/namespaces/ctl/"
                                      "events?fieldSelector=reason%3DKEDAScaleTargetActivated")
                                .body);
        const auto *items = k8s::json::find(v1, "items");
        QVERIFY(items && items->Size() >= 1);
        const k8s::json::Value *worker = nullptr;
        std::string notes;
        for (const auto &item : items->GetArray()) {
            notes += stringAt(item, "note") + "\n";
            if (stringAt(item, "regarding.name") == "worker")
                worker = &item;
        }
        QVERIFY2(worker, notes.c_str());
        QCOMPARE(stringAt(*worker, "reportingController"), std::string("keda-operator"));
        QCOMPARE(stringAt(*worker, "note"),
                 std::string("Scaled Deployment ctl/worker from 0 to 1, triggered by s0-rabbitmq-work"));
        const std::string name = stringAt(*worker, "metadata.name");
        auto core = parseJson(m_client->get("/api/v1/namespaces/ctl/events/" + name).body);
        QCOMPARE(stringAt(core, "reason"), std::string("KEDAScaleTargetActivated"));
        QCOMPARE(stringAt(core, "involvedObject.kind"), std::string("ScaledObject"));
        QCOMPARE(stringAt(core, "message"), stringAt(*worker, "note"));
        QCOMPARE(stringAt(core, "source.component"), std::string("keda-operator"));
        QCOMPARE(stringAt(core, "reportingComponent"), std::string("keda-operator"));
        // One stored event: the same object, version and count through both APIs.
        QCOMPARE(stringAt(core, "metadata.uid"), stringAt(*worker, "metadata.uid"));
        QCOMPARE(stringAt(core, "metadata.resourceVersion"), stringAt(*worker, "metadata.resourceVersion"));
        QCOMPARE(intAt(core, "count"), intAt(*worker, "deprecatedCount"));
        auto failed = parseJson(
            m_client
                ->get("/api/v1/namespaces/ctl/events?fieldSelector=reason%3DKEDAScalerFailed,type%3DWarning")
                .body);
        QCOMPARE(k8s::json::find(failed, "items")->Size(), rapidjson::SizeType(1));
        QCOMPARE(stringAt((*k8s::json::find(failed, "items"))[0], "involvedObject.name"),
                 std::string("flaky"));
    }

private:
    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestController)
#include "tst_controller.moc"
