// SPDX-License-Identifier: Apache-2.0
// Validation of manifest documents without a cluster: KEDA's CRD schema, KEDA's admission rules and the
// scaler catalog, each finding placed at its line and column.
#include "k8sclient/manifestfile.h"
#include "k8sclient/manifestvalidation.h"

#include <QDir>
#include <QtTest>

#include <algorithm>

using namespace kedascope::k8s;

namespace {

using Severity = ManifestIssue::Severity;
using Source = ManifestIssue::Source;

ManifestFile loadExample(const char *name)
{
    auto file = ManifestFile::load(std::string(KEDASCOPE_TEST_DATA "/manifests/") + name);
    if (!file)
        qFatal("%s", file.error().message.c_str());
    return std::move(*file);
}

std::vector<ManifestIssue> validateAll(const ManifestFile &file)
{
    std::vector<ManifestIssue> all;
    for (const auto &document : file.documents()) {
        auto issues = validateDocument(document);
        all.insert(all.end(), issues.begin(), issues.end());
    }
    return all;
}

QByteArray describe(const std::vector<ManifestIssue> &issues)
{
    QByteArray text;
    for (const auto &issue : issues)
        text += QByteArray::fromStdString(severityName(issue.severity) + ' ' + std::to_string(issue.position.line) +
                                          ':' + std::to_string(issue.position.column) + ' ' + issue.field + ": " +
                                          issue.message + " [" + issue.rule + "]\n");
    return text;
}

std::vector<ManifestIssue> withRule(const std::vector<ManifestIssue> &issues, const std::string &rule)
{
    std::vector<ManifestIssue> found;
    std::copy_if(issues.begin(), issues.end(), std::back_inserter(found),
                 [&](const ManifestIssue &issue) { return issue.rule == rule; });
    return found;
}

ManifestFile scaledObject(const std::string &triggers, const std::string &specExtra = {})
{
    return ManifestFile::parse("apiVersion: keda.sh/v1alpha1\n"
                               "kind: ScaledObject\n"
                               "metadata:\n"
                               "  name: worker\n"
                               "spec:\n"
                               "  scaleTargetRef:\n"
                               "    name: worker\n" +
                               specExtra + "  triggers:\n" + triggers);
}

// A namespace where another ScaledObject already scales the same Deployment.
class TakenTargetView : public OfflineClusterView
{
public:
    std::vector<keda::ScaledObjectSummary> scaledObjects(const std::string &) const override
    {
        keda::ScaledObjectSummary other;
        other.name = "older";
        other.target.name = "worker";
        other.hpaName = "keda-hpa-older";
        return {other};
    }
};

} // namespace

class TestManifestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplesValidateAsTheirNotesSay_data();
    void examplesValidateAsTheirNotesSay();
    void refusesWhatKedaRefusesAtItsField();
    void inlineSecretsAreWarnedAbout();
    void schemaErrorsPointAtTheValue();
    void missingScalerMetadataIsAnError();
    void alternativesAndAuthenticationSupplyRequiredMetadata();
    void unknownKeysAndTypesAreInfo();
    void badMetadataValuesAreWarned();
    void yamlErrorsAreIssuesToo();
    void usesTheGivenClusterView();
    void otherKindsNeedOnlyTheBasics();
};

void TestManifestValidation::examplesValidateAsTheirNotesSay_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("refused");
    const QDir dir(QStringLiteral(KEDASCOPE_TEST_DATA "/manifests"));
    const QStringList names = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 6);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name << name.contains(QStringLiteral("rejected"));
}

void TestManifestValidation::examplesValidateAsTheirNotesSay()
{
    QFETCH(QString, name);
    QFETCH(bool, refused);
    const ManifestFile file = loadExample(qPrintable(name));
    const auto issues = validateAll(file);
    QVERIFY2(hasErrors(issues) == refused, describe(issues).constData());
    for (const auto &issue : issues) {
        QVERIFY(issue.position.known());
        QVERIFY(issue.source != Source::Schema && issue.source != Source::Yaml);
    }
}

