// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/crdschema.h"
#include "k8sclient/jsonpath.h"
#include "k8sclient/schemacel.h"
#include "k8sclient/schemanode.h"
#include "k8sclient/schemavalidator.h"
#include "k8sclient/yamljson.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace kedascope::k8s;

namespace {

constexpr const char *kScaledObject = R"({"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject",
    "metadata": {"name": "orders", "namespace": "default"},
    "spec": {"scaleTargetRef": {"name": "orders-app"},
             "triggers": [{"type": "cpu", "metricType": "Utilization", "metadata": {"value": "50"}}]}})";

constexpr const char *kScaledJob = R"({"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledJob",
    "metadata": {"name": "jobs", "namespace": "default"},
    "spec": {"jobTargetRef": {"template": {"spec": {"containers": [{"name": "c", "image": "busybox"}],
                                                   "restartPolicy": "Never"}}},
             "triggers": [{"type": "rabbitmq", "metadata": {"queueName": "q"}}]}})";

constexpr const char *kTriggerAuthentication = R"({"apiVersion": "keda.sh/v1alpha1",
    "kind": "TriggerAuthentication", "metadata": {"name": "auth", "namespace": "default"},
    "spec": {"secretTargetRef": [{"parameter": "host", "name": "secret", "key": "host"}]}})";

constexpr const char *kTolerancePattern =
    R"(^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+)))"
    R"((([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$)";

constexpr const char *kRulesNotChecked =
    "Invalid value: null: some validation rules were not checked because the "
    "object was invalid; correct the existing errors to complete validation";

json::Document parseJson(const std::string &text)
{
    std::string error;
    auto doc = json::parse(text, &error);
    if (!doc)
        qFatal("bad JSON in test: %s", error.c_str());
    return std::move(*doc);
}

// The base object with an RFC 7386 merge patch applied (null removes a field).
json::Document objectWith(const char *base, const QByteArray &patch)
{
    json::Document doc = parseJson(base);
    if (!patch.isEmpty()) {
        const json::Document patchDoc = parseJson(patch.toStdString());
        json::mergePatch(doc, patchDoc, doc.GetAllocator());
    }
    return doc;
}

const char *baseFor(const QByteArray &kind)
{
    if (kind == "ScaledJob")
        return kScaledJob;
    if (kind == "TriggerAuthentication" || kind == "ClusterTriggerAuthentication")
        return kTriggerAuthentication;
    return kScaledObject;
}

QByteArray describe(const std::vector<FieldError> &errors)
{
    QByteArray out;
    for (const FieldError &e : errors)
        out += QByteArray::fromStdString(e.field + " | " + e.reason + " | " + e.message) + '\n';
    return out;
}

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

const json::Value *at(const json::Value &root, std::initializer_list<const char *> keys)
{
    const json::Value *current = &root;
    for (const char *key : keys) {
        if (!current->IsObject() || !current->HasMember(key))
            return nullptr;
        current = &(*current)[key];
    }
    return current;
}

} // namespace

class TestCrdSchema : public QObject
{
    Q_OBJECT

private slots:
    void knowsTheFourKinds();
    void printerColumnsComeFromTheCrd();
    void releasePatchesAreApplied();
    void exampleObjectsAreValid_data();
    void exampleObjectsAreValid();
    void violationsAreReportedLikeTheApiServer_data();
    void violationsAreReportedLikeTheApiServer();
    void validValuesPass_data();
    void validValuesPass();
    void keywordsTheKedaCrdsDoNotUse_data();
    void keywordsTheKedaCrdsDoNotUse();
    void celEvaluator_data();
    void celEvaluator();
    void celRuleMinNotAboveMax_data();
    void celRuleMinNotAboveMax();
    void typeErrorsBlockCelRules();
    void unknownFieldsStrictAndLenient_data();
    void unknownFieldsStrictAndLenient();
    void pruneDropsUnknownFieldsOnly();
    void defaultsAreApplied();
    void duplicateListMapKeys();
    void validationIsReentrantAcrossThreads();
    void thousandObjectsValidate();
    void jsonPath_data();
    void jsonPath();
};

void TestCrdSchema::knowsTheFourKinds()
{
    for (const char *kind :
         {"ScaledObject", "ScaledJob", "TriggerAuthentication", "ClusterTriggerAuthentication"}) {
        const auto schema = CrdSchema::forKind(kind);
        QVERIFY2(schema, kind);
        QCOMPARE(schema->kind(), std::string(kind));
        QCOMPARE(CrdSchema::forKind(kind).get(), schema.get()); // cached
        QCOMPARE(json::stringAt(schema->crd(), "kind"), std::string("CustomResourceDefinition"));
    }
    QVERIFY(!CrdSchema::forKind("Deployment"));
    QVERIFY(!CrdSchema::forKind(""));
}

void TestCrdSchema::printerColumnsComeFromTheCrd()
{
    const auto schema = CrdSchema::forKind("ScaledObject");
    QVERIFY(schema);
    QStringList names;
    for (const PrinterColumn &column : schema->printerColumns())
        names << QString::fromStdString(column.name);
    QCOMPARE(names.join(QLatin1Char(',')),
             QStringLiteral("ScaleTargetKind,ScaleTargetName,Min,Max,Ready,Active,Fallback,Paused,Triggers,"
                            "Authentications,Age"));
    const PrinterColumn &ready = schema->printerColumns()[4];
    QCOMPARE(ready.jsonPath, std::string(R"(.status.conditions[?(@.type=="Ready")].status)"));
    QCOMPARE(ready.type, std::string("string"));
    QCOMPARE(schema->printerColumns()[2].type, std::string("integer"));
    QCOMPARE(schema->printerColumns().back().type, std::string("date"));
}

