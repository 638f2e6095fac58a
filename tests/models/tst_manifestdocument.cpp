// SPDX-License-Identifier: Apache-2.0
// The document the editor's form and YAML text share.
#include "models/manifestdocument.h"

#include "k8sclient/json.h"
#include "k8sclient/yamljson.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace kedascope;
using models::ManifestDocument;
using models::path;

namespace {

const char scaledObject[] = "apiVersion: keda.sh/v1alpha1\n"
                            "kind: ScaledObject\n"
                            "metadata:\n"
                            "  name: orders\n"
                            "  namespace: shop\n"
                            "spec:\n"
                            "  scaleTargetRef:\n"
                            "    name: orders\n"
                            "  triggers:\n"
                            "    - type: kafka\n"
                            "      metadata:\n"
                            "        topic: orders\n"
                            "        lagThreshold: \"10\"\n"
                            "    - type: cron\n"
                            "      name: office\n"
                            "      metadata:\n"
                            "        timezone: Europe/Berlin\n";

QString readFile(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(filePath));
    return QString::fromUtf8(file.readAll());
}

// The YAML re-read as JSON, for comparisons that ignore formatting.
std::string canonical(const QString &yaml)
{
    auto documents = k8s::yamlToJson(yaml.toStdString());
    if (!documents || documents->size() != 1)
        return "unreadable";
    return k8s::json::serialize(documents->front());
}

} // namespace

class TestManifestDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textBecomesJson();
    void formEditRegeneratesText();
    void stringsStayStrings();
    void typingErrorKeepsLastGoodJsonAndText();
    void formEditsWaitWhileTheTextIsBroken();
    void commentsAreAskedAboutBeforeTheyAreLost();
    void rejectedRegenerationRestoresTheJson();
    void removePrunesEmptyBlocksButNotSpec();
    void triggersAreAddedMovedAndRemoved();
    void batchRegeneratesOnce();
    void severalDocumentsAreRefused();
    void pathsParseAndPrint();
    void examplesRoundTrip_data();
    void examplesRoundTrip();
};

