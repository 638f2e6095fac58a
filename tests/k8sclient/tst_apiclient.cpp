// SPDX-License-Identifier: Apache-2.0
// ApiClient against the real sim over HTTPS: verbs, paging, discovery, Status errors, retries, faults.
#include "helpers/simconnection.h"
#include "k8sclient/apiclient.h"
#include "k8sclient/informer.h"
#include "k8sclient/kubeconfig.h"
#include "sim/faultinjector.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QtTest>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

using namespace kedascope;
using namespace kedascope::k8s;

namespace {

const ResourceType &so()
{
    return resources::scaledObjects();
}

std::string scaledObjectJson(const std::string &name, const std::string &ns, int minReplicas = 0,
                             int maxReplicas = 5)
{
    return R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":")" + name +
           R"(","namespace":")" + ns + R"("},"spec":{"scaleTargetRef":{"name":")" + name +
           R"("},"minReplicaCount":)" + std::to_string(minReplicas) + R"(,"maxReplicaCount":)" +
           std::to_string(maxReplicas) + R"(,"triggers":[{"type":"cpu","metricType":"Utilization",)" +
           R"("metadata":{"value":"50"}}]}})";
}

int countRequests(sim::SimServer &server, const std::string &method, const std::string &targetPrefix)
{
    const auto recorded = server.faults().recordedRequests();
    return static_cast<int>(std::count_if(recorded.begin(), recorded.end(), [&](const auto &r) {
        return r.method == method && r.target.rfind(targetPrefix, 0) == 0;
    }));
}

const char *text(const Error &error)
{
    thread_local std::string buffer;
    buffer =
        kindName(error.kind) + " " + std::to_string(error.code) + " " + error.reason + ": " + error.message;
    return buffer.c_str();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void getsAnObject();
    void notFoundCarriesStatus();
    void listAllFollowsContinue();
    void listAllRestartsWhenContinueExpires();
    void createThenReplaceConflicts();
    void mergeAndJsonPatch();
    void serverSideApply();
    void dryRunChangesNothing();
    void deletes();
    void statusAndScaleSubresources();
    void discovers();
    void viewerIsForbidden();
    void invalidObjectCarriesCauses();
    void badTokenIsUnauthorized();
    void throttledRequestIsRetried();
    void serverErrorSurfacesAfterRetries();
    void stalledServerTimesOut();
    void truncatedBodyIsATransportError();
    void watchStreamDeliversLines();
    void informerFirstListUsesWatchCacheAndGzip();
    void connectionRefusedNamesTheServer();
    void cancelsARequestInFlight();
    void largeListArrivesGzipped();

private:
    std::shared_ptr<ApiClient> connect(const std::string &context, ApiClient::Options options = {});
    ConnectionConfig configFor(const std::string &context);

    std::unique_ptr<test::RunningSim> m_sim;
    std::shared_ptr<ApiClient> m_admin;
    std::string m_ns = "team-000";
};

ConnectionConfig TestApiClient::configFor(const std::string &context)
{
    return test::simConnectionOrAbort(*m_sim, context);
}

std::shared_ptr<ApiClient> TestApiClient::connect(const std::string &context, ApiClient::Options options)
{
    auto client = ApiClient::create(configFor(context), options);
    if (!client)
        qFatal("client: %s", client.error().message.c_str());
    return *client;
}

void TestApiClient::initTestCase()
{
    m_sim = std::make_unique<test::RunningSim>(test::RunningSim::Options{7, 1});
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
    m_admin = connect("sim-admin");
}

void TestApiClient::init()
{
    m_sim->server().faults().clear();
    m_sim->server().faults().clearRecordedRequests();
}

void TestApiClient::cleanupTestCase()
{
    m_admin.reset();
    m_sim.reset();
}

