// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kedaadmission.h"
#include "k8sclient/yamljson.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace kedascope::k8s;
using namespace kedascope::k8s::keda;

namespace {

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll().toStdString();
}

std::vector<json::Document> documents(const std::string &yaml)
{
    auto docs = yamlToJson(yaml, "test");
    if (!docs.ok())
        qFatal("bad YAML in test: %s", docs.error().message.c_str());
    return std::move(docs.value());
}

std::string namespaceOf(const json::Value &object)
{
    const std::string ns = json::stringAt(object, "metadata.namespace");
    return ns.empty() ? "default" : ns;
}

bool positive(const json::Value *value)
{
    return value != nullptr && value->IsString() && std::atof(value->GetString()) > 0;
}

// The cluster as a list of objects, the way the demo cluster's store or the app's cache would answer.
class ObjectListView : public AdmissionClusterView
{
public:
    explicit ObjectListView(std::vector<json::Document> objects) : m_objects(std::move(objects)) {}

    std::vector<ScaledObjectSummary> scaledObjects(const std::string &ns) const override
    {
        std::vector<ScaledObjectSummary> out;
        for (const auto &object : ofKind("ScaledObject", ns))
            out.push_back(ScaledObjectSummary::fromJson(*object));
        return out;
    }
    std::vector<HpaSummary> horizontalPodAutoscalers(const std::string &ns) const override
    {
        std::vector<HpaSummary> out;
        for (const auto &object : ofKind("HorizontalPodAutoscaler", ns))
            out.push_back(HpaSummary::fromJson(*object));
        return out;
    }
    std::optional<std::vector<ContainerResources>>
    workloadContainers(const std::string &ns, const WorkloadRef &target) const override
    {
        for (const auto &object : ofKind(target.kind, ns)) {
            if (json::stringAt(*object, "metadata.name") == target.name)
                return containerResources(*object);
        }
        return std::nullopt;
    }
    bool limitRangeDefaults(const std::string &ns, const std::string &resource) const override
    {
        for (const auto &object : ofKind("LimitRange", ns)) {
            const json::Value *limits = json::find(*object, "spec.limits");
            if (limits == nullptr || !limits->IsArray())
                continue;
            for (const auto &limit : limits->GetArray()) {
                if (json::stringAt(limit, "type") == "Container" &&
                    (positive(json::find(limit, "default." + resource)) ||
                     positive(json::find(limit, "defaultRequest." + resource))))
                    return true;
            }
        }
        return false;
    }

private:
    std::vector<const json::Value *> ofKind(const std::string &kind, const std::string &ns) const
    {
        std::vector<const json::Value *> out;
        for (const auto &object : m_objects) {
            if (json::stringAt(object, "kind") == kind && namespaceOf(object) == ns)
                out.push_back(&object);
        }
        return out;
    }

    std::vector<json::Document> m_objects;
};

// A worker Deployment; `resources` is the YAML of its container's resources block.
std::string deployment(const std::string &resources)
{
    return R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: orders-worker, namespace: shop}
spec:
  template:
    spec:
      containers:
      - name: app
        image: worker:1
)" + resources +
           R"(
      - name: sidecar
        image: proxy:1
        resources: {requests: {cpu: 50m, memory: 32Mi}}
)";
}

const char *const rabbitTrigger = R"(
  - type: rabbitmq
    metadata: {queueName: orders, value: "5"})";

std::string scaledObject(const std::string &metadataExtra, const std::string &specExtra,
                         const std::string &triggers = rabbitTrigger, const std::string &name = "orders")
{
    return "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: " + name +
           "\n  namespace: shop\n" + metadataExtra + "spec:\n  scaleTargetRef: {name: orders-worker}\n" +
           specExtra + "  triggers:" + triggers + "\n";
}

const char *const cpuTrigger = R"(
  - type: cpu
    metricType: Utilization
    metadata: {value: "60"})";

} // namespace

class TestKedaAdmission : public QObject
{
    Q_OBJECT

private slots:
    void kedaExamples_data();
    void kedaExamples();
    void scaledObjectRules_data();
    void scaledObjectRules();
    void scaledJobRules();
    void triggerAuthenticationRules_data();
    void triggerAuthenticationRules();
    void deniedRequestLooksLikeTheApiServer();
    void finalizerRemovalSkipsValidation();
};

