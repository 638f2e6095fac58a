// SPDX-License-Identifier: Apache-2.0
// The scaler catalog (resources/scalers/catalog.json, embedded) and the templates made from it.
#include "k8sclient/manifestvalidation.h"
#include "k8sclient/scalercatalog.h"
#include "k8sclient/scalertemplate.h"
#include "k8sclient/yamljson.h"

#include <QtTest>

using namespace kedascope::k8s;
using namespace kedascope::k8s::keda;

namespace {

json::Document onlyDocument(const std::string &yaml)
{
    auto documents = yamlToJson(yaml);
    if (!documents || documents->size() != 1)
        qFatal("template does not read back as one document:\n%s", yaml.c_str());
    return std::move(documents->front());
}

QString describe(const std::vector<ManifestIssue> &issues)
{
    QString text;
    for (const auto &issue : issues)
        text += QString::fromStdString(severityName(issue.severity) + ' ' + issue.field + ": " + issue.message + '\n');
    return text;
}

} // namespace

class TestScalerCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coversTheMostUsedScalers();
    void everyFieldIsDescribed();
    void activationThresholdsPointBothWays();
    void marksSecretsAndAuthParameters();
    void findsFieldsByAlternativeKeys();
    void refusesABrokenCatalog_data();
    void refusesABrokenCatalog();
    void scaledObjectTemplatesAreValid();
    void scaledJobTemplatesPassTheSchema();
    void templatesKeepStringsAsStrings();
    void templatesLeaveSecretsToTheTriggerAuthentication();
};

void TestScalerCatalog::coversTheMostUsedScalers()
{
    const ScalerCatalog &catalog = ScalerCatalog::builtIn();
    QVERIFY(catalog.types().size() >= 30);
    for (const char *type :
         {"kafka", "rabbitmq", "prometheus", "aws-sqs-queue", "azure-servicebus", "azure-queue", "redis",
          "redis-streams", "redis-cluster", "postgresql", "mysql", "cron", "cpu", "memory", "metrics-api",
          "gcp-pubsub", "nats-jetstream", "aws-cloudwatch", "azure-eventhub", "datadog", "elasticsearch", "mongodb",
          "activemq", "kubernetes-workload", "new-relic", "selenium-grid", "aws-kinesis-stream", "aws-dynamodb",
          "azure-monitor", "gcp-stackdriver"})
        QVERIFY2(catalog.find(type), type);
    QVERIFY(!catalog.find("no-such-scaler"));
}

void TestScalerCatalog::everyFieldIsDescribed()
{
    for (const auto &scaler : ScalerCatalog::builtIn().types()) {
        QVERIFY2(!scaler.title.empty() && !scaler.description.empty(), scaler.type.c_str());
        QVERIFY2(QString::fromStdString(scaler.docsUrl).startsWith(QStringLiteral("https://keda.sh/docs/")),
                 scaler.type.c_str());
        QVERIFY2(!scaler.fields.empty(), scaler.type.c_str());
        for (const auto &field : scaler.fields) {
            const std::string where = scaler.type + '.' + field.name;
            QVERIFY2(!field.description.empty(), where.c_str());
            QVERIFY2(field.description.find('\n') == std::string::npos, where.c_str());
            if (field.type == ScalerField::Type::Enum) {
                QVERIFY2(!field.allowed.empty(), where.c_str());
                if (!field.defaultValue.empty())
                    QVERIFY2(std::count(field.allowed.begin(), field.allowed.end(), field.defaultValue) == 1,
                             where.c_str());
            }
        }
    }
}

void TestScalerCatalog::activationThresholdsPointBothWays()
{
    const ScalerType *kafka = ScalerCatalog::builtIn().find("kafka");
    QVERIFY(kafka);
    QCOMPARE(kafka->field("lagThreshold")->activationField, std::string("activationLagThreshold"));
    QCOMPARE(kafka->field("activationLagThreshold")->thresholdField, std::string("lagThreshold"));
    QCOMPARE(kafka->field("lagThreshold")->defaultValue, std::string("10"));
    for (const auto &scaler : ScalerCatalog::builtIn().types()) {
        for (const auto &field : scaler.fields) {
            if (field.activationField.empty())
                continue;
            const ScalerField *activation = scaler.field(field.activationField);
            QVERIFY2(activation, (scaler.type + '.' + field.activationField).c_str());
            QCOMPARE(activation->thresholdField, field.name);
        }
    }
    QCOMPARE(ScalerCatalog::builtIn().find("prometheus")->field("threshold")->activationField,
             std::string("activationThreshold"));
}

void TestScalerCatalog::marksSecretsAndAuthParameters()
{
    const ScalerType *rabbit = ScalerCatalog::builtIn().find("rabbitmq");
    QVERIFY(rabbit->field("host")->secret);
    QVERIFY(rabbit->field("host")->required);
    QVERIFY(!rabbit->field("queueName")->secret);
    QVERIFY(rabbit->isAuthParameter("host"));
    QVERIFY(ScalerCatalog::builtIn().find("new-relic")->field("queryKey")->secret);
    QVERIFY(ScalerCatalog::builtIn().find("aws-sqs-queue")->isAuthParameter("awsRoleArn"));
    QCOMPARE(fieldTypeName(ScalerField::Type::Boolean), std::string_view("boolean"));
}

void TestScalerCatalog::findsFieldsByAlternativeKeys()
{
    const ScalerType *kafka = ScalerCatalog::builtIn().find("kafka");
    QCOMPARE(kafka->fieldForKey("bootstrapServersFromEnv")->name, std::string("bootstrapServers"));
    QCOMPARE(kafka->fieldForKey("topic")->name, std::string("topic"));
    QVERIFY(!kafka->fieldForKey("queueName"));
}