void TestManifestValidation::refusesWhatKedaRefusesAtItsField()
{
    const ManifestFile file = loadExample("08-scaledobject-cpu-only-min0-rejected-by-webhook.yaml");
    const auto issues = validateAll(file);
    QCOMPARE(issues.size(), std::size_t(1));
    const ManifestIssue &issue = issues.front();
    QCOMPARE(issue.severity, Severity::Error);
    QCOMPARE(issue.source, Source::Admission);
    QCOMPARE(issue.field, std::string("spec.minReplicaCount"));
    QCOMPARE(issue.rule, std::string("scale-to-zero-requirements-not-met"));
    QVERIFY(issue.message.find("only cpu/memory triggers") != std::string::npos);
    // minReplicaCount is not written: the `spec:` key (line 8 of the file) is underlined.
    QCOMPARE(issue.position.line, 8);
    QCOMPARE(issue.position.column, 1);

    // With a minimum of one it is accepted.
    ManifestFile fixed = file;
    std::string text = fixed.document(0).text;
    text.replace(text.find("  triggers:"), 0, "  minReplicaCount: 1\n");
    fixed.setDocumentText(0, text);
    QVERIFY2(!hasErrors(validateDocument(fixed.document(0))), describe(validateDocument(fixed.document(0))).constData());
}

void TestManifestValidation::inlineSecretsAreWarnedAbout()
{
    const ManifestFile file = loadExample("03-scaledjob-rabbitmq-custom-strategy.yaml");
    const auto secrets = withRule(validateAll(file), "inline-secret");
    QCOMPARE(secrets.size(), std::size_t(1));
    QCOMPARE(secrets[0].severity, Severity::Warning);
    QCOMPARE(secrets[0].source, Source::Catalog);
    QCOMPARE(secrets[0].field, std::string("spec.triggers[0].metadata.host"));
    QVERIFY(secrets[0].message.find("TriggerAuthentication") != std::string::npos);
    // "      host: RabbitMqHost" is line 40; the value starts at column 13.
    QCOMPARE(secrets[0].position.line, 40);
    QCOMPARE(secrets[0].position.column, 13);
}

void TestManifestValidation::schemaErrorsPointAtTheValue()
{
    const ManifestFile file = scaledObject("    - type: cron\n"
                                           "      metadata: {timezone: UTC, start: 0 6 * * *, end: 0 20 * * *, "
                                           "desiredReplicas: \"1\"}\n",
                                           "  pollingInterval: often\n");
    const auto issues = validateDocument(file.document(0));
    // As the API server does, the type error comes first, then a note that the CEL rules were not run.
    QVERIFY2(issues.size() == 2 && issues[1].source == Source::Schema && issues[1].field.empty(),
             describe(issues).constData());
    const ManifestIssue &issue = issues.front();
    QCOMPARE(issue.source, Source::Schema);
    QCOMPARE(issue.field, std::string("spec.pollingInterval"));
    QCOMPARE(issue.severity, Severity::Error);
    QCOMPARE(issue.position.line, 8);
    QCOMPARE(issue.position.column, 20);
    // Admission rules are not run on an object the schema refuses.
    QVERIFY(withRule(issues, "scale-to-zero-requirements-not-met").empty());
}

void TestManifestValidation::missingScalerMetadataIsAnError()
{
    const ManifestFile file = scaledObject("    - type: kafka\n"
                                           "      metadata:\n"
                                           "        topic: orders\n");
    const auto missing = withRule(validateDocument(file.document(0)), "missing-metadata");
    QCOMPARE(missing.size(), std::size_t(2)); // bootstrapServers and consumerGroup
    QCOMPARE(missing[0].field, std::string("spec.triggers[0].metadata"));
    QVERIFY(missing[0].message.find("bootstrapServers") != std::string::npos);
    QVERIFY(missing[1].message.find("consumerGroup") != std::string::npos);
    QCOMPARE(missing[0].position.line, 10);
    QCOMPARE(missing[0].position.column, 7);
}

void TestManifestValidation::alternativesAndAuthenticationSupplyRequiredMetadata()
{
    const ManifestFile fromEnv = scaledObject("    - type: kafka\n"
                                              "      metadata:\n"
                                              "        bootstrapServersFromEnv: KAFKA\n"
                                              "        consumerGroup: g\n");
    QVERIFY2(!hasErrors(validateDocument(fromEnv.document(0))), describe(validateDocument(fromEnv.document(0))).constData());

    const ManifestFile withoutAuth = scaledObject("    - type: rabbitmq\n"
                                                  "      metadata:\n"
                                                  "        queueName: q\n");
    const auto missing = withRule(validateDocument(withoutAuth.document(0)), "missing-metadata");
    QCOMPARE(missing.size(), std::size_t(1));
    QVERIFY(missing[0].message.find("authenticationRef") != std::string::npos);

    const ManifestFile withAuth = scaledObject("    - type: rabbitmq\n"
                                               "      authenticationRef: {name: rabbit}\n"
                                               "      metadata:\n"
                                               "        queueName: q\n");
    QVERIFY(!hasErrors(validateDocument(withAuth.document(0))));
}

