// SPDX-License-Identifier: Apache-2.0
// The small shared pieces of k8sclient: JSON merge patch, resource names, ages and timestamps.
#include "k8sclient/age.h"
#include "k8sclient/json.h"
#include "k8sclient/resourcetype.h"

#include <QtTest>

using namespace kedascope::k8s;

class TestBasics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergePatch_data();
    void mergePatch();
    void findsByDottedPath();
    void resolvesKubectlNames_data();
    void resolvesKubectlNames();
    void formatsAgesAsKubectl_data();
    void formatsAgesAsKubectl();
    void parsesTimestamps_data();
    void parsesTimestamps();
};

void TestBasics::mergePatch_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("expected");
    QTest::newRow("add annotation") << R"({"metadata":{"name":"a"}})"
                                    << R"({"metadata":{"annotations":{"autoscaling.keda.sh/paused":"true"}}})"
                                    << R"({"metadata":{"name":"a","annotations":{"autoscaling.keda.sh/paused":"true"}}})";
    QTest::newRow("null removes") << R"({"metadata":{"annotations":{"a":"1","b":"2"}}})"
                                  << R"({"metadata":{"annotations":{"a":null}}})"
                                  << R"({"metadata":{"annotations":{"b":"2"}}})";
    QTest::newRow("arrays replace") << R"({"spec":{"triggers":[{"type":"cpu"},{"type":"cron"}]}})"
                                    << R"({"spec":{"triggers":[{"type":"kafka"}]}})"
                                    << R"({"spec":{"triggers":[{"type":"kafka"}]}})";
    QTest::newRow("scalar replaces object") << R"({"a":{"b":1}})" << R"({"a":"x"})" << R"({"a":"x"})";
    QTest::newRow("null into missing stays missing") << R"({"a":1})" << R"({"b":{"c":null}})" << R"({"a":1,"b":{}})";
}

void TestBasics::mergePatch()
{
    QFETCH(QString, target);
    QFETCH(QString, patch);
    QFETCH(QString, expected);
    auto doc = json::parse(target.toStdString());
    auto p = json::parse(patch.toStdString());
    QVERIFY(doc && p);
    json::mergePatch(*doc, *p, doc->GetAllocator());
    QCOMPARE(QString::fromStdString(json::serialize(*doc)), expected);
}

void TestBasics::findsByDottedPath()
{
    auto doc = json::parse(R"({"metadata":{"name":"orders","generation":3},"spec":{}})");
    QVERIFY(doc);
    QCOMPARE(json::stringAt(*doc, "metadata.name"), std::string("orders"));
    QCOMPARE(json::intAt(*doc, "metadata.generation").value_or(-1), 3LL);
    QVERIFY(!json::find(*doc, "metadata.namespace"));
    QVERIFY(!json::find(*doc, "metadata.name.deeper"));
    QCOMPARE(json::stringAt(*doc, "spec.missing", "fallback"), std::string("fallback"));
    std::string error;
    QVERIFY(!json::parse("{\"a\":", &error));
    QVERIFY2(error.find("offset") != std::string::npos, error.c_str());
}

void TestBasics::resolvesKubectlNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("resource");
    QTest::newRow("short so") << "so" << "scaledobjects";
    QTest::newRow("plural") << "scaledobjects" << "scaledobjects";
    QTest::newRow("singular") << "scaledjob" << "scaledjobs";
    QTest::newRow("kind any case") << "TriggerAuthentication" << "triggerauthentications";
    QTest::newRow("ta") << "ta" << "triggerauthentications";
    QTest::newRow("triggerauth") << "triggerauth" << "triggerauthentications";
    QTest::newRow("cta") << "cta" << "clustertriggerauthentications";
    QTest::newRow("qualified") << "scaledobjects.keda.sh" << "scaledobjects";
    QTest::newRow("other group") << "scaledobjects.example.com" << "";
    QTest::newRow("unknown") << "deployments" << "";
}

void TestBasics::resolvesKubectlNames()
{
    QFETCH(QString, name);
    QFETCH(QString, resource);
    const ResourceType *type = resources::kedaByName(name.toStdString());
    QCOMPARE(type ? QString::fromStdString(type->resource) : QString(), resource);
}

void TestBasics::formatsAgesAsKubectl_data()
{
    QTest::addColumn<qlonglong>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("45s") << 45LL << "45s";
    QTest::newRow("119s") << 119LL << "119s";
    QTest::newRow("3m12s") << 192LL << "3m12s";
    QTest::newRow("5m") << 300LL << "5m";
    QTest::newRow("42m") << 2520LL << "42m";
    QTest::newRow("179m") << 10740LL << "179m";
    QTest::newRow("3h5m") << 11100LL << "3h5m";
    QTest::newRow("20h") << 72000LL << "20h";
    QTest::newRow("2d3h") << 183600LL << "2d3h";
    QTest::newRow("12d") << 1036800LL << "12d";
    QTest::newRow("2y40d") << (2 * 365 + 40) * 86400LL << "2y40d";
    QTest::newRow("negative") << -5LL << "0s";
}

void TestBasics::formatsAgesAsKubectl()
{
    QFETCH(qlonglong, seconds);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(formatAge(std::chrono::seconds(seconds))), expected);
}

void TestBasics::parsesTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qlonglong>("epoch");
    QTest::newRow("Z") << "2026-11-22T11:52:32Z" << 1795348352LL;
    QTest::newRow("fraction") << "2026-11-22T11:52:32.750Z" << 1795348352LL;
    QTest::newRow("offset") << "2026-11-22T12:52:32+01:00" << 1795348352LL;
    QTest::newRow("garbage") << "yesterday" << -1LL;
    QTest::newRow("no zone") << "2026-11-22T11:52:32" << -1LL;
}

void TestBasics::parsesTimestamps()
{
    QFETCH(QString, text);
    QFETCH(qlonglong, epoch);
    const auto parsed = parseTimestamp(text.toStdString());
    if (epoch < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(static_cast<qlonglong>(std::chrono::duration_cast<std::chrono::seconds>(parsed->time_since_epoch()).count()),
             epoch);
    QCOMPARE(QString::fromStdString(formatTimestamp(*parsed)),
             QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestBasics)
#include "tst_basics.moc"
