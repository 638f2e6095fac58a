// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedascaling.h"
#include "k8sclient/yamljson.h"

#include <QtTest>

#include <cmath>

using namespace kedascope::k8s;
using namespace kedascope::k8s::keda;

namespace {

ScalingSpec specFrom(const std::string &yaml)
{
    auto docs = yamlToJson("apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\n" + yaml, "test");
    if (!docs.ok() || docs->empty())
        qFatal("bad YAML in test");
    auto spec = ScalingSpec::fromScaledObject(docs->front());
    if (!spec.ok())
        qFatal("bad ScaledObject in test: %s", spec.error().message.c_str());
    return spec.value();
}

std::vector<TriggerReading> readings(const QList<double> &values)
{
    std::vector<TriggerReading> out;
    for (const double value : values)
        out.push_back(std::isnan(value) ? TriggerReading::failed("connection refused")
                                        : TriggerReading::ok(value));
    return out;
}

QString explain(const ScalingDecision &decision)
{
    QStringList lines;
    for (const auto &line : decision.explanation)
        lines << QString::fromStdString(line);
    return lines.join(QLatin1Char('\n'));
}

// Runs ticks against one ScaledObject, carrying the state like the operator and the HPA do.
class Ticker
{
public:
    explicit Ticker(ScalingSpec spec, long long createdAt = 0) : m_spec(std::move(spec))
    {
        m_state.createdAt = createdAt;
    }

    ScalingDecision tick(long long now, int current, const QList<double> &values,
                         std::optional<int> ready = {})
    {
        ScalingInputs inputs;
        inputs.currentReplicas = current;
        inputs.readyReplicas = ready;
        inputs.readings = readings(values);
        StepResult result = step(m_spec, m_state, inputs, now);
        m_state = std::move(result.state);
        return result.decision;
    }
    const ScalingState &state() const { return m_state; }

private:
    ScalingSpec m_spec;
    ScalingState m_state;
};

const char *const queueSpec = R"(
metadata: {name: orders}
spec:
  scaleTargetRef: {name: worker}
  maxReplicaCount: 100
  triggers:
  - type: rabbitmq
    metadata: {queueName: orders, value: "5", activationValue: "2"}
)";

} // namespace

#define VERIFY_EXPLAINED(decision, text)                                                                     \
    QVERIFY2(explain(decision).contains(QStringLiteral(text)), qPrintable(explain(decision)))

class TestKedaScaling : public QObject
{
    Q_OBJECT

private slots:
    void hpaReplicas_data();
    void hpaReplicas();
    void activationFromZero();
    void activationIgnoredWhenMinIsAtLeastOne();
    void cooldownToZero();
    void initialCooldownAfterCreation();
    void idleReplicaCount();
    void scaleDownStabilization();
    void scaleUpPolicyCountsEarlierScaleEvents();
    void fallbackBehaviours_data();
    void fallbackBehaviours();
    void fallbackForValueMetric();
    void fallbackWhenNothingIsActive();
    void pauseAnnotations_data();
    void pauseAnnotations();
    void pausedScaleInAndOut();
    void forceActivation();
    void scalingModifiersFormula();
    void scalingModifiersFallbackRoutesAroundFailures();
    void cpuOnlyIsAlwaysActive();
    void cronWindowDecidesActivity();
    void specReadsKedaDefaults();
};

void TestKedaScaling::hpaReplicas_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("ready");
    QTest::addColumn<QList<double>>("values"); // NaN: the trigger failed
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("explanation");

    const QByteArray queue(queueSpec);
    QByteArray queueMax8 = queue;
    queueMax8.replace("maxReplicaCount: 100", "maxReplicaCount: 8");
    const QByteArray queueAndPrometheus = queue + R"(  - type: prometheus
    metricType: Value
    metadata: {serverAddress: "http://prometheus:9090", query: up, threshold: "100"}
)";
    const QByteArray cpu = R"(
