// SPDX-License-Identifier: Apache-2.0
// Multi-document manifest files: documents with their text and lines, parse errors, saving back what was
// not edited byte for byte, and the clean export of live objects.
#include "k8sclient/cleanmanifest.h"
#include "k8sclient/manifestfile.h"
#include "k8sclient/yamljson.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kedascope::k8s;

namespace {

QStringList exampleFiles()
{
    const QDir dir(QStringLiteral(KEDASCOPE_TEST_DATA "/manifests"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

std::string readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll().toStdString();
}

// 1-based line numbers of the lines of `text` that are exactly "---".
std::vector<int> separatorLines(const std::string &text)
{
    std::vector<int> lines;
    int line = 1;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        const std::string current = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (current == "---")
            lines.push_back(line);
        ++line;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return lines;
}

const char kThreeDocuments[] = "# leading comment\n"
                               "apiVersion: v1\n"
                               "kind: ConfigMap\n"
                               "metadata:\n"
                               "  name: settings\n"
                               "data:\n"
                               "  replicas: \"0\"   # a string, not a number\n"
                               "---\n"
                               "apiVersion: keda.sh/v1alpha1\n"
                               "kind: ScaledObject\n"
                               "metadata:\n"
                               "  name: worker\n"
                               "  namespace: jobs\n"
                               "  annotations:\n"
                               "    autoscaling.keda.sh/paused-replicas: \"0\"\n"
                               "spec:\n"
                               "  scaleTargetRef:\n"
                               "    name: worker\n"
                               "  triggers:\n"
                               "    - type: kafka\n"
                               "      metadata:\n"
                               "        topic: orders\n"
                               "--- # the third\n"
                               "apiVersion: example.com/v1\n"
                               "kind: Widget\n"
                               "metadata:\n"
                               "  name: w\n";

} // namespace

class TestManifestFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examplesOpenAndRoundTrip_data();
    void examplesOpenAndRoundTrip();
    void documentsKnowTheirLinesKindsAndTypes();
    void locatesFieldPaths();
    void reportsParseErrorsWithFileLines();
    void editsKeepOtherDocumentsVerbatim();
    void formEditsKeepStringsQuoted();
    void appendsAndRemovesDocuments();
    void savesAndLoads();
    void knowsCommonKindsWithoutDiscovery();
    void cleansLiveObjects();
};

void TestManifestFile::examplesOpenAndRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : exampleFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    QVERIFY(exampleFiles().size() >= 6);
}

void TestManifestFile::examplesOpenAndRoundTrip()
{
    QFETCH(QString, path);
    const std::string original = readBytes(path);
    auto file = ManifestFile::load(path.toStdString());
    QVERIFY2(file, file ? "" : file.error().message.c_str());
    QVERIFY(!file->hasErrors());
    QCOMPARE(file->text(), original);
    QVERIFY(!file->objectIndexes().empty());

    for (std::size_t index : file->objectIndexes()) {
        const ManifestDocument &document = file->document(index);
        // What the form would write back reads as the same JSON: no string turned into a number or bool.
        const std::string regenerated = jsonToYaml(*document.object);
        auto reread = yamlToJson(regenerated);
        QVERIFY(reread && reread->size() == 1);
        QVERIFY2(reread->front() == *document.object, regenerated.c_str());

        ManifestFile edited = *file;
        edited.setDocumentObject(index, *document.object);
        auto again = yamlToJson(edited.text());
        QVERIFY(again);
        QCOMPARE(again->size(), file->objectIndexes().size());
    }
}

