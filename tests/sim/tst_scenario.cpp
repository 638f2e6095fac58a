// SPDX-License-Identifier: Apache-2.0
// Scenario files and the event sources they describe: shapes, queues drained by replicas, failure
// windows, csv replay, errors that name the file, and the built-in demo's contents.
#include "k8sclient/json.h"
#include "sim/eventsource.h"
#include "sim/faultactions.h"
#include "sim/scenario.h"

#include <QtTest>

#include <set>

using namespace kedascope;
using namespace kedascope::sim;

namespace {

std::string scenariosDir()
{
    return std::string(KEDASCOPE_SOURCE_DIR) + "/resources/scenarios";
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void gaugeShapes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<double>("at");
        QTest::addColumn<double>("expected");
        QTest::newRow("constant") << "{name: s, shape: constant, value: 7}" << 100.0 << 7.0;
        QTest::newRow("ramp halfway")
            << "{name: s, shape: ramp, from: 10, to: 30, duration: 100}" << 50.0 << 20.0;
        QTest::newRow("ramp holds its end")
            << "{name: s, shape: ramp, from: 10, to: 30, duration: 100}" << 500.0 << 30.0;
        QTest::newRow("sine peak") << "{name: s, shape: sine, base: 50, amplitude: 20, period: 400}" << 100.0
                                   << 70.0;
        QTest::newRow("sine never negative")
            << "{name: s, shape: sine, base: 5, amplitude: 20, period: 400}" << 300.0 << 0.0;
        QTest::newRow("burst on")
            << "{name: s, shape: bursts, start: 10, every: 100, width: 20, size: 9, base: 1}" << 115.0 << 9.0;
        QTest::newRow("burst off")
            << "{name: s, shape: bursts, start: 10, every: 100, width: 20, size: 9, base: 1}" << 140.0 << 1.0;
    }
    void gaugeShapes()
    {
        QFETCH(QString, source);
        QFETCH(double, at);
        QFETCH(double, expected);
        auto scenario = Scenario::parse("sources:\n  - " + source.toStdString() + "\n", "test.yaml", ".");
        QVERIFY2(scenario.ok(), scenario ? "" : scenario.error().message.c_str());
        QCOMPARE(scenario.value().sources.size(), std::size_t(1));
        EventSource s(scenario.value().sources[0]);
        s.advance(at, 0);
        QVERIFY2(std::abs(s.value() - expected) < 1e-6, std::to_string(s.value()).c_str());
    }

    void queueFillsWithBurstsAndDrainsWithReplicas()
    {
        auto scenario = Scenario::parse("sources:\n  - {name: q, kind: queue, shape: bursts, start: 10, "
                                        "every: 1000, size: 100, drainPerReplica: 5}\n",
                                        "q.yaml", ".");
        QVERIFY(scenario.ok());
        EventSource q(scenario.value().sources[0]);
        q.advance(5, 2);
        QCOMPARE(q.value(), 0.0);
        q.advance(11, 0);
        QCOMPARE(q.value(), 100.0);
        q.advance(15, 2); // 4 s at 2 replicas x 5 messages per second
        QCOMPARE(q.value(), 60.0);
        q.advance(100, 2);
        QCOMPARE(q.value(), 0.0);
        q.take(10); // never below empty
        QCOMPARE(q.value(), 0.0);
    }

    void failureWindowsRepeat()
    {
        FailureWindow once{100, 50, 0};
        QVERIFY(!once.covers(99));
        QVERIFY(once.covers(100));
        QVERIFY(once.covers(149));
        QVERIFY(!once.covers(150));
        QVERIFY(!once.covers(1100));
        FailureWindow periodic{100, 50, 600};
        QVERIFY(periodic.covers(720));
        QVERIFY(!periodic.covers(760));
        auto scenario = Scenario::parse(
            "sources:\n  - {name: f, failures: [{start: 10, duration: 5}], error: \"connection refused\"}\n",
            "f.yaml", ".");
        QVERIFY(scenario.ok());
        EventSource f(scenario.value().sources[0]);
        QVERIFY(!f.failing(9));
        QVERIFY(f.failing(12));
        QCOMPARE(f.errorMessage(), std::string("connection refused"));
    }