void TestApiClient::getsAnObject()
{
    auto page = m_admin->listPage(so(), m_ns, {});
    QVERIFY2(page.ok(), page.ok() ? "" : text(page.error()));
    QVERIFY(!page->items.empty());
    auto first = json::parse(page->items.front());
    QVERIFY(first.has_value());
    const json::Value *metadata = json::find(*first, "metadata");
    QVERIFY(metadata);
    const std::string objectName = json::stringAt(*metadata, "name");

    auto object = m_admin->get(so(), m_ns, objectName);
    QVERIFY2(object.ok(), object.ok() ? "" : text(object.error()));
    QCOMPARE(json::stringAt(*object, "kind"), std::string("ScaledObject"));
    QCOMPARE(json::stringAt(*json::find(*object, "metadata"), "name"), objectName);
}

void TestApiClient::notFoundCarriesStatus()
{
    auto object = m_admin->get(so(), m_ns, "does-not-exist");
    QVERIFY(!object.ok());
    QCOMPARE(object.error().kind, Error::Kind::Api);
    QVERIFY(object.error().isNotFound());
    QCOMPARE(object.error().reason, std::string("NotFound"));
    QVERIFY2(object.error().message.find("\"does-not-exist\" not found") != std::string::npos,
             text(object.error()));
}

void TestApiClient::listAllFollowsContinue()
{
    ListOptions options;
    options.limit = 2;
    auto all = m_admin->listAll(so(), "", options);
    QVERIFY2(all.ok(), all.ok() ? "" : text(all.error()));
    QCOMPARE(all->items.size(), size_t(7));
    QVERIFY(!all->resourceVersion.empty());
    QVERIFY(all->continueToken.empty());
    for (const std::string &item : all->items) {
        auto doc = json::parse(item);
        QVERIFY(doc.has_value());
        QCOMPARE(json::stringAt(*doc, "apiVersion"), std::string("keda.sh/v1alpha1"));
        QCOMPARE(json::stringAt(*doc, "kind"), std::string("ScaledObject"));
    }
    QCOMPARE(countRequests(m_sim->server(), "GET", "/apis/keda.sh/v1alpha1/scaledobjects?limit=2"), 1);
    QCOMPARE(countRequests(m_sim->server(), "GET", "/apis/keda.sh/v1alpha1/scaledobjects?continue="), 3);
}

void TestApiClient::listAllRestartsWhenContinueExpires()
{
    m_sim->server().faults().failNext("GET", "/apis/keda.sh/v1alpha1/scaledobjects?continue=", 410);
    ListOptions options;
    options.limit = 3;
    auto all = m_admin->listAll(so(), "", options);
    QVERIFY2(all.ok(), all.ok() ? "" : text(all.error()));
    QCOMPARE(all->items.size(), size_t(7)); // nothing twice
    QCOMPARE(countRequests(m_sim->server(), "GET", "/apis/keda.sh/v1alpha1/scaledobjects?limit=3"), 2);
}

void TestApiClient::createThenReplaceConflicts()
{
    auto created = m_admin->create(so(), m_ns, scaledObjectJson("created-so", m_ns));
    QVERIFY2(created.ok(), created.ok() ? "" : text(created.error()));
    const json::Value *metadata = json::find(*created, "metadata");
    QVERIFY(metadata);
    QVERIFY(!json::stringAt(*metadata, "uid").empty());
    const std::string staleVersion = json::stringAt(*metadata, "resourceVersion");

    auto again = m_admin->create(so(), m_ns, scaledObjectJson("created-so", m_ns));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, 409);
    QCOMPARE(again.error().reason, std::string("AlreadyExists"));

    auto patched =
        m_admin->patch(so(), m_ns, "created-so", PatchType::Merge, R"({"spec":{"maxReplicaCount":6}})");
    QVERIFY2(patched.ok(), patched.ok() ? "" : text(patched.error()));

    auto doc = json::parse(scaledObjectJson("created-so", m_ns, 0, 9));
    json::setString(json::ensureObject(*doc, "metadata", doc->GetAllocator()), "resourceVersion",
                    staleVersion, doc->GetAllocator());
    auto replaced = m_admin->replace(so(), m_ns, "created-so", json::serialize(*doc));
    QVERIFY(!replaced.ok());
    QVERIFY(replaced.error().isConflict());
    QVERIFY2(replaced.error().message.find("the object has been modified") != std::string::npos,
             text(replaced.error()));
}