void TestKedaAdmission::kedaExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QString>("expected"); // empty: admitted

    const QDir dir(QStringLiteral(KEDASCOPE_TEST_DATA "/manifests"));
    for (const QString &file : dir.entryList({QStringLiteral("0*.yaml")}, QDir::Files, QDir::Name)) {
        const bool rejected = file.startsWith(QStringLiteral("08-"));
        const QString message =
            rejected ? QStringLiteral(
                           "scaledobject has only cpu/memory triggers AND minReplica is 0 (scale to zero "
                           "doesn't work in this case)")
                     : QString();
        QTest::newRow(qPrintable(file)) << dir.filePath(file) << false << message;
        if (rejected)
            QTest::newRow(qPrintable(file + QStringLiteral("-dry-run")))
                << dir.filePath(file) << true << QString();
    }
}

void TestKedaAdmission::kedaExamples()
{
    QFETCH(QString, file);
    QFETCH(bool, dryRun);
    QFETCH(QString, expected);
    const ObjectListView cluster(
        documents(readFile(QStringLiteral(KEDASCOPE_TEST_DATA "/keda/cluster-workloads.yaml"))));
    const std::vector<json::Document> manifest = documents(readFile(file));
    int checked = 0;
    for (const auto &object : manifest) {
        const std::string kind = json::stringAt(object, "kind");
        std::optional<AdmissionDenial> denial;
        if (kind == "ScaledObject")
            denial = validateScaledObject(object, cluster, dryRun);
        else if (kind == "ScaledJob")
            denial = validateScaledJob(object);
        else if (kind == "TriggerAuthentication")
            denial = validateTriggerAuthentication(object);
        else
            continue;
        ++checked;
        if (expected.isEmpty()) {
            QVERIFY2(!denial, denial ? denial->message.c_str() : "");
        } else {
            QVERIFY(denial.has_value());
            QCOMPARE(QString::fromStdString(denial->message), expected);
            QCOMPARE(QString::fromStdString(denial->field), QStringLiteral("spec.minReplicaCount"));
        }
    }
    QVERIFY(checked > 0);
}

