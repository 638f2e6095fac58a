// SPDX-License-Identifier: Apache-2.0
// Pausing and resuming against the sim with KEDA's behaviour, over HTTPS: each mode changes the
// replicas as KEDA would, resume restores exactly, a namespace of 50 at once, the read-only user is
// refused with the missing permission named, and an object changed between plan and run is
// reported as a conflict and left alone.
#include "k8sclient/age.h"
#include "k8sclient/apiclient.h"
#include "k8sclient/kedapause.h"
#include "k8sclient/kubeconfig.h"
#include "k8sclient/pauserun.h"
#include "sim/simserver.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <functional>
#include <thread>

using namespace kedascope;
using namespace kedascope::k8s;
using namespace kedascope::k8s::pause;
using namespace std::chrono_literals;

namespace {

constexpr int bulkCount = 50;

bool waitFor(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        std::this_thread::sleep_for(25ms);
    }
    return condition();
}

std::string scaledObject(const std::string &ns, const std::string &name, const std::string &source,
                         const std::string &annotations = "{}")
{
    return "  - apiVersion: keda.sh/v1alpha1\n    kind: ScaledObject\n    metadata: {name: " + name +
           ", namespace: " + ns + ", annotations: " + annotations +
           "}\n    spec:\n      scaleTargetRef: {name: " + name +
           "}\n      pollingInterval: 5\n      minReplicaCount: 1\n      maxReplicaCount: 6\n"
           "      advanced: {horizontalPodAutoscalerConfig: {behavior: {scaleDown: {stabilizationWindowSeconds: 0}}}}\n"
           "      triggers:\n        - {type: prometheus, metadata: {serverAddress: 'http://prometheus:9090', query: " +
           source + ", threshold: '10'}}\n";
}

std::string scenario()
{
    std::string text = "podStartupSeconds: 1\nsources:\n"
                       "  - {name: steady, kind: gauge, shape: constant, value: 30}\n"
                       "  - {name: wave, kind: gauge, shape: sine, base: 35, amplitude: 30, period: 40}\n"
                       "  - {name: reports, kind: queue, shape: bursts, start: 5, every: 30, size: 3, drainPerReplica: 0}\n"
                       "objects:\n";
    for (const char *name : {"hold", "conflict-a", "conflict-b", "expiring"})
        text += scaledObject("maint", name, "steady");
    for (const char *name : {"freeze", "scale-in", "scale-out"})
        text += scaledObject("maint", name, "wave");
    text += scaledObject("maint", "restore", "steady",
                         "{team: payments, 'autoscaling.keda.sh/paused-scale-out': 'false'}");
    for (int i = 0; i < bulkCount; ++i)
        text += scaledObject("bulk", "worker-" + std::to_string(i), "steady");
    text += "  - apiVersion: keda.sh/v1alpha1\n    kind: ScaledJob\n    metadata: {name: reports, namespace: maint}\n"
            "    spec:\n      jobTargetRef: {template: {spec: {restartPolicy: Never, containers: [{name: r, image: "
            "'registry.example.com/r:1'}]}}}\n      pollingInterval: 5\n      maxReplicaCount: 5\n"
            "      triggers:\n        - {type: rabbitmq, metadata: {protocol: amqp, queueName: reports, mode: "
            "QueueLength, value: '1', hostFromEnv: RABBITMQ_HOST}}\n";
    return text;
}

std::string conditionStatus(const json::Value &object, const std::string &type)
{
    const auto *conditions = json::find(object, "status.conditions");
    if (!conditions || !conditions->IsArray())
        return {};
    for (const auto &c : conditions->GetArray())
        if (json::stringAt(c, "type") == type)
            return json::stringAt(c, "status");
    return {};
}

std::map<std::string, std::string> annotationsOf(const json::Value &object)
{
    std::map<std::string, std::string> out;
    if (const auto *annotations = json::find(object, "metadata.annotations"); annotations && annotations->IsObject())
        for (const auto &m : annotations->GetObject())
            out[m.name.GetString()] = m.value.GetString();
    return out;
}

} // namespace

class TestPauseRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void holdScalesToTheCountAndRemovesTheHpa();
    void freezeKeepsTheCount();
    void blockingScaleInKeepsThePeak();
    void blockingScaleOutKeepsTheTrough();
    void resumeRestoresExactly();
    void scaledJobsPauseEntirely();
    void restrictedUserIsRefusedAndNothingChanges();
    void pausesANamespaceOfFiftyAndUndoes();
    void conflictMidwayIsReportedNotOverwritten();
    void expiredPausesAreFoundAndResumed();

private:
    std::shared_ptr<ApiClient> client(const std::string &context);
    json::Document get(const ResourceType &type, const std::string &ns, const std::string &name);
    long long replicas(const std::string &ns, const std::string &name);
    bool pausedCondition(const std::string &name, const std::string &status,
                         const ResourceType &type = resources::scaledObjects());
    RunReport pauseOne(const std::string &name, PauseRequest request);
    RunReport resumeOne(const std::string &name);
    // Replicas of maint/NAME read for `period` of real time; what each read gave.
    std::vector<long long> observe(const std::string &name, std::chrono::milliseconds period);

    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimServer> m_server;
    std::shared_ptr<ApiClient> m_admin;
};

void TestPauseRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::string scenarioPath = m_dir.filePath(QStringLiteral("pause.yaml")).toStdString();
    std::ofstream(scenarioPath) << scenario();
    sim::SimOptions options;
    options.keda = true;
    options.speed = 20;
    options.scenarioFile = scenarioPath;
    options.kubeconfigOut = m_dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    m_server = std::make_unique<sim::SimServer>(options);
    auto started = m_server->start();
    QVERIFY2(started.ok(), started ? "" : started.error().message.c_str());
    m_admin = client("sim-admin");
    QVERIFY(m_admin);
}

void TestPauseRun::cleanupTestCase()
{
    m_admin.reset();
    m_server.reset();
}

std::shared_ptr<ApiClient> TestPauseRun::client(const std::string &context)
{
    auto config = Kubeconfig::fromYaml(m_server->kubeconfigYaml(), m_dir.filePath(QStringLiteral("kubeconfig")).toStdString());
    if (!config)
        return nullptr;
    auto connection = config->resolve(context);
    if (!connection)
        return nullptr;
    auto created = ApiClient::create(connection.value());
    return created ? created.value() : nullptr;
}

json::Document TestPauseRun::get(const ResourceType &type, const std::string &ns, const std::string &name)
{
    auto object = m_admin->get(type, ns, name);
    if (!object)
        return json::Document(rapidjson::kObjectType);
    return std::move(object.value());
}

long long TestPauseRun::replicas(const std::string &ns, const std::string &name)
{
    return json::intAt(get(resources::deployments(), ns, name), "spec.replicas").value_or(-1);
}

bool TestPauseRun::pausedCondition(const std::string &name, const std::string &status, const ResourceType &type)
{
    return waitFor([&] { return conditionStatus(get(type, "maint", name), "Paused") == status; }, 20s);
}

RunReport TestPauseRun::pauseOne(const std::string &name, PauseRequest request)
{
    PauseRunner runner(m_admin);
    return runner.run(runner.planObjects({{resources::scaledObjects(), "maint", name}}, Action::Pause, request,
                                         std::chrono::system_clock::now()));
}

RunReport TestPauseRun::resumeOne(const std::string &name)
{
    PauseRunner runner(m_admin);
    return runner.run(runner.planObjects({{resources::scaledObjects(), "maint", name}}, Action::Resume, {},
                                         std::chrono::system_clock::now()));
}

std::vector<long long> TestPauseRun::observe(const std::string &name, std::chrono::milliseconds period)
{
    std::vector<long long> seen;
    const auto end = std::chrono::steady_clock::now() + period;
    while (std::chrono::steady_clock::now() < end) {
        seen.push_back(replicas("maint", name));
        std::this_thread::sleep_for(50ms);
    }
    return seen;
}

