// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedametricnames.h"

#include <QtTest>

using namespace kedascope::k8s;
using namespace kedascope::k8s::keda;

class TestKedaMetricNames : public QObject
{
    Q_OBJECT

private slots:
    void externalNames_data();
    void externalNames();
    void targetKeys_data();
    void targetKeys();
    void normalizesLikeKeda();
    void wholeScaledObject();
};

void TestKedaMetricNames::externalNames_data()
{
    QTest::addColumn<QByteArray>("trigger");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected"); // empty: no external metric

    // Forms from kedacore/keda pkg/scalers/*_scaler.go GetMetricSpecForScaling.
    QTest::newRow("rabbitmq") << QByteArray(R"({"type":"rabbitmq","metadata":{"queueName":"hello"}})") << 0
                              << QStringLiteral("s0-rabbitmq-hello");
    QTest::newRow("rabbitmq-escaped")
        << QByteArray(R"({"type":"rabbitmq","metadata":{"queueName":"my queue/1"}})") << 2
        << QStringLiteral("s2-rabbitmq-my+queue-2F1");
    QTest::newRow("kafka-topic")
        << QByteArray(R"({"type":"kafka","metadata":{"topic":"orders","consumerGroup":"g"}})") << 1
        << QStringLiteral("s1-kafka-orders");
    QTest::newRow("kafka-all-topics")
        << QByteArray(R"({"type":"kafka","metadata":{"consumerGroup":"billing"}})") << 0
        << QStringLiteral("s0-kafka-billing-topics");
    QTest::newRow("prometheus") << QByteArray(R"({"type":"prometheus","metadata":{"threshold":"100"}})") << 1
                                << QStringLiteral("s1-prometheus");
    QTest::newRow("aws-sqs") << QByteArray(
                                    R"({"type":"aws-sqs-queue","metadata":{"queueURL":)"
                                    R"("https://sqs.eu-west-1.amazonaws.com/123456789012/orders.fifo"}})")
                             << 0 << QStringLiteral("s0-aws-sqs-orders-fifo");
    // keda-docs scalers/cron.md example: timezone Asia/Kolkata, 0 6 * * * to 0 20 * * *.
    QTest::newRow("cron") << QByteArray(R"({"type":"cron","metadata":{"timezone":"Asia/Kolkata",)"
                                        R"("start":"0 6 * * *","end":"0 20 * * *","desiredReplicas":"1"}})")
                          << 0 << QStringLiteral("s0-cron-Asia-Kolkata-06xxx-020xxx");
    QTest::newRow("cron-step") << QByteArray(R"({"type":"cron","metadata":{"timezone":"UTC",)"
                                             R"("start":"*/5 * * * ?","end":"0 0 * * *"}})")
                               << 3 << QStringLiteral("s3-cron-UTC-xSl5xxxQm-00xxx");
    QTest::newRow("servicebus-queue")
        << QByteArray(R"({"type":"azure-servicebus","metadata":{"queueName":"orders"}})") << 0
        << QStringLiteral("s0-azure-servicebus-orders");
    QTest::newRow("cpu") << QByteArray(R"({"type":"cpu","metadata":{"value":"50"}})") << 0 << QString();
    QTest::newRow("memory") << QByteArray(R"({"type":"memory","metadata":{"value":"50"}})") << 1 << QString();
    QTest::newRow("unknown") << QByteArray(R"({"type":"some-scaler","metadata":{}})") << 0 << QString();
}

void TestKedaMetricNames::externalNames()
{
    QFETCH(QByteArray, trigger);
    QFETCH(int, index);
    QFETCH(QString, expected);
    const auto doc = json::parse(trigger.toStdString());
    QVERIFY(doc.has_value());
    const auto name = externalMetricName(*doc, index);
    if (expected.isEmpty()) {
        QVERIFY(!name.has_value());
        return;
    }
    QVERIFY(name.has_value());
    QCOMPARE(QString::fromStdString(*name), expected);
}

void TestKedaMetricNames::targetKeys_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("activation");
    QTest::addColumn<double>("defaultTarget"); // -1: none

    // keda-docs content/docs/2.20/scalers/<type>.md trigger specifications.
    QTest::newRow("rabbitmq") << "rabbitmq"
                              << "value"
                              << "activationValue" << 20.0;
    QTest::newRow("kafka") << "kafka"
                           << "lagThreshold"
                           << "activationLagThreshold" << 10.0;
    QTest::newRow("prometheus") << "prometheus"
                                << "threshold"
                                << "activationThreshold" << -1.0;
    QTest::newRow("aws-sqs-queue") << "aws-sqs-queue"
                                   << "queueLength"
                                   << "activationQueueLength" << 5.0;
    QTest::newRow("azure-servicebus") << "azure-servicebus"
                                      << "messageCount"
                                      << "activationMessageCount" << 5.0;
    QTest::newRow("cpu") << "cpu"
                         << "value"
                         << "" << -1.0;
    QTest::newRow("memory") << "memory"
                            << "value"
                            << "" << -1.0;
    QTest::newRow("cron") << "cron"
                          << "desiredReplicas"
                          << "" << -1.0;
}