void TestKedaAdmission::scaledObjectRules_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QByteArray>("cluster");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QString>("expected"); // empty: admitted
    QTest::addColumn<QString>("field");

    const std::string withRequests = deployment("        resources: {requests: {cpu: 100m, memory: 128Mi}}");
    const std::string withoutRequests = deployment("        resources: {}");
    const auto row = [](const char *name, const std::string &object, const std::string &cluster, bool dryRun,
                        const std::string &expected, const std::string &field = {}) {
        QTest::newRow(name) << QByteArray::fromStdString(object) << QByteArray::fromStdString(cluster)
                            << dryRun << QString::fromStdString(expected) << QString::fromStdString(field);
    };

    row("plain-rabbitmq-admitted", scaledObject("", ""), withoutRequests, false, {});

    // Two ScaledObjects on one target.
    const std::string legacy =
        "---\n" + scaledObject("", "", rabbitTrigger, "legacy") + "---\n" + withoutRequests;
    row("second-scaledobject-on-target", scaledObject("", ""), legacy, false,
        "the workload 'orders-worker' of type 'apps/v1.Deployment' is already managed by the ScaledObject "
        "'legacy'",
        "spec.scaleTargetRef");
    row("same-name-other-kind-admitted",
        scaledObject("", "").replace(scaledObject("", "").find("{name: orders-worker}"), 21,
                                     "{name: orders-worker, kind: StatefulSet}"),
        legacy, false, {});
    row("updating-itself-admitted", scaledObject("", ""), "---\n" + scaledObject("", ""), false, {});

    // A second owner of the same HPA name.
    std::string sharedHpaCluster = scaledObject(
        "", "  advanced:\n    horizontalPodAutoscalerConfig: {name: shared-hpa}\n", rabbitTrigger, "billing");
    sharedHpaCluster.replace(sharedHpaCluster.find("{name: orders-worker}"), 21, "{name: billing-worker}");
    row("hpa-name-taken",
        scaledObject("", "  advanced:\n    horizontalPodAutoscalerConfig: {name: shared-hpa}\n"),
        sharedHpaCluster, false, "the HPA 'shared-hpa' is already managed by the ScaledObject 'billing'",
        "spec.advanced.horizontalPodAutoscalerConfig.name");
    row("hpa-name-free",
        scaledObject("", "  advanced:\n    horizontalPodAutoscalerConfig: {name: orders-hpa}\n"),
        sharedHpaCluster, false, {});

    // An HPA on the target that this ScaledObject does not own.
    const std::string manualHpa = R"(
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: manual, namespace: shop}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: orders-worker}
  minReplicas: 1
  maxReplicas: 4
)";
    row("foreign-hpa", scaledObject("", ""), manualHpa, false,
        "the workload 'orders-worker' of type 'apps/v1.Deployment' is already managed by the hpa 'manual'",
        "spec.scaleTargetRef");
    std::string ownedHpa = manualHpa;
    ownedHpa.replace(ownedHpa.find("namespace: shop}"), 16,
                     "namespace: shop, ownerReferences: [{apiVersion: keda.sh/v1alpha1, kind: ScaledObject, "
                     "name: orders, uid: u1}]}");
    row("own-hpa-admitted", scaledObject("", ""), ownedHpa, false, {});
    std::string optedOutHpa = manualHpa;
    optedOutHpa.replace(optedOutHpa.find("namespace: shop}"), 16,
                        "namespace: shop, annotations: {validations.keda.sh/hpa-ownership: \"false\"}}");
    row("hpa-ownership-validation-off", scaledObject("", ""), optedOutHpa, false, {});
    const std::string transfer = "  annotations: {scaledobject.keda.sh/transfer-hpa-ownership: \"true\"}\n";
    row("transfer-with-hpa-name",
        scaledObject(transfer, "  advanced:\n    horizontalPodAutoscalerConfig: {name: manual}\n"), manualHpa,
        false, {});
    row("transfer-without-hpa-name", scaledObject(transfer, ""), manualHpa, false,
        "the existing hpa 'manual' for workload 'orders-worker' of type 'apps/v1.Deployment' must be "
        "specified by "
        "name in advanced settings to enable ownership transfer",
        "spec.advanced.horizontalPodAutoscalerConfig.name");

    // cpu/memory triggers need requests (or limits, or a LimitRange default) on the containers.
    const std::string cpuAndQueue = std::string(rabbitTrigger) + cpuTrigger;
    row("cpu-without-requests", scaledObject("", "", cpuAndQueue), withoutRequests, false,
        "the scaledobject has a cpu trigger but the container app doesn't have the cpu request defined",
        "spec.triggers[1]");
    row("cpu-with-requests", scaledObject("", "", cpuAndQueue), withRequests, false, {});
    row("cpu-with-limit-only", scaledObject("", "", cpuAndQueue),
        deployment("        resources: {limits: {cpu: \"1\"}}"), false, {});
    row("cpu-without-requests-dry-run", scaledObject("", "", cpuAndQueue), withoutRequests, true, {});
    const std::string memoryOnSidecar = std::string(rabbitTrigger) + R"(
  - type: memory
    metricType: Utilization
    metadata: {value: "70", containerName: sidecar})";
    row("memory-checked-on-named-container", scaledObject("", "", memoryOnSidecar), withoutRequests, false,
        {});
    const std::string limitRange = withoutRequests + R"(---
