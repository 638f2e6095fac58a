// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/yamljson.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <cmath>

using namespace kedascope::k8s;

namespace {

json::Document parseJson(const char *text)
{
    std::string error;
    auto doc = json::parse(text, &error);
    if (!doc)
        qFatal("bad JSON in test: %s", error.c_str());
    return std::move(*doc);
}

QString manifestsDir()
{
    return QStringLiteral(KEDASCOPE_TEST_DATA "/manifests");
}

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

} // namespace

class TestYamlJson : public QObject
{
    Q_OBJECT

private slots:
    void plainScalarsFollowCoreSchema_data();
    void plainScalarsFollowCoreSchema();
    void quotedScalarsStayStrings();
    void explicitTags();
    void multiDocumentSkipsEmptyDocuments();
    void nonStringKeysAreStringified();
    void mergeKeys();
    void jsonInputIsAccepted();
    void malformedYamlReportsLineAndColumn_data();
    void malformedYamlReportsLineAndColumn();
    void infinityIsRefused();
    void roundTripKeepsTrickyStrings_data();
    void roundTripKeepsTrickyStrings();
    void roundTripKeepsStructure();
    void emitsBlockStyle();
    void exampleManifestsParse_data();
    void exampleManifestsParse();
    void exampleManifestsRoundTrip_data();
    void exampleManifestsRoundTrip();
};

void TestYamlJson::plainScalarsFollowCoreSchema_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QByteArray>("expectedJson");
    QTest::newRow("empty") << QByteArray("") << QByteArray("null");
    QTest::newRow("tilde") << QByteArray("~") << QByteArray("null");
    QTest::newRow("null") << QByteArray("null") << QByteArray("null");
    QTest::newRow("Null") << QByteArray("Null") << QByteArray("null");
    QTest::newRow("true") << QByteArray("true") << QByteArray("true");
    QTest::newRow("True") << QByteArray("True") << QByteArray("true");
    QTest::newRow("TRUE") << QByteArray("TRUE") << QByteArray("true");
    QTest::newRow("false") << QByteArray("false") << QByteArray("false");
    QTest::newRow("yes is a string") << QByteArray("yes") << QByteArray("\"yes\"");
    QTest::newRow("on is a string") << QByteArray("on") << QByteArray("\"on\"");
    QTest::newRow("zero") << QByteArray("0") << QByteArray("0");
    QTest::newRow("port") << QByteArray("8080") << QByteArray("8080");
    QTest::newRow("negative") << QByteArray("-12") << QByteArray("-12");
    QTest::newRow("plus") << QByteArray("+7") << QByteArray("7");
    QTest::newRow("leading zero is decimal") << QByteArray("0755") << QByteArray("755");
    QTest::newRow("hex") << QByteArray("0x1F") << QByteArray("31");
    QTest::newRow("octal") << QByteArray("0o17") << QByteArray("15");
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << QByteArray("9223372036854775807");
    QTest::newRow("uint64") << QByteArray("18446744073709551615") << QByteArray("18446744073709551615");
    QTest::newRow("float") << QByteArray("1.5") << QByteArray("1.5");
    QTest::newRow("exponent") << QByteArray("1e3") << QByteArray("1000.0");
    QTest::newRow("leading dot") << QByteArray(".5") << QByteArray("0.5");
    QTest::newRow("duration is a string") << QByteArray("30s") << QByteArray("\"30s\"");
    QTest::newRow("version is a string") << QByteArray("1.2.3") << QByteArray("\"1.2.3\"");
    QTest::newRow("hex-like word") << QByteArray("0xZZ") << QByteArray("\"0xZZ\"");
    QTest::newRow("cron") << QByteArray("0 6 * * *") << QByteArray("\"0 6 * * *\"");
}

void TestYamlJson::plainScalarsFollowCoreSchema()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QByteArray, expectedJson);
    const auto result = yamlToJson("value: " + scalar.toStdString() + "\n", "scalar.yaml");
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(result->size(), size_t(1));
    const json::Value *value = json::find(result->front(), "value");
    QVERIFY(value);
    QCOMPARE(QByteArray::fromStdString(json::serialize(*value)), expectedJson);
}