void TestApiClient::mergeAndJsonPatch()
{
    QVERIFY(m_admin->create(so(), m_ns, scaledObjectJson("patched-so", m_ns)).ok());
    auto merged =
        m_admin->patch(so(), m_ns, "patched-so", PatchType::Merge,
                       R"({"metadata":{"annotations":{"autoscaling.keda.sh/paused-replicas":"0"}}})");
    QVERIFY2(merged.ok(), merged.ok() ? "" : text(merged.error()));
    const json::Value *annotations = json::find(*json::find(*merged, "metadata"), "annotations");
    QVERIFY(annotations);
    auto paused = annotations->FindMember("autoscaling.keda.sh/paused-replicas"); // a key with dots
    QVERIFY(paused != annotations->MemberEnd() && paused->value.IsString());
    QCOMPARE(std::string(paused->value.GetString()), std::string("0"));

    auto patched = m_admin->patch(so(), m_ns, "patched-so", PatchType::Json,
                                  R"([{"op":"replace","path":"/spec/maxReplicaCount","value":12}])");
    QVERIFY2(patched.ok(), patched.ok() ? "" : text(patched.error()));
    QCOMPARE(json::intAt(*json::find(*patched, "spec"), "maxReplicaCount").value_or(0), 12LL);

    auto removed =
        m_admin->patch(so(), m_ns, "patched-so", PatchType::Merge,
                       R"({"metadata":{"annotations":{"autoscaling.keda.sh/paused-replicas":null}}})");
    QVERIFY(removed.ok());
    const json::Value *after = json::find(*json::find(*removed, "metadata"), "annotations");
    QVERIFY(!after || !after->HasMember("autoscaling.keda.sh/paused-replicas"));
}

void TestApiClient::serverSideApply()
{
    const std::string manifest =
        "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: applied-so\n"
        "  namespace: " +
        m_ns +
        "\nspec:\n  scaleTargetRef:\n    name: applied-so\n"
        "  maxReplicaCount: 4\n  triggers:\n  - type: cpu\n    metricType: Utilization\n"
        "    metadata:\n      value: \"60\"\n";
    // created: 201
    auto first = m_admin->send(requests::patch(so(), m_ns, "applied-so", PatchType::Apply, manifest, {}));
    QVERIFY2(first.ok(), first.ok() ? "" : text(first.error()));
    QCOMPARE(first->status, 201);

    // another manager changing a field kedascope owns: a conflict with causes
    PatchOptions other;
    other.fieldManager = "someone-else";
    std::string changed = manifest;
    changed.replace(changed.find("maxReplicaCount: 4"), 18, "maxReplicaCount: 8");
    auto conflict = m_admin->apply(so(), m_ns, "applied-so", changed, other);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().code, 409);
    QCOMPARE(conflict.error().reason, std::string("Conflict"));
    QVERIFY(!conflict.error().causes.empty());
    QVERIFY2(conflict.error().causes.front().field.find("maxReplicaCount") != std::string::npos,
             conflict.error().causes.front().field.c_str());

    other.force = true;
    auto forced = m_admin->apply(so(), m_ns, "applied-so", changed, other);
    QVERIFY2(forced.ok(), forced.ok() ? "" : text(forced.error()));
    QCOMPARE(json::intAt(*json::find(*forced, "spec"), "maxReplicaCount").value_or(0), 8LL);
    QVERIFY(countRequests(m_sim->server(), "PATCH",
                          "/apis/keda.sh/v1alpha1/namespaces/team-000/scaledobjects/applied-so?fieldManager="
                          "someone-else&force=true") == 1);
}

