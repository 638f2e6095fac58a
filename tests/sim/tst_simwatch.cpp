// SPDX-License-Identifier: Apache-2.0
// kedascope-sim watches over real HTTPS: from a resourceVersion, initial ADDED events, bookmarks,
// selectors, timeouts, 410 Gone after compaction or history loss, dropped and truncated streams, Tables.
#include "helpers/sharedsimtest.h"
#include "helpers/simclient.h"
#include "sim/faultinjector.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QtTest>

using namespace kedascope;
using namespace kedascope::test;
using namespace std::chrono_literals;

namespace {

struct Event
{
    std::string type;
    k8s::json::Document doc;
};

// The next event line, or an empty type when none arrived in time.
Event nextEvent(SimClient::Stream &stream, std::chrono::milliseconds timeout = 5s)
{
    auto line = stream.nextLine(timeout);
    if (!line)
        return {};
    auto doc = parseJson(*line);
    std::string type = stringAt(doc, "type");
    return {type, std::move(doc)};
}

// Skips events until one of `type` about `name` arrives (or the deadline passes).
Event waitForEvent(SimClient::Stream &stream, const std::string &type, const std::string &name,
                   std::chrono::milliseconds timeout = 5s)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline -
                                                                          std::chrono::steady_clock::now());
        Event e = nextEvent(stream, left);
        if (e.type.empty())
            break;
        if (e.type == type && (name.empty() || stringAt(e.doc, "object.metadata.name") == name))
            return e;
    }
    return {};
}

std::string listVersion(const SimClient &client, const std::string &path)
{
    return stringAt(parseJson(client.get(path).body), "metadata.resourceVersion");
}

int annotate(const SimClient &client, const std::string &ns, const std::string &name,
             const std::string &value)
{
    return client
        .request("PATCH", scaledObjectPath(ns, name),
                 "{\"metadata\":{\"annotations\":{\"test/marker\":\"" + value + "\"}}}",
                 "application/merge-patch+json")
        .status;
}

} // namespace

class TestSimWatch : public SharedSimTest
{
    Q_OBJECT

public:
    TestSimWatch() : SharedSimTest(RunningSim::Options{12, 2}) {}

private slots:
    void watchFromResourceVersionWithBookmarks()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectsPath("team-000");
        const std::string rv = listVersion(client, path);
        QVERIFY(!rv.empty());
        auto stream = client.stream(path + "?watch=true&resourceVersion=" + rv + "&allowWatchBookmarks=true");
        QCOMPARE(stream->status(), 200);

        QCOMPARE(annotate(client, "team-000", "orders-consumer-0000", "one"), 200);
        Event modified = nextEvent(*stream);
        QCOMPARE(modified.type, std::string("MODIFIED"));
        QCOMPARE(stringAt(modified.doc, "object.metadata.name"), std::string("orders-consumer-0000"));
        QCOMPARE(stringAt(modified.doc, "object.metadata.annotations.test/marker"), std::string("one"));
        const long long modifiedVersion =
            std::stoll(stringAt(modified.doc, "object.metadata.resourceVersion"));
        QVERIFY(modifiedVersion > std::stoll(rv));

        QCOMPARE(client.request("POST", path, scaledObjectJson("team-000", "watch-new"), "application/json")
                     .status,
                 201);
        Event added = nextEvent(*stream);
        QCOMPARE(added.type, std::string("ADDED"));
        QCOMPARE(stringAt(added.doc, "object.metadata.name"), std::string("watch-new"));

        QCOMPARE(client.request("DELETE", scaledObjectPath("team-000", "watch-new")).status, 200);
        Event deleted = nextEvent(*stream);
        QCOMPARE(deleted.type, std::string("DELETED"));
        QCOMPARE(stringAt(deleted.doc, "object.metadata.name"), std::string("watch-new"));
        const long long deletedVersion = std::stoll(stringAt(deleted.doc, "object.metadata.resourceVersion"));
        QVERIFY(deletedVersion > modifiedVersion);