void TestCrdSchema::releasePatchesAreApplied()
{
    const json::Value *soSpec = at(CrdSchema::forKind("ScaledObject")->crd()["spec"]["versions"][0],
                                   {"schema", "openAPIV3Schema", "properties", "spec", "properties"});
    QVERIFY(soSpec);
    for (const char *direction : {"scaleUp", "scaleDown"}) {
        const json::Value *window =
            at(*soSpec, {"advanced", "properties", "horizontalPodAutoscalerConfig", "properties", "behavior",
                         "properties", direction, "properties", "stabilizationWindowSeconds"});
        QVERIFY(window);
        QCOMPARE((*window)["minimum"].GetInt(), 0);
        QCOMPARE((*window)["maximum"].GetInt(), 3600);
    }
    // ScaledObjects keep the trigger's metricType.
    QVERIFY(at(*soSpec, {"triggers", "items", "properties", "metricType"}));

    const json::Value *sjSpec = at(CrdSchema::forKind("ScaledJob")->crd()["spec"]["versions"][0],
                                   {"schema", "openAPIV3Schema", "properties", "spec", "properties"});
    QVERIFY(sjSpec);
    QVERIFY(!at(*sjSpec, {"triggers", "items", "properties", "metricType"}));
    const json::Value *templateMeta =
        at(*sjSpec, {"jobTargetRef", "properties", "template", "properties", "metadata"});
    QVERIFY(templateMeta);
    QVERIFY((*templateMeta)["x-kubernetes-preserve-unknown-fields"].GetBool());
    for (const char *list : {"containers", "initContainers", "ephemeralContainers"}) {
        const json::Value *required =
            at(*sjSpec, {"jobTargetRef", "properties", "template", "properties", "spec", "properties", list,
                         "items", "properties", "ports", "items", "required"});
        QVERIFY2(required && required->IsArray(), list);
        QCOMPARE(std::string((*required)[required->Size() - 1].GetString()), std::string("protocol"));
        QCOMPARE(std::string((*required)[0].GetString()), std::string("containerPort"));
    }
}

void TestCrdSchema::exampleObjectsAreValid_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("documentIndex");
    const QDir dir(QStringLiteral(KEDASCOPE_TEST_DATA "/manifests"));
    int kedaObjects = 0;
    for (const QString &file : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        const auto documents = yamlToJson(readFile(dir.filePath(file)), file.toStdString());
        QVERIFY(documents.ok());
        for (size_t i = 0; i < documents->size(); ++i) {
            const std::string kind = json::stringAt((*documents)[i], "kind");
            if (!CrdSchema::forKind(kind))
                continue;
            ++kedaObjects;
            QTest::addRow("%s #%d %s", qPrintable(file), int(i), kind.c_str())
                << dir.filePath(file) << int(i);
        }
    }
    QVERIFY(kedaObjects >= 9);
}

void TestCrdSchema::exampleObjectsAreValid()
{
    QFETCH(QString, path);
    QFETCH(int, documentIndex);
    const auto documents = yamlToJson(readFile(path), path.toStdString());
    QVERIFY(documents.ok());
    const json::Value &object = (*documents)[size_t(documentIndex)];
    const auto schema = CrdSchema::forKind(json::stringAt(object, "kind"));
    QVERIFY(schema);
    const auto errors = schema->validate(object, true);
    QVERIFY2(errors.empty(), describe(errors).constData());
}

