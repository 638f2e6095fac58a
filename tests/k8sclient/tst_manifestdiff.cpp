// SPDX-License-Identifier: Apache-2.0
// The desired document against the live object: only the fields the user manages, as changes and as a
// unified diff of the two clean YAML texts.
#include "k8sclient/manifestdiff.h"
#include "k8sclient/yamljson.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace kedascope::k8s;

namespace {

json::Document parseJson(const char *text)
{
    std::string error;
    auto document = json::parse(text, &error);
    if (!document)
        qFatal("bad JSON in test: %s", error.c_str());
    return std::move(*document);
}

std::vector<std::string> lines(const std::string &text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

// Applies a unified diff to `before`, checking every context and removed line; empty optional on mismatch.
std::optional<std::string> patch(const std::string &before, const std::string &diff)
{
    const auto source = lines(before);
    const auto hunks = lines(diff);
    std::string out;
    std::size_t next = 0; // next source line to copy
    for (std::size_t i = 2; i < hunks.size(); ++i) {
        const std::string &line = hunks[i];
        if (line.rfind("@@ -", 0) == 0) {
            const int start = std::stoi(line.substr(4));
            const auto comma = line.find(',');
            const auto space = line.find(' ', 4);
            const int length = comma != std::string::npos && comma < space ? std::stoi(line.substr(comma + 1)) : 1;
            const std::size_t first = std::size_t(length == 0 ? start : start - 1);
            if (first < next)
                return std::nullopt;
            for (; next < first; ++next)
                out += source.at(next) + '\n';
            continue;
        }
        const char op = line.empty() ? ' ' : line[0];
        const std::string rest = line.empty() ? std::string() : line.substr(1);
        if (op == '+') {
            out += rest + '\n';
        } else if (next >= source.size() || source[next] != rest) {
            return std::nullopt;
        } else {
            if (op == ' ')
                out += rest + '\n';
            ++next;
        }
    }
    for (; next < source.size(); ++next)
        out += source[next] + '\n';
    return out;
}

const char kDesired[] = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
  "metadata":{"name":"worker","namespace":"jobs","labels":{"team":"a"}},
  "spec":{"scaleTargetRef":{"name":"worker"},"maxReplicaCount":20,
    "triggers":[{"type":"rabbitmq","metadata":{"queueName":"q","queueLength":"5"}}]}})";

// The same object as the server keeps it: server-set metadata, defaults, status, other managers' fields.
const char kLive[] = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
  "metadata":{"name":"worker","namespace":"jobs","labels":{"team":"a","added-by":"ops"},"uid":"1234",
    "resourceVersion":"42","generation":3,"creationTimestamp":"2026-01-01T00:00:00Z",
    "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}"},
    "managedFields":[{"manager":"kedascope","operation":"Apply","apiVersion":"keda.sh/v1alpha1",
      "fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:maxReplicaCount":{},"f:scaleTargetRef":{"f:name":{}}}}}]},
  "spec":{"scaleTargetRef":{"name":"worker"},"maxReplicaCount":20,"pollingInterval":30,"cooldownPeriod":300,
    "triggers":[{"type":"rabbitmq","metadata":{"queueName":"q","queueLength":"5"}}]},
  "status":{"hpaName":"keda-hpa-worker","conditions":[]}})";

} // namespace

class TestManifestDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unifiedDiffOfEqualTextsIsEmpty();
    void unifiedDiffHasHunksWithContext();
    void unifiedDiffAtTheEdges();
    void unifiedDiffAppliesBack();
    void ignoresWhatTheServerAdded();
    void reportsChangedFieldsWithTheirValues();
    void stringsAndNumbersDiffer();
    void reportsFieldsTheUserNoLongerWrites();
    void ignoresServerDefaultsInsideListItems();
    void aMissingObjectIsAllNew();
};

void TestManifestDiff::unifiedDiffOfEqualTextsIsEmpty()
{
    QCOMPARE(unifiedDiff("a\nb\n", "a\nb\n", "x", "y"), std::string());
    QCOMPARE(unifiedDiff("", "", "x", "y"), std::string());
}

