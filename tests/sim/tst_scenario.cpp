// SPDX-License-Identifier: Apache-2.0
// Scenario files and the event sources they describe: shapes, queues drained by replicas, failure
// windows, csv replay, errors that name the file, and the built-in demo's contents.
#include "k8sclient/json.h"
#include "sim/eventsource.h"
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