void TestManifestFile::documentsKnowTheirLinesKindsAndTypes()
{
    const QString path = QStringLiteral(KEDASCOPE_TEST_DATA "/manifests/01-sample-go-rabbitmq-deploy-consumer.yaml");
    const std::string text = readBytes(path);
    const ManifestFile file = ManifestFile::parse(text, "01.yaml");
    QCOMPARE(file.sourceName(), std::string("01.yaml"));
    const std::vector<int> separators = separatorLines(text);
    QCOMPARE(separators.size(), std::size_t(4));
    QCOMPARE(file.size(), std::size_t(5)); // four objects and what follows the trailing ---
    QCOMPARE(file.document(0).separatorLine, 0);
    QCOMPARE(file.document(0).firstLine, 1);
    for (std::size_t i = 1; i < file.size(); ++i) {
        QCOMPARE(file.document(i).separatorLine, separators[i - 1]);
        QCOMPARE(file.document(i).firstLine, separators[i - 1] + 1);
    }
    QVERIFY(file.document(4).empty);
    QVERIFY(!file.document(4).object);
    QCOMPARE(file.objectIndexes(), (std::vector<std::size_t>{0, 1, 2, 3}));

    const auto &secret = file.document(0);
    QCOMPARE(secret.kind, std::string("Secret"));
    QVERIFY(secret.type && secret.type->resource == "secrets");
    QCOMPARE(secret.displayName(), std::string("secret/rabbitmq-consumer-secret"));
    const auto &deployment = file.document(1);
    QVERIFY(deployment.type && *deployment.type == resources::deployments());
    QCOMPARE(deployment.displayName(), std::string("deployment.apps/rabbitmq-consumer"));
    const auto &scaledObject = file.document(2);
    QCOMPARE(scaledObject.apiVersion, std::string("keda.sh/v1alpha1"));
    QCOMPARE(scaledObject.name, std::string("rabbitmq-consumer"));
    QCOMPARE(scaledObject.ns, std::string("default"));
    QVERIFY(scaledObject.isKeda());
    QVERIFY(scaledObject.type && *scaledObject.type == resources::scaledObjects());
    QCOMPARE(scaledObject.displayName(), std::string("scaledobject.keda.sh/rabbitmq-consumer"));
    QVERIFY(json::find(*scaledObject.object, "spec.triggers")->IsArray());
    QVERIFY((*scaledObject.object)["spec"]["triggers"][0]["metadata"]["queueLength"].IsString());
    QVERIFY(file.document(3).type && *file.document(3).type == resources::triggerAuthentications());
}

void TestManifestFile::locatesFieldPaths()
{
    const ManifestFile file = ManifestFile::parse(kThreeDocuments);
    QCOMPARE(file.size(), std::size_t(3));
    const auto &so = file.document(1);
    QCOMPARE(so.firstLine, 9);
    // "        topic: orders" is line 22: the value starts at column 16.
    QCOMPARE(so.positionOf("spec.triggers[0].metadata.topic").line, 22);
    QCOMPARE(so.positionOf("spec.triggers[0].metadata.topic").column, 16);
    QCOMPARE(so.keyPositions.at("spec.triggers[0].metadata.topic").column, 9);
    // A list item: where the item starts.
    QCOMPARE(so.positionOf("spec.triggers[0]").line, 20);
    QCOMPARE(so.positionOf(".spec.triggers[0].type").line, 20);
    // A key with dots, in the API server's wording and in the dotted one.
    QCOMPARE(so.positionOf("metadata.annotations[autoscaling.keda.sh/paused-replicas]").line, 15);
    QCOMPARE(so.positionOf("metadata.annotations[autoscaling.keda.sh/paused-replicas]").column, 42);
    QCOMPARE(so.positionOf("metadata.annotations.autoscaling.keda.sh/paused").line, 14);
    // Missing fields: the key of the nearest written parent.
    QCOMPARE(so.positionOf("spec.triggers[0].metadata.bootstrapServers").line, 21);
    QCOMPARE(so.positionOf("spec.minReplicaCount").line, 16);
    QCOMPARE(so.positionOf("spec.minReplicaCount").column, 1);
    QCOMPARE(so.positionOf("nothing.here").line, 9);
    QCOMPARE(file.document(2).separator, std::string("--- # the third\n"));
    QCOMPARE(file.document(2).positionOf("metadata.name").line, 27);
}