    void csvReplayExample()
    {
        auto scenario = Scenario::load(scenariosDir() + "/replay-example.yaml");
        QVERIFY2(scenario.ok(), scenario ? "" : scenario.error().message.c_str());
        const auto &sources = scenario.value().sources;
        QCOMPARE(sources.size(), std::size_t(2));
        QCOMPARE(sources[0].points.size(), std::size_t(6));
        EventSource replay(sources[0]);
        replay.advance(90, 0); // between (60,120) and (120,480)
        QCOMPARE(replay.value(), 300.0);
        replay.advance(330, 0); // looped: 30 s into the recording
        QCOMPARE(replay.value(), 60.0);
        QCOMPARE(scenario.value().bindings.at("replay/backlog-worker").at(0),
                 std::string("recorded-backlog"));
        QCOMPARE(scenario.value().objects.size(), std::size_t(3));
    }

    void errorsNameTheFile()
    {
        auto badShape = Scenario::parse("sources:\n  - {name: s, shape: square}\n", "mine.yaml", ".");
        QVERIFY(!badShape.ok());
        QVERIFY(badShape.error().message.find("mine.yaml") == 0);
        QVERIFY(badShape.error().message.find("shape must be") != std::string::npos);
        auto missingCsv = Scenario::parse("sources:\n  - {name: s, shape: csv, file: nowhere.csv}\n",
                                          "mine.yaml", "/nonexistent");
        QVERIFY(!missingCsv.ok());
        QVERIFY(missingCsv.error().message.find("nowhere.csv") != std::string::npos);
        auto notYaml = Scenario::parse("sources: [", "broken.yaml", ".");
        QVERIFY(!notYaml.ok());
        QVERIFY(notYaml.error().message.find("broken.yaml") == 0);
        QVERIFY(!Scenario::load("/nonexistent/scenario.yaml").ok());
    }

    void faultEntriesParse()
    {
        auto scenario = Scenario::parse("faults:\n"
                                        "  - {at: 30, action: dropWatches}\n"
                                        "  - {at: 45.5, every: 120, action: fail, method: GET, path: "
                                        "/apis/keda.sh, code: 429, retryAfter: 2, count: 3}\n"
                                        "  - {at: 0, action: stall, path: /api/v1/pods, delayMs: 1500}\n"
                                        "  - {at: 10, action: stall, seconds: 2}\n"
                                        "  - {at: 5, action: truncate, path: /apis/apps}\n"
                                        "  - {at: 7, action: expireTokens}\n",
                                        "faults.yaml", ".");
        QVERIFY2(scenario.ok(), scenario ? "" : scenario.error().message.c_str());
        const auto &faults = scenario.value().faults;
        QCOMPARE(faults.size(), std::size_t(6));
        QCOMPARE(faults[0].at, 30.0);
        QCOMPARE(faults[0].every, 0.0);
        QVERIFY(faults[0].action.kind == FaultAction::Kind::DropWatches);
        QCOMPARE(faults[1].at, 45.5);
        QCOMPARE(faults[1].every, 120.0);
        QVERIFY(faults[1].action.kind == FaultAction::Kind::Fail);
        QCOMPARE(faults[1].action.method, std::string("GET"));
        QCOMPARE(faults[1].action.path, std::string("/apis/keda.sh"));
        QCOMPARE(faults[1].action.code, 429);
        QCOMPARE(faults[1].action.retryAfterSeconds.value_or(-1), 2);
        QCOMPARE(faults[1].action.count, 3);
        QVERIFY(faults[2].action.kind == FaultAction::Kind::Stall);
        QCOMPARE(faults[2].action.delay.count(), 1500LL);
        QCOMPARE(faults[2].action.count, 1);
        QCOMPARE(faults[3].action.delay.count(), 2000LL);
        QVERIFY(faults[4].action.kind == FaultAction::Kind::Truncate);
        QVERIFY(faults[5].action.kind == FaultAction::Kind::ExpireTokens);
        QVERIFY(Scenario::parse("sources: []\n", "none.yaml", ".").value().faults.empty());
        auto example = Scenario::load(scenariosDir() + "/controller-test.yaml");
        QVERIFY2(example.ok(), example ? "" : example.error().message.c_str());
        QCOMPARE(example.value().faults.size(), std::size_t(1));
        QCOMPARE(example.value().faults[0].action.code, 503);
    }