void TestPauseRun::holdScalesToTheCountAndRemovesTheHpa()
{
    QVERIFY2(waitFor([&] { return replicas("maint", "hold") == 3; }, 20s), "hold never reached 3 replicas");
    QVERIFY(m_admin->get(resources::hpas(), "maint", "keda-hpa-hold").ok());

    const RunReport report = pauseOne("hold", {Mode::HoldReplicas, 1, std::nullopt});
    QCOMPARE(report.outcomes.size(), std::size_t(1));
    QCOMPARE(report.outcomes[0].kind, Outcome::Kind::Done);
    QCOMPARE(report.outcomes[0].change.currentReplicas, std::optional<long long>(3));
    QCOMPARE(report.outcomes[0].change.replicasAfter(), std::optional<long long>(1));

    QVERIFY(waitFor([&] { return replicas("maint", "hold") == 1; }, 20s));
    QVERIFY(pausedCondition("hold", "True"));
    QVERIFY(waitFor([&] { return m_admin->get(resources::hpas(), "maint", "keda-hpa-hold").error().isNotFound(); },
                    20s));
    QCOMPARE(json::intAt(get(resources::scaledObjects(), "maint", "hold"), "status.pausedReplicaCount"),
             std::optional<long long>(1));

    const RunReport resumed = resumeOne("hold");
    QCOMPARE(resumed.outcomes[0].kind, Outcome::Kind::Done);
    QVERIFY(waitFor([&] { return replicas("maint", "hold") == 3; }, 20s));
    QVERIFY(pausedCondition("hold", "False"));
    QVERIFY(waitFor([&] { return m_admin->get(resources::hpas(), "maint", "keda-hpa-hold").ok(); }, 20s));
}

void TestPauseRun::freezeKeepsTheCount()
{
    // The wave takes the object between 1 and 6 replicas every 2 s of real time.
    QVERIFY(waitFor([&] { return replicas("maint", "freeze") >= 2; }, 20s));
    QCOMPARE(pauseOne("freeze", {Mode::Freeze, 0, std::nullopt}).outcomes[0].kind, Outcome::Kind::Done);
    QVERIFY(pausedCondition("freeze", "True"));
    const long long frozen = replicas("maint", "freeze");
    for (long long seen : observe("freeze", 4500ms))
        QCOMPARE(seen, frozen);
    QCOMPARE(resumeOne("freeze").outcomes[0].kind, Outcome::Kind::Done);
    QVERIFY(pausedCondition("freeze", "False"));
    QVERIFY2(waitFor([&] { return replicas("maint", "freeze") != frozen; }, 20s), "resumed scaling never moved");
}

void TestPauseRun::blockingScaleInKeepsThePeak()
{
    QCOMPARE(pauseOne("scale-in", {Mode::BlockScaleIn, 0, std::nullopt}).outcomes[0].kind, Outcome::Kind::Done);
    QVERIFY(pausedCondition("scale-in", "True"));
    QVERIFY2(waitFor([&] { return replicas("maint", "scale-in") == 6; }, 20s), "scale-out was blocked too");
    for (long long seen : observe("scale-in", 4500ms))
        QCOMPARE(seen, 6LL);
    QCOMPARE(resumeOne("scale-in").outcomes[0].kind, Outcome::Kind::Done);
    QVERIFY(waitFor([&] { return replicas("maint", "scale-in") < 6; }, 20s));
}

void TestPauseRun::blockingScaleOutKeepsTheTrough()
{
    QCOMPARE(pauseOne("scale-out", {Mode::BlockScaleOut, 0, std::nullopt}).outcomes[0].kind, Outcome::Kind::Done);
    QVERIFY(pausedCondition("scale-out", "True"));
    QVERIFY2(waitFor([&] { return replicas("maint", "scale-out") == 1; }, 20s), "scale-in was blocked too");
    for (long long seen : observe("scale-out", 4500ms))
        QCOMPARE(seen, 1LL);
    QCOMPARE(resumeOne("scale-out").outcomes[0].kind, Outcome::Kind::Done);
    QVERIFY(waitFor([&] { return replicas("maint", "scale-out") > 1; }, 20s));
}