void TestYamlJson::quotedScalarsStayStrings()
{
    const auto result = yamlToJson("a: \"0\"\nb: 'true'\nc: \"\"\nd: '~'\ne: \"1.5\"\nf: 'null'\n");
    QVERIFY(result.ok());
    QCOMPARE(json::serialize(result->front()),
             std::string(R"({"a":"0","b":"true","c":"","d":"~","e":"1.5","f":"null"})"));
}

void TestYamlJson::explicitTags()
{
    const auto result = yamlToJson("a: !!str 8080\nb: !!int \"42\"\nc: !!float 3\nd: !!str\n");
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(json::serialize(result->front()), std::string(R"({"a":"8080","b":42,"c":3.0,"d":""})"));

    const auto bad = yamlToJson("a: !!int abc\n", "tags.yaml");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, Error::Kind::Invalid);
    QVERIFY2(bad.error().message.rfind("tags.yaml:1:4: ", 0) == 0, bad.error().message.c_str());
}

void TestYamlJson::multiDocumentSkipsEmptyDocuments()
{
    const auto result = yamlToJson("---\n---\na: 1\n---\n# only a comment\n---\nb: 2\n---\n");
    QVERIFY(result.ok());
    QCOMPARE(result->size(), size_t(2));
    QCOMPARE(json::serialize((*result)[0]), std::string(R"({"a":1})"));
    QCOMPARE(json::serialize((*result)[1]), std::string(R"({"b":2})"));
}

void TestYamlJson::nonStringKeysAreStringified()
{
    const auto result = yamlToJson("1: one\ntrue: yes\n~: nothing\n0x10: hex\n");
    QVERIFY(result.ok());
    QCOMPARE(json::serialize(result->front()),
             std::string(R"({"1":"one","true":"yes","null":"nothing","0x10":"hex"})"));
}

void TestYamlJson::mergeKeys()
{
    const auto result = yamlToJson("base: &base\n  a: 1\n  b: 2\nderived:\n  <<: *base\n  b: 3\n");
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(json::serialize(*json::find(result->front(), "derived")), std::string(R"({"b":3,"a":1})"));
}

void TestYamlJson::jsonInputIsAccepted()
{
    const auto result = yamlToJson(R"( {"apiVersion":"keda.sh/v1alpha1","spec":{"n":1.25,"s":"0"}})");
    QVERIFY(result.ok());
    QCOMPARE(json::serialize(result->front()),
             std::string(R"({"apiVersion":"keda.sh/v1alpha1","spec":{"n":1.25,"s":"0"}})"));
    // Flow-style YAML that is not JSON still goes through the YAML parser.
    const auto flow = yamlToJson("{a: 1, b: [x, \"2\"]}");
    QVERIFY(flow.ok());
    QCOMPARE(json::serialize(flow->front()), std::string(R"({"a":1,"b":["x","2"]})"));
}

void TestYamlJson::malformedYamlReportsLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("expectedPrefix");
    QTest::newRow("bad indentation") << QByteArray("spec:\n  a: 1\n   b: 2\n") << QByteArray("so.yaml:3:5: ");
    QTest::newRow("unclosed flow") << QByteArray("spec:\n  triggers: [a, b\n") << QByteArray("so.yaml:3:1: ");
    QTest::newRow("nested mapping on one line")
        << QByteArray("a: 1\nb: c: d\n") << QByteArray("so.yaml:2:5: ");
    QTest::newRow("duplicate key in JSON")
        << QByteArray("{\"a\": 1,\n \"a\": 2}") << QByteArray("so.yaml:2:2: ");
    QTest::newRow("duplicate key") << QByteArray("metadata:\n  name: a\n  name: b\n")
                                   << QByteArray("so.yaml:3:3: ");
}

void TestYamlJson::malformedYamlReportsLineAndColumn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, expectedPrefix);
    const auto result = yamlToJson(yaml.toStdString(), "so.yaml");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Invalid);
    const QByteArray message = QByteArray::fromStdString(result.error().message);
    QVERIFY2(message.startsWith(expectedPrefix), message.constData());
    QVERIFY(message.size() > expectedPrefix.size());
}

void TestYamlJson::infinityIsRefused()
{
    const auto result = yamlToJson("a: 1\nb: .inf\n", "inf.yaml");
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.rfind("inf.yaml:2:4: ", 0) == 0, result.error().message.c_str());
}