void TestManifestFile::reportsParseErrorsWithFileLines()
{
    const std::string text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\n"
                              "kind: ConfigMap\nmetadata:\n  name: [b\n  other: 1\n";
    const ManifestFile file = ManifestFile::parse(text);
    QCOMPARE(file.size(), std::size_t(2));
    QVERIFY(!file.document(0).error);
    QVERIFY(file.document(0).object);
    const auto &broken = file.document(1);
    QVERIFY(broken.error);
    QVERIFY(!broken.object);
    QVERIFY(!broken.empty);
    QVERIFY2(broken.error->position.line >= 9, std::to_string(broken.error->position.line).c_str());
    QVERIFY(broken.error->position.column >= 1);
    QVERIFY(broken.error->message.find("<input>") == std::string::npos);
    QVERIFY(file.hasErrors());
    QCOMPARE(file.errors().size(), std::size_t(1));
    QCOMPARE(file.text(), text);

    const ManifestFile scalar = ManifestFile::parse("just a string\n");
    QVERIFY(scalar.document(0).error);
    QCOMPARE(scalar.document(0).error->message, std::string("a manifest must be a mapping"));
}

void TestManifestFile::editsKeepOtherDocumentsVerbatim()
{
    ManifestFile file = ManifestFile::parse(kThreeDocuments);
    const std::string first = file.document(0).separator + file.document(0).text;
    const std::string third = file.document(2).separator + file.document(2).text;
    const auto thirdName = file.document(2).keyPositions.at("metadata.name");
    file.setDocumentText(1, "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: worker\n");
    QVERIFY(file.document(1).edited);
    QVERIFY(!file.document(0).edited);
    const std::string text = file.text();
    QVERIFY(text.rfind(first, 0) == 0);
    QVERIFY(text.size() >= third.size() && text.compare(text.size() - third.size(), third.size(), third) == 0);
    // The third document moved up by the lines the second lost, and knows it.
    QCOMPARE(file.document(2).separatorLine, 13);
    QCOMPARE(file.document(2).firstLine, 14);
    QCOMPARE(file.document(2).keyPositions.at("metadata.name").line, thirdName.line - 10);
    QCOMPARE(file.document(2).positionOf("metadata.name").line, 17);
}

void TestManifestFile::formEditsKeepStringsQuoted()
{
    ManifestFile file = ManifestFile::parse(kThreeDocuments);
    json::Document object;
    object.CopyFrom(*file.document(1).object, object.GetAllocator());
    json::setString(object["spec"]["triggers"][0]["metadata"], "lagThreshold", "10", object.GetAllocator());
    file.setDocumentObject(1, object);
    const std::string text = file.document(1).text;
    QVERIFY2(text.find("autoscaling.keda.sh/paused-replicas: \"0\"") != std::string::npos, text.c_str());
    QVERIFY2(text.find("lagThreshold: \"10\"") != std::string::npos, text.c_str());
    QVERIFY((*file.document(1).object)["metadata"]["annotations"]["autoscaling.keda.sh/paused-replicas"].IsString());
    QVERIFY((*file.document(0).object)["data"]["replicas"].IsString());
}

void TestManifestFile::appendsAndRemovesDocuments()
{
    ManifestFile file;
    QCOMPARE(file.appendDocument("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a"), std::size_t(0));
    QCOMPARE(file.text(), std::string("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"));
    QCOMPARE(file.appendDocument("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n"), std::size_t(1));
    QCOMPARE(file.document(1).separatorLine, 5);
    QCOMPARE(file.document(1).name, std::string("b"));
    QCOMPARE(file.document(1).positionOf("metadata.name").line, 9);
    file.removeDocument(0);
    QCOMPARE(file.size(), std::size_t(1));
    QCOMPARE(file.text(), std::string("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n"));
    QCOMPARE(file.document(0).positionOf("metadata.name").line, 4);

    ManifestFile unterminated = ManifestFile::parse("a: 1");
    unterminated.appendDocument("b: 2\n");
    QCOMPARE(unterminated.text(), std::string("a: 1\n---\nb: 2\n"));
}