metadata: {name: web}
spec:
  scaleTargetRef: {name: web}
  minReplicaCount: 1
  triggers:
  - type: cpu
    metricType: Utilization
    metadata: {value: "50"}
)";

    // AverageValue external metrics: ceil(total / target), as the HPA's GetExternalPerPodMetricReplicas.
    QTest::newRow("average-value") << queue << 4 << 4 << QList<double>{42} << 8
                                   << QStringLiteral(
                                          "s0-rabbitmq-orders = 42, target 5 → ceil(42/5) = 9 replicas");
    QTest::newRow("clamped-to-max") << queueMax8 << 4 << 4 << QList<double>{42} << 8
                                    << QStringLiteral("clamped to max 8");
    // Default scale-up policy
    // (kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#default-behavior): at most max(4
    // pods, 100%) per 15 s.
    QTest::newRow("scale-up-rate") << queue << 1 << 1 << QList<double>{42} << 5
                                   << QStringLiteral(
                                          "scale-up limited to 5 (Pods 4 per 15 s from 1 → 5, Percent 100 "
                                          "per 15 s from 1 → 2; selectPolicy Max)");
    QTest::newRow("within-tolerance")
        << queue << 8 << 8 << QList<double>{42} << 8
        << QStringLiteral("42/(5 × 8) = 1.05, within the 10% tolerance → stays at 8");
    // Algorithm details
    // (kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#algorithm-details): 200m against
    // 100m doubles the replicas, 50m halves them.
    QTest::newRow("value-doubles") << queueAndPrometheus << 4 << 4 << QList<double>{0, 200} << 8
                                   << QStringLiteral(
                                          "s1-prometheus = 200, target 100 (Value) → ceil(200/100 × 4 "
                                          "ready) = 8 replicas");
    QTest::newRow("value-halves") << queueAndPrometheus << 4 << 4 << QList<double>{0, 50} << 2
                                  << QStringLiteral("ceil(50/100 × 4 ready) = 2 replicas");
    QTest::newRow("value-uses-ready-pods") << queueAndPrometheus << 4 << 2 << QList<double>{0, 300} << 6
                                           << QStringLiteral("ceil(300/100 × 2 ready) = 6 replicas");
    QTest::newRow("highest-metric-wins") << queueAndPrometheus << 4 << 4 << QList<double>{42, 300} << 8
                                         << QStringLiteral("the HPA takes the highest proposal: 12 replicas");
    QTest::newRow("unavailable-metric-blocks-scale-down")
        << queueAndPrometheus << 4 << 4 << QList<double>{qQNaN(), 50} << 4
        << QStringLiteral("a metric is unavailable, so the HPA does not scale down: stays at 4 replicas");
    QTest::newRow("unavailable-metric-allows-scale-up")
        << queueAndPrometheus << 4 << 4 << QList<double>{qQNaN(), 200} << 8 << QStringLiteral("→ 8");
    QByteArray queueMin1 = queue;
    queueMin1.replace("maxReplicaCount: 100", "minReplicaCount: 1");
    QTest::newRow("no-usable-metric") << queueMin1 << 3 << 3 << QList<double>{qQNaN()} << 3
                                      << QStringLiteral("no metric is usable: the HPA keeps 3 replicas");
    // A failing trigger is not active: without fallback KEDA scales to 0 (here: never active, no initial
    // cooldown).
    QTest::newRow("failing-trigger-is-inactive")
        << queue << 3 << 3 << QList<double>{qQNaN()} << 0 << QStringLiteral("→ KEDA scales to 0");
    QTest::newRow("cpu-utilization") << cpu << 3 << 3 << QList<double>{80} << 5
                                     << QStringLiteral(
                                            "cpu = 80, target 50 (Utilization) → ceil(80/50 × 3 ready) = 5");
    QByteArray cpuMin2 = cpu;
    cpuMin2.replace("minReplicaCount: 1", "minReplicaCount: 2");
    QTest::newRow("clamped-to-min") << cpuMin2 << 3 << 3 << QList<double>{5} << 2
                                    << QStringLiteral("clamped to min 2");
}