void TestApiClient::dryRunChangesNothing()
{
    QVERIFY(m_admin->apply(so(), m_ns, "dry-so", scaledObjectJson("dry-so", m_ns, 0, 5)).ok());
    PatchOptions dryRun;
    dryRun.dryRun = DryRun::All;
    const std::string manifest = scaledObjectJson("dry-so", m_ns, 0, 30);
    auto answer = m_admin->apply(so(), m_ns, "dry-so", manifest, dryRun);
    QVERIFY2(answer.ok(), answer.ok() ? "" : text(answer.error()));
    QCOMPARE(json::intAt(*json::find(*answer, "spec"), "maxReplicaCount").value_or(0), 30LL);
    auto stored = m_admin->get(so(), m_ns, "dry-so");
    QVERIFY(stored.ok());
    QCOMPARE(json::intAt(*json::find(*stored, "spec"), "maxReplicaCount").value_or(0), 5LL);

    auto created = m_admin->apply(so(), m_ns, "dry-new-so", scaledObjectJson("dry-new-so", m_ns), dryRun);
    QVERIFY2(created.ok(), created.ok() ? "" : text(created.error()));
    QVERIFY(m_admin->get(so(), m_ns, "dry-new-so").error().isNotFound());
}

void TestApiClient::deletes()
{
    QVERIFY(m_admin->create(so(), m_ns, scaledObjectJson("deleted-so", m_ns)).ok());
    QVERIFY(m_admin->remove(so(), m_ns, "deleted-so", DryRun::All).ok());
    QVERIFY(m_admin->get(so(), m_ns, "deleted-so").ok());
    auto removed = m_admin->remove(so(), m_ns, "deleted-so");
    QVERIFY2(removed.ok(), removed.ok() ? "" : text(removed.error()));
    QVERIFY(m_admin->get(so(), m_ns, "deleted-so").error().isNotFound());
    auto again = m_admin->remove(so(), m_ns, "deleted-so");
    QVERIFY(!again.ok());
    QVERIFY(again.error().isNotFound());
}

void TestApiClient::statusAndScaleSubresources()
{
    QVERIFY(m_admin->create(so(), m_ns, scaledObjectJson("status-so", m_ns)).ok());
    auto status = m_admin->patch(so(), m_ns, "status-so", PatchType::Merge,
                                 R"({"status":{"originalReplicaCount":3}})", {}, "status");
    QVERIFY2(status.ok(), status.ok() ? "" : text(status.error()));
    const json::Value *statusValue = json::find(*status, "status");
    QVERIFY(statusValue);
    QCOMPARE(json::intAt(*statusValue, "originalReplicaCount").value_or(0), 3LL);

    auto deployments = m_admin->listPage(resources::deployments(), m_ns, {});
    QVERIFY2(deployments.ok(), deployments.ok() ? "" : text(deployments.error()));
    QVERIFY(!deployments->items.empty());
    auto deployment = json::parse(deployments->items.front());
    const std::string name = json::stringAt(*json::find(*deployment, "metadata"), "name");
    auto scale = m_admin->get(resources::deployments(), m_ns, name, "scale");
    QVERIFY2(scale.ok(), scale.ok() ? "" : text(scale.error()));
    QCOMPARE(json::stringAt(*scale, "kind"), std::string("Scale"));

    auto scaled = m_admin->patch(resources::deployments(), m_ns, name, PatchType::Merge,
                                 R"({"spec":{"replicas":4}})", {}, "scale");
    QVERIFY2(scaled.ok(), scaled.ok() ? "" : text(scaled.error()));
    auto after = m_admin->get(resources::deployments(), m_ns, name);
    QVERIFY(after.ok());
    QCOMPARE(json::intAt(*json::find(*after, "spec"), "replicas").value_or(-1), 4LL);
}