void TestCrdSchema::violationsAreReportedLikeTheApiServer_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("message");

    const QByteArray typeInvalid = "FieldValueTypeInvalid";
    const QByteArray invalid = "FieldValueInvalid";
    const QByteArray requiredValue = "FieldValueRequired";
    const QByteArray notSupported = "FieldValueNotSupported";

    QTest::newRow("string for integer")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"pollingInterval":"string"}})")
        << QByteArray("spec.pollingInterval") << typeInvalid
        << QByteArray(
               R"(Invalid value: "string": spec.pollingInterval in body must be of type integer: "string")");
    QTest::newRow("fraction for integer")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"cooldownPeriod":1.5}})")
        << QByteArray("spec.cooldownPeriod") << typeInvalid
        << QByteArray(
               R"(Invalid value: "number": spec.cooldownPeriod in body must be of type integer: "number")");
    QTest::newRow("boolean for object")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"advanced":true}})")
        << QByteArray("spec.advanced") << typeInvalid
        << QByteArray(R"(Invalid value: "boolean": spec.advanced in body must be of type object: "boolean")");
    QTest::newRow("object for array")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"triggers":{"type":"cpu"}}})")
        << QByteArray("spec.triggers") << typeInvalid
        << QByteArray(R"(Invalid value: "object": spec.triggers in body must be of type array: "object")");
    QTest::newRow("integer in string map")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"spec":{"triggers":[{"type":"cpu","metadata":{"value":50}}]}})")
        << QByteArray("spec.triggers[0].metadata.value") << typeInvalid
        << QByteArray(
               R"(Invalid value: "integer": spec.triggers[0].metadata.value in body must be of type string: )"
               R"("integer")");
    QTest::newRow("null in array")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"triggers":[null]}})")
        << QByteArray("spec.triggers[0]") << typeInvalid
        << QByteArray(R"(Invalid value: "null": spec.triggers[0] in body must be of type object: "null")");
    QTest::newRow("required scaleTargetRef")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"scaleTargetRef":null}})")
        << QByteArray("spec.scaleTargetRef") << requiredValue << QByteArray("Required value");
    QTest::newRow("required spec") << QByteArray("ScaledObject") << QByteArray(R"({"spec":null})")
                                   << QByteArray("spec") << requiredValue << QByteArray("Required value");
    QTest::newRow("required trigger metadata")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"triggers":[{"type":"cpu"}]}})")
        << QByteArray("spec.triggers[0].metadata") << requiredValue << QByteArray("Required value");
    QTest::newRow("required fallback replicas")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"fallback":{"failureThreshold":3}}})")
        << QByteArray("spec.fallback.replicas") << requiredValue << QByteArray("Required value");
    QTest::newRow("enum fallback behavior")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"spec":{"fallback":{"failureThreshold":3,"replicas":1,"behavior":"foo"}}})")
        << QByteArray("spec.fallback.behavior") << notSupported
        << QByteArray(R"(Unsupported value: "foo": supported values: "static", "currentReplicas", )"
                      R"("currentReplicasIfHigher", "currentReplicasIfLower", "scalingModifiers")");
    QTest::newRow("enum authenticationRef kind")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"spec":{"triggers":[{"type":"cpu","metadata":{},)"
                      R"("authenticationRef":{"name":"a","kind":"Secret"}}]}})")
        << QByteArray("spec.triggers[0].authenticationRef.kind") << notSupported
        << QByteArray(R"(Unsupported value: "Secret": supported values: "TriggerAuthentication", )"
                      R"("ClusterTriggerAuthentication")");
    QTest::newRow("minimum") << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"minReplicaCount":-1}})")
                             << QByteArray("spec.minReplicaCount") << invalid
                             << QByteArray(
                                    "Invalid value: -1: spec.minReplicaCount in body should be greater than "
                                    "or equal to 0");
    QTest::newRow("minimum one") << QByteArray("ScaledObject")
                                 << QByteArray(R"({"spec":{"pollingInterval":0}})")
                                 << QByteArray("spec.pollingInterval") << invalid
                                 << QByteArray(
                                        "Invalid value: 0: spec.pollingInterval in body should be greater "
                                        "than or equal to 1");
    QTest::newRow("patched maximum")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"spec":{"advanced":{"horizontalPodAutoscalerConfig":{"behavior":)"
                      R"({"scaleDown":{"stabilizationWindowSeconds":4000}}}}}})")
        << QByteArray(
               "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.stabilizationWindowSeconds")
        << invalid
        << QByteArray("Invalid value: 4000: spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown."
                      "stabilizationWindowSeconds in body should be less than or equal to 3600");
    QTest::newRow("patched minimum")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"spec":{"advanced":{"horizontalPodAutoscalerConfig":{"behavior":)"
                      R"({"scaleUp":{"stabilizationWindowSeconds":-5}}}}}})")
        << QByteArray(
               "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleUp.stabilizationWindowSeconds")
        << invalid
        << QByteArray("Invalid value: -5: spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleUp."
                      "stabilizationWindowSeconds in body should be greater than or equal to 0");
    QTest::newRow("int32 range") << QByteArray("ScaledObject")
                                 << QByteArray(R"({"spec":{"maxReplicaCount":3000000000}})")
                                 << QByteArray("spec.maxReplicaCount") << invalid
                                 << QByteArray(
                                        R"(Invalid value: 3000000000: spec.maxReplicaCount in body must be )"
                                        R"(of type int32: "3000000000")");
    QTest::newRow("minLength")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"triggers":[{"type":"","metadata":{}}]}})")
        << QByteArray("spec.triggers[0].type") << invalid
        << QByteArray(R"(Invalid value: "": spec.triggers[0].type in body should be at least )"
                      R"(1 chars long)");
    QTest::newRow("minItems") << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"triggers":[]}})")
                              << QByteArray("spec.triggers") << invalid
                              << QByteArray(
                                     "Invalid value: 0: spec.triggers in body should have at least 1 items");
    QTest::newRow("int-or-string pattern")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"spec":{"advanced":{"horizontalPodAutoscalerConfig":{"behavior":)"
                      R"({"scaleUp":{"tolerance":"ten percent"}}}}}})")
        << QByteArray("spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleUp.tolerance") << invalid
        << (QByteArray(
                R"(Invalid value: "ten percent": spec.advanced.horizontalPodAutoscalerConfig.behavior.)"
                R"(scaleUp.tolerance in body should match ')") +
            kTolerancePattern + "'");
    QTest::newRow("apiVersion") << QByteArray("ScaledObject") << QByteArray(R"({"apiVersion":"keda.sh/v1"})")
                                << QByteArray("apiVersion") << notSupported
                                << QByteArray(R"(Unsupported value: "keda.sh/v1": supported values: )"
                                              R"("keda.sh/v1alpha1")");
    QTest::newRow("kind") << QByteArray("ScaledObject") << QByteArray(R"({"kind":"ScaledJob"})")
                          << QByteArray("kind") << notSupported
                          << QByteArray(
                                 R"(Unsupported value: "ScaledJob": supported values: "ScaledObject")");
    QTest::newRow("missing kind") << QByteArray("ScaledObject") << QByteArray(R"({"kind":null})")
                                  << QByteArray("kind") << requiredValue << QByteArray("Required value");
    QTest::newRow("missing name") << QByteArray("ScaledObject") << QByteArray(R"({"metadata":{"name":null}})")
                                  << QByteArray("metadata.name") << requiredValue
                                  << QByteArray("Required value: name or generateName is required");
    QTest::newRow("bad name")
        << QByteArray("ScaledObject") << QByteArray(R"({"metadata":{"name":"Orders_1"}})")
        << QByteArray("metadata.name") << invalid
        << QByteArray(
               R"(Invalid value: "Orders_1": a lowercase RFC 1123 subdomain must consist of lower case )"
               R"(alphanumeric characters, '-' or '.', and must start and end with an alphanumeric )"
               R"(character (e.g. 'example.com', regex used for validation is )"
               R"('[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'))");
    QTest::newRow("bad generateName")
        << QByteArray("ScaledObject") << QByteArray(R"({"metadata":{"name":null,"generateName":"Orders-"}})")
        << QByteArray("metadata.generateName") << invalid
        << QByteArray(
               R"(Invalid value: "Orders-": a lowercase RFC 1123 subdomain must consist of lower case )"
               R"(alphanumeric characters, '-' or '.', and must start and end with an alphanumeric )"
               R"(character (e.g. 'example.com', regex used for validation is )"
               R"('[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'))");
    QTest::newRow("label value not a string")
        << QByteArray("ScaledObject") << QByteArray(R"({"metadata":{"labels":{"tier":1}}})")
        << QByteArray("metadata.labels.tier") << typeInvalid
        << QByteArray(
               R"(Invalid value: "integer": metadata.labels.tier in body must be of type string: "integer")");
    QTest::newRow("annotation value not a string")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"metadata":{"annotations":{"autoscaling.keda.sh/paused-replicas":0}}})")
        << QByteArray("metadata.annotations.autoscaling.keda.sh/paused-replicas") << typeInvalid
        << QByteArray(R"(Invalid value: "integer": metadata.annotations.autoscaling.keda.sh/paused-replicas )"
                      R"(in body must be of type string: "integer")");
    QTest::newRow("scaledjob container name")
        << QByteArray("ScaledJob")
        << QByteArray(R"({"spec":{"jobTargetRef":{"template":{"spec":{"containers":[{"image":"i"}]}}}}})")
        << QByteArray("spec.jobTargetRef.template.spec.containers[0].name") << requiredValue
        << QByteArray("Required value");
    QTest::newRow("scaledjob no metricType")
        << QByteArray("ScaledJob")
        << QByteArray(R"({"spec":{"triggers":[{"type":"cpu","metricType":"Utilization","metadata":{}}]}})")
        << QByteArray("spec.triggers[0].metricType") << QByteArray("FieldUnknown")
        << QByteArray(R"(unknown field "metricType")");
    QTest::newRow("trigger authentication parameter")
        << QByteArray("TriggerAuthentication")
        << QByteArray(R"({"spec":{"secretTargetRef":[{"name":"s","key":"k"}]}})")
        << QByteArray("spec.secretTargetRef[0].parameter") << requiredValue << QByteArray("Required value");
}