void TestKedaMetricNames::targetKeys()
{
    QFETCH(QString, type);
    QFETCH(QString, target);
    QFETCH(QString, activation);
    QFETCH(double, defaultTarget);
    const auto keys = triggerTargetKeys(type.toStdString());
    QVERIFY(keys.has_value());
    QCOMPARE(QString::fromStdString(keys->target), target);
    QCOMPARE(QString::fromStdString(keys->activation), activation);
    QCOMPARE(keys->defaultTarget.value_or(-1), defaultTarget);
    QVERIFY(!triggerTargetKeys("no-such-scaler").has_value());
}

void TestKedaMetricNames::normalizesLikeKeda()
{
    QCOMPARE(QString::fromStdString(normalizeMetricName("a/b.c:d%e(f)g")), QStringLiteral("a-b-c-d-e-f-g"));
    QCOMPARE(QString::fromStdString(compositeMetricName), QStringLiteral("composite-metric"));
    QVERIFY(isResourceTrigger("cpu") && isResourceTrigger("memory") && !isResourceTrigger("cron"));
}

void TestKedaMetricNames::wholeScaledObject()
{
    const auto plain = json::parse(R"({"spec":{"triggers":[
        {"type":"cron","metadata":{"timezone":"UTC","start":"0 6 * * *","end":"0 20 * * *"}},
        {"type":"cpu","metadata":{"value":"80"}},
        {"type":"rabbitmq","metadata":{"queueName":"orders"}}]}})");
    QVERIFY(plain.has_value());
    const auto names = scaledObjectMetricNames(*plain);
    QCOMPARE(names.external, (std::vector<std::string>{"s0-cron-UTC-06xxx-020xxx", "s2-rabbitmq-orders"}));
    QCOMPARE(names.resource, (std::vector<std::string>{"cpu"}));
    QCOMPARE(names.hpa, (std::vector<std::string>{"s0-cron-UTC-06xxx-020xxx", "s2-rabbitmq-orders", "cpu"}));

    const auto composite =
        json::parse(R"({"spec":{"advanced":{"scalingModifiers":{"formula":"a","target":"2"}},
        "triggers":[{"type":"prometheus","name":"a","metadata":{"threshold":"1"}}]}})");
    QVERIFY(composite.has_value());
    const auto compositeNames = scaledObjectMetricNames(*composite);
    QCOMPARE(compositeNames.external, (std::vector<std::string>{"s0-prometheus"}));
    QCOMPARE(compositeNames.hpa, (std::vector<std::string>{"composite-metric"}));
}

QTEST_APPLESS_MAIN(TestKedaMetricNames)
#include "tst_kedametricnames.moc"