void TestManifestDiff::unifiedDiffHasHunksWithContext()
{
    const std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n";
    std::string after = before;
    after.replace(after.find("4\n"), 2, "four\n");
    after.replace(after.find("14\n"), 3, "");
    const std::string expected = "--- live\n+++ desired\n"
                                 "@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+four\n 5\n 6\n 7\n"
                                 "@@ -11,6 +11,5 @@\n 11\n 12\n 13\n-14\n 15\n 16\n";
    QCOMPARE(unifiedDiff(before, after, "live", "desired"), expected);
    // Changes closer than two contexts share a hunk.
    std::string near = before;
    near.replace(near.find("4\n"), 2, "four\n");
    near.replace(near.find("9\n"), 2, "nine\n");
    const std::string merged = unifiedDiff(before, near, "a", "b");
    QCOMPARE(std::count(merged.begin(), merged.end(), '@'), 4L);
    QVERIFY(merged.find("@@ -1,12 +1,12 @@\n") != std::string::npos);
}

void TestManifestDiff::unifiedDiffAtTheEdges()
{
    QCOMPARE(unifiedDiff("", "a\nb\n", "x", "y"), std::string("--- x\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b\n"));
    QCOMPARE(unifiedDiff("a\nb\n", "", "x", "y"), std::string("--- x\n+++ y\n@@ -1,2 +0,0 @@\n-a\n-b\n"));
    QCOMPARE(unifiedDiff("a\n", "b\n", "x", "y"), std::string("--- x\n+++ y\n@@ -1 +1 @@\n-a\n+b\n"));
    QCOMPARE(unifiedDiff("a\nb\n", "z\na\nb\n", "x", "y"), std::string("--- x\n+++ y\n@@ -1,2 +1,3 @@\n+z\n a\n b\n"));
}

void TestManifestDiff::unifiedDiffAppliesBack()
{
    // Random edits of a random text: the diff is minimal enough to be small and exact enough to apply.
    QRandomGenerator random(20261122);
    for (int round = 0; round < 300; ++round) {
        std::vector<std::string> a;
        const int n = int(random.bounded(40));
        for (int i = 0; i < n; ++i)
            a.push_back("line " + std::to_string(random.bounded(8)));
        std::vector<std::string> b = a;
        const int edits = int(random.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const auto at = std::size_t(random.bounded(int(b.size()) + 1));
            if (random.bounded(2) == 0 || b.empty() || at == b.size())
                b.insert(b.begin() + std::ptrdiff_t(at), "new " + std::to_string(e));
            else
                b.erase(b.begin() + std::ptrdiff_t(at));
        }
        std::string before, after;
        for (const auto &l : a)
            before += l + '\n';
        for (const auto &l : b)
            after += l + '\n';
        const std::string diff = unifiedDiff(before, after, "a", "b");
        QCOMPARE(diff.empty(), before == after);
        if (diff.empty())
            continue;
        const auto patched = patch(before, diff);
        QVERIFY2(patched, diff.c_str());
        QCOMPARE(*patched, after);
        const auto diffLines = lines(diff);
        const auto changed = std::count_if(diffLines.begin() + 2, diffLines.end(), [](const std::string &l) {
            return !l.empty() && (l[0] == '+' || l[0] == '-');
        });
        QVERIFY2(changed <= 2 * edits, diff.c_str());
    }
}

void TestManifestDiff::ignoresWhatTheServerAdded()
{
    const auto desired = parseJson(kDesired);
    const auto live = parseJson(kLive);
    const ManifestDiff diff = diffManifest(desired, &live);
    QVERIFY2(diff.identical(), diff.unified.c_str());
    QCOMPARE(diff.unified, std::string());
    QCOMPARE(diff.liveYaml, diff.desiredYaml);
    const json::Document view = managedView(live, desired);
    QVERIFY(!view.HasMember("status"));
    QVERIFY(!json::find(view, "spec.pollingInterval"));
    QVERIFY(!json::find(view, "metadata.labels.added-by"));
    QVERIFY(!json::find(view, "metadata.uid"));
}