void TestPauseRun::resumeRestoresExactly()
{
    const auto before = annotationsOf(get(resources::scaledObjects(), "maint", "restore"));
    QCOMPARE(before.at("autoscaling.keda.sh/paused-scale-out"), std::string("false"));
    const auto until = std::chrono::system_clock::now() + 2h;
    QCOMPARE(pauseOne("restore", {Mode::BlockScaleOut, 0, until}).outcomes[0].kind, Outcome::Kind::Done);
    const auto paused = annotationsOf(get(resources::scaledObjects(), "maint", "restore"));
    QCOMPARE(paused.at("autoscaling.keda.sh/paused-scale-out"), std::string("true"));
    QCOMPARE(paused.at("team"), std::string("payments"));
    QCOMPARE(paused.at(untilAnnotation), formatTimestamp(until));
    QVERIFY(pausedCondition("restore", "True"));

    // Someone adds an annotation while it is paused; resume leaves it.
    QVERIFY(m_admin->patch(resources::scaledObjects(), "maint", "restore", PatchType::Merge,
                           R"({"metadata":{"annotations":{"owner":"ops"}}})")
                .ok());
    QCOMPARE(resumeOne("restore").outcomes[0].kind, Outcome::Kind::Done);
    auto expected = before;
    expected["owner"] = "ops";
    QCOMPARE(annotationsOf(get(resources::scaledObjects(), "maint", "restore")), expected);
    QVERIFY(pausedCondition("restore", "False"));
}

void TestPauseRun::scaledJobsPauseEntirely()
{
    PauseRunner runner(m_admin);
    const auto now = std::chrono::system_clock::now();
    const ObjectRef job{resources::scaledJobs(), "maint", "reports"};
    const RunReport refused = runner.run(runner.planObjects({job}, Action::Pause, {Mode::HoldReplicas, 2, {}}, now));
    QCOMPARE(refused.outcomes[0].kind, Outcome::Kind::Skipped);
    QVERIFY(!annotationsOf(get(resources::scaledJobs(), "maint", "reports")).count(keda::pausedReplicasAnnotation));

    const RunReport paused = runner.run(runner.planObjects({job}, Action::Pause, {Mode::Freeze, 0, {}}, now));
    QCOMPARE(paused.outcomes[0].kind, Outcome::Kind::Done);
    QVERIFY(pausedCondition("reports", "True", resources::scaledJobs()));
    const RunReport undone = runner.run(paused.undoPlan());
    QCOMPARE(undone.outcomes[0].kind, Outcome::Kind::Done);
    QVERIFY(pausedCondition("reports", "False", resources::scaledJobs()));
    QVERIFY(annotationsOf(get(resources::scaledJobs(), "maint", "reports")).empty());
}

void TestPauseRun::restrictedUserIsRefusedAndNothingChanges()
{
    auto viewer = client("sim-viewer");
    QVERIFY(viewer);
    auto listed = m_admin->listAll(resources::scaledObjects(), "bulk", ListOptions{});
    QVERIFY(listed.ok());
    PauseRunner runner(viewer);
    auto plan = runner.planNamespace(resources::scaledObjects(), "bulk", Action::Pause, {Mode::Freeze, 0, {}},
                                     std::chrono::system_clock::now());
    QVERIFY(plan.ok());
    QCOMPARE(int(plan->changes.size()), bulkCount);
    const RunReport report = runner.run(plan.value());
    QCOMPARE(report.count(Outcome::Kind::Failed), bulkCount);
    for (const auto &outcome : report.outcomes) {
        QCOMPARE(outcome.permission, std::string(R"(patch scaledobjects.keda.sh in namespace "bulk")"));
        QVERIFY(outcome.message.rfind("Forbidden: ", 0) == 0);
    }
    QVERIFY(report.undoPlan().empty());
    for (const auto &text : listed->items) {
        auto before = json::parse(text);
        const std::string name = json::stringAt(*before, "metadata.name");
        QCOMPARE(annotationsOf(get(resources::scaledObjects(), "bulk", name)), annotationsOf(*before));
    }
}

void TestPauseRun::pausesANamespaceOfFiftyAndUndoes()
{
    PauseRunner runner(m_admin);
    auto plan = runner.planNamespace(resources::scaledObjects(), "bulk", Action::Pause,
                                     {Mode::HoldReplicas, 0, std::nullopt}, std::chrono::system_clock::now());
    QVERIFY(plan.ok());
    const RunReport report = runner.run(plan.value());
    QCOMPARE(report.count(Outcome::Kind::Done), bulkCount);
    auto allAt = [&](const std::function<bool(long long)> &test) {
        auto deployments = m_admin->listAll(resources::deployments(), "bulk", ListOptions{});
        if (!deployments || deployments->items.size() != std::size_t(bulkCount))
            return false;
        for (const auto &item : deployments->items)
            if (!test(json::intAt(*json::parse(item), "spec.replicas").value_or(-1)))
                return false;
        return true;
    };
    QVERIFY2(waitFor([&] { return allAt([](long long r) { return r == 0; }); }, 30s), "not all held at 0");

    const RunReport undone = runner.run(report.undoPlan());
    QCOMPARE(undone.count(Outcome::Kind::Done), bulkCount);
    QVERIFY2(waitFor([&] { return allAt([](long long r) { return r == 3; }); }, 30s), "not all scaling again");
    auto after = m_admin->listAll(resources::scaledObjects(), "bulk", ListOptions{});
    for (const auto &item : after->items)
        QVERIFY(annotationsOf(*json::parse(item)).empty());
}