void TestCrdSchema::violationsAreReportedLikeTheApiServer()
{
    QFETCH(QByteArray, kind);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, message);
    const json::Document object = objectWith(baseFor(kind), patch);
    const auto schema = CrdSchema::forKind(kind.toStdString());
    QVERIFY(schema);
    const auto errors = schema->validate(object, true);
    // A wrong type or an unsupported value in the spec keeps the ScaledObject's CEL rule from running,
    // which the API server reports as one more cause.
    const bool blocksRules = kind == "ScaledObject" &&
                             (field.startsWith("spec") || field.startsWith("status")) &&
                             (reason == "FieldValueTypeInvalid" || reason == "FieldValueNotSupported");
    QVERIFY2(errors.size() == (blocksRules ? 2u : 1u), describe(errors).constData());
    if (blocksRules)
        QCOMPARE(errors[1].message, std::string(kRulesNotChecked));
    QCOMPARE(QByteArray::fromStdString(errors[0].field), field);
    QCOMPARE(QByteArray::fromStdString(errors[0].reason), reason);
    QCOMPARE(QByteArray::fromStdString(errors[0].message), message);
}

void TestCrdSchema::validValuesPass_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QByteArray>("patch");
    QTest::newRow("base ScaledObject") << QByteArray("ScaledObject") << QByteArray();
    QTest::newRow("base ScaledJob") << QByteArray("ScaledJob") << QByteArray();
    QTest::newRow("base TriggerAuthentication") << QByteArray("TriggerAuthentication") << QByteArray();
    QTest::newRow("ClusterTriggerAuthentication")
        << QByteArray("ClusterTriggerAuthentication")
        << QByteArray(R"({"kind":"ClusterTriggerAuthentication","metadata":{"namespace":null},)"
                      R"("spec":{"podIdentity":{"provider":"azure-workload"}}})");
    QTest::newRow("integral float for integer")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"pollingInterval":30.0}})");
    QTest::newRow("tolerance as integer")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"spec":{"advanced":{"horizontalPodAutoscalerConfig":{"behavior":)"
                      R"({"scaleDown":{"tolerance":1,"stabilizationWindowSeconds":3600}}}}}})");
    QTest::newRow("tolerance as quantity")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"spec":{"advanced":{"horizontalPodAutoscalerConfig":{"behavior":)"
                      R"({"scaleUp":{"tolerance":"0.05","stabilizationWindowSeconds":0}}}}}})");
    QTest::newRow("all fallback behaviors")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"spec":{"fallback":{"failureThreshold":3,"replicas":6,)"
                      R"("behavior":"currentReplicasIfLower"}}})");
    QTest::newRow("paused annotation")
        << QByteArray("ScaledObject")
        << QByteArray(R"({"metadata":{"annotations":{"autoscaling.keda.sh/paused-replicas":"0"},)"
                      R"("labels":{"app.kubernetes.io/name":"orders","empty":""}}})");
    QTest::newRow("generateName only")
        << QByteArray("ScaledObject") << QByteArray(R"({"metadata":{"name":null,"generateName":"orders-"}})");
    QTest::newRow("null optional field is pruned")
        << QByteArray("ScaledObject") << QByteArray(R"({"spec":{"pollingInterval":null}})");
    QTest::newRow("status") << QByteArray("ScaledObject")
                            << QByteArray(
                                   R"({"status":{"conditions":[{"type":"Ready","status":"True"}],)"
                                   R"("triggersTypes":"cpu","health":{"s0-cpu":{"numberOfFailures":0}}}})");
    QTest::newRow("scaledjob template metadata keeps anything")
        << QByteArray("ScaledJob")
        << QByteArray(R"({"spec":{"jobTargetRef":{"template":{"metadata":)"
                      R"({"labels":{"a":"b"},"custom":{"x":1}}}}}})");
    // containerPort and protocol are required list-map keys; the API server defaults protocol to TCP first.
    QTest::newRow("scaledjob port without protocol")
        << QByteArray("ScaledJob")
        << QByteArray(R"({"spec":{"jobTargetRef":{"template":{"spec":{"containers":)"
                      R"([{"name":"c","image":"i","ports":[{"containerPort":80}]}]}}}}})");
    QTest::newRow("scaledjob port with protocol")
        << QByteArray("ScaledJob")
        << QByteArray(R"({"spec":{"jobTargetRef":{"template":{"spec":{"containers":)"
                      R"([{"name":"c","image":"i","ports":[{"containerPort":80,"protocol":"TCP"}],)"
                      R"("resources":{"limits":{"cpu":"500m","memory":1024}}}]}}}}})");
}

void TestCrdSchema::validValuesPass()
{
    QFETCH(QByteArray, kind);
    QFETCH(QByteArray, patch);
    const json::Document object = objectWith(baseFor(kind), patch);
    const auto errors = CrdSchema::forKind(kind.toStdString())->validate(object, true);
    QVERIFY2(errors.empty(), describe(errors).constData());
}

void TestCrdSchema::keywordsTheKedaCrdsDoNotUse_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected"); // "field | reason | message" lines

    QTest::newRow("valid") << QByteArray(
                                  R"({"name":"abc","count":5,"ratio":0.5,"tags":["a","b"],"note":null})")
                           << QByteArray();
    QTest::newRow("maxLength")
        << QByteArray(R"({"name":"abcdef"})")
        << QByteArray("x.name | FieldValueTooLong | Too long: may not be more than 5 bytes\n");
    QTest::newRow("maxLength counts characters")
        << QByteArray(R"({"name":"\u00e9\u00e9\u00e9\u00e9\u00e9"})") << QByteArray();
    QTest::newRow("exclusiveMinimum")
        << QByteArray(R"({"count":0})")
        << QByteArray(
               "x.count | FieldValueInvalid | Invalid value: 0: x.count in body should be greater than 0\n");
    QTest::newRow("exclusiveMaximum")
        << QByteArray(R"({"count":10})")
        << QByteArray(
               "x.count | FieldValueInvalid | Invalid value: 10: x.count in body should be less than 10\n");
    QTest::newRow("number accepts integers") << QByteArray(R"({"ratio":1})") << QByteArray();
    QTest::newRow("number maximum")
        << QByteArray(R"({"ratio":1.5})")
        << QByteArray(
               "x.ratio | FieldValueInvalid | Invalid value: 1.5: x.ratio in body should be less than or "
               "equal to 1\n");
    QTest::newRow("maxItems") << QByteArray(R"({"tags":["a","b","c"]})")
                              << QByteArray(
                                     "x.tags | FieldValueTooMany | Too many: 3: must have at most 2 items\n");
    QTest::newRow("set duplicates") << QByteArray(R"({"tags":["a","a"]})")
                                    << QByteArray(
                                           "x.tags[1] | FieldValueDuplicate | Duplicate value: \"a\"\n");
    QTest::newRow("nullable keeps null") << QByteArray(R"({"note":null})") << QByteArray();
    QTest::newRow("null where not nullable is dropped") << QByteArray(R"({"count":null})") << QByteArray();
    QTest::newRow("int64 format") << QByteArray(R"({"big":18446744073709551615})")
                                  << QByteArray(
                                         "x.big | FieldValueInvalid | Invalid value: 18446744073709551615: "
                                         "x.big in body must be of type int64: \"18446744073709551615\"\n");
    QTest::newRow("int-or-string rejects boolean")
        << QByteArray(R"({"port":true})")
        << QByteArray(
               R"(x.port | FieldValueTypeInvalid | Invalid value: "boolean": x.port in body must be of )"
               R"(type integer,string: "boolean")"
               "\n" +
               QByteArray(" | FieldValueInvalid | ") + kRulesNotChecked + "\n");
    QTest::newRow("unrecognised rule is ignored") << QByteArray(R"({"name":"zz"})") << QByteArray();
}