void TestApiClient::discovers()
{
    auto discovered = m_admin->discover();
    QVERIFY2(discovered.ok(), discovered.ok() ? "" : text(discovered.error()));
    auto keda = std::find_if(discovered->begin(), discovered->end(), [](const DiscoveredGroupVersion &gv) {
        return gv.groupVersion == "keda.sh/v1alpha1";
    });
    QVERIFY(keda != discovered->end());
    QVERIFY(std::any_of(discovered->begin(), discovered->end(),
                        [](const DiscoveredGroupVersion &gv) { return gv.groupVersion == "v1"; }));

    const int before = countRequests(m_sim->server(), "GET", "/api");
    QVERIFY(m_admin->discover().ok()); // cached
    QCOMPARE(countRequests(m_sim->server(), "GET", "/api"), before);

    auto resolved = m_admin->resolveResource("keda.sh", "so");
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : text(resolved.error()));
    QCOMPARE(resolved->resource, std::string("scaledobjects"));
    QCOMPARE(resolved->kind, std::string("ScaledObject"));
    QVERIFY(resolved->namespaced);
    auto cta = m_admin->resolveResource("keda.sh", "clustertriggerauthentications");
    QVERIFY(cta.ok());
    QVERIFY(!cta->namespaced);

    auto unknown = m_admin->resolveResource("keda.sh", "nothings");
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().isNotFound());

    // a group version that disappears is dropped on refresh
    m_sim->server().faults().failNext("GET", "/apis/keda.sh/v1alpha1", 404);
    auto refreshed = m_admin->discover(true);
    QVERIFY2(refreshed.ok(), refreshed.ok() ? "" : text(refreshed.error()));
    QVERIFY(std::none_of(refreshed->begin(), refreshed->end(), [](const DiscoveredGroupVersion &gv) {
        return gv.groupVersion == "keda.sh/v1alpha1";
    }));
    QVERIFY(m_admin->resolveResource("keda.sh", "scaledobjects").ok()); // not cached: discovers again
}

void TestApiClient::viewerIsForbidden()
{
    auto viewer = connect("sim-viewer");
    QVERIFY(viewer->listPage(so(), m_ns, {}).ok());
    auto patched =
        viewer->patch(so(), m_ns, "any-so", PatchType::Merge, R"({"metadata":{"labels":{"a":"b"}}})");
    QVERIFY(!patched.ok());
    QCOMPARE(patched.error().code, 403);
    QCOMPARE(patched.error().reason, std::string("Forbidden"));
    QVERIFY2(patched.error().message.find("cannot patch resource \"scaledobjects\"") != std::string::npos,
             text(patched.error()));
}

void TestApiClient::invalidObjectCarriesCauses()
{
    auto created = m_admin->create(so(), m_ns, scaledObjectJson("invalid-so", m_ns, 5, 2));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, 422);
    QCOMPARE(created.error().reason, std::string("Invalid"));
    QVERIFY(!created.error().causes.empty());
    QVERIFY2(created.error().causes.front().field.rfind("spec", 0) == 0, text(created.error()));
}

void TestApiClient::badTokenIsUnauthorized()
{
    ConnectionConfig config = configFor("sim-token");
    config.token = "not-the-token";
    auto client = ApiClient::create(config);
    QVERIFY(client.ok());
    auto page = (*client)->listPage(so(), m_ns, {});
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, 401);
    QCOMPARE(page.error().reason, std::string("Unauthorized"));
    QVERIFY(page.error().message.find("not-the-token") == std::string::npos);
    // invalidated and asked once more, then gave up
    QCOMPARE(
        countRequests(m_sim->server(), "GET", "/apis/keda.sh/v1alpha1/namespaces/team-000/scaledobjects"), 2);
}

void TestApiClient::throttledRequestIsRetried()
{
    const std::string target = "/apis/keda.sh/v1alpha1/namespaces/team-000/scaledobjects";
    m_sim->server().faults().failNext("GET", target, 429, 2, 1);
    QElapsedTimer timer;
    timer.start();
    auto page = m_admin->listPage(so(), m_ns, {});
    QVERIFY2(page.ok(), page.ok() ? "" : text(page.error()));
    QCOMPARE(countRequests(m_sim->server(), "GET", target), 3);
    QVERIFY(timer.elapsed() >= 1900); // Retry-After: 1, twice
}