void TestManifestFile::savesAndLoads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("out.yaml")).toStdString();
    ManifestFile file = ManifestFile::parse(kThreeDocuments, path);
    QVERIFY(file.save(path));
    QCOMPARE(readBytes(QString::fromStdString(path)), std::string(kThreeDocuments));
    file.setDocumentText(2, "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: jobs\n");
    QVERIFY(file.save(path));
    auto loaded = ManifestFile::load(path);
    QVERIFY(loaded);
    QCOMPARE(loaded->text(), file.text());
    QCOMPARE(loaded->document(2).kind, std::string("Namespace"));
    QVERIFY(!QFile::exists(QString::fromStdString(path + ".kedascope-tmp")));

    const auto missing = ManifestFile::load(dir.filePath(QStringLiteral("nope.yaml")).toStdString());
    QVERIFY(!missing);
    QVERIFY(missing.error().message.find("nope.yaml") != std::string::npos);
    QVERIFY(!file.save(dir.filePath(QStringLiteral("no/such/dir/x.yaml")).toStdString()));
}

void TestManifestFile::knowsCommonKindsWithoutDiscovery()
{
    QCOMPARE(knownResourceType("v1", "ConfigMap")->resource, std::string("configmaps"));
    QCOMPARE(knownResourceType("apps/v1", "StatefulSet")->resource, std::string("statefulsets"));
    QCOMPARE(knownResourceType("batch/v1", "CronJob")->resource, std::string("cronjobs"));
    QVERIFY(!knownResourceType("batch/v1", "CronJob")->group.empty());
    QVERIFY(!knownResourceType("keda.sh/v1alpha1", "ClusterTriggerAuthentication")->namespaced);
    QVERIFY(!knownResourceType("apps/v1beta1", "Deployment"));
    QVERIFY(!knownResourceType("example.com/v1", "Widget"));
    const ManifestFile file = ManifestFile::parse(kThreeDocuments);
    QVERIFY(!file.document(2).type);
    QCOMPARE(file.document(2).displayName(), std::string("widget.example.com/w"));
}

void TestManifestFile::cleansLiveObjects()
{
    const char *live = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
        "metadata":{"name":"a","namespace":"n","uid":"u","resourceVersion":"7","generation":2,
        "creationTimestamp":"2026-01-01T00:00:00Z","selfLink":"/x","managedFields":[{"manager":"m"}],
        "labels":{"team":"x"},
        "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}","autoscaling.keda.sh/paused":"true"}},
        "spec":{"minReplicaCount":0,"scaleTargetRef":{"name":"a"}},"status":{"hpaName":"keda-hpa-a"}})";
    const std::string yaml = cleanManifestYaml(std::string_view(live));
    auto back = yamlToJson(yaml);
    QVERIFY(back && back->size() == 1);
    const json::Value &object = back->front();
    QVERIFY(!object.HasMember("status"));
    const json::Value &metadata = object["metadata"];
    for (const char *gone : {"uid", "resourceVersion", "generation", "creationTimestamp", "selfLink", "managedFields"})
        QVERIFY2(!metadata.HasMember(gone), gone);
    QCOMPARE(metadata["annotations"].MemberCount(), rapidjson::SizeType(1));
    QVERIFY(metadata["annotations"]["autoscaling.keda.sh/paused"].IsString());
    QCOMPARE(json::stringAt(object, "metadata.labels.team"), std::string("x"));
    QVERIFY(cleanManifestYaml(std::string_view("[1]")).empty());

    auto onlyLastApplied = json::parse(
        R"({"metadata":{"name":"a","annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}"}}})");
    cleanManifest(*onlyLastApplied);
    QVERIFY(!(*onlyLastApplied)["metadata"].HasMember("annotations"));
}

QTEST_GUILESS_MAIN(TestManifestFile)
#include "tst_manifestfile.moc"