void TestKedaScaling::hpaReplicas()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, current);
    QFETCH(int, ready);
    QFETCH(QList<double>, values);
    QFETCH(int, expected);
    QFETCH(QString, explanation);
    Ticker ticker(specFrom(yaml.toStdString()));
    const ScalingDecision decision = ticker.tick(1000, current, values, ready);
    QVERIFY2(explain(decision).contains(explanation), qPrintable(explain(decision)));
    QCOMPARE(decision.replicas, expected);
}

void TestKedaScaling::activationFromZero()
{
    // keda-docs concepts/scaling-deployments.md#activating-and-scaling-thresholds: active only when the value
    // is strictly above the activation threshold; KEDA then scales 0 -> 1 and the HPA takes over.
    Ticker ticker(specFrom(queueSpec));
    ScalingDecision decision = ticker.tick(10, 0, {2});
    QCOMPARE(decision.replicas, 0);
    QVERIFY(!decision.active);
    VERIFY_EXPLAINED(decision, "s0-rabbitmq-orders = 2: not active (not above activation threshold 2)");
    VERIFY_EXPLAINED(decision, "no trigger is active: stays at 0 replicas");
    decision = ticker.tick(20, 0, {3});
    QCOMPARE(decision.replicas, 1);
    QCOMPARE(decision.activeReason, std::string("ScalerActive"));
    VERIFY_EXPLAINED(decision, "activated: KEDA scales from 0 to 1 replica; the HPA takes over from there");
    QCOMPARE(ticker.state().lastActiveTime.value_or(-1), 20LL);
    decision = ticker.tick(30, 1, {42});
    QCOMPARE(decision.replicas, 5); // +4 pods per 15 s from 1
}

void TestKedaScaling::activationIgnoredWhenMinIsAtLeastOne()
{
    std::string yaml(queueSpec);
    yaml.replace(yaml.find("maxReplicaCount"), 0, "minReplicaCount: 2\n  ");
    Ticker ticker(specFrom(yaml));
    ScalingDecision decision = ticker.tick(10, 2, {0});
    QCOMPARE(decision.replicas, 2);
    VERIFY_EXPLAINED(decision,
                     "activation does not matter here: minReplicaCount 2 ≥ 1, so KEDA never scales to 0");
    decision = ticker.tick(20, 0, {0});
    QCOMPARE(decision.replicas, 2);
    VERIFY_EXPLAINED(decision, "below minReplicaCount 2: KEDA scales to 2 replicas");
}

void TestKedaScaling::cooldownToZero()
{
    // keda-docs reference/scaledobject-spec.md#cooldownperiod: wait cooldownPeriod after the last active
    // trigger.
    Ticker ticker(specFrom(queueSpec));
    QCOMPARE(ticker.tick(0, 2, {10}).replicas, 2);
    ScalingDecision decision = ticker.tick(30, 2, {0});
    QCOMPARE(decision.replicas, 2); // the HPA's 300 s scale-down window still remembers 2
    QCOMPARE(decision.activeReason, std::string("ScalerCooldown"));
    VERIFY_EXPLAINED(decision, "cooling down: no trigger active, cooldownPeriod 300 s ends in 271 s");
    // The HPA's window has forgotten the 2 by now: it goes down to its minReplicas while KEDA still waits.
    decision = ticker.tick(300, 2, {0});
    QCOMPARE(decision.replicas, 1);
    VERIFY_EXPLAINED(decision, "clamped to min 1");
    decision = ticker.tick(301, 1, {0});
    QCOMPARE(decision.replicas, 0);
    VERIFY_EXPLAINED(decision,
                     "no trigger active since the last activity 301 s ago, cooldownPeriod 300 s has "
                     "passed → KEDA scales to 0");
}

void TestKedaScaling::initialCooldownAfterCreation()
{
    // keda-docs reference/scaledobject-spec.md#initialcooldownperiod.
    std::string yaml(queueSpec);
    yaml.replace(yaml.find("maxReplicaCount"), 0, "initialCooldownPeriod: 120\n  ");
    Ticker ticker(specFrom(yaml), 1000);
    ScalingDecision decision = ticker.tick(1060, 1, {0});
    QCOMPARE(decision.replicas, 1);
    VERIFY_EXPLAINED(decision, "initialCooldownPeriod 120 s ends in 61 s");
    decision = ticker.tick(1121, 1, {0});
    QCOMPARE(decision.replicas, 0);
    VERIFY_EXPLAINED(decision, "since creation 121 s ago, initialCooldownPeriod 120 s has passed");
}