void TestCrdSchema::keywordsTheKedaCrdsDoNotUse()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const json::Document schemaJson = parseJson(R"({"type":"object","properties":{
        "name":{"type":"string","maxLength":5},
        "count":{"type":"integer","minimum":0,"exclusiveMinimum":true,"maximum":10,"exclusiveMaximum":true},
        "ratio":{"type":"number","maximum":1},
        "tags":{"type":"array","maxItems":2,"items":{"type":"string"},"x-kubernetes-list-type":"set"},
        "note":{"type":"string","nullable":true},
        "big":{"type":"integer","format":"int64"},
        "port":{"x-kubernetes-int-or-string":true}},
        "x-kubernetes-validations":[
            {"rule":"self.name.matches('^z+$') && quantity(self.x) > 0","message":"m"}]})");
    const auto node = schema::compile(schemaJson);
    std::vector<FieldError> errors;
    schema::validateValue(*node, parseJson(value.toStdString()), "x", true, errors);
    QCOMPARE(describe(errors), expected);
}

void TestCrdSchema::celEvaluator_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QByteArray>("result"); // true, false, or "none" when not evaluated
    QTest::newRow("keda rule, both") << QByteArray(
                                            "!has(self.min) || self.min <= (has(self.max) ? self.max : 100)")
                                     << QByteArray("true");
    QTest::newRow("arithmetic") << QByteArray("self.min + 2 == self.max - 1") << QByteArray("true");
    QTest::newRow("precedence") << QByteArray("self.min < 1 && self.max > 1 || false") << QByteArray("false");
    QTest::newRow("strings") << QByteArray("self.name == 'orders' && self.name != \"x\"")
                             << QByteArray("true");
    QTest::newRow("size") << QByteArray("size(self.list) == 2 && size(self.name) > 3") << QByteArray("true");
    QTest::newRow("negation") << QByteArray("!(self.min >= -1)") << QByteArray("false");
    QTest::newRow("missing field") << QByteArray("self.absent > 1") << QByteArray("none");
    QTest::newRow("error absorbed by ||") << QByteArray("self.absent > 1 || true") << QByteArray("true");
    QTest::newRow("error absorbed by &&") << QByteArray("self.absent > 1 && false") << QByteArray("false");
    QTest::newRow("type mismatch") << QByteArray("self.name > 1") << QByteArray("none");
    QTest::newRow("not boolean") << QByteArray("self.min") << QByteArray("none");
    QTest::newRow("unknown function") << QByteArray("self.name.startsWith('o')") << QByteArray("none");
    QTest::newRow("garbage") << QByteArray("self.min <=") << QByteArray("none");
}