void TestYamlJson::roundTripKeepsTrickyStrings_data()
{
    QTest::addColumn<QString>("text");
    const char *const values[] = {"0",
                                  "8080",
                                  "0755",
                                  "1.5",
                                  "1e3",
                                  "true",
                                  "True",
                                  "on",
                                  "yes",
                                  "no",
                                  "off",
                                  "y",
                                  "null",
                                  "~",
                                  "",
                                  " lead",
                                  "trail ",
                                  "a: b",
                                  "a #b",
                                  "-dash",
                                  "?q",
                                  ":colon",
                                  ",comma",
                                  "[x]",
                                  "]",
                                  "{x}",
                                  "}",
                                  "#hash",
                                  "&anchor",
                                  "*alias",
                                  "!tag",
                                  "|pipe",
                                  ">fold",
                                  "'sq",
                                  "\"dq",
                                  "%pct",
                                  "@at",
                                  "`bt",
                                  "0x1F",
                                  "0o17",
                                  ".5",
                                  "-1",
                                  "+1",
                                  ".inf",
                                  ".nan",
                                  "1:20",
                                  "2024-01-01",
                                  "key:",
                                  "tab\tin",
                                  "back\\slash",
                                  "quote\"in",
                                  "a\nb",
                                  "a\nb\n",
                                  "a\n\nb\n\n",
                                  "\n",
                                  "\nlead",
                                  " indented\nnext",
                                  "line\n  indented\n",
                                  "ctl\x01x",
                                  "<<",
                                  "=",
                                  "unicode \xc3\xa9\xe2\x82\xac",
                                  "ls\xe2\x80\xa8x",
                                  "plain text",
                                  "http://x:9090/a",
                                  "a  \nb",
                                  "a\n\tb",
                                  "a\n b\n",
                                  "x\n#not a comment\n",
                                  "- item\n- two",
                                  "key: value\nother: 1",
                                  "---\n...",
                                  "\"q\"\n'q'"};
    for (const char *value : values)
        QTest::newRow(QByteArray(value).toPercentEncoding().constData()) << QString::fromUtf8(value);
}

void TestYamlJson::roundTripKeepsTrickyStrings()
{
    QFETCH(QString, text);
    json::Document original;
    original.SetObject();
    const std::string value = text.toStdString();
    json::setString(original, "value", value, original.GetAllocator());
    json::Value list(rapidjson::kArrayType);
    list.PushBack(json::Value(value, original.GetAllocator()), original.GetAllocator());
    json::setMember(original, "list", std::move(list), original.GetAllocator());
    json::Value annotations(rapidjson::kObjectType);
    annotations.AddMember(json::Value(value.empty() ? std::string("k") : value, original.GetAllocator()),
                          json::Value(value, original.GetAllocator()), original.GetAllocator());
    json::setMember(original, "annotations", std::move(annotations), original.GetAllocator());

    const std::string yaml = jsonToYaml(original);
    const auto back = yamlToJson(yaml);
    QVERIFY2(back.ok(), (yaml + (back.ok() ? std::string() : back.error().message)).c_str());
    QCOMPARE(back->size(), size_t(1));
    QVERIFY2(back->front() == original, (yaml + "\nread back as " + json::serialize(back->front())).c_str());
}

void TestYamlJson::roundTripKeepsStructure()
{
    const auto original = parseJson(R"({
        "apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject",
        "metadata": {"name": "so", "annotations": {"autoscaling.keda.sh/paused-replicas": "0",
                     "autoscaling.keda.sh/paused": "true"}, "labels": {}},
        "spec": {"minReplicaCount": 0, "maxReplicaCount": 10, "fallback": null, "ratio": 0.25,
                 "big": 12345678901234, "negative": -3, "flag": false,
                 "triggers": [{"type": "cron", "metadata": {"start": "0 6 * * *", "desiredReplicas": "1"}},
                              {"type": "cpu", "metadata": {}}],
                 "nested": [[1, 2], [], [{"a": [3]}], {}], "empty": []}})");
    const std::string yaml = jsonToYaml(original);
    const auto back = yamlToJson(yaml);
    QVERIFY2(back.ok(), yaml.c_str());
    QVERIFY2(back->front() == original, (yaml + "\n" + json::serialize(back->front())).c_str());
    for (const json::Value *scalarRoot : {static_cast<const json::Value *>(&original["spec"]["ratio"]),
                                          &original["metadata"]["labels"], &original["spec"]["empty"]}) {
        const auto scalarBack = yamlToJson(jsonToYaml(*scalarRoot));
        QVERIFY(scalarBack.ok());
        QVERIFY(scalarBack->front() == *scalarRoot);
    }
}