void TestScalerCatalog::refusesABrokenCatalog_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("not json") << QStringLiteral("{") << QStringLiteral("JSON");
    QTest::newRow("no list") << QStringLiteral("{}") << QStringLiteral("scalers");
    QTest::newRow("no description")
        << QString::fromUtf8(R"({"scalers":[{"type":"x","fields":[{"name":"a","type":"string"}]}]})") << QStringLiteral("x.a: no description");
    QTest::newRow("bad type")
        << QString::fromUtf8(R"({"scalers":[{"type":"x","fields":[{"name":"a","type":"float","description":"d"}]}]})")
        << QStringLiteral("x.a: unknown type");
    QTest::newRow("dangling activation")
        << QString::fromUtf8(R"({"scalers":[{"type":"x","fields":[{"name":"a","description":"d","activation":"b"}]}]})")
        << QStringLiteral("x.a: activation field");
    QTest::newRow("enum without values")
        << QString::fromUtf8(R"({"scalers":[{"type":"x","fields":[{"name":"a","type":"enum","description":"d"}]}]})") << QStringLiteral("x.a");
    QTest::newRow("twice") << QString::fromUtf8(R"({"scalers":[{"type":"x","fields":[]},{"type":"x","fields":[]}]})") << QStringLiteral("x: listed twice");
}

void TestScalerCatalog::refusesABrokenCatalog()
{
    QFETCH(QString, json);
    QFETCH(QString, complaint);
    const auto parsed = ScalerCatalog::parse(json.toStdString());
    QVERIFY(!parsed);
    QVERIFY2(QString::fromStdString(parsed.error().message).contains(complaint), parsed.error().message.c_str());
}

void TestScalerCatalog::scaledObjectTemplatesAreValid()
{
    for (const auto &scaler : ScalerCatalog::builtIn().types()) {
        TemplateOptions options;
        options.name = "so-" + scaler.type;
        options.ns = "default";
        options.authenticationRef = "auth";
        const json::Document object = onlyDocument(scaledObjectTemplate(scaler, options));
        QCOMPARE(json::stringAt(object["spec"]["triggers"][0], "type"), scaler.type);
        const auto issues = validateObject(object);
        QVERIFY2(!hasErrors(issues), qPrintable(QString::fromStdString(scaler.type + ":\n") + describe(issues)));
    }
}

void TestScalerCatalog::scaledJobTemplatesPassTheSchema()
{
    for (const auto &scaler : ScalerCatalog::builtIn().types()) {
        if (scaler.type == "cpu" || scaler.type == "memory")
            continue; // ScaledJobs do not take resource triggers
        TemplateOptions options;
        options.name = "sj-" + scaler.type;
        options.authenticationRef = "auth";
        const json::Document object = onlyDocument(scaledJobTemplate(scaler, options));
        QCOMPARE(json::stringAt(object, "kind"), std::string("ScaledJob"));
        const auto issues = validateObject(object);
        QVERIFY2(!hasErrors(issues), qPrintable(QString::fromStdString(scaler.type + ":\n") + describe(issues)));
    }
}

void TestScalerCatalog::templatesKeepStringsAsStrings()
{
    const ScalerType *kafka = ScalerCatalog::builtIn().find("kafka");
    const std::string yaml = scaledObjectTemplate(*kafka);
    QVERIFY2(yaml.find("lagThreshold: \"10\"") != std::string::npos, yaml.c_str());
    const json::Document object = onlyDocument(yaml);
    const json::Value &metadata = object["spec"]["triggers"][0]["metadata"];
    QVERIFY(metadata["lagThreshold"].IsString());
    QVERIFY(metadata["activationLagThreshold"].IsString());
    QCOMPARE(json::stringAt(metadata, "bootstrapServers"), std::string("kafka.svc:9092"));
    QCOMPARE(json::intAt(object, "spec.minReplicaCount"), std::optional<long long>(0));
}

void TestScalerCatalog::templatesLeaveSecretsToTheTriggerAuthentication()
{
    const ScalerType *rabbit = ScalerCatalog::builtIn().find("rabbitmq");
    TemplateOptions options;
    options.authenticationRef = "rabbit-auth";
    const json::Document trigger = triggerTemplate(*rabbit, options);
    QVERIFY(!trigger["metadata"].HasMember("host"));
    QCOMPARE(json::stringAt(trigger, "metadata.queueName"), std::string("my-queue"));
    QCOMPARE(json::stringAt(trigger, "authenticationRef.name"), std::string("rabbit-auth"));

    const json::Document auth = onlyDocument(triggerAuthenticationTemplate(*rabbit, "rabbit-auth", "rabbit-secret"));
    QCOMPARE(json::stringAt(auth, "kind"), std::string("TriggerAuthentication"));
    const json::Value &refs = auth["spec"]["secretTargetRef"];
    QCOMPARE(refs.Size(), rapidjson::SizeType(1));
    QCOMPARE(json::stringAt(refs[0], "parameter"), std::string("host"));
    QCOMPARE(json::stringAt(refs[0], "name"), std::string("rabbit-secret"));
    QVERIFY(!hasErrors(validateObject(auth)));
    QVERIFY(triggerAuthenticationTemplate(*ScalerCatalog::builtIn().find("cron"), "a", "s").empty());
}

QTEST_GUILESS_MAIN(TestScalerCatalog)
#include "tst_scalercatalog.moc"