void TestApiClient::serverErrorSurfacesAfterRetries()
{
    ApiClient::Options options;
    options.maxRetries = 2;
    auto client = connect("sim-admin", options);
    const std::string target = "/apis/keda.sh/v1alpha1/namespaces/team-000/scaledobjects";
    m_sim->server().faults().failNext("GET", target, 500, 10);
    auto page = client->listPage(so(), m_ns, {});
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, 500);
    QCOMPARE(countRequests(m_sim->server(), "GET", target), 3);

    // writes are not repeated
    m_sim->server().faults().failNext("POST", target, 500, 10);
    auto created = client->create(so(), m_ns, scaledObjectJson("never-so", m_ns));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, 500);
    QCOMPARE(countRequests(m_sim->server(), "POST", target), 1);
}

void TestApiClient::stalledServerTimesOut()
{
    ApiClient::Options options;
    options.requestTimeout = std::chrono::seconds(1);
    options.maxRetries = 0;
    auto client = connect("sim-admin", options);
    const std::string target = "/apis/keda.sh/v1alpha1/namespaces/team-000/scaledobjects";
    m_sim->server().faults().stallNext("GET", target, std::chrono::milliseconds(3000));
    QElapsedTimer timer;
    timer.start();
    auto page = client->listPage(so(), m_ns, {});
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Error::Kind::Timeout);
    QVERIFY2(page.error().message.find("timed out after 1 s") != std::string::npos, text(page.error()));
    QVERIFY2(page.error().message.find(m_sim->serverUrl()) != std::string::npos, text(page.error()));
    QVERIFY(timer.elapsed() < 2900);
}

void TestApiClient::truncatedBodyIsATransportError()
{
    ApiClient::Options options;
    options.maxRetries = 0;
    auto client = connect("sim-admin", options);
    const std::string target = "/apis/keda.sh/v1alpha1/scaledobjects";
    m_sim->server().faults().truncateNext("GET", target);
    auto page = client->listPage(so(), "", {});
    QVERIFY(!page.ok());
    QVERIFY2(page.error().kind == Error::Kind::Transport || page.error().kind == Error::Kind::Decode,
             text(page.error()));

    // a GET is retried after a cut connection when retries are allowed
    m_sim->server().faults().truncateNext("GET", target);
    auto retried = m_admin->listPage(so(), "", {});
    QVERIFY2(retried.ok(), retried.ok() ? "" : text(retried.error()));
}

void TestApiClient::watchStreamDeliversLines()
{
    auto list = m_admin->listPage(so(), m_ns, {});
    QVERIFY(list.ok());
    WatchOptions options;
    options.resourceVersion = list->resourceVersion;
    options.timeoutSeconds = 30;

    CancelToken cancel;
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::string> lines;
    Status result = success();
    std::thread reader([&] {
        result = m_admin->stream(
            requests::watch(so(), m_ns, options),
            [&](std::string_view line) {
                std::lock_guard lock(mutex);
                lines.emplace_back(line);
                changed.notify_all();
                return line.find("stream-so") == std::string_view::npos; // stop after our object
            },
            &cancel);
        std::lock_guard lock(mutex);
        changed.notify_all();
    });
    QVERIFY(m_admin->create(so(), m_ns, scaledObjectJson("stream-so", m_ns)).ok());
    {
        std::unique_lock lock(mutex);
        const bool seen = changed.wait_for(lock, std::chrono::seconds(10), [&] {
            return std::any_of(lines.begin(), lines.end(),
                               [](const std::string &l) { return l.find("stream-so") != std::string::npos; });
        });
        QVERIFY(seen);
    }
    reader.join();
    QVERIFY2(result.ok(), result.ok() ? "" : text(result.error()));
    const std::string &last = lines.back();
    QVERIFY(last.rfind(R"({"type":"ADDED")", 0) == 0);
}