void TestKedaScaling::idleReplicaCount()
{
    // keda-docs reference/scaledobject-spec.md#idlereplicacount: idle when inactive, straight to min when
    // active.
    std::string yaml(queueSpec);
    yaml.replace(yaml.find("maxReplicaCount"), 0,
                 "idleReplicaCount: 0\n  minReplicaCount: 3\n  cooldownPeriod: 0\n  ");
    Ticker ticker(specFrom(yaml));
    ScalingDecision decision = ticker.tick(10, 3, {0});
    QCOMPARE(decision.replicas, 0);
    VERIFY_EXPLAINED(decision, "KEDA scales to idleReplicaCount 0");
    decision = ticker.tick(20, 0, {9});
    QCOMPARE(decision.replicas, 3);
    VERIFY_EXPLAINED(decision, "KEDA scales from 0 to 3 replicas (minReplicaCount)");
    // Between idle and min (scaled by hand): inactive goes back to idle, active goes up to min.
    QCOMPARE(ticker.tick(30, 1, {0}).replicas, 0);
    QCOMPARE(ticker.tick(40, 1, {9}).replicas, 3);
}

void TestKedaScaling::scaleDownStabilization()
{
    // kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#stabilization-window: the highest
    // recommendation of the last 300 s wins when scaling down.
    std::string yaml(queueSpec);
    yaml.replace(yaml.find("maxReplicaCount"), 0, "minReplicaCount: 1\n  ");
    Ticker ticker(specFrom(yaml));
    QCOMPARE(ticker.tick(0, 10, {50}).replicas, 10);
    ScalingDecision decision = ticker.tick(60, 10, {30});
    QCOMPARE(decision.replicas, 10);
    VERIFY_EXPLAINED(decision,
                     "scale-down stabilized: highest recommendation in the last 300 s is 10 → 10 replicas");
    decision = ticker.tick(120, 10, {40});
    QCOMPARE(decision.replicas, 10);
    decision = ticker.tick(301, 10, {30});
    QCOMPARE(decision.replicas, 8); // 40/5 from t=120 is still inside the window
    VERIFY_EXPLAINED(decision, "highest recommendation in the last 300 s is 8");
    decision = ticker.tick(421, 8, {30});
    QCOMPARE(decision.replicas, 6);
}

void TestKedaScaling::scaleUpPolicyCountsEarlierScaleEvents()
{
    // kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#scaling-policies: the rate counts
    // the replicas already added within periodSeconds.
    std::string yaml(queueSpec);
    yaml.replace(yaml.find("maxReplicaCount"), 0, R"(advanced:
    horizontalPodAutoscalerConfig:
      behavior:
        scaleUp:
          policies:
          - {type: Pods, value: 1, periodSeconds: 60}
        scaleDown:
          stabilizationWindowSeconds: 0
          selectPolicy: Max
          policies:
          - {type: Pods, value: 4, periodSeconds: 60}
          - {type: Percent, value: 10, periodSeconds: 60}
  )");
    Ticker ticker(specFrom(yaml));
    ScalingDecision decision = ticker.tick(0, 2, {50});
    QCOMPARE(decision.replicas, 3);
    decision = ticker.tick(30, 3, {50});
    QCOMPARE(decision.replicas, 3);
    VERIFY_EXPLAINED(decision, "scale-up limited to 3 (Pods 1 per 60 s from 2 → 3; selectPolicy Max)");
    QCOMPARE(ticker.tick(61, 3, {50}).replicas, 4);
    // Scaling down from 80: Pods 4 allows 76, Percent 10 allows 72; Max picks the larger change.
    Ticker down(specFrom(yaml));
    decision = down.tick(0, 80, {5});
    QCOMPARE(decision.replicas, 72);
    VERIFY_EXPLAINED(decision,
                     "scale-down limited to 72 (Pods 4 per 60 s from 80 → 76, Percent 10 per 60 s from 80 → "
                     "72; selectPolicy Max)");
}