apiVersion: v1
kind: LimitRange
metadata: {name: defaults, namespace: shop}
spec:
  limits:
  - type: Container
    defaultRequest: {cpu: 200m}
)";
    row("cpu-request-from-limitrange", scaledObject("", "", cpuAndQueue), limitRange, false, {});
    row("cpu-target-missing", scaledObject("", "", cpuAndQueue), "", false,
        "deployments.apps \"orders-worker\" not found", "spec.scaleTargetRef.name");

    // Only cpu/memory triggers and minReplicaCount 0.
    row("cpu-only-min-0", scaledObject("", "  minReplicaCount: 0\n", cpuTrigger), withRequests, false,
        "scaledobject has only cpu/memory triggers AND minReplica is 0 (scale to zero doesn't work in this "
        "case)",
        "spec.minReplicaCount");
    row("cpu-only-min-1", scaledObject("", "  minReplicaCount: 1\n", cpuTrigger), withRequests, false, {});

    // Replica bounds.
    row("min-above-max", scaledObject("", "  minReplicaCount: 5\n  maxReplicaCount: 3\n"), withoutRequests,
        false, "MinReplicaCount=5 must be less than MaxReplicaCount=3", "spec.minReplicaCount");
    row("min-equals-max", scaledObject("", "  minReplicaCount: 3\n  maxReplicaCount: 3\n"), withoutRequests,
        false, {});
    row("idle-equals-min", scaledObject("", "  idleReplicaCount: 2\n  minReplicaCount: 2\n"), withoutRequests,
        false, "IdleReplicaCount=2 must be less than MinReplicaCount=2", "spec.idleReplicaCount");
    row("idle-without-min", scaledObject("", "  idleReplicaCount: 0\n"), withoutRequests, false,
        "IdleReplicaCount=0 must be less than MinReplicaCount=0", "spec.idleReplicaCount");
    row("idle-below-min", scaledObject("", "  idleReplicaCount: 0\n  minReplicaCount: 1\n"), withoutRequests,
        false, {});

    // Trigger names and useCachedMetrics.
    const std::string duplicateNames = R"(
  - type: rabbitmq
    name: queue
    metadata: {queueName: a, value: "5"}
  - type: rabbitmq
    name: queue
    metadata: {queueName: b, value: "5"})";
    row("duplicate-trigger-names", scaledObject("", "", duplicateNames), withoutRequests, false,
        "triggerName \"queue\" is defined multiple times in the ScaledObject, but it must be unique",
        "spec.triggers[1].name");
    std::string distinctNames = duplicateNames;
    distinctNames.replace(distinctNames.rfind("name: queue"), 11, "name: other");
    row("distinct-trigger-names", scaledObject("", "", distinctNames), withoutRequests, false, {});
    const std::string cachedCron = R"(
  - type: cron
    useCachedMetrics: true
    metadata: {timezone: UTC, start: "0 6 * * *", end: "0 20 * * *", desiredReplicas: "2"})";
    row("cached-cron", scaledObject("", "", cachedCron), withoutRequests, false,
        "property \"useCachedMetrics\" is not supported for \"cron\" scaler",
        "spec.triggers[0].useCachedMetrics");
    const std::string cachedQueue = R"(
  - type: rabbitmq
    useCachedMetrics: true
    metadata: {queueName: orders, value: "5"})";
    row("cached-rabbitmq", scaledObject("", "", cachedQueue), withoutRequests, false, {});

    // Fallback.
    const std::string fallback = "  minReplicaCount: 1\n  fallback: {failureThreshold: 3, replicas: 6}\n";
    row("fallback-cpu-only", scaledObject("", fallback, cpuTrigger), withRequests, false,
        "at least one trigger (that is not cpu or memory) has to be defined for the fallback to be enabled",
        "spec.fallback");
    row("fallback-with-queue", scaledObject("", fallback), withoutRequests, false, {});
    row("fallback-negative", scaledObject("", "  fallback: {failureThreshold: -1, replicas: 6}\n"),
        withoutRequests, false, "FailureThreshold=-1 & Replicas=6 must both be greater than or equal to 0",
        "spec.fallback");
    const std::string named = R"(
  - type: rabbitmq
    name: queue
    metadata: {queueName: orders, value: "5"})";
    row("fallback-modifiers-without-formula",
        scaledObject("", "  fallback: {failureThreshold: 3, replicas: 6, behavior: scalingModifiers}\n",
                     named),
        withoutRequests, false,
        "fallback behavior \"scalingModifiers\" requires spec.advanced.scalingModifiers.formula",
        "spec.fallback.behavior");
    row("fallback-modifiers-with-formula",
        scaledObject("",
                     "  fallback: {failureThreshold: 3, replicas: 6, behavior: scalingModifiers}\n"
                     "  advanced:\n    scalingModifiers: {formula: \"queue ?? 4\", target: \"5\"}\n",
                     named),
        withoutRequests, false, {});

    // scalingModifiers formula and target.
    const auto modifiers = [](const std::string &body) {
        return "  advanced:\n    scalingModifiers: " + body + "\n";
    };
    row("formula-valid", scaledObject("", modifiers("{formula: \"queue * 2\", target: \"10\"}"), named),
        withoutRequests, false, {});
    row("formula-unknown-trigger",
        scaledObject("", modifiers("{formula: \"queue + missing\", target: \"10\"}"), named), withoutRequests,
        false, "error validating formula in ScalingModifiers\nunknown name missing (1:15)",
        "spec.advanced.scalingModifiers.formula");
    row("formula-syntax", scaledObject("", modifiers("{formula: \"(queue + \", target: \"10\"}"), named),
        withoutRequests, false,
        "error validating formula in ScalingModifiers\nunexpected token Operator(\")\") (1:16)",
        "spec.advanced.scalingModifiers.formula");
    row("formula-missing", scaledObject("", modifiers("{target: \"10\"}"), named), withoutRequests, false,
        "error ScalingModifiers.Formula is mandatory", "spec.advanced.scalingModifiers.formula");
    row("target-missing", scaledObject("", modifiers("{formula: \"queue\"}"), named), withoutRequests, false,
        "error validating formula in ScalingModifiers\nformula is given but target is empty",
        "spec.advanced.scalingModifiers.target");
    row("target-zero", scaledObject("", modifiers("{formula: \"queue\", target: \"0\"}"), named),
        withoutRequests, false,
        "error validating target in ScalingModifiers\nerror converting target for scalingModifiers "
        "(string->float) to "
        "valid target: %!w(<nil>)",
        "spec.advanced.scalingModifiers.target");
    row("target-not-a-number", scaledObject("", modifiers("{formula: \"queue\", target: \"ten\"}"), named),
        withoutRequests, false,
        "error validating target in ScalingModifiers\nerror converting target for scalingModifiers "
        "(string->float) to "
        "valid target: strconv.ParseFloat: parsing \"ten\": invalid syntax",
        "spec.advanced.scalingModifiers.target");

    // Names used as label values.
    const std::string longName(64, 'a');
    row("name-too-long", scaledObject("", "", rabbitTrigger, longName), withoutRequests, false,
        std::string("scaledobject name \"" + longName +
                    "\" is 64 characters long; must be no more than 63 characters because it is used as "
                    "the \"scaledobject.keda.sh/name\" label value"),
        "metadata.name");
    const std::string sixty(60, 'b');
    row("hpa-name-too-long", scaledObject("", "", rabbitTrigger, sixty), withoutRequests, false,
        std::string("HPA name \"keda-hpa-" + sixty +
                    "\" derived from scaledobject is 69 characters long; must be no more than 63 characters; "
                    "set spec.advanced.horizontalPodAutoscalerConfig.name to a shorter name or shorten the "
                    "scaledobject name"),
        "spec.advanced.horizontalPodAutoscalerConfig.name");
    row("long-name-short-hpa-name",
        scaledObject("", "  advanced:\n    horizontalPodAutoscalerConfig: {name: short}\n", rabbitTrigger,
                     sixty),
        withoutRequests, false, {});
}