void TestManifestDiff::reportsChangedFieldsWithTheirValues()
{
    auto desired = parseJson(kDesired);
    desired["spec"]["maxReplicaCount"] = 30;
    json::setString(desired["spec"]["triggers"][0]["metadata"], "queueLength", "10", desired.GetAllocator());
    json::setMember(desired["spec"], "cooldownPeriod", json::Value(60), desired.GetAllocator());
    const auto live = parseJson(kLive);
    const ManifestDiff diff = diffManifest(desired, &live);
    QCOMPARE(diff.changes.size(), std::size_t(3));
    QCOMPARE(diff.changes[0].path, std::string("spec.maxReplicaCount"));
    QCOMPARE(diff.changes[0].kind, FieldChange::Kind::Changed);
    QCOMPARE(diff.changes[0].before, std::string("20"));
    QCOMPARE(diff.changes[0].after, std::string("30"));
    QCOMPARE(diff.changes[1].path, std::string("spec.triggers[0].metadata.queueLength"));
    QCOMPARE(diff.changes[1].before, std::string("\"5\""));
    QCOMPARE(diff.changes[1].after, std::string("\"10\""));
    // cooldownPeriod: the server has its default (300) but the user now writes it: a change from 300.
    QCOMPARE(diff.changes[2].path, std::string("spec.cooldownPeriod"));
    QCOMPARE(diff.changes[2].kind, FieldChange::Kind::Changed);
    QCOMPARE(diff.changes[2].before, std::string("300"));
    QVERIFY2(diff.unified.find("-  maxReplicaCount: 20\n+  maxReplicaCount: 30\n") != std::string::npos,
             diff.unified.c_str());
    QVERIFY(diff.unified.find("+  cooldownPeriod: 60\n") != std::string::npos);
    QVERIFY(diff.unified.find("-        queueLength: \"5\"\n") != std::string::npos);
    QVERIFY(diff.unified.find("+        queueLength: \"10\"\n") != std::string::npos);
    QVERIFY(diff.unified.find("-  cooldownPeriod: 300\n") != std::string::npos);
    QVERIFY(diff.unified.find("pollingInterval") == std::string::npos);
    QVERIFY(diff.unified.rfind("--- live\n+++ desired\n", 0) == 0);
}

void TestManifestDiff::stringsAndNumbersDiffer()
{
    auto desired = parseJson(kDesired);
    desired["spec"]["triggers"][0]["metadata"]["queueLength"] = 5;
    const auto live = parseJson(kLive);
    const ManifestDiff diff = diffManifest(desired, &live);
    QCOMPARE(diff.changes.size(), std::size_t(1));
    QCOMPARE(diff.changes[0].before, std::string("\"5\""));
    QCOMPARE(diff.changes[0].after, std::string("5"));
}

void TestManifestDiff::reportsFieldsTheUserNoLongerWrites()
{
    auto desired = parseJson(kDesired);
    desired["spec"].RemoveMember("maxReplicaCount");
    const auto live = parseJson(kLive);
    const ManifestDiff diff = diffManifest(desired, &live);
    QCOMPARE(diff.changes.size(), std::size_t(1));
    QCOMPARE(diff.changes[0].kind, FieldChange::Kind::Removed);
    QCOMPARE(diff.changes[0].path, std::string("spec.maxReplicaCount"));
    QCOMPARE(diff.changes[0].before, std::string("20"));
    QVERIFY(diff.unified.find("-  maxReplicaCount: 20\n") != std::string::npos);
    // Another manager's field is not ours to remove.
    const ManifestDiff other = diffManifest(desired, &live, "someone-else");
    QVERIFY(other.identical());
}

void TestManifestDiff::ignoresServerDefaultsInsideListItems()
{
    const auto desired = parseJson(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},
        "spec":{"template":{"spec":{"containers":[{"name":"c","image":"i:1"}]}}}})");
    const auto live = parseJson(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d","uid":"u"},
        "spec":{"replicas":1,"template":{"spec":{"containers":[{"name":"c","image":"i:1",
        "imagePullPolicy":"IfNotPresent","terminationMessagePath":"/dev/termination-log"}],"dnsPolicy":"ClusterFirst"}}}})");
    QVERIFY(diffManifest(desired, &live).identical());
    const auto moreLive = parseJson(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},
        "spec":{"template":{"spec":{"containers":[{"name":"c","image":"i:1"},{"name":"sidecar","image":"s"}]}}}})");
    const ManifestDiff diff = diffManifest(desired, &moreLive);
    QCOMPARE(diff.changes.size(), std::size_t(1));
    QCOMPARE(diff.changes[0].kind, FieldChange::Kind::Removed);
    QCOMPARE(diff.changes[0].path, std::string("spec.template.spec.containers[1]"));
}

void TestManifestDiff::aMissingObjectIsAllNew()
{
    const auto desired = parseJson(kDesired);
    const ManifestDiff diff = diffManifest(desired, nullptr);
    QCOMPARE(diff.changes.size(), std::size_t(1));
    QCOMPARE(diff.changes[0].kind, FieldChange::Kind::Added);
    QCOMPARE(diff.changes[0].path, std::string());
    QVERIFY(diff.liveYaml.empty());
    QVERIFY(diff.unified.find("+kind: ScaledObject\n") != std::string::npos);
    QVERIFY(diff.unified.find("\n-") == std::string::npos);
}

QTEST_GUILESS_MAIN(TestManifestDiff)
#include "tst_manifestdiff.moc"