void TestKedaScaling::fallbackBehaviours_data()
{
    QTest::addColumn<QString>("behavior");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("expected");

    // keda-docs reference/scaledobject-spec.md#fallbackbehavior examples.
    QTest::newRow("static") << "static" << 2 << 6;
    QTest::newRow("currentReplicas") << "currentReplicas" << 4 << 4;
    QTest::newRow("currentReplicasIfHigher-current-higher") << "currentReplicasIfHigher" << 8 << 8;
    QTest::newRow("currentReplicasIfHigher-current-lower") << "currentReplicasIfHigher" << 3 << 6;
    QTest::newRow("currentReplicasIfLower-current-lower") << "currentReplicasIfLower" << 3 << 3;
    QTest::newRow("currentReplicasIfLower-current-higher") << "currentReplicasIfLower" << 9 << 6;
}

void TestKedaScaling::fallbackBehaviours()
{
    QFETCH(QString, behavior);
    QFETCH(int, current);
    QFETCH(int, expected);
    // A second, healthy and active trigger keeps KEDA's own fallback scaling out of the way, so the HPA side
    // is what is tested: below failureThreshold the failed metric only blocks scale-down, above it KEDA
    // reports target × fallback replicas.
    std::string yaml(queueSpec);
    yaml.replace(yaml.find("maxReplicaCount"), 0,
                 "fallback: {failureThreshold: 3, replicas: 6, behavior: " + behavior.toStdString() +
                     "}\n  advanced: {horizontalPodAutoscalerConfig: {behavior: {scaleDown: "
                     "{stabilizationWindowSeconds: 0}}}}\n  ");
    yaml += "  - {type: kafka, metadata: {topic: audit, consumerGroup: g, lagThreshold: \"10\"}}\n";
    Ticker ticker(specFrom(yaml));
    for (int tick = 1; tick <= 3; ++tick) {
        const ScalingDecision decision = ticker.tick(tick * 30, current, {qQNaN(), 1});
        QCOMPARE(decision.replicas, current);
        QVERIFY(!decision.fallbackActive);
    }
    const ScalingDecision decision = ticker.tick(120, current, {qQNaN(), 1});
    QVERIFY(decision.fallbackActive);
    VERIFY_EXPLAINED(decision,
                     "s0-rabbitmq-orders failed (4 consecutive failures): connection refused; more than "
                     "failureThreshold 3, so fallback applies");
    QCOMPARE(decision.replicas, expected);
    QCOMPARE(decision.metrics.at("s0-rabbitmq-orders"),
             5.0 * fallbackReplicas({3, 6, behavior.toStdString()}, current));
    // One good reading resets the count.
    const ScalingDecision healthy = ticker.tick(150, expected, {10, 1});
    QVERIFY(!healthy.fallbackActive);
    QCOMPARE(ticker.state().consecutiveFailures.at("s0-rabbitmq-orders"), 0);
}

void TestKedaScaling::fallbackForValueMetric()
{
    // For Value metrics KEDA reports target × replicas / readyReplicas (keda-docs
    // scaledobject-spec.md#fallback).
    const ScalingSpec spec = specFrom(R"(
metadata: {name: api}
spec:
  scaleTargetRef: {name: api}
  minReplicaCount: 1
  fallback: {failureThreshold: 0, replicas: 6}
  triggers:
  - {type: rabbitmq, metadata: {queueName: q, value: "5"}}
  - type: prometheus
    metricType: Value
    metadata: {serverAddress: "http://prometheus:9090", query: up, threshold: "100"}
)");
    Ticker ticker(spec);
    const ScalingDecision decision = ticker.tick(10, 2, {1, qQNaN()}, 2);
    VERIFY_EXPLAINED(decision, "s1-prometheus: fallback (static) aims at 6 replicas, so KEDA reports 300");
    QCOMPARE(decision.replicas, 6);
}