void TestCrdSchema::celEvaluator()
{
    QFETCH(QByteArray, rule);
    QFETCH(QByteArray, result);
    const json::Document self = parseJson(R"({"min": 1, "max": 4, "name": "orders", "list": [1, 2]})");
    const std::optional<bool> value = schema::evaluateCelRule(rule.toStdString(), self);
    QCOMPARE(QByteArray(value ? (*value ? "true" : "false") : "none"), result);
}

void TestCrdSchema::celRuleMinNotAboveMax_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<bool>("valid");
    QTest::newRow("min above max") << QByteArray(R"({"spec":{"minReplicaCount":5,"maxReplicaCount":2}})")
                                   << false;
    QTest::newRow("min equals max") << QByteArray(R"({"spec":{"minReplicaCount":3,"maxReplicaCount":3}})")
                                    << true;
    QTest::newRow("min below max") << QByteArray(R"({"spec":{"minReplicaCount":0,"maxReplicaCount":3}})")
                                   << true;
    QTest::newRow("min only, under default max") << QByteArray(R"({"spec":{"minReplicaCount":100}})") << true;
    QTest::newRow("min only, above default max")
        << QByteArray(R"({"spec":{"minReplicaCount":101}})") << false;
    QTest::newRow("max only") << QByteArray(R"({"spec":{"maxReplicaCount":1}})") << true;
    QTest::newRow("neither") << QByteArray() << true;
}

void TestCrdSchema::celRuleMinNotAboveMax()
{
    QFETCH(QByteArray, patch);
    QFETCH(bool, valid);
    const json::Document object = objectWith(kScaledObject, patch);
    const auto errors = CrdSchema::forKind("ScaledObject")->validate(object, true);
    if (valid) {
        QVERIFY2(errors.empty(), describe(errors).constData());
        return;
    }
    QVERIFY2(errors.size() == 1, describe(errors).constData());
    QCOMPARE(errors[0].field, std::string("spec"));
    QCOMPARE(errors[0].reason, std::string("FieldValueInvalid"));
    QCOMPARE(
        errors[0].message,
        std::string(
            R"(Invalid value: "object": minReplicaCount must be less than or equal to maxReplicaCount)"));
}

void TestCrdSchema::typeErrorsBlockCelRules()
{
    const json::Document object = objectWith(
        kScaledObject, R"({"spec":{"minReplicaCount":5,"maxReplicaCount":2,"pollingInterval":"x"}})");
    const auto errors = CrdSchema::forKind("ScaledObject")->validate(object, true);
    QVERIFY2(errors.size() == 2, describe(errors).constData());
    QCOMPARE(errors[0].field, std::string("spec.pollingInterval"));
    QCOMPARE(errors[1].message, std::string(kRulesNotChecked));
}