void TestYamlJson::emitsBlockStyle()
{
    const auto doc = parseJson(
        R"({"metadata":{"name":"so","annotations":{"autoscaling.keda.sh/paused-replicas":"0"}},)"
        R"("spec":{"triggers":[{"type":"cpu","metadata":{"value":"50"}}],"n":3,"none":{},"list":[],)"
        R"("script":"echo a\necho b\n"}})");
    const std::string expected = "metadata:\n"
                                 "  name: so\n"
                                 "  annotations:\n"
                                 "    autoscaling.keda.sh/paused-replicas: \"0\"\n"
                                 "spec:\n"
                                 "  triggers:\n"
                                 "    - type: cpu\n"
                                 "      metadata:\n"
                                 "        value: \"50\"\n"
                                 "  \"n\": 3\n"
                                 "  none: {}\n"
                                 "  list: []\n"
                                 "  script: |\n"
                                 "    echo a\n"
                                 "    echo b\n";
    QCOMPARE(QString::fromStdString(jsonToYaml(doc)), QString::fromStdString(expected));
}

void TestYamlJson::exampleManifestsParse_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("documents");
    const QDir dir(manifestsDir());
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 6);
    const QHash<QString, int> expectedCounts{
        {QStringLiteral("01-sample-go-rabbitmq-deploy-consumer.yaml"), 4},
        {QStringLiteral("02-sample-dotnet-servicebus-workload-identity.yaml"), 2},
        {QStringLiteral("03-scaledjob-rabbitmq-custom-strategy.yaml"), 2},
        {QStringLiteral("05-scaledobject-prometheus-bearer-triggerauthentication.yaml"), 3},
        {QStringLiteral("07-scaledobject-cron-plus-cpu.yaml"), 1},
        {QStringLiteral("08-scaledobject-cpu-only-min0-rejected-by-webhook.yaml"), 1}};
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file) << expectedCounts.value(file, -1);
}

void TestYamlJson::exampleManifestsParse()
{
    QFETCH(QString, path);
    QFETCH(int, documents);
    const auto result = yamlToJson(readFile(path), path.toStdString());
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    if (documents >= 0)
        QCOMPARE(int(result->size()), documents);
    for (const auto &doc : *result) {
        QVERIFY(doc.IsObject());
        QVERIFY(!json::stringAt(doc, "apiVersion").empty());
        QVERIFY(!json::stringAt(doc, "kind").empty());
        QVERIFY(doc.HasMember("metadata") && doc["metadata"].IsObject());
        QVERIFY(!json::stringAt(doc["metadata"], "name").empty());
    }
}

void TestYamlJson::exampleManifestsRoundTrip_data()
{
    exampleManifestsParse_data();
}

void TestYamlJson::exampleManifestsRoundTrip()
{
    QFETCH(QString, path);
    const auto result = yamlToJson(readFile(path), path.toStdString());
    QVERIFY(result.ok());
    for (const auto &doc : *result) {
        const std::string yaml = jsonToYaml(doc);
        const auto back = yamlToJson(yaml);
        QVERIFY2(back.ok(), yaml.c_str());
        QCOMPARE(back->size(), size_t(1));
        QVERIFY2(back->front() == doc, yaml.c_str());
    }
    // The string values that matter most keep their type.
    if (path.endsWith(QStringLiteral("07-scaledobject-cron-plus-cpu.yaml"))) {
        const json::Value &trigger = result->front()["spec"]["triggers"][0];
        QCOMPARE(json::stringAt(trigger["metadata"], "desiredReplicas"), std::string("1"));
        QCOMPARE(json::stringAt(trigger["metadata"], "start"), std::string("0 6 * * *"));
        QVERIFY(result->front()["spec"]["minReplicaCount"].IsInt64());
        QCOMPARE(result->front()["spec"]["minReplicaCount"].GetInt64(), int64_t(0));
    }
}

QTEST_GUILESS_MAIN(TestYamlJson)
#include "tst_yamljson.moc"