void TestKedaScaling::fallbackWhenNothingIsActive()
{
    // KEDA's executor: no trigger active, a scaler error and fallback.replicas != 0 -> the workload is set to
    // the fallback count right away, from 0 too (pkg/scaling/executor/scale_scaledobjects.go,
    // doFallbackScaling).
    std::string yaml(queueSpec);
    yaml.replace(yaml.find("maxReplicaCount"), 0, "fallback: {failureThreshold: 3, replicas: 4}\n  ");
    Ticker ticker(specFrom(yaml));
    const ScalingDecision decision = ticker.tick(10, 0, {qQNaN()});
    QCOMPARE(decision.replicas, 4);
    QVERIFY(decision.fallbackActive);
    VERIFY_EXPLAINED(decision,
                     "a trigger failed and none is active: KEDA sets the fallback replica count (static) → "
                     "4 replicas");
}

void TestKedaScaling::pauseAnnotations_data()
{
    QTest::addColumn<QString>("annotations");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("paused");
    QTest::addColumn<QString>("explanation");

    // keda-docs concepts/scaling-deployments.md#pause-autoscaling; FACTS.md "Annotations".
    QTest::newRow("paused-replicas") << R"({autoscaling.keda.sh/paused-replicas: "3"})" << 3 << true
                                     << "paused by autoscaling.keda.sh/paused-replicas: \"3\" → 3 replicas";
    QTest::newRow("paused-replicas-wins")
        << R"({autoscaling.keda.sh/paused-replicas: "0", autoscaling.keda.sh/paused: "true"})" << 0 << true
        << "autoscaling.keda.sh/paused is ignored: paused-replicas takes precedence";
    QTest::newRow("paused-true") << R"({autoscaling.keda.sh/paused: "true"})" << 5 << true
                                 << "paused by autoscaling.keda.sh/paused: \"true\" → replicas stay at 5";
    QTest::newRow("paused-not-boolean") << R"({autoscaling.keda.sh/paused: "please"})" << 5 << true
                                        << "(not a boolean, which counts as true)";
    QTest::newRow("paused-false") << R"({autoscaling.keda.sh/paused: "false"})" << 9 << false
                                  << "→ 9 replicas";
    QTest::newRow("paused-replicas-not-a-number")
        << R"({autoscaling.keda.sh/paused-replicas: "three"})" << 5 << true
        << "autoscaling.keda.sh/paused-replicas is \"three\", not a number: KEDA reports an error";
}

void TestKedaScaling::pauseAnnotations()
{
    QFETCH(QString, annotations);
    QFETCH(int, expected);
    QFETCH(bool, paused);
    QFETCH(QString, explanation);
    std::string yaml(queueSpec);
    yaml.replace(yaml.find("metadata: {name: orders}"), 24,
                 "metadata: {name: orders, annotations: " + annotations.toStdString() + "}");
    Ticker ticker(specFrom(yaml));
    const ScalingDecision decision = ticker.tick(10, 5, {42});
    QCOMPARE(decision.paused, paused);
    QVERIFY2(explain(decision).contains(explanation), qPrintable(explain(decision)));
    QCOMPARE(decision.replicas, expected);
}

void TestKedaScaling::pausedScaleInAndOut()
{
    std::string scaleIn(queueSpec);
    scaleIn.replace(scaleIn.find("{name: orders}"), 14,
                    "{name: orders, annotations: {autoscaling.keda.sh/paused-scale-in: \"true\"}}");
    Ticker in(specFrom(scaleIn));
    ScalingDecision decision = in.tick(1000, 4, {0});
    QCOMPARE(decision.replicas, 4);
    VERIFY_EXPLAINED(decision, "autoscaling.keda.sh/paused-scale-in is set: KEDA does not scale in to 0");
    VERIFY_EXPLAINED(decision, "scale-down is disabled");
    QCOMPARE(in.tick(1010, 4, {100}).replicas, 8);

    std::string scaleOut(queueSpec);
    scaleOut.replace(scaleOut.find("{name: orders}"), 14,
                     "{name: orders, annotations: {autoscaling.keda.sh/paused-scale-out: \"true\"}}");
    Ticker out(specFrom(scaleOut));
    decision = out.tick(10, 0, {100});
    QCOMPARE(decision.replicas, 0);
    VERIFY_EXPLAINED(decision, "autoscaling.keda.sh/paused-scale-out is set: KEDA does not scale out from 0");
    decision = out.tick(20, 2, {100});
    QCOMPARE(decision.replicas, 2);
    VERIFY_EXPLAINED(decision, "scale-up is disabled");
}