void TestCrdSchema::unknownFieldsStrictAndLenient_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("prunedPatch");
    QTest::newRow("spec") << QByteArray(R"({"spec":{"bogusField":1}})") << QByteArray("spec.bogusField")
                          << QByteArray(R"(unknown field "bogusField")") << QByteArray();
    QTest::newRow("nested") << QByteArray(R"({"spec":{"scaleTargetRef":{"name":"a","replicas":2}}})")
                            << QByteArray("spec.scaleTargetRef.replicas")
                            << QByteArray(R"(unknown field "replicas")")
                            << QByteArray(R"({"spec":{"scaleTargetRef":{"name":"a"}}})");
    QTest::newRow("in array") << QByteArray(
                                     R"({"spec":{"triggers":[{"type":"cpu","metadata":{},"extra":"x"}]}})")
                              << QByteArray("spec.triggers[0].extra")
                              << QByteArray(R"(unknown field "extra")")
                              << QByteArray(R"({"spec":{"triggers":[{"type":"cpu","metadata":{}}]}})");
    QTest::newRow("top level") << QByteArray(R"({"extra":{}})") << QByteArray("extra")
                               << QByteArray(R"(unknown field "extra")") << QByteArray();
    QTest::newRow("metadata") << QByteArray(R"({"metadata":{"nmae":"typo"}})") << QByteArray("metadata.nmae")
                              << QByteArray(R"(unknown field "nmae")") << QByteArray();
}

void TestCrdSchema::unknownFieldsStrictAndLenient()
{
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, prunedPatch);
    const auto schema = CrdSchema::forKind("ScaledObject");
    json::Document object = objectWith(kScaledObject, patch);
    const auto strictErrors = schema->validate(object, true);
    QVERIFY2(strictErrors.size() == 1, describe(strictErrors).constData());
    QCOMPARE(QByteArray::fromStdString(strictErrors[0].field), field);
    QCOMPARE(strictErrors[0].reason, std::string("FieldUnknown"));
    QCOMPARE(QByteArray::fromStdString(strictErrors[0].message), message);

    const auto lenientErrors = schema->validate(object, false);
    QVERIFY2(lenientErrors.empty(), describe(lenientErrors).constData());
    schema->prune(object);
    QVERIFY2(object == objectWith(kScaledObject, prunedPatch), json::serialize(object).c_str());
}

void TestCrdSchema::pruneDropsUnknownFieldsOnly()
{
    const auto schema = CrdSchema::forKind("ScaledJob");
    json::Document object = objectWith(kScaledJob, R"({"junk":1,"metadata":{"labels":{"a":"b"},"junk":2},
            "spec":{"junk":3,"pollingInterval":null,"maxReplicaCount":5,
                    "jobTargetRef":{"template":{"metadata":{"custom":{"kept":true}},"spec":{"junk":4}}},
                    "triggers":[{"type":"rabbitmq","metadata":{"queueName":"q"},"metricType":"Value"}]},
            "status":{"conditions":[{"type":"Ready","status":"True","junk":5}]}})");
    schema->prune(object);
    const json::Document expected = objectWith(kScaledJob, R"({"metadata":{"labels":{"a":"b"}},
            "spec":{"maxReplicaCount":5,
                    "jobTargetRef":{"template":{"metadata":{"custom":{"kept":true}}}},
                    "triggers":[{"type":"rabbitmq","metadata":{"queueName":"q"}}]},
            "status":{"conditions":[{"type":"Ready","status":"True"}]}})");
    QVERIFY2(object == expected, json::serialize(object).c_str());
    QVERIFY(!at(object, {"spec", "pollingInterval"}));
    const auto errors = schema->validate(object, true);
    QVERIFY2(errors.empty(), describe(errors).constData());
}

void TestCrdSchema::defaultsAreApplied()
{
    json::Document so =
        objectWith(kScaledObject, R"({"spec":{"fallback":{"failureThreshold":3,"replicas":2}}})");
    CrdSchema::forKind("ScaledObject")->applyDefaults(so, so.GetAllocator());
    QCOMPARE(json::stringAt(so["spec"]["fallback"], "behavior"), std::string("static"));
    QVERIFY(!so["spec"].HasMember("pollingInterval")); // no default in the schema: the controller's job

    json::Document keep = objectWith(kScaledObject, R"({"spec":{"fallback":{"failureThreshold":3,"replicas":2,
                                                       "behavior":"currentReplicas"}}})");
    CrdSchema::forKind("ScaledObject")->applyDefaults(keep, keep.GetAllocator());
    QCOMPARE(json::stringAt(keep["spec"]["fallback"], "behavior"), std::string("currentReplicas"));

    json::Document sj = objectWith(kScaledJob, R"({"spec":{"jobTargetRef":{"template":{"spec":{"containers":
        [{"name":"c","image":"i",
          "ports":[{"containerPort":80},{"containerPort":53,"protocol":"UDP"}]}]}}}}})");
    CrdSchema::forKind("ScaledJob")->applyDefaults(sj, sj.GetAllocator());
    const json::Value &ports = sj["spec"]["jobTargetRef"]["template"]["spec"]["containers"][0]["ports"];
    QCOMPARE(json::stringAt(ports[0], "protocol"), std::string("TCP"));
    QCOMPARE(json::stringAt(ports[1], "protocol"), std::string("UDP"));
    const auto errors = CrdSchema::forKind("ScaledJob")->validate(sj, true);
    QVERIFY2(errors.empty(), describe(errors).constData());
}