void TestManifestValidation::unknownKeysAndTypesAreInfo()
{
    const ManifestFile file = scaledObject("    - type: cron\n"
                                           "      metadata: {timezone: UTC, start: 0 6 * * *, end: 0 20 * * *, "
                                           "desiredReplicas: \"1\", colour: blue}\n"
                                           "    - type: my-external-scaler\n"
                                           "      metadata: {anything: goes}\n");
    const auto issues = validateDocument(file.document(0));
    QVERIFY2(!hasErrors(issues), describe(issues).constData());
    const auto unknownKey = withRule(issues, "unknown-metadata");
    QCOMPARE(unknownKey.size(), std::size_t(1));
    QCOMPARE(unknownKey[0].severity, Severity::Info);
    QCOMPARE(unknownKey[0].field, std::string("spec.triggers[0].metadata.colour"));
    QCOMPARE(unknownKey[0].position.line, 10);
    const auto unknownType = withRule(issues, "unknown-scaler");
    QCOMPARE(unknownType.size(), std::size_t(1));
    QCOMPARE(unknownType[0].severity, Severity::Info);
    QCOMPARE(unknownType[0].field, std::string("spec.triggers[1].type"));
    QCOMPARE(unknownType[0].position.line, 11);
    QCOMPARE(unknownType[0].position.column, 13);
}

void TestManifestValidation::badMetadataValuesAreWarned()
{
    const ManifestFile file = scaledObject("    - type: kafka\n"
                                           "      metadata:\n"
                                           "        bootstrapServers: k:9092\n"
                                           "        consumerGroup: g\n"
                                           "        lagThreshold: lots\n"
                                           "        offsetResetPolicy: oldest\n"
                                           "        allowIdleConsumers: \"true\"\n");
    const auto issues = withRule(validateDocument(file.document(0)), "metadata-type");
    QCOMPARE(issues.size(), std::size_t(2));
    QCOMPARE(issues[0].field, std::string("spec.triggers[0].metadata.lagThreshold"));
    QVERIFY(issues[0].message.find("an integer") != std::string::npos);
    QCOMPARE(issues[1].field, std::string("spec.triggers[0].metadata.offsetResetPolicy"));
    QVERIFY(issues[1].message.find("latest, earliest") != std::string::npos);
    QCOMPARE(issues[1].severity, Severity::Warning);
}

void TestManifestValidation::yamlErrorsAreIssuesToo()
{
    const ManifestFile file = ManifestFile::parse("a: 1\n---\nb: [1, 2\nc: 3\n");
    QVERIFY(validateDocument(file.document(0)).size() == 3); // apiVersion, kind, name missing
    const auto issues = validateDocument(file.document(1));
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues[0].source, Source::Yaml);
    QVERIFY(issues[0].position.line >= 3);
    QVERIFY(validateDocument(ManifestFile::parse("# nothing\n").document(0)).empty());
}

void TestManifestValidation::usesTheGivenClusterView()
{
    const ManifestFile file = scaledObject("    - type: cron\n"
                                           "      metadata: {timezone: UTC, start: 0 6 * * *, end: 0 20 * * *, "
                                           "desiredReplicas: \"1\"}\n");
    QVERIFY(!hasErrors(validateDocument(file.document(0))));
    const TakenTargetView taken;
    ValidationOptions options;
    options.cluster = &taken;
    const auto issues = validateDocument(file.document(0), options);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues[0].source, Source::Admission);
    QVERIFY2(issues[0].message.find("older") != std::string::npos, issues[0].message.c_str());
}

void TestManifestValidation::otherKindsNeedOnlyTheBasics()
{
    const ManifestFile file = ManifestFile::parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
                                                  "data: {x: \"1\"}\n---\napiVersion: v1\nkind: ConfigMap\n"
                                                  "metadata: {}\n");
    QVERIFY(validateDocument(file.document(0)).empty());
    const auto issues = validateDocument(file.document(1));
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues[0].field, std::string("metadata.name"));
    QCOMPARE(issues[0].position.line, 9);
}

QTEST_GUILESS_MAIN(TestManifestValidation)
#include "tst_manifestvalidation.moc"