void TestApiClient::informerFirstListUsesWatchCacheAndGzip()
{
    std::mutex mutex;
    std::condition_variable synced;
    size_t count = 0;
    bool done = false;
    Informer::Callbacks callbacks;
    callbacks.onSynced = [&](std::vector<CachedObject> all, std::string) {
        std::lock_guard lock(mutex);
        count = all.size();
        done = true;
        synced.notify_all();
    };
    Informer informer(m_admin, so(), Informer::Options{}, callbacks);
    informer.start();
    {
        std::unique_lock lock(mutex);
        QVERIFY(synced.wait_for(lock, std::chrono::seconds(10), [&] { return done; }));
    }
    informer.stop();
    QVERIFY(count >= 7);
    const auto recorded = m_sim->server().faults().recordedRequests();
    auto list = std::find_if(recorded.begin(), recorded.end(), [](const auto &r) {
        return r.target.rfind("/apis/keda.sh/v1alpha1/scaledobjects?", 0) == 0 &&
               r.target.find("watch=true") == std::string::npos;
    });
    QVERIFY(list != recorded.end());
    QCOMPARE(list->target, std::string("/apis/keda.sh/v1alpha1/scaledobjects?limit=500&resourceVersion=0"));
    auto encoding = list->headers.find("accept-encoding");
    QVERIFY(encoding != list->headers.end());
    QVERIFY2(encoding->second.find("gzip") != std::string::npos, encoding->second.c_str());
    QVERIFY(list->headers.count("authorization") == 0);
}

void TestApiClient::connectionRefusedNamesTheServer()
{
    ConnectionConfig config = configFor("sim-token");
    config.server = "https://127.0.0.1:1";
    ApiClient::Options options;
    options.maxRetries = 1;
    auto client = ApiClient::create(config, options);
    QVERIFY(client.ok());
    auto page = (*client)->listPage(so(), m_ns, {});
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Error::Kind::Transport);
    QVERIFY2(page.error().message.find("https://127.0.0.1:1") != std::string::npos, text(page.error()));
    QVERIFY2(page.error().message.find("connection refused") != std::string::npos, text(page.error()));
}

void TestApiClient::cancelsARequestInFlight()
{
    const std::string target = "/apis/keda.sh/v1alpha1/namespaces/team-000/scaledobjects";
    m_sim->server().faults().stallNext("GET", target, std::chrono::milliseconds(5000));
    CancelToken cancel;
    std::mutex mutex;
    std::condition_variable finished;
    std::optional<Result<ListPage>> result;
    QElapsedTimer timer;
    timer.start();
    std::thread caller([&] {
        auto page = m_admin->listPage(so(), m_ns, {}, &cancel);
        std::lock_guard lock(mutex);
        result.emplace(std::move(page));
        finished.notify_all();
    });
    QTRY_VERIFY_WITH_TIMEOUT(countRequests(m_sim->server(), "GET", target) == 1, 5000);
    cancel.cancel();
    {
        std::unique_lock lock(mutex);
        QVERIFY(finished.wait_for(lock, std::chrono::seconds(3), [&] { return result.has_value(); }));
    }
    caller.join();
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Cancelled);
    QVERIFY(timer.elapsed() < 4500);
}

void TestApiClient::largeListArrivesGzipped()
{
    test::RunningSim big(test::RunningSim::Options{400, 2});
    QVERIFY2(big.ok(), big.error().c_str());
    auto client = test::simApiClient(big, "sim-admin");
    QVERIFY(client.ok());

    auto response = (*client)->send(requests::list(so(), "", {}));
    QVERIFY2(response.ok(), response.ok() ? "" : text(response.error()));
    QCOMPARE(response->status, 200);
    QCOMPARE(response->headers["content-encoding"], std::string("gzip"));
    auto page = (*client)->listAll(so(), "", ListOptions{});
    QVERIFY2(page.ok(), page.ok() ? "" : text(page.error()));
    QCOMPARE(page->items.size(), size_t(400));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