void TestKedaAdmission::scaledObjectRules()
{
    QFETCH(QByteArray, object);
    QFETCH(QByteArray, cluster);
    QFETCH(bool, dryRun);
    QFETCH(QString, expected);
    QFETCH(QString, field);
    const auto docs = documents(object.toStdString());
    QCOMPARE(docs.size(), size_t(1));
    const ObjectListView view(cluster.trimmed().isEmpty() ? std::vector<json::Document>{}
                                                          : documents(cluster.toStdString()));
    const auto denial = validateScaledObject(docs.front(), view, dryRun);
    if (expected.isEmpty()) {
        QVERIFY2(!denial, denial ? denial->message.c_str() : "");
        return;
    }
    QVERIFY2(denial.has_value(), "the webhook should refuse this ScaledObject");
    QCOMPARE(QString::fromStdString(denial->message), expected);
    QCOMPARE(QString::fromStdString(denial->field), field);
}

void TestKedaAdmission::scaledJobRules()
{
    const auto job = documents(R"(
apiVersion: keda.sh/v1alpha1
kind: ScaledJob
metadata: {name: exporter}
spec:
  jobTargetRef: {template: {spec: {containers: [{name: c, image: i}]}}}
  triggers:
  - {type: cpu, useCachedMetrics: true, metadata: {value: "50"}}
)");
    const auto denial = validateScaledJob(job.front());
    QVERIFY(denial.has_value());
    QCOMPARE(QString::fromStdString(denial->message),
             QStringLiteral("property \"useCachedMetrics\" is not supported for \"cpu\" scaler"));
}