void TestKedaScaling::forceActivation()
{
    std::string yaml(queueSpec);
    yaml.replace(yaml.find("{name: orders}"), 14,
                 "{name: orders, annotations: {autoscaling.keda.sh/force-activation: \"true\"}}");
    Ticker ticker(specFrom(yaml));
    const ScalingDecision decision = ticker.tick(10, 0, {0});
    QVERIFY(decision.active);
    QCOMPARE(decision.replicas, 1);
    VERIFY_EXPLAINED(decision, "autoscaling.keda.sh/force-activation is set: every trigger counts as active");
}

void TestKedaScaling::scalingModifiersFormula()
{
    // keda-docs concepts/scaling-deployments.md#scaling-modifiers: one composite-metric, formula over trigger
    // names.
    const ScalingSpec spec = specFrom(R"(
metadata: {name: mixed}
spec:
  scaleTargetRef: {name: worker}
  advanced:
    scalingModifiers:
      formula: "(trig_one + trig_two) / 2"
      target: "2"
      activationTarget: "3"
  triggers:
  - type: rabbitmq
    name: trig_one
    metadata: {queueName: a, value: "5"}
  - type: kafka
    name: trig_two
    metadata: {topic: b, consumerGroup: g, lagThreshold: "10"}
)");
    Ticker ticker(spec);
    ScalingDecision decision = ticker.tick(10, 0, {2, 4});
    QCOMPARE(decision.replicas, 0);
    VERIFY_EXPLAINED(decision, "composite-metric = (trig_one + trig_two) / 2 = 3");
    VERIFY_EXPLAINED(decision, "composite-metric is not active (not above activationTarget 3)");
    decision = ticker.tick(20, 0, {6, 10});
    QCOMPARE(decision.replicas, 1);
    decision = ticker.tick(30, 2, {6, 10});
    QCOMPARE(decision.metrics.at("composite-metric"), 8.0);
    VERIFY_EXPLAINED(decision, "composite-metric = 8, target 2 → ceil(8/2) = 4 replicas");
    QCOMPARE(decision.replicas, 4);
}

void TestKedaScaling::scalingModifiersFallbackRoutesAroundFailures()
{
    const ScalingSpec spec = specFrom(R"(
metadata: {name: routed}
spec:
  scaleTargetRef: {name: worker}
  minReplicaCount: 1
  fallback: {failureThreshold: 0, replicas: 10, behavior: scalingModifiers}
  advanced:
    horizontalPodAutoscalerConfig: {behavior: {scaleDown: {stabilizationWindowSeconds: 0}}}
    scalingModifiers: {formula: "best ?? backup", target: "2"}
  triggers:
  - {type: prometheus, name: best, metadata: {serverAddress: "http://p:9090", query: a, threshold: "1"}}
  - {type: prometheus, name: backup, metadata: {serverAddress: "http://p:9090", query: b, threshold: "1"}}
)");
    Ticker ticker(spec);
    ScalingDecision decision = ticker.tick(10, 4, {qQNaN(), 12});
    VERIFY_EXPLAINED(decision, "composite-metric = best ?? backup = 12");
    QCOMPARE(decision.replicas, 6);
    decision = ticker.tick(20, 6, {qQNaN(), qQNaN()});
    VERIFY_EXPLAINED(decision,
                     "the formula gave nil (every trigger it reads is failing); fallback reports 20");
    VERIFY_EXPLAINED(decision, "KEDA sets the fallback replica count (scalingModifiers) → 10 replicas");
    QCOMPARE(decision.replicas, 10);
}