        // Bookmarks come every 5 s with a version covering what was sent.
        Event bookmark = waitForEvent(*stream, "BOOKMARK", "", 8s);
        QCOMPARE(bookmark.type, std::string("BOOKMARK"));
        QCOMPARE(stringAt(bookmark.doc, "object.kind"), std::string("ScaledObject"));
        QVERIFY(std::stoll(stringAt(bookmark.doc, "object.metadata.resourceVersion")) >= deletedVersion);
    }

    void eventWatchesSeeWritesThroughTheOtherApi()
    {
        SimClient client(m_sim->server());
        const std::string corePath = "/api/v1/namespaces/team-000/events";
        const std::string v1Path = "/apis/events.k8s.io/v1/namespaces/team-000/events";
        auto v1Watch = client.stream(v1Path + "?watch=true&resourceVersion=" + listVersion(client, v1Path));
        auto coreWatch =
            client.stream(corePath + "?watch=true&resourceVersion=" + listVersion(client, corePath));
        QCOMPARE(v1Watch->status(), 200);
        QCOMPARE(coreWatch->status(), 200);

        QCOMPARE(client
                     .request("POST", corePath,
                              R"({"apiVersion":"v1","kind":"Event","metadata":{"name":"watch-core"},)"
                              R"("involvedObject":{"kind":"ScaledObject","namespace":"team-000","name":"w"},)"
                              R"("reason":"WatchTest","message":"through core","type":"Normal","count":1})",
                              "application/json")
                     .status,
                 201);
        Event seenAsV1 = waitForEvent(*v1Watch, "ADDED", "watch-core");
        QCOMPARE(stringAt(seenAsV1.doc, "object.apiVersion"), std::string("events.k8s.io/v1"));
        QCOMPARE(stringAt(seenAsV1.doc, "object.note"), std::string("through core"));
        QCOMPARE(stringAt(seenAsV1.doc, "object.regarding.name"), std::string("w"));
        QCOMPARE(intAt(seenAsV1.doc, "object.deprecatedCount"), 1LL);

        QCOMPARE(
            client
                .request("POST", v1Path,
                         R"({"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":"watch-v1"},)"
                         R"("regarding":{"kind":"ScaledObject","namespace":"team-000","name":"w"},)"
                         R"("reason":"WatchTest","note":"through events.k8s.io","type":"Normal",)"
                         R"("reportingController":"sim-test","reportingInstance":"t1","action":"Test",)"
                         R"("eventTime":"2026-01-01T00:00:00.000000Z"})",
                         "application/json")
                .status,
            201);
        Event seenAsCore = waitForEvent(*coreWatch, "ADDED", "watch-v1");
        QCOMPARE(stringAt(seenAsCore.doc, "object.apiVersion"), std::string("v1"));
        QCOMPARE(stringAt(seenAsCore.doc, "object.message"), std::string("through events.k8s.io"));
        QCOMPARE(stringAt(seenAsCore.doc, "object.involvedObject.name"), std::string("w"));
        QCOMPARE(stringAt(seenAsCore.doc, "object.reportingComponent"), std::string("sim-test"));

        QCOMPARE(client.request("DELETE", corePath + "/watch-v1").status, 200);
        QCOMPARE(waitForEvent(*v1Watch, "DELETED", "watch-v1").type, std::string("DELETED"));
    }

    void changesInOtherNamespacesAreNotSent()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectsPath("team-001");
        auto stream = client.stream(path + "?watch=1&resourceVersion=" + listVersion(client, path));
        QCOMPARE(stream->status(), 200);
        QCOMPARE(annotate(client, "team-000", "orders-consumer-0000", "elsewhere"), 200);
        QCOMPARE(annotate(client, "team-001", "payments-worker-0001", "here"), 200);
        Event e = nextEvent(*stream);
        QCOMPARE(e.type, std::string("MODIFIED"));
        QCOMPARE(stringAt(e.doc, "object.metadata.name"), std::string("payments-worker-0001"));
    }

    void watchWithoutVersionStartsWithTheCurrentState()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectsPath("team-001");
        const auto list = parseJson(client.get(path).body);
        auto stream = client.stream(path + "?watch=true");
        QCOMPARE(stream->status(), 200);
        for (rapidjson::SizeType i = 0; i < list["items"].Size(); ++i) {
            Event e = nextEvent(*stream);
            QCOMPARE(e.type, std::string("ADDED"));
            QCOMPARE(stringAt(e.doc, "object.metadata.name"), stringAt(list["items"][i], "metadata.name"));
        }
        QCOMPARE(annotate(client, "team-001", "audit-logger-0007", "later"), 200);
        Event e = nextEvent(*stream);
        QCOMPARE(e.type, std::string("MODIFIED"));
        QCOMPARE(stringAt(e.doc, "object.metadata.name"), std::string("audit-logger-0007"));
    }

    void selectorsApplyToWatches()
    {
        SimClient client(m_sim->server());
        const std::string path = "/apis/keda.sh/v1alpha1/scaledobjects";
        auto stream = client.stream(
            path + "?watch=true&resourceVersion=" + listVersion(client, path) +
            "&fieldSelector=metadata.name%3Dpayments-worker-0001&labelSelector=team%3Dteam-001");
        QCOMPARE(stream->status(), 200);
        QCOMPARE(annotate(client, "team-000", "orders-consumer-0000", "filtered-out"), 200);
        QCOMPARE(annotate(client, "team-001", "payments-worker-0001", "selected"), 200);
        Event e = nextEvent(*stream);
        QCOMPARE(e.type, std::string("MODIFIED"));
        QCOMPARE(stringAt(e.doc, "object.metadata.annotations.test/marker"), std::string("selected"));
        auto bad = client.get(path + "?watch=true&fieldSelector=spec.bogus%3D1");
        QCOMPARE(bad.status, 400);
    }

    void timeoutSecondsEndsTheStream()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectsPath("team-000");
        auto stream =
            client.stream(path + "?watch=true&timeoutSeconds=1&resourceVersion=" + listVersion(client, path));
        QCOMPARE(stream->status(), 200);
        QVERIFY(stream->ended(5s));
        QVERIFY(stream->endedCleanly());
    }

    void compactionAnswers410Gone()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectsPath("team-000");
        const std::string oldVersion = listVersion(client, path);
        QCOMPARE(annotate(client, "team-000", "orders-consumer-0000", "before-compaction"), 200);
        m_sim->server().faults().compactHistory();

        auto stream = client.stream(path + "?watch=true&resourceVersion=" + oldVersion);
        QCOMPARE(stream->status(), 200);
        Event e = nextEvent(*stream);
        QCOMPARE(e.type, std::string("ERROR"));
        QCOMPARE(stringAt(e.doc, "object.kind"), std::string("Status"));
        QCOMPARE(intAt(e.doc, "object.code"), 410LL);
        QCOMPARE(stringAt(e.doc, "object.reason"), std::string("Expired"));
        QVERIFY(stringAt(e.doc, "object.message").find("too old resource version") != std::string::npos);
        QVERIFY(stream->ended(3s));

        // A fresh list gives a version that can be watched from.
        const std::string freshVersion = listVersion(client, path);
        QVERIFY(std::stoll(freshVersion) > std::stoll(oldVersion));
        auto resumed = client.stream(path + "?watch=true&resourceVersion=" + freshVersion);
        QCOMPARE(annotate(client, "team-000", "orders-consumer-0000", "after-compaction"), 200);
        Event modified = nextEvent(*resumed);
        QCOMPARE(modified.type, std::string("MODIFIED"));
    }

    void historyLimitAnswers410Gone()
    {
        sim::SimOptions options;
        options.scaledObjects = 4;
        options.namespaces = 1;
        options.watchHistory = 3;
        sim::SimServer server(options);
        QVERIFY(server.start().ok());
        SimClient client(server);
        const std::string path = scaledObjectsPath("team-000");
        const std::string rv = listVersion(client, path);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(annotate(client, "team-000", "orders-consumer-0000", std::to_string(i)), 200);
        auto stream = client.stream(path + "?watch=true&resourceVersion=" + rv);
        Event e = nextEvent(*stream);
        QCOMPARE(e.type, std::string("ERROR"));
        QCOMPARE(intAt(e.doc, "object.code"), 410LL);

        // Within the kept history a watch replays what happened since.
        const std::string recent = listVersion(client, path);
        QCOMPARE(annotate(client, "team-000", "orders-consumer-0000", "x"), 200);
        QCOMPARE(annotate(client, "team-000", "orders-consumer-0000", "y"), 200);
        auto replay = client.stream(path + "?watch=true&resourceVersion=" + recent);
        QCOMPARE(stringAt(nextEvent(*replay).doc, "object.metadata.annotations.test/marker"),
                 std::string("x"));
        QCOMPARE(stringAt(nextEvent(*replay).doc, "object.metadata.annotations.test/marker"),
                 std::string("y"));
        server.stop();
    }

    void dropWatchesEndsOpenStreams()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectsPath("team-000");
        auto first = client.stream(path + "?watch=true&resourceVersion=" + listVersion(client, path));
        auto second = client.stream("/apis/apps/v1/deployments?watch=true&resourceVersion=" +
                                    listVersion(client, "/apis/apps/v1/deployments"));
        QCOMPARE(first->status(), 200);
        QCOMPARE(second->status(), 200);
        QVERIFY(!first->ended(200ms));
        m_sim->server().faults().dropWatches();
        QVERIFY(first->ended(3s));
        QVERIFY(second->ended(3s));
        auto later = client.stream(path + "?watch=true&resourceVersion=" + listVersion(client, path));
        QVERIFY(!later->ended(300ms));
    }

    void truncatedWatchIsCutMidObject()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectsPath("team-001");
        m_sim->server().faults().truncateNext("GET", path + "?watch");
        auto stream = client.stream(path + "?watch=true");
        QCOMPARE(stream->status(), 200);
        QVERIFY(stream->ended(3s));
        QVERIFY(!stream->endedCleanly());
        QVERIFY(!stream->nextLine(100ms).has_value());
    }

    void tableWatchSendsRows()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectsPath("team-000");
        auto stream =
            client.stream(path + "?watch=true&resourceVersion=" + listVersion(client, path),
                          {{"Accept", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json"}});
        QCOMPARE(annotate(client, "team-000", "orders-consumer-0000", "table"), 200);
        Event e = nextEvent(*stream);
        QCOMPARE(e.type, std::string("MODIFIED"));
        QCOMPARE(stringAt(e.doc, "object.kind"), std::string("Table"));
        const auto &row = e.doc["object"]["rows"][0];
        QCOMPARE(std::string(row["cells"][0].GetString()), std::string("orders-consumer-0000"));
        QCOMPARE(stringAt(row, "object.kind"), std::string("PartialObjectMetadata"));
        QCOMPARE(stringAt(row, "object.metadata.namespace"), std::string("team-000"));
    }

    void watchNeedsCredentials()
    {
        SimClient anonymous(m_sim->server(), SimClient::Auth::None);
        QCOMPARE(anonymous.get(scaledObjectsPath("team-000") + "?watch=true").status, 401);
        SimClient viewer(m_sim->server(), SimClient::Auth::ViewerToken);
        auto stream = viewer.stream(scaledObjectsPath("team-000") + "?watch=true&timeoutSeconds=1");
        QCOMPARE(stream->status(), 200);
        QCOMPARE(nextEvent(*stream).type, std::string("ADDED"));
    }
};

QTEST_GUILESS_MAIN(TestSimWatch)
#include "tst_simwatch.moc"