    void faultEntryErrorsNameIndexAndField_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown action")
            << "faults:\n  - {at: 1, action: dropWatches}\n  - {at: 2, action: explode}\n"
            << "mine.yaml: faults[1].action: unknown action \"explode\"";
        QTest::newRow("missing action") << "faults:\n  - {at: 1}\n"
                                        << "mine.yaml: faults[0].action: unknown action \"\"";
        QTest::newRow("missing code") << "faults:\n  - {at: 1, action: fail, path: /api}\n"
                                      << "mine.yaml: faults[0].code: a fail action needs code";
        QTest::newRow("code out of range") << "faults:\n  - {at: 1, action: fail, code: 200}\n"
                                           << "mine.yaml: faults[0].code: must be an HTTP error status";
        QTest::newRow("negative time") << "faults:\n  - {at: 1, action: gone}\n  - {at: -5, action: gone}\n"
                                       << "mine.yaml: faults[1].at: must not be negative";
        QTest::newRow("missing time") << "faults:\n  - {action: gone}\n"
                                      << "mine.yaml: faults[0].at: missing";
        QTest::newRow("time not a number") << "faults:\n  - {at: soon, action: gone}\n"
                                           << "mine.yaml: faults[0].at: must be a number";
        QTest::newRow("zero every") << "faults:\n  - {at: 1, every: 0, action: gone}\n"
                                    << "mine.yaml: faults[0].every: must be a number of seconds above 0";
        QTest::newRow("count below one") << "faults:\n  - {at: 1, action: truncate, count: 0}\n"
                                         << "mine.yaml: faults[0].count: must be at least 1";
        QTest::newRow("stall without delay") << "faults:\n  - {at: 1, action: stall}\n"
                                             << "mine.yaml: faults[0].delayMs: a stall action needs delayMs";
        QTest::newRow("not a list") << "faults: {at: 1}\n"
                                    << "mine.yaml: faults: must be a list";
        QTest::newRow("entry not a mapping") << "faults: [dropWatches]\n"
                                             << "mine.yaml: faults[0]: a fault entry is a mapping";
    }
    void faultEntryErrorsNameIndexAndField()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expected);
        auto scenario = Scenario::parse(yaml.toStdString(), "mine.yaml", ".");
        QVERIFY(!scenario.ok());
        const std::string &message = scenario.error().message;
        QVERIFY2(message.find(expected.toStdString()) == 0, message.c_str());
    }

    void endpointAndScenarioShareTheParser()
    {
        // The control endpoint's body defaults code to 500; a scenario entry must spell it.
        auto body = k8s::json::parse(R"({"action":"fail","path":"/version"})");
        QVERIFY(body.has_value());
        auto withDefault = parseFaultAction(*body, 500);
        QVERIFY(withDefault.ok());
        QCOMPARE(withDefault.value().code, 500);
        auto required = parseFaultAction(*body, std::nullopt);
        QVERIFY(!required.ok());
        QVERIFY(required.error().message.find("code: ") == 0);
    }

    void demoScenarioHasWhatTheDemoPromises()
    {
        auto scenario = Scenario::parse(demoScenarioYaml(), "demo", ".");
        QVERIFY2(scenario.ok(), scenario ? "" : scenario.error().message.c_str());
        std::set<std::string> namespaces;
        std::set<std::string> triggerTypes;
        int scaledObjects = 0;
        int scaledJobs = 0;
        int paused = 0;
        for (const auto &object : scenario.value().objects) {
            const std::string kind = k8s::json::stringAt(*object, "kind");
            if (kind == "Namespace")
                namespaces.insert(k8s::json::stringAt(*object, "metadata.name"));
            if (kind == "ScaledJob")
                ++scaledJobs;
            if (kind != "ScaledObject")
                continue;
            ++scaledObjects;
            if (const auto *a = k8s::json::find(*object, "metadata.annotations"))
                paused += a->HasMember("autoscaling.keda.sh/paused-replicas") ? 1 : 0;
            for (const auto &t : k8s::json::find(*object, "spec.triggers")->GetArray())
                triggerTypes.insert(k8s::json::stringAt(t, "type"));
        }
        QCOMPARE(namespaces.size(), std::size_t(3));
        QVERIFY(scaledObjects >= 8 && scaledObjects <= 12);
        QCOMPARE(scaledJobs, 2);
        QCOMPARE(paused, 1);
        for (const char *type : {"rabbitmq", "kafka", "prometheus", "aws-sqs-queue", "cron", "cpu"})
            QVERIFY2(triggerTypes.count(type), type);
        int failing = 0;
        int bursty = 0;
        for (const auto &source : scenario.value().sources) {
            failing += source.failures.empty() ? 0 : 1;
            bursty += source.queue && source.shape == EventSourceSpec::Shape::Bursts ? 1 : 0;
        }
        QCOMPARE(failing, 1);
        QVERIFY(bursty >= 2);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