void TestKedaScaling::cpuOnlyIsAlwaysActive()
{
    const ScalingSpec spec = specFrom(R"(
metadata: {name: web}
spec:
  scaleTargetRef: {name: web}
  minReplicaCount: 1
  triggers:
  - {type: cpu, metricType: Utilization, metadata: {value: "50"}}
)");
    Ticker ticker(spec);
    const ScalingDecision decision = ticker.tick(10, 2, {50});
    QVERIFY(decision.active);
    VERIFY_EXPLAINED(decision, "only cpu/memory triggers: KEDA always counts the ScaledObject as active");
    QCOMPARE(decision.replicas, 2);
}

void TestKedaScaling::cronWindowDecidesActivity()
{
    // 07-scaledobject-cron-plus-cpu (keda-docs scalers/cron.md): active inside the window, and with the cron
    // trigger inactive the cpu trigger alone does not keep the workload from going to 0.
    auto docs = yamlToJson(
        [] {
            QFile file(QStringLiteral(KEDASCOPE_TEST_DATA "/manifests/07-scaledobject-cron-plus-cpu.yaml"));
            return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
        }(),
        "07");
    QVERIFY(docs.ok() && docs->size() == 1);
    const auto spec = ScalingSpec::fromScaledObject(docs->front());
    QVERIFY(spec.ok());
    ScalingState state;
    ScalingInputs inside;
    inside.currentReplicas = 0;
    inside.readings = {TriggerReading{1.0, {}, true}, TriggerReading::ok(30)};
    StepResult result = step(*spec, state, inside, 100);
    QCOMPARE(result.decision.replicas, 1);
    VERIFY_EXPLAINED(result.decision,
                     "s0-cron-Asia-Kolkata-06xxx-020xxx = 1: active (reported by the scaler)");
    ScalingInputs outside;
    outside.currentReplicas = 1;
    outside.readings = {TriggerReading{1.0, {}, false}, TriggerReading::ok(30)};
    result = step(*spec, result.state, outside, 401);
    QVERIFY(!result.decision.active);
    QCOMPARE(result.decision.replicas, 0);
}

void TestKedaScaling::specReadsKedaDefaults()
{
    // keda-docs reference/scaledobject-spec.md defaults; 01-sample-go-rabbitmq uses the legacy queueLength
    // key.
    const ScalingSpec spec = specFrom(R"(
metadata: {name: rabbitmq-consumer}
spec:
  scaleTargetRef: {name: rabbitmq-consumer}
  pollingInterval: 5
  cooldownPeriod: 30
  maxReplicaCount: 30
  triggers:
  - type: rabbitmq
    metadata: {queueName: hello, queueLength: "5"}
  - type: kafka
    metadata: {topic: t, consumerGroup: g}
  - type: prometheus
    metadata: {query: up}
  - type: cron
    metadata: {timezone: Asia/Kolkata, start: 0 6 * * *, end: 0 20 * * *, desiredReplicas: "1"}
)");
    QCOMPARE(spec.minReplicas, 0);
    QCOMPARE(spec.maxReplicas, 30);
    QCOMPARE(spec.pollingInterval, 5);
    QCOMPARE(spec.cooldownPeriod, 30);
    QCOMPARE(spec.initialCooldownPeriod, 0);
    QCOMPARE(spec.hpaMinReplicas(), 1);
    QCOMPARE(spec.behavior.scaleDown.stabilizationWindowSeconds, 300);
    QCOMPARE(spec.behavior.scaleUp.policies.size(), size_t(2));
    QCOMPARE(spec.triggers.size(), size_t(4));
    QCOMPARE(spec.triggers[0].metricName, std::string("s0-rabbitmq-hello"));
    QCOMPARE(spec.triggers[0].target.value_or(-1), 5.0);
    QCOMPARE(spec.triggers[1].metricName, std::string("s1-kafka-t"));
    QCOMPARE(spec.triggers[1].target.value_or(-1), 10.0);
    QVERIFY(!spec.triggers[2].target.has_value());
    QCOMPARE(spec.triggers[2].targetProblem, std::string("metadata.threshold is missing"));
    QCOMPARE(spec.triggers[3].metricName, std::string("s3-cron-Asia-Kolkata-06xxx-020xxx"));
    QCOMPARE(spec.triggers[3].target.value_or(-1), 1.0);
}

QTEST_APPLESS_MAIN(TestKedaScaling)
#include "tst_kedascaling.moc"