void TestCrdSchema::duplicateListMapKeys()
{
    const json::Document sj =
        objectWith(kScaledJob, R"({"spec":{"jobTargetRef":{"template":{"spec":{"containers":
        [{"name":"c","image":"i","env":[{"name":"A","value":"1"},{"name":"A","value":"2"}]}]}}}}})");
    const auto errors = CrdSchema::forKind("ScaledJob")->validate(sj, true);
    QVERIFY2(errors.size() == 1, describe(errors).constData());
    QCOMPARE(errors[0].field, std::string("spec.jobTargetRef.template.spec.containers[0].env[1]"));
    QCOMPARE(errors[0].reason, std::string("FieldValueDuplicate"));
    QCOMPARE(errors[0].message, std::string(R"(Duplicate value: {"name":"A"})"));
}

void TestCrdSchema::validationIsReentrantAcrossThreads()
{
    // forKind() and validate() are used from the sim's request threads and the app at once.
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&failures, t] {
            const json::Document bad = objectWith(kScaledObject, R"({"spec":{"minReplicaCount":-1}})");
            for (int i = 0; i < 50; ++i) {
                const char *kind = (t % 2) ? "ScaledJob" : "ScaledObject";
                const auto schema = CrdSchema::forKind(kind);
                if (!schema)
                    ++failures;
                else if (t % 2 == 0 && schema->validate(bad, true).size() != 1)
                    ++failures;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

void TestCrdSchema::thousandObjectsValidate()
{
    const auto schema = CrdSchema::forKind("ScaledObject");
    std::vector<json::Document> objects;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray patch =
            QStringLiteral(R"({"metadata":{"name":"so-%1"},"spec":{"minReplicaCount":%2,)"
                           R"("maxReplicaCount":%3,"advanced":{"horizontalPodAutoscalerConfig":)"
                           R"({"behavior":{"scaleDown":{"stabilizationWindowSeconds":%4,)"
                           R"("tolerance":"0.1"}}}}}})")
                .arg(i)
                .arg(i % 5)
                .arg(5 + i % 20)
                .arg(i % 3600)
                .toUtf8();
        objects.push_back(objectWith(kScaledObject, patch));
    }
    size_t errors = 0;
    for (const auto &object : objects)
        errors += schema->validate(object, true).size();
    QCOMPARE(errors, size_t(0));
}

void TestCrdSchema::jsonPath_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("field") << QByteArray(".spec.scaleTargetRef.name") << QByteArray("orders-app");
    QTest::newRow("integer") << QByteArray(".spec.maxReplicaCount") << QByteArray("10");
    QTest::newRow("zero") << QByteArray(".spec.minReplicaCount") << QByteArray("0");
    QTest::newRow("missing") << QByteArray(".spec.idleReplicaCount") << QByteArray("");
    QTest::newRow("missing parent") << QByteArray(".spec.fallback.replicas") << QByteArray("");
    QTest::newRow("ready") << QByteArray(R"(.status.conditions[?(@.type=="Ready")].status)")
                           << QByteArray("True");
    QTest::newRow("active") << QByteArray(R"(.status.conditions[?(@.type=="Active")].status)")
                            << QByteArray("False");
    QTest::newRow("single quotes") << QByteArray(R"(.status.conditions[?(@.type=='Paused')].status)")
                                   << QByteArray("");
    QTest::newRow("not equal") << QByteArray(R"(.status.conditions[?(@.type!="Ready")].type)")
                               << QByteArray("Active,Fallback");
    QTest::newRow("triggers string") << QByteArray(".status.triggersTypes") << QByteArray("cron,cpu");
    QTest::newRow("index") << QByteArray(".spec.triggers[1].type") << QByteArray("cpu");
    QTest::newRow("negative index") << QByteArray(".spec.triggers[-1].type") << QByteArray("cpu");
    QTest::newRow("wildcard") << QByteArray(".spec.triggers[*].type") << QByteArray("cron,cpu");
    QTest::newRow("slice") << QByteArray(".spec.triggers[0:1].type") << QByteArray("cron");
    QTest::newRow("braces") << QByteArray("{.metadata.name}") << QByteArray("orders");
    QTest::newRow("quoted key") << QByteArray(
                                       R"(.metadata.annotations['autoscaling.keda.sh/paused-replicas'])")
                                << QByteArray("0");
    QTest::newRow("array of scalars")
        << QByteArray(".status.externalMetricNames") << QByteArray(R"(["s0-cron","s1-cpu"])");
    QTest::newRow("object") << QByteArray(".spec.scaleTargetRef") << QByteArray(R"({"name":"orders-app"})");
    QTest::newRow("boolean") << QByteArray(".spec.advanced.restoreToOriginalReplicaCount")
                             << QByteArray("true");
    QTest::newRow("not understood") << QByteArray("..name") << QByteArray("");
}

void TestCrdSchema::jsonPath()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    const json::Document object = parseJson(R"({
        "metadata": {"name": "orders", "annotations": {"autoscaling.keda.sh/paused-replicas": "0"}},
        "spec": {"scaleTargetRef": {"name": "orders-app"}, "minReplicaCount": 0, "maxReplicaCount": 10,
                 "advanced": {"restoreToOriginalReplicaCount": true},
                 "triggers": [{"type": "cron"}, {"type": "cpu"}]},
        "status": {"conditions": [{"type": "Ready", "status": "True"}, {"type": "Active", "status": "False"},
                                  {"type": "Fallback", "status": "False"}],
                   "triggersTypes": "cron,cpu", "externalMetricNames": ["s0-cron", "s1-cpu"]}})");
    QCOMPARE(QByteArray::fromStdString(evaluateJsonPath(object, path.toStdString())), expected);
}

QTEST_GUILESS_MAIN(TestCrdSchema)
#include "tst_crdschema.moc"