void TestManifestDocument::textBecomesJson()
{
    ManifestDocument document;
    QSignalSpy changed(&document, &ManifestDocument::jsonChanged);
    QVERIFY(document.setText(QString::fromLatin1(scaledObject)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document.kind(), QStringLiteral("ScaledObject"));
    QCOMPARE(document.name(), QStringLiteral("orders"));
    QCOMPARE(document.objectNamespace(), QStringLiteral("shop"));
    QVERIFY(document.isKeda());
    QCOMPARE(document.arraySize(path(QStringLiteral("spec.triggers"))), 2);
    QCOMPARE(document.value(path(QStringLiteral("spec.triggers[0].metadata.lagThreshold"))),
             QVariant(QStringLiteral("10")));
    QCOMPARE(document.keys(path(QStringLiteral("spec.triggers[0].metadata"))),
             QStringList({QStringLiteral("topic"), QStringLiteral("lagThreshold")}));
    QVERIFY(!document.parseError());
}

void TestManifestDocument::formEditRegeneratesText()
{
    ManifestDocument document;
    document.load(QString::fromLatin1(scaledObject));
    QSignalSpy regenerated(&document, &ManifestDocument::textRegenerated);
    document.setValue(path(QStringLiteral("spec.triggers[0].metadata.topic")), QStringLiteral("payments"));
    document.setValue(path(QStringLiteral("spec.maxReplicaCount")), 20);
    QCOMPARE(regenerated.count(), 2);
    QVERIFY(document.text().contains(QLatin1String("topic: payments")));
    QVERIFY(document.text().contains(QLatin1String("maxReplicaCount: 20")));
    QCOMPARE(regenerated.last().at(0).toString(), document.text());
    ManifestDocument reread;
    QVERIFY(reread.setText(document.text()));
    QCOMPARE(reread.value(path(QStringLiteral("spec.maxReplicaCount"))), QVariant(qlonglong(20)));
    QCOMPARE(reread.jsonBytes(), document.jsonBytes());
}

void TestManifestDocument::stringsStayStrings()
{
    ManifestDocument document;
    document.load(QString::fromLatin1(scaledObject));
    const auto metadata = path(QStringLiteral("spec.triggers[0].metadata"));
    const QStringList tricky = {QStringLiteral("0"),   QStringLiteral("true"), QStringLiteral("on"),
                                QStringLiteral("1.5"), QStringLiteral("0755"), QStringLiteral("8080"),
                                QStringLiteral(""),    QStringLiteral("null"), QStringLiteral("~")};
    for (int i = 0; i < tricky.size(); ++i)
        document.setValue(metadata.key(QStringLiteral("k%1").arg(i)), tricky[i]);
    ManifestDocument reread;
    QVERIFY(reread.setText(document.text()));
    for (int i = 0; i < tricky.size(); ++i) {
        const QVariant value = reread.value(metadata.key(QStringLiteral("k%1").arg(i)));
        QCOMPARE(value.typeId(), int(QMetaType::QString));
        QCOMPARE(value.toString(), tricky[i]);
    }
    QVERIFY(document.text().contains(QLatin1String("lagThreshold: \"10\"")));
}

void TestManifestDocument::typingErrorKeepsLastGoodJsonAndText()
{
    ManifestDocument document;
    document.load(QString::fromLatin1(scaledObject));
    const QByteArray good = document.jsonBytes();
    QSignalSpy changed(&document, &ManifestDocument::jsonChanged);
    QSignalSpy regenerated(&document, &ManifestDocument::textRegenerated);
    QSignalSpy parseState(&document, &ManifestDocument::parseStateChanged);
    QString broken = QString::fromLatin1(scaledObject);
    broken.replace(QLatin1String("    name: orders\n"), QLatin1String("    name: [orders\n"));
    QVERIFY(!document.setText(broken));
    QCOMPARE(parseState.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(regenerated.count(), 0);
    QCOMPARE(document.text(), broken); // the user's text as typed
    QCOMPARE(document.jsonBytes(), good);
    const auto error = document.parseError();
    QVERIFY(error);
    QVERIFY2(error->line >= 8, qPrintable(QString::number(error->line)));
    QVERIFY(error->column >= 1);
    QVERIFY(!error->message.isEmpty());

    QVERIFY(document.setText(QString::fromLatin1(scaledObject).replace(QLatin1String("    name: orders\n"),
                                                                         QLatin1String("    name: billing\n"))));
    QVERIFY(!document.parseError());
    QCOMPARE(parseState.count(), 2);
    QCOMPARE(document.value(path(QStringLiteral("spec.scaleTargetRef.name"))).toString(), QStringLiteral("billing"));
    QCOMPARE(regenerated.count(), 0);
}

void TestManifestDocument::formEditsWaitWhileTheTextIsBroken()
{
    ManifestDocument document;
    document.load(QString::fromLatin1(scaledObject));
    const QString broken = QString::fromLatin1(scaledObject) + QStringLiteral("  bad: [\n");
    QVERIFY(!document.setText(broken));
    document.setValue(path(QStringLiteral("spec.maxReplicaCount")), 5);
    QCOMPARE(document.text(), broken);
    QVERIFY(!document.contains(path(QStringLiteral("spec.maxReplicaCount"))));
}

void TestManifestDocument::commentsAreAskedAboutBeforeTheyAreLost()
{
    ManifestDocument document;
    const QString commented = QString::fromLatin1(scaledObject) + QStringLiteral("  pollingInterval: 5 # seconds\n");
    document.load(commented);
    QVERIFY(document.hasComments());
    QSignalSpy asked(&document, &ManifestDocument::commentsWouldBeLost);
    QSignalSpy regenerated(&document, &ManifestDocument::textRegenerated);
    document.setValue(path(QStringLiteral("spec.pollingInterval")), 15);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(regenerated.count(), 0);
    QCOMPARE(document.text(), commented);
    QVERIFY(document.regenerationPending());
    QCOMPARE(document.value(path(QStringLiteral("spec.pollingInterval"))), QVariant(qlonglong(15)));
    document.setValue(path(QStringLiteral("spec.cooldownPeriod")), 60); // asked once
    QCOMPARE(asked.count(), 1);
    document.acceptRegeneration();
    QCOMPARE(regenerated.count(), 1);
    QVERIFY(!document.hasComments());
    QVERIFY(document.text().contains(QLatin1String("pollingInterval: 15")));
    QVERIFY(document.text().contains(QLatin1String("cooldownPeriod: 60")));

    // a hash inside quotes or a value is no comment
    ManifestDocument quoted;
    quoted.load(QStringLiteral("kind: A\nmetadata:\n  annotations:\n    x: \"a # b\"\n    y: c#d\n"));
    QVERIFY(!quoted.hasComments());
}

void TestManifestDocument::rejectedRegenerationRestoresTheJson()
{
    ManifestDocument document;
    const QString commented = QStringLiteral("# mine\n") + QString::fromLatin1(scaledObject);
    document.load(commented);
    const QByteArray before = document.jsonBytes();
    QSignalSpy changed(&document, &ManifestDocument::jsonChanged);
    document.remove(path(QStringLiteral("spec.triggers[1]")));
    QCOMPARE(document.arraySize(path(QStringLiteral("spec.triggers"))), 1);
    document.rejectRegeneration();
    QCOMPARE(document.jsonBytes(), before);
    QCOMPARE(document.text(), commented);
    QCOMPARE(changed.count(), 2);
}

void TestManifestDocument::removePrunesEmptyBlocksButNotSpec()
{
    ManifestDocument document;
    document.load(QString::fromLatin1(scaledObject));
    document.setValue(path(QStringLiteral("spec.advanced.horizontalPodAutoscalerConfig.name")), QStringLiteral("h"));
    QVERIFY(document.text().contains(QLatin1String("horizontalPodAutoscalerConfig:")));
    document.remove(path(QStringLiteral("spec.advanced.horizontalPodAutoscalerConfig.name")));
    QVERIFY(!document.contains(path(QStringLiteral("spec.advanced"))));
    document.remove(path(QStringLiteral("spec.triggers[1].metadata.timezone")));
    QVERIFY(document.contains(path(QStringLiteral("spec.triggers[1].metadata"))));
    document.remove(path(QStringLiteral("spec.scaleTargetRef.name")));
    QVERIFY(!document.contains(path(QStringLiteral("spec.scaleTargetRef"))));
    QVERIFY(document.contains(path(QStringLiteral("spec"))));
}

void TestManifestDocument::triggersAreAddedMovedAndRemoved()
{
    ManifestDocument document;
    document.load(QString::fromLatin1(scaledObject));
    const auto triggers = path(QStringLiteral("spec.triggers"));
    k8s::json::Document trigger;
    trigger.Parse(R"({"type":"cpu","metricType":"Utilization","metadata":{"value":"60"}})");
    document.appendItem(triggers, trigger);
    QCOMPARE(document.arraySize(triggers), 3);
    document.moveItem(triggers, 2, 0);
    QCOMPARE(document.stringValue(triggers.index(0).key(QStringLiteral("type"))), QStringLiteral("cpu"));
    QCOMPARE(document.stringValue(triggers.index(1).key(QStringLiteral("type"))), QStringLiteral("kafka"));
    QCOMPARE(document.stringValue(triggers.index(2).key(QStringLiteral("type"))), QStringLiteral("cron"));
    document.moveItem(triggers, 0, 2);
    QCOMPARE(document.stringValue(triggers.index(2).key(QStringLiteral("type"))), QStringLiteral("cpu"));
    QCOMPARE(document.stringValue(triggers.index(0).key(QStringLiteral("type"))), QStringLiteral("kafka"));
    document.removeItem(triggers, 1);
    QCOMPARE(document.arraySize(triggers), 2);
    QCOMPARE(document.stringValue(triggers.index(1).key(QStringLiteral("type"))), QStringLiteral("cpu"));
    QVERIFY(document.text().contains(QLatin1String("value: \"60\"")));
    QVERIFY(!document.text().contains(QLatin1String("cron")));
}

void TestManifestDocument::batchRegeneratesOnce()
{
    ManifestDocument document;
    document.load(QString::fromLatin1(scaledObject));
    QSignalSpy regenerated(&document, &ManifestDocument::textRegenerated);
    document.beginChange();
    document.setValue(path(QStringLiteral("spec.fallback.failureThreshold")), 3);
    document.setValue(path(QStringLiteral("spec.fallback.replicas")), 6);
    document.endChange();
    QCOMPARE(regenerated.count(), 1);
    QVERIFY(document.text().contains(QLatin1String("failureThreshold: 3")));
}

void TestManifestDocument::severalDocumentsAreRefused()
{
    ManifestDocument document;
    QVERIFY(!document.setText(QStringLiteral("kind: A\n---\nkind: B\n")));
    QVERIFY(document.parseError());
    QVERIFY(document.setText(QString()));
    QCOMPARE(document.keys({}), QStringList());
}

void TestManifestDocument::pathsParseAndPrint()
{
    const auto annotation = models::FieldPath::parse(
        QStringLiteral("metadata.annotations[\"autoscaling.keda.sh/paused\"]"));
    QVERIFY(annotation);
    QCOMPARE(annotation->size(), 3);
    QCOMPARE(annotation->toString(), QStringLiteral("metadata.annotations[autoscaling.keda.sh/paused]"));
    const auto plain = models::FieldPath::parse(annotation->toString());
    QVERIFY(plain);
    QCOMPARE(*plain, *annotation);
    const auto trigger = models::FieldPath::parse(QStringLiteral(".spec.triggers[12].metadata.host"));
    QVERIFY(trigger);
    QCOMPARE(trigger->toString(), QStringLiteral("spec.triggers[12].metadata.host"));
    QVERIFY(trigger->startsWith(path(QStringLiteral("spec.triggers[12]"))));
    QVERIFY(!models::FieldPath::parse(QStringLiteral("spec..x")));
    QVERIFY(!models::FieldPath::parse(QStringLiteral("spec[]")));
    QVERIFY(!models::FieldPath::parse(QStringLiteral("spec.")));
}

void TestManifestDocument::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("yaml");
    const QDir dir(QStringLiteral(KEDASCOPE_TEST_DATA "/manifests"));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    QVERIFY(files.size() >= 6);
    for (const QString &name : files) {
        // each document's own text, comments included (the files separate them by "---" lines)
        const QStringList parts =
            readFile(dir.filePath(name)).split(QRegularExpression(QStringLiteral("^---[ \\t]*$"),
                                                                  QRegularExpression::MultilineOption));
        int index = 0;
        for (const QString &part : parts) {
            if (canonical(part) == "unreadable")
                continue; // nothing but comments
            QTest::newRow(qPrintable(QStringLiteral("%1#%2").arg(name).arg(index++))) << part;
        }
        QVERIFY(index > 0);
    }
}

void TestManifestDocument::examplesRoundTrip()
{
    QFETCH(QString, yaml);
    ManifestDocument document;
    QVERIFY(document.load(yaml));
    const std::string before = canonical(yaml);
    QCOMPARE(k8s::json::serialize(document.json()), before);
    if (document.hasComments())
        connect(&document, &ManifestDocument::commentsWouldBeLost, &document,
                &ManifestDocument::acceptRegeneration);
    // a form edit and its undo regenerate text that reads back to the same JSON
    document.setValue(path(QStringLiteral("metadata.labels.edited")), QStringLiteral("yes"));
    document.remove(path(QStringLiteral("metadata.labels.edited")));
    QCOMPARE(canonical(document.text()), before);
    ManifestDocument reread;
    QVERIFY(reread.setText(document.text()));
    QCOMPARE(reread.jsonBytes(), document.jsonBytes());
}

QTEST_GUILESS_MAIN(TestManifestDocument)
#include "tst_manifestdocument.moc"