void TestPauseRun::conflictMidwayIsReportedNotOverwritten()
{
    PauseRunner runner(m_admin);
    const auto plan = runner.planObjects({{resources::scaledObjects(), "maint", "conflict-a"},
                                          {resources::scaledObjects(), "maint", "conflict-b"}},
                                         Action::Pause, {Mode::Freeze, 0, std::nullopt},
                                         std::chrono::system_clock::now());
    QCOMPARE(plan.changes.size(), std::size_t(2));
    // Between plan and run: someone sets the very annotation the plan sets on b, and an unrelated one on a.
    QVERIFY(m_admin->patch(resources::scaledObjects(), "maint", "conflict-b", PatchType::Merge,
                           R"({"metadata":{"annotations":{"autoscaling.keda.sh/paused":"false"}}})")
                .ok());
    QVERIFY(m_admin->patch(resources::scaledObjects(), "maint", "conflict-a", PatchType::Merge,
                           R"({"metadata":{"annotations":{"owner":"ops"}}})")
                .ok());

    const RunReport report = runner.run(plan);
    QCOMPARE(report.count(Outcome::Kind::Done), 1);
    QCOMPARE(report.count(Outcome::Kind::Conflict), 1);
    for (const auto &outcome : report.outcomes) {
        if (outcome.change.object.name == "conflict-a") {
            QCOMPARE(outcome.kind, Outcome::Kind::Done);
            QVERIFY(outcome.rebased);
            QVERIFY(describeOutcome(outcome).find("after a conflict") != std::string::npos);
            continue;
        }
        QCOMPARE(outcome.kind, Outcome::Kind::Conflict);
        QVERIFY(!outcome.currentResourceVersion.empty());
        QVERIFY(outcome.currentResourceVersion != outcome.change.resourceVersion);
        QVERIFY(outcome.message.find("not overwritten") != std::string::npos);
    }
    QCOMPARE(annotationsOf(get(resources::scaledObjects(), "maint", "conflict-b")),
             (std::map<std::string, std::string>{{"autoscaling.keda.sh/paused", "false"}}));
    QCOMPARE(annotationsOf(get(resources::scaledObjects(), "maint", "conflict-a")).at(keda::pausedAnnotation),
             std::string("true"));
    QCOMPARE(report.undoPlan().size(), std::size_t(1));
    QCOMPARE(runner.run(report.undoPlan()).count(Outcome::Kind::Done), 1);
    QCOMPARE(annotationsOf(get(resources::scaledObjects(), "maint", "conflict-a")),
             (std::map<std::string, std::string>{{"owner", "ops"}}));
}

void TestPauseRun::expiredPausesAreFoundAndResumed()
{
    const auto past = std::chrono::system_clock::now() - 1min;
    QCOMPARE(pauseOne("expiring", {Mode::Freeze, 0, past}).outcomes[0].kind, Outcome::Kind::Done);
    QCOMPARE(pauseOne("hold", {Mode::Freeze, 0, std::chrono::system_clock::now() + 1h}).outcomes[0].kind,
             Outcome::Kind::Done);
    PauseRunner runner(m_admin);
    auto expired = runner.planExpired("", std::chrono::system_clock::now());
    QVERIFY(expired.ok());
    QCOMPARE(expired->changes.size(), std::size_t(1));
    QCOMPARE(expired->changes[0].object.name, std::string("expiring"));
    QCOMPARE(runner.run(expired.value()).count(Outcome::Kind::Done), 1);
    QVERIFY(annotationsOf(get(resources::scaledObjects(), "maint", "expiring")).empty());
    QCOMPARE(resumeOne("hold").outcomes[0].kind, Outcome::Kind::Done);
}

QTEST_GUILESS_MAIN(TestPauseRun)
#include "tst_pauserun.moc"