void TestKedaAdmission::triggerAuthenticationRules_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("expected");

    QTest::newRow("azure-workload-default-identity")
        << QByteArray("podIdentity: {provider: azure-workload}") << QString();
    QTest::newRow("azure-workload-empty-identity")
        << QByteArray("podIdentity: {provider: azure-workload, identityId: \"\"}")
        << QStringLiteral(
               "identityId of PodIdentity should not be empty. If it's set, identityId has to be different "
               "than \"\"");
    QTest::newRow("azure-authority-without-tenant")
        << QByteArray("podIdentity: {provider: azure-workload, identityAuthorityHost: https://login.example}")
        << QStringLiteral(
               "identityTenantID of PodIdentity should not be nil or empty when identityAuthorityHost of "
               "PodIdentity is set");
    QTest::newRow("aws-role-with-workload-owner")
        << QByteArray("podIdentity: {provider: aws, roleArn: arn:aws:iam::1:role/r, identityOwner: workload}")
        << QStringLiteral("roleArn of PodIdentity can't be set if KEDA isn't identityOwner");
    QTest::newRow("aws-external-id-without-role")
        << QByteArray("podIdentity: {provider: aws, externalID: x}")
        << QStringLiteral("externalID of PodIdentity requires roleArn to be set");
    QTest::newRow("oauth2-wrong-type")
        << QByteArray("oauth2: {type: password, clientId: c, tokenUrl: https://t/}")
        << QStringLiteral("oauth2.type must be 'clientCredentials', got 'password'");
    QTest::newRow("oauth2-bad-url")
        << QByteArray("oauth2: {type: clientCredentials, clientId: c, tokenUrl: ftp://t/}")
        << QStringLiteral("oauth2.tokenUrl must be a valid http or https URL");
    QTest::newRow("oauth2-valid")
        << QByteArray("oauth2: {type: clientCredentials, clientId: c, tokenUrl: https://idp.example/token}")
        << QString();
}

void TestKedaAdmission::triggerAuthenticationRules()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, expected);
    const auto docs =
        documents("apiVersion: keda.sh/v1alpha1\nkind: TriggerAuthentication\nmetadata: {name: a}\n"
                  "spec:\n  " +
                  spec.toStdString() + "\n");
    const auto denial = validateTriggerAuthentication(docs.front());
    if (expected.isEmpty()) {
        QVERIFY2(!denial, denial ? denial->message.c_str() : "");
        return;
    }
    QVERIFY(denial.has_value());
    QCOMPARE(QString::fromStdString(denial->message), expected);
}

void TestKedaAdmission::deniedRequestLooksLikeTheApiServer()
{
    const Error error = admissionError({"MinReplicaCount=5 must be less than MaxReplicaCount=3",
                                        "spec.minReplicaCount", "incorrect-replicas"},
                                       "ScaledObject");
    QCOMPARE(error.code, 403);
    QCOMPARE(QString::fromStdString(error.reason), QStringLiteral("Forbidden"));
    QCOMPARE(QString::fromStdString(error.message),
             QStringLiteral(
                 "admission webhook \"vscaledobject.kb.io\" denied the request: MinReplicaCount=5 must be "
                 "less than MaxReplicaCount=3"));
}

void TestKedaAdmission::finalizerRemovalSkipsValidation()
{
    const auto old = documents(scaledObject("  finalizers: [finalizer.keda.sh]\n", "  minReplicaCount: 5\n"
                                                                                   "  maxReplicaCount: 3\n"));
    const auto removed = documents(scaledObject("", "  minReplicaCount: 5\n  maxReplicaCount: 3\n"));
    const auto edited = documents(scaledObject("", "  minReplicaCount: 6\n  maxReplicaCount: 3\n"));
    QVERIFY(isFinalizerRemoval(old.front(), removed.front()));
    QVERIFY(!isFinalizerRemoval(old.front(), edited.front()));
    QVERIFY(!isFinalizerRemoval(removed.front(), old.front()));
}

QTEST_APPLESS_MAIN(TestKedaAdmission)
#include "tst_kedaadmission.moc"
