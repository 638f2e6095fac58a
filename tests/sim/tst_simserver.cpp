// SPDX-License-Identifier: Apache-2.0
// kedascope-sim over real HTTPS: discovery, authentication and RBAC wording, CRUD, list paging,
// selectors, Table responses, gzip and the fault injector.
#include "helpers/simclient.h"
#include "k8sclient/crdschema.h"
#include "sim/certificates.h"
#include "sim/faultinjector.h"
#include "sim/objectstore.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QtTest>

#include <atomic>
#include <set>
#include <thread>

using namespace kedascope;
using namespace kedascope::test;

namespace {
const std::map<std::string, std::string> kTableAccept = {
    {"Accept",
     "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,"
     "application/json"}};
}

class TestSimServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<RunningSim>(RunningSim::Options{30, 3});
        QVERIFY2(m_sim->ok(), m_sim->error().c_str());
    }
    void cleanupTestCase() { m_sim.reset(); }

    void kubeconfigIsWrittenWithThreeContexts()
    {
        QFile file(QString::fromStdString(m_sim->kubeconfigPath()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string text = file.readAll().toStdString();
        QCOMPARE(text, m_sim->server().kubeconfigYaml());
        for (const char *needle : {"name: kedascope-sim", "certificate-authority-data: ",
                                   "client-certificate-data: ", "client-key-data: ", "- name: sim-token",
                                   "- name: sim-viewer", "current-context: sim-admin", "namespace: default"})
            QVERIFY2(text.find(needle) != std::string::npos, needle);
        QVERIFY(text.find("server: " + m_sim->serverUrl()) != std::string::npos);
        const auto credentials = SimCredentials::fromKubeconfig(text);
        QVERIFY(!credentials.adminToken.empty());
        QVERIFY(!credentials.viewerToken.empty());
        QVERIFY(credentials.adminToken != credentials.viewerToken);
    }

    void healthAndVersionNeedNoCredentials()
    {
        SimClient anonymous(m_sim->server(), SimClient::Auth::None);
        for (const char *path : {"/readyz", "/livez", "/healthz"}) {
            auto r = anonymous.get(path);
            QVERIFY2(r.ok(), r.error.c_str());
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, std::string("ok"));
        }
        auto version = anonymous.get("/version");
        QCOMPARE(version.status, 200);
        auto doc = parseJson(version.body);
        QCOMPARE(stringAt(doc, "gitVersion"), std::string("v1.32.0-kedascope-sim"));
        QCOMPARE(stringAt(doc, "major"), std::string("1"));
        QCOMPARE(stringAt(doc, "minor"), std::string("32"));
    }

    void discovery()
    {
        SimClient client(m_sim->server());
        auto api = parseJson(client.get("/api").body);
        QCOMPARE(stringAt(api, "kind"), std::string("APIVersions"));
        QCOMPARE(std::string(api["versions"][0].GetString()), std::string("v1"));

        auto groups = parseJson(client.get("/apis").body);
        QCOMPARE(stringAt(groups, "kind"), std::string("APIGroupList"));
        std::set<std::string> names;
        for (const auto &g : groups["groups"].GetArray())
            names.insert(stringAt(g, "preferredVersion.groupVersion"));
        for (const char *gv :
             {"apps/v1", "batch/v1", "autoscaling/v2", "events.k8s.io/v1", "keda.sh/v1alpha1"})
            QVERIFY2(names.count(gv), gv);

        auto keda = parseJson(client.get("/apis/keda.sh/v1alpha1").body);
        QCOMPARE(stringAt(keda, "kind"), std::string("APIResourceList"));
        QCOMPARE(stringAt(keda, "groupVersion"), std::string("keda.sh/v1alpha1"));
        bool sawScaledObjects = false;
        bool sawStatus = false;
        for (const auto &r : keda["resources"].GetArray()) {
            const std::string name = stringAt(r, "name");
            if (name == "scaledobjects") {
                sawScaledObjects = true;
                QCOMPARE(stringAt(r, "kind"), std::string("ScaledObject"));
                QCOMPARE(stringAt(r, "singularName"), std::string("scaledobject"));
                QVERIFY(r["namespaced"].GetBool());
                QCOMPARE(std::string(r["shortNames"][0].GetString()), std::string("so"));
                QVERIFY(r.HasMember("categories"));
                QVERIFY(r["verbs"].Size() >= 7);
            }
            if (name == "clustertriggerauthentications")
                QVERIFY(!r["namespaced"].GetBool());
            sawStatus = sawStatus || name == "scaledobjects/status";
        }
        QVERIFY(sawScaledObjects);
        QVERIFY(sawStatus);

        auto apps = client.get("/apis/apps/v1").body;
        QVERIFY(apps.find("\"name\":\"deployments/scale\"") != std::string::npos);
        auto core = client.get("/api/v1").body;
        for (const char *r : {"namespaces", "events", "services", "secrets", "configmaps", "pods"})
            QVERIFY2(core.find(std::string("\"name\":\"") + r + '"') != std::string::npos, r);
        QCOMPARE(client.get("/apis/nothing.example.com/v1").status, 404);
    }

    void unauthenticatedRequestsGet401()
    {
        SimClient anonymous(m_sim->server(), SimClient::Auth::None);
        auto r = anonymous.get(scaledObjectsPath("team-000"));
        QCOMPARE(r.status, 401);
        auto status = parseJson(r.body);
        QCOMPARE(stringAt(status, "kind"), std::string("Status"));
        QCOMPARE(stringAt(status, "reason"), std::string("Unauthorized"));
        QCOMPARE(intAt(status, "code"), 401LL);

        SimClient stranger(m_sim->server(), SimClient::Auth::UnknownToken);
        QCOMPARE(stranger.get(scaledObjectsPath("team-000")).status, 401);
        QCOMPARE(stranger.get("/api").status, 401);
    }

    void tokensAndCertificatesAuthenticate()
    {
        for (auto auth : {SimClient::Auth::ClientCertificate, SimClient::Auth::AdminToken,
                          SimClient::Auth::ViewerToken}) {
            SimClient client(m_sim->server(), auth);
            auto r = client.get(scaledObjectsPath("team-000"));
            QVERIFY2(r.ok(), r.error.c_str());
            QCOMPARE(r.status, 200);
        }
    }

    void foreignCertificatesAreRefused()
    {
        const auto credentials = SimCredentials::fromKubeconfig(m_sim->server().kubeconfigYaml());
        const int port = m_sim->server().port();

        // A client certificate from another CA fails the TLS handshake.
        auto otherCa = sim::generateCertificateAuthority("someone-else");
        sim::CertificateRequest request;
        request.commonName = "kedascope-admin";
        request.organization = "system:masters";
        request.clientAuth = true;
        auto foreign = sim::issueCertificate(otherCa, request);
        SimCredentials impostor = credentials;
        impostor.clientCertificatePem = foreign.certificatePem;
        impostor.clientKeyPem = foreign.keyPem;
        auto refused = SimClient(port, impostor, SimClient::Auth::ClientCertificate).get("/api");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.status, 0);

        // A key that does not match the certificate cannot even be loaded by the client.
        SimCredentials mismatched = credentials;
        mismatched.clientKeyPem = sim::generatePrivateKeyPem();
        QVERIFY(!SimClient(port, mismatched, SimClient::Auth::ClientCertificate).get("/api").ok());

        // Trusting another CA, the client refuses the sim's server certificate.
        SimCredentials wrongCa = credentials;
        wrongCa.caPem = otherCa.certificatePem;
        QVERIFY(!SimClient(port, wrongCa, SimClient::Auth::AdminToken).get("/api").ok());

        // The genuine certificate is accepted and identifies the admin.
        auto accepted = SimClient(port, credentials, SimClient::Auth::ClientCertificate).get("/api");
        QCOMPARE(accepted.status, 200);
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        SimClient client(m_sim->server(), SimClient::Auth::AdminToken);
        auto results = client.getOnOneConnection({"/api", "/apis", scaledObjectsPath("team-000"), "/version",
                                                  scaledObjectPath("team-000", "missing")});
        QCOMPARE(results.size(), std::size_t(5));
        for (const auto &r : results)
            QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(results[2].status, 200);
        QCOMPARE(results[4].status, 404);
    }

    void manyConcurrentClientsAndWatches()
    {
        SimClient client(m_sim->server(), SimClient::Auth::AdminToken);
        const std::string path = scaledObjectsPath("team-002");
        const std::string rv = stringAt(parseJson(client.get(path).body), "metadata.resourceVersion");
        std::vector<std::unique_ptr<SimClient::Stream>> watches;
        for (int i = 0; i < 16; ++i)
            watches.push_back(client.stream(path + "?watch=true&resourceVersion=" + rv));
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 12; ++t) {
            threads.emplace_back([&, t] {
                SimClient mine(m_sim->server(),
                               t % 2 ? SimClient::Auth::AdminToken : SimClient::Auth::ClientCertificate);
                for (int i = 0; i < 8; ++i) {
                    auto r = mine.get(i % 2 ? path : "/apis/keda.sh/v1alpha1/scaledobjects?limit=5");
                    if (r.status != 200)
                        ++failures;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        const auto patched = client.request("PATCH", scaledObjectPath("team-002", "email-sender-0002"),
                                            "{\"metadata\":{\"labels\":{\"concurrent\":\"yes\"}}}",
                                            "application/merge-patch+json");
        QCOMPARE(patched.status, 200);
        for (auto &watch : watches) {
            QCOMPARE(watch->status(), 200);
            auto line = watch->nextLine(std::chrono::seconds(5));
            QVERIFY(line.has_value());
            QCOMPARE(stringAt(parseJson(*line), "object.metadata.labels.concurrent"), std::string("yes"));
        }
    }

    void viewerWritesAreForbiddenWithRbacWording()
    {
        SimClient viewer(m_sim->server(), SimClient::Auth::ViewerToken);
        auto r = viewer.request("PATCH", scaledObjectPath("team-000", "orders-consumer-0000"),
                                "{\"spec\":{\"maxReplicaCount\":3}}", "application/merge-patch+json");
        QCOMPARE(r.status, 403);
        auto status = parseJson(r.body);
        QCOMPARE(stringAt(status, "reason"), std::string("Forbidden"));
        QCOMPARE(
            stringAt(status, "message"),
            std::string(
                "scaledobjects.keda.sh \"orders-consumer-0000\" is forbidden: User \"viewer\" cannot "
                "patch resource \"scaledobjects\" in API group \"keda.sh\" in the namespace \"team-000\""));
        auto del = viewer.request("DELETE", "/api/v1/namespaces/team-000/services/x");
        QCOMPARE(del.status, 403);
        QVERIFY(parseJson(del.body)["message"].GetString() ==
                std::string(
                    "services \"x\" is forbidden: User \"viewer\" cannot delete resource \"services\" in API "
                    "group \"\" in the namespace \"team-000\""));
        auto create = viewer.request("POST", scaledObjectsPath("team-000"), scaledObjectJson("team-000", "v"),
                                     "application/json");
        QCOMPARE(create.status, 403);
        QVERIFY(std::string(parseJson(create.body)["message"].GetString()).find("cannot create resource") !=
                std::string::npos);
    }

    void createGetReplaceDelete()
    {
        SimClient client(m_sim->server());
        const std::string name = "crud-so";
        auto created = client.request("POST", scaledObjectsPath("team-001"),
                                      scaledObjectJson("team-001", name), "application/json");
        QCOMPARE(created.status, 201);
        auto doc = parseJson(created.body);
        QVERIFY(!stringAt(doc, "metadata.uid").empty());
        QVERIFY(!stringAt(doc, "metadata.creationTimestamp").empty());
        QCOMPARE(intAt(doc, "metadata.generation"), 1LL);
        const std::string rv = stringAt(doc, "metadata.resourceVersion");
        QVERIFY(!rv.empty());

        auto again = client.request("POST", scaledObjectsPath("team-001"), scaledObjectJson("team-001", name),
                                    "application/json");
        QCOMPARE(again.status, 409);
        QCOMPARE(stringAt(parseJson(again.body), "reason"), std::string("AlreadyExists"));

        auto fetched = client.get(scaledObjectPath("team-001", name));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(stringAt(parseJson(fetched.body), "metadata.resourceVersion"), rv);

        // A replace with the current resourceVersion succeeds and bumps generation (spec changed).
        auto replacement = parseJson(fetched.body);
        replacement["spec"]["maxReplicaCount"].SetInt(9);
        auto replaced = client.request("PUT", scaledObjectPath("team-001", name),
                                       k8s::json::serialize(replacement), "application/json");
        QCOMPARE(replaced.status, 200);
        auto replacedDoc = parseJson(replaced.body);
        QCOMPARE(intAt(replacedDoc, "spec.maxReplicaCount"), 9LL);
        QCOMPARE(intAt(replacedDoc, "metadata.generation"), 2LL);
        QVERIFY(stringAt(replacedDoc, "metadata.resourceVersion") != rv);

        // The same body again carries a stale resourceVersion now.
        auto stale = client.request("PUT", scaledObjectPath("team-001", name),
                                    k8s::json::serialize(replacement), "application/json");
        QCOMPARE(stale.status, 409);
        auto conflict = parseJson(stale.body);
        QCOMPARE(stringAt(conflict, "reason"), std::string("Conflict"));
        QCOMPARE(
            stringAt(conflict, "message"),
            std::string(
                "Operation cannot be fulfilled on scaledobjects.keda.sh \"crud-so\": the object has been "
                "modified; please apply your changes to the latest version and try again"));

        auto deleted =
            client.request("DELETE", scaledObjectPath("team-001", name),
                           "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\"}", "application/json");
        QCOMPARE(deleted.status, 200);
        auto missing = client.get(scaledObjectPath("team-001", name));
        QCOMPARE(missing.status, 404);
        auto notFound = parseJson(missing.body);
        QCOMPARE(stringAt(notFound, "reason"), std::string("NotFound"));
        QCOMPARE(stringAt(notFound, "message"), std::string("scaledobjects.keda.sh \"crud-so\" not found"));
        QCOMPARE(stringAt(notFound, "details.kind"), std::string("scaledobjects"));
        QCOMPARE(stringAt(notFound, "details.group"), std::string("keda.sh"));
        QCOMPARE(client.request("DELETE", scaledObjectPath("team-001", name)).status, 404);
    }

    void createNeedsAnExistingNamespace()
    {
        SimClient client(m_sim->server());
        auto r = client.request("POST", scaledObjectsPath("no-such-ns"), scaledObjectJson("no-such-ns", "x"),
                                "application/json");
        QCOMPARE(r.status, 404);
        QCOMPARE(stringAt(parseJson(r.body), "message"), std::string("namespaces \"no-such-ns\" not found"));
    }

    void dryRunCreateStoresNothing()
    {
        SimClient client(m_sim->server());
        const auto before = parseJson(client.get(scaledObjectsPath("team-002")).body);
        auto r = client.request("POST", scaledObjectsPath("team-002") + "?dryRun=All",
                                scaledObjectJson("team-002", "dry-so"), "application/json");
        QCOMPARE(r.status, 201);
        QCOMPARE(stringAt(parseJson(r.body), "metadata.name"), std::string("dry-so"));
        QCOMPARE(client.get(scaledObjectPath("team-002", "dry-so")).status, 404);
        const auto after = parseJson(client.get(scaledObjectsPath("team-002")).body);
        QCOMPARE(stringAt(after, "metadata.resourceVersion"), stringAt(before, "metadata.resourceVersion"));
    }

    void listsPageWithContinueTokens()
    {
        SimClient client(m_sim->server());
        std::set<std::string> seen;
        std::string token;
        int pages = 0;
        long long remaining = -1;
        do {
            std::string target = "/apis/keda.sh/v1alpha1/scaledobjects?limit=7";
            if (!token.empty())
                target += "&continue=" + token;
            auto r = client.get(target);
            QCOMPARE(r.status, 200);
            auto doc = parseJson(r.body);
            QCOMPARE(stringAt(doc, "kind"), std::string("ScaledObjectList"));
            QCOMPARE(stringAt(doc, "apiVersion"), std::string("keda.sh/v1alpha1"));
            QVERIFY(!stringAt(doc, "metadata.resourceVersion").empty());
            QVERIFY(doc["items"].Size() <= 7);
            for (const auto &item : doc["items"].GetArray())
                seen.insert(stringAt(item, "metadata.namespace") + "/" + stringAt(item, "metadata.name"));
            token = stringAt(doc, "metadata.continue");
            if (pages == 0)
                remaining = intAt(doc, "metadata.remainingItemCount");
            ++pages;
        } while (!token.empty() && pages < 20);
        QCOMPARE(seen.size(), std::size_t(30));
        QCOMPARE(pages, 5);
        QCOMPARE(remaining, 23LL);
        QCOMPARE(client.get("/apis/keda.sh/v1alpha1/scaledobjects?limit=5&continue=garbage").status, 400);
    }

    void seedingSpreadsObjectsEvenly()
    {
        SimClient client(m_sim->server());
        for (const char *ns : {"team-000", "team-001", "team-002"}) {
            auto doc = parseJson(client.get(scaledObjectsPath(ns) + "?labelSelector=origin!%3Dtest").body);
            QCOMPARE(doc["items"].Size(), 10u);
            for (const auto &so : doc["items"].GetArray()) {
                const std::string name = stringAt(so, "metadata.name");
                QVERIFY(k8s::json::serialize(so).size() > 1200);
                QCOMPARE(stringAt(so, "status.hpaName"), "keda-hpa-" + name);
                QVERIFY(!stringAt(so, "status.triggersTypes").empty());
                QCOMPARE(
                    client.get(std::string("/apis/apps/v1/namespaces/") + ns + "/deployments/" + name).status,
                    200);
                const bool paused = so["metadata"].HasMember("annotations");
                const int hpa = client
                                    .get(std::string("/apis/autoscaling/v2/namespaces/") + ns +
                                         "/horizontalpodautoscalers/keda-hpa-" + name)
                                    .status;
                QCOMPARE(hpa, paused ? 404 : 200);
            }
        }
        QCOMPARE(client.get("/apis/apps/v1/namespaces/keda/deployments/keda-operator").status, 200);
        QCOMPARE(client.get("/api/v1/namespaces/keda/services/keda-operator-metrics").status, 200);
        QCOMPARE(client.get("/api/v1/namespaces/default").status, 200);
    }

    void seededKedaObjectsPassTheCrdSchema()
    {
        SimClient client(m_sim->server());
        for (const char *kind :
             {"ScaledObject", "ScaledJob", "TriggerAuthentication", "ClusterTriggerAuthentication"}) {
            auto schema = k8s::CrdSchema::forKind(kind);
            QVERIFY(schema);
            const std::string plural = std::string(kind) == "ScaledObject" ? "scaledobjects"
                                       : std::string(kind) == "ScaledJob"  ? "scaledjobs"
                                       : std::string(kind) == "TriggerAuthentication"
                                           ? "triggerauthentications"
                                           : "clustertriggerauthentications";
            auto list = parseJson(
                client.get("/apis/keda.sh/v1alpha1/" + plural + "?labelSelector=origin!%3Dtest").body);
            QVERIFY2(list["items"].Size() > 0, kind);
            for (const auto &item : list["items"].GetArray()) {
                const auto errors = schema->validate(item, true);
                std::string text;
                for (const auto &e : errors)
                    text += e.field + ": " + e.message + "; ";
                QVERIFY2(errors.empty(), (stringAt(item, "metadata.name") + ": " + text).c_str());
            }
        }
    }

    void seededEventsDescribeTheScaledObjects()
    {
        SimClient client(m_sim->server());
        auto events = parseJson(client
                                    .get("/apis/events.k8s.io/v1/namespaces/team-000/"
                                         "events?fieldSelector=regarding.name%3Dorders-consumer-0000")
                                    .body);
        QVERIFY(events["items"].Size() >= 2);
        for (const auto &e : events["items"].GetArray()) {
            QCOMPARE(stringAt(e, "regarding.kind"), std::string("ScaledObject"));
            QCOMPARE(stringAt(e, "reportingController"), std::string("keda-operator"));
        }
        auto core = parseJson(client.get("/api/v1/events?fieldSelector=reason%3DKEDAScalersStarted").body);
        QVERIFY(core["items"].Size() >= 1);
    }

    void labelAndFieldSelectors()
    {
        SimClient client(m_sim->server());
        auto count = [&](const std::string &query) {
            auto r = client.get("/apis/keda.sh/v1alpha1/scaledobjects?" + query);
            return r.status == 200 ? int(parseJson(r.body)["items"].Size()) : -r.status;
        };
        // Expected counts computed from the objects themselves.
        auto all = parseJson(client.get("/apis/keda.sh/v1alpha1/scaledobjects").body);
        int kafka = 0, kafkaOrCron = 0, neither = 0, labelled = 0, kafkaInTeam1 = 0, inTeam2 = 0;
        for (const auto &so : all["items"].GetArray()) {
            const std::string scaler = stringAt(so, "metadata.labels.scaler");
            const std::string origin = stringAt(so, "metadata.labels.origin");
            const std::string ns = stringAt(so, "metadata.namespace");
            kafka += scaler == "kafka";
            kafkaOrCron += scaler == "kafka" || scaler == "cron";
            neither += scaler != "kafka" && scaler != "cron" && origin != "test";
            labelled += !scaler.empty();
            kafkaInTeam1 += scaler == "kafka" && stringAt(so, "metadata.labels.team") == "team-001";
            inTeam2 += ns == "team-002";
        }
        QVERIFY(kafka > 0 && kafkaOrCron > kafka && kafkaInTeam1 > 0 && kafkaInTeam1 < kafka);
        QCOMPARE(count("labelSelector=scaler%3Dkafka"), kafka);
        QCOMPARE(count("labelSelector=scaler%3D%3Dkafka"), kafka);
        QCOMPARE(count("labelSelector=scaler+in+(kafka,cron)"), kafkaOrCron);
        QCOMPARE(count("labelSelector=scaler+notin+(kafka,cron),origin!%3Dtest"), neither);
        QCOMPARE(count("labelSelector=scaler"), labelled);
        QCOMPARE(count("labelSelector=!scaler"), int(all["items"].Size()) - labelled);
        QCOMPARE(count("labelSelector=scaler%3Dkafka,team%3Dteam-001"), kafkaInTeam1);
        QCOMPARE(count("fieldSelector=metadata.name%3Dorders-consumer-0000"), 1);
        QCOMPARE(count("fieldSelector=metadata.namespace%3Dteam-002,metadata.name!%3Dnothing"), inTeam2);
        QCOMPARE(count("fieldSelector=spec.minReplicaCount%3D1"), -400);
        QCOMPARE(count("labelSelector=a+in+(b"), -400);
    }

    void eventFieldSelectors()
    {
        SimClient client(m_sim->server());
        auto post = [&](const std::string &path, const std::string &body) {
            return client.request("POST", path, body, "application/json").status;
        };
        auto coreEvent = [](const std::string &name, const std::string &object, const std::string &reason,
                            const std::string &type) {
            return "{\"apiVersion\":\"v1\",\"kind\":\"Event\",\"metadata\":{\"name\":\"" + name +
                   "\"},\"involvedObject\":{\"kind\":\"ScaledObject\",\"name\":\"" + object +
                   "\",\"namespace\":\"team-000\"},\"reason\":\"" + reason + "\",\"type\":\"" + type +
                   "\",\"message\":\"test\"}";
        };
        QCOMPARE(post("/api/v1/namespaces/team-000/events",
                      coreEvent("e1", "evt-target", "SimTestFailed", "Warning")),
                 201);
        QCOMPARE(post("/api/v1/namespaces/team-000/events",
                      coreEvent("e2", "evt-other", "SimTestReady", "Normal")),
                 201);
        QCOMPARE(
            post("/apis/events.k8s.io/v1/namespaces/team-000/events",
                 "{\"apiVersion\":\"events.k8s.io/v1\",\"kind\":\"Event\",\"metadata\":{\"name\":\"e3\"},"
                 "\"regarding\":{\"kind\":\"ScaledObject\",\"name\":\"evt-target\"},\"reason\":"
                 "\"SimTestFailed\","
                 "\"type\":\"Warning\",\"note\":\"boom\",\"reportingController\":\"keda-operator\"}"),
            201);
        auto items = [&](const std::string &target) {
            return int(parseJson(client.get(target).body)["items"].Size());
        };
        // e1 (core) and e3 (events.k8s.io) are both events about evt-target: one store, either API.
        QCOMPARE(items("/api/v1/events?fieldSelector=reason%3DSimTestFailed"), 2);
        QCOMPARE(
            items("/api/v1/"
                  "events?fieldSelector=involvedObject.name%3Devt-target,involvedObject.kind%3DScaledObject"),
            2);
        QCOMPARE(
            items("/api/v1/namespaces/team-000/events?fieldSelector=type%3DNormal,reason%3DSimTestReady"), 1);
        QCOMPARE(
            items("/api/v1/namespaces/team-000/events?fieldSelector=type%3DWarning,reason%3DSimTestReady"),
            0);
        QCOMPARE(items("/apis/events.k8s.io/v1/events?fieldSelector=regarding.name%3Devt-target"), 2);
        QCOMPARE(
            items("/apis/events.k8s.io/v1/events?fieldSelector=regarding.name%3Devt-target,type%3DNormal"),
            0);
        auto table = parseJson(client.get("/api/v1/namespaces/team-000/events", kTableAccept).body);
        QCOMPARE(stringAt(table, "kind"), std::string("Table"));
        QCOMPARE(stringAt(table["columnDefinitions"][2], "name"), std::string("Reason"));
    }

    void eventsAreOneStoreWithTwoViews()
    {
        SimClient client(m_sim->server());
        const std::string corePath = "/api/v1/namespaces/team-001/events";
        const std::string v1Path = "/apis/events.k8s.io/v1/namespaces/team-001/events";
        // Written through core v1, read through events.k8s.io/v1.
        QCOMPARE(
            client
                .request("POST", corePath,
                         R"({"apiVersion":"v1","kind":"Event","metadata":{"name":"views-core"},)"
                         R"("involvedObject":{"kind":"ScaledObject","namespace":"team-001","name":"vo"},)"
                         R"("reason":"ViewTest","message":"written as core","type":"Warning",)"
                         R"("source":{"component":"sim-tester"},"count":3,)"
                         R"("firstTimestamp":"2026-01-01T00:00:00Z","lastTimestamp":"2026-01-01T00:05:00Z"})",
                         "application/json")
                .status,
            201);
        auto asV1 = parseJson(client.get(v1Path + "/views-core").body);
        QCOMPARE(stringAt(asV1, "apiVersion"), std::string("events.k8s.io/v1"));
        QCOMPARE(stringAt(asV1, "regarding.name"), std::string("vo"));
        QCOMPARE(stringAt(asV1, "note"), std::string("written as core"));
        QCOMPARE(stringAt(asV1, "deprecatedSource.component"), std::string("sim-tester"));
        QCOMPARE(intAt(asV1, "deprecatedCount"), 3LL);
        QCOMPARE(stringAt(asV1, "deprecatedFirstTimestamp"), std::string("2026-01-01T00:00:00Z"));
        QCOMPARE(stringAt(asV1, "deprecatedLastTimestamp"), std::string("2026-01-01T00:05:00Z"));
        QVERIFY(!asV1.HasMember("involvedObject") && !asV1.HasMember("message") && !asV1.HasMember("count"));
        auto asCore = parseJson(client.get(corePath + "/views-core").body);
        QCOMPARE(stringAt(asV1, "metadata.uid"), stringAt(asCore, "metadata.uid"));
        QCOMPARE(stringAt(asV1, "metadata.resourceVersion"), stringAt(asCore, "metadata.resourceVersion"));

        // Written through events.k8s.io/v1, read through core v1.
        QCOMPARE(
            client
                .request("POST", v1Path,
                         R"({"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":"views-v1"},)"
                         R"("regarding":{"kind":"ScaledObject","namespace":"team-001","name":"vo"},)"
                         R"("reason":"ViewTest","note":"written as events.k8s.io","type":"Normal",)"
                         R"("reportingController":"sim-tester","reportingInstance":"sim-tester-1",)"
                         R"("action":"Testing","eventTime":"2026-01-01T00:00:00.000000Z",)"
                         R"("series":{"count":2,"lastObservedTime":"2026-01-01T00:01:00.000000Z"}})",
                         "application/json")
                .status,
            201);
        auto core = parseJson(client.get(corePath + "/views-v1").body);
        QCOMPARE(stringAt(core, "apiVersion"), std::string("v1"));
        QCOMPARE(stringAt(core, "involvedObject.name"), std::string("vo"));
        QCOMPARE(stringAt(core, "message"), std::string("written as events.k8s.io"));
        QCOMPARE(stringAt(core, "reportingComponent"), std::string("sim-tester"));
        QCOMPARE(stringAt(core, "reportingInstance"), std::string("sim-tester-1"));
        QCOMPARE(stringAt(core, "action"), std::string("Testing"));
        QCOMPARE(intAt(core, "series.count"), 2LL);
        QCOMPARE(stringAt(core, "eventTime"), std::string("2026-01-01T00:00:00.000000Z"));

        // Updates and deletes through one API show in the other.
        QCOMPARE(client
                     .request("PATCH", v1Path + "/views-core", R"({"note":"patched as events.k8s.io"})",
                              "application/merge-patch+json")
                     .status,
                 200);
        QCOMPARE(stringAt(parseJson(client.get(corePath + "/views-core").body), "message"),
                 std::string("patched as events.k8s.io"));
        auto items = [&](const std::string &target) {
            return int(parseJson(client.get(target).body)["items"].Size());
        };
        // Field selectors of each API, on the one stored event.
        QCOMPARE(items(corePath + "?fieldSelector=reason%3DViewTest"), 2);
        QCOMPARE(items(v1Path + "?fieldSelector=reason%3DViewTest"), 2);
        QCOMPARE(items(corePath + "?fieldSelector=source%3Dsim-tester"), 1);
        QCOMPARE(items(corePath + "?fieldSelector=reportingComponent%3Dsim-tester"), 1);
        QCOMPARE(items(v1Path + "?fieldSelector=reportingController%3Dsim-tester"), 1);
        QCOMPARE(items(v1Path + "?fieldSelector=regarding.name%3Dvo,type%3DWarning"), 1);
        QCOMPARE(
            items(corePath + "?fieldSelector=involvedObject.name%3Dvo,involvedObject.kind%3DScaledObject"),
            2);
        QCOMPARE(client.get(v1Path + "?fieldSelector=involvedObject.name%3Dvo").status, 400);
        QCOMPARE(client.get(corePath + "?fieldSelector=regarding.name%3Dvo").status, 400);
        QCOMPARE(client.request("DELETE", corePath + "/views-v1").status, 200);
        QCOMPARE(client.get(v1Path + "/views-v1").status, 404);
        QCOMPARE(items(v1Path + "?fieldSelector=reason%3DViewTest"), 1);
    }

    void tablesCarryTheWholeObjectWhenAsked()
    {
        SimClient client(m_sim->server());
        const std::string path = "/api/v1/namespaces/team-000/events";
        auto metadataOnly = parseJson(client.get(path, kTableAccept).body);
        QVERIFY(metadataOnly["rows"].Size() > 0);
        QCOMPARE(stringAt(metadataOnly["rows"][0], "object.kind"), std::string("PartialObjectMetadata"));
        auto whole = parseJson(client.get(path + "?includeObject=Object", kTableAccept).body);
        QCOMPARE(whole["rows"].Size(), metadataOnly["rows"].Size());
        for (const auto &row : whole["rows"].GetArray()) {
            QCOMPARE(stringAt(row, "object.kind"), std::string("Event"));
            QCOMPARE(stringAt(row, "object.apiVersion"), std::string("v1"));
            QVERIFY(!stringAt(row, "object.reason").empty());
        }
        auto v1 = parseJson(
            client.get("/apis/events.k8s.io/v1/namespaces/team-000/events?includeObject=Object", kTableAccept)
                .body);
        QVERIFY(v1["rows"].Size() > 0);
        QCOMPARE(stringAt(v1["rows"][0], "object.apiVersion"), std::string("events.k8s.io/v1"));
        QVERIFY(!stringAt(v1["rows"][0], "object.regarding.name").empty());
        auto none = parseJson(client.get(path + "?includeObject=None", kTableAccept).body);
        QVERIFY(!none["rows"][0].HasMember("object"));
        auto one = parseJson(client
                                 .get("/apis/keda.sh/v1alpha1/namespaces/team-000/scaledobjects/"
                                      "orders-consumer-0000?includeObject=Object",
                                      kTableAccept)
                                 .body);
        QCOMPARE(stringAt(one["rows"][0], "object.kind"), std::string("ScaledObject"));
        QVERIFY(!stringAt(one["rows"][0], "object.spec.scaleTargetRef.name").empty());
    }

    void tablesUseTheCrdPrinterColumns()
    {
        SimClient client(m_sim->server());
        auto r = client.get("/apis/keda.sh/v1alpha1/scaledobjects?limit=500", kTableAccept);
        QCOMPARE(r.status, 200);
        auto table = parseJson(r.body);
        QCOMPARE(stringAt(table, "kind"), std::string("Table"));
        QCOMPARE(stringAt(table, "apiVersion"), std::string("meta.k8s.io/v1"));
        std::vector<std::string> columns;
        for (const auto &c : table["columnDefinitions"].GetArray())
            columns.push_back(stringAt(c, "name"));
        QVERIFY(columns.size() >= 10);
        QCOMPARE(columns.front(), std::string("Name"));
        for (const char *c :
             {"ScaleTargetKind", "Min", "Max", "Ready", "Active", "Fallback", "Paused", "Triggers", "Age"})
            QVERIFY2(std::find(columns.begin(), columns.end(), c) != columns.end(), c);
        QVERIFY(table["rows"].Size() >= 30);
        const auto &row = table["rows"][0];
        QCOMPARE(row["cells"].Size(), rapidjson::SizeType(columns.size()));
        QCOMPARE(stringAt(row, "object.kind"), std::string("PartialObjectMetadata"));
        QVERIFY(!stringAt(row, "object.metadata.namespace").empty());
        QCOMPARE(std::string(row["cells"][0].GetString()), stringAt(row, "object.metadata.name"));
        const auto readyIndex = std::find(columns.begin(), columns.end(), "Ready") - columns.begin();
        QCOMPARE(std::string(row["cells"][static_cast<rapidjson::SizeType>(readyIndex)].GetString()),
                 std::string("True"));

        auto deployments =
            parseJson(client.get("/apis/apps/v1/namespaces/keda/deployments", kTableAccept).body);
        std::vector<std::string> deploymentColumns;
        for (const auto &c : deployments["columnDefinitions"].GetArray())
            deploymentColumns.push_back(stringAt(c, "name"));
        QCOMPARE(deploymentColumns,
                 (std::vector<std::string>{"Name", "Ready", "Up-to-date", "Available", "Age"}));
        QCOMPARE(std::string(deployments["rows"][0]["cells"][1].GetString()), std::string("1/1"));

        auto namespaces = parseJson(client.get("/api/v1/namespaces/keda", kTableAccept).body);
        QCOMPARE(std::string(namespaces["rows"][0]["cells"][1].GetString()), std::string("Active"));
        auto hpas = parseJson(client.get("/apis/autoscaling/v2/horizontalpodautoscalers", kTableAccept).body);
        QCOMPARE(stringAt(hpas["columnDefinitions"][1], "name"), std::string("Reference"));
    }

    void largeBodiesAreGzipped()
    {
        RunningSim big(RunningSim::Options{150, 2});
        QVERIFY2(big.ok(), big.error().c_str());
        SimClient client(big.server());
        const std::string target = "/apis/keda.sh/v1alpha1/scaledobjects";
        auto plain = client.get(target);
        QVERIFY(plain.body.size() > 128 * 1024);
        QVERIFY(plain.header("content-encoding").empty());
        auto zipped = client.get(target, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(zipped.status, 200);
        QCOMPARE(zipped.header("content-encoding"), std::string("gzip"));
        QVERIFY(zipped.body.size() < plain.body.size() / 3);
        QCOMPARE(gunzip(zipped.body), plain.body);
        auto small = client.get("/api/v1/namespaces", {{"Accept-Encoding", "gzip"}});
        QVERIFY(small.header("content-encoding").empty());
    }

    void unknownPathsAndMethods()
    {
        SimClient client(m_sim->server());
        auto r = client.get("/apis/keda.sh/v1alpha1/namespaces/team-000/widgets");
        QCOMPARE(r.status, 404);
        QCOMPARE(stringAt(parseJson(r.body), "kind"), std::string("Status"));
        QCOMPARE(client
                     .request("POST", scaledObjectPath("team-000", "orders-consumer-0000"), "{}",
                              "application/json")
                     .status,
                 405);
        QCOMPARE(
            client.request("PATCH", scaledObjectPath("team-000", "orders-consumer-0000"), "{}", "text/plain")
                .status,
            415);
        QCOMPARE(
            client.request("POST", scaledObjectsPath("team-000"), "{not json", "application/json").status,
            400);
    }

    void seedsTenThousandScaledObjectsQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        RunningSim big(RunningSim::Options{10000, 200});
        const qint64 startup = timer.elapsed();
        QVERIFY2(big.ok(), big.error().c_str());
        qInfo("10,000 ScaledObjects seeded and serving in %lld ms", startup);
        // Generous for a loaded CI machine; about one second on two busy cores.
        QVERIFY(startup < 6000);
        SimClient client(big.server());
        timer.restart();
        auto list = client.get("/apis/keda.sh/v1alpha1/scaledobjects?resourceVersion=0");
        qInfo("list of %zu bytes in %lld ms", list.body.size(), timer.elapsed());
        QCOMPARE(list.status, 200);
        QCOMPARE(parseJson(list.body)["items"].Size(), 10000u);
        QVERIFY(list.body.size() > 10000u * 1500u);
        QVERIFY(list.body.size() < 10000u * 3500u);
        auto team = parseJson(client.get(scaledObjectsPath("team-199")).body);
        QCOMPARE(team["items"].Size(), 50u);
    }

    void faultInjection()
    {
        auto &faults = m_sim->server().faults();
        SimClient client(m_sim->server(), SimClient::Auth::AdminToken);
        const std::string target = scaledObjectsPath("team-000");
        faults.clearRecordedRequests();
        faults.failNext("GET", target, 429, 1, 7);
        auto throttled = client.get(target);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("retry-after"), std::string("7"));
        auto status = parseJson(throttled.body);
        QCOMPARE(stringAt(status, "reason"), std::string("TooManyRequests"));
        QCOMPARE(intAt(status, "details.retryAfterSeconds"), 7LL);
        QCOMPARE(client.get(target).status, 200);

        faults.failNext("", "/apis/keda.sh", 503, 2);
        QCOMPARE(client.get(target).status, 503);
        QCOMPARE(client.request("DELETE", scaledObjectPath("team-000", "nothing")).status, 503);
        QCOMPARE(client.request("DELETE", scaledObjectPath("team-000", "nothing")).status, 404);

        QElapsedTimer timer;
        timer.start();
        faults.stallNext("GET", target, std::chrono::milliseconds(600));
        QCOMPARE(client.get(target).status, 200);
        QVERIFY(timer.elapsed() >= 550);

        faults.truncateNext("GET", target);
        auto cut = client.get(target);
        QVERIFY(!cut.ok());
        QCOMPARE(cut.status, 200);
        QVERIFY(!cut.header("content-length").empty());
        QVERIFY(cut.body.size() < std::stoul(cut.header("content-length")));
        QCOMPARE(client.get(target).status, 200);

        const auto recorded = faults.recordedRequests();
        QVERIFY(recorded.size() >= 8);
        for (const auto &request : recorded) {
            QVERIFY(request.headers.count("authorization") == 0);
            QVERIFY(!request.method.empty());
        }
        QCOMPARE(recorded.front().target, target);
        QCOMPARE(recorded.front().headers.at("user-agent"), std::string("kedascope-sim-test/1.0"));
    }

    void stateDirectoryKeepsTheIdentityAcrossRestarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        sim::SimOptions options;
        options.stateDirectory = dir.filePath(QStringLiteral("state")).toStdString();

        auto first = std::make_unique<sim::SimServer>(options);
        QVERIFY(first->start().ok());
        const auto credentials = SimCredentials::fromKubeconfig(first->kubeconfigYaml());
        const std::string ca = first->caPem();
        options.port = first->port();
        QCOMPARE(SimClient(*first, SimClient::Auth::ClientCertificate).get("/api").status, 200);

        // Keys and tokens are the owner's only; certificates may be read by anyone.
        const QDir state(dir.filePath(QStringLiteral("state")));
        const QFileDevice::Permissions othersMay = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                   QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(state.path()).permissions() & othersMay, QFileDevice::Permissions());
        for (const char *name : {"ca.key", "server.key", "admin.key", "admin.token", "viewer.token"}) {
            const QFileInfo file(state.filePath(QLatin1String(name)));
            QVERIFY2(file.exists(), name);
            QCOMPARE(file.permissions() & othersMay, QFileDevice::Permissions());
        }
        QVERIFY(QFileInfo::exists(state.filePath(QStringLiteral("ca.crt"))));
        // Versions move on across restarts, as etcd's do: a watch from before the restart gets 410.
        for (int i = 0; i < 50; ++i)
            first->store().compact();
        const unsigned long long lastVersion = first->store().currentResourceVersion();
        first->stop();
        first.reset();

        // A restart on the same port with the same state directory: the old credentials still work.
        sim::SimServer second(options);
        QVERIFY(second.start().ok());
        QCOMPARE(second.caPem(), ca);
        QCOMPARE(second.port(), options.port);
        QVERIFY(second.store().currentResourceVersion() > lastVersion);
        const auto oldWatch = SimClient(second, SimClient::Auth::ClientCertificate)
                                  .get("/apis/keda.sh/v1alpha1/scaledobjects?watch=1&timeoutSeconds=1&resourceVersion=" +
                                       std::to_string(lastVersion));
        QVERIFY2(oldWatch.body.find("\"code\":410") != std::string::npos, oldWatch.body.c_str());
        for (auto auth : {SimClient::Auth::ClientCertificate, SimClient::Auth::AdminToken,
                          SimClient::Auth::ViewerToken}) {
            const auto answer = SimClient(second.port(), credentials, auth).get("/api");
            QVERIFY2(answer.ok(), answer.error.c_str());
            QCOMPARE(answer.status, 200);
        }
        // Rotated tokens are kept too.
        second.expireTokens();
        const auto rotated = SimCredentials::fromKubeconfig(second.kubeconfigYaml());
        QVERIFY(rotated.adminToken != credentials.adminToken);
        second.stop();
        options.port = 0;
        sim::SimServer third(options);
        QVERIFY(third.start().ok());
        QCOMPARE(SimCredentials::fromKubeconfig(third.kubeconfigYaml()).adminToken, rotated.adminToken);
        QCOMPARE(SimClient(third.port(), credentials, SimClient::Auth::AdminToken).get("/api").status, 401);
        QCOMPARE(SimClient(third.port(), rotated, SimClient::Auth::AdminToken).get("/api").status, 200);
        third.stop();

        // Without a state directory every start is a new cluster.
        sim::SimServer fresh{sim::SimOptions{}};
        QVERIFY(fresh.start().ok());
        QVERIFY(fresh.caPem() != ca);
        fresh.stop();

        // An incomplete identity is refused, never replaced; the error names no secret.
        QVERIFY(QFile::remove(state.filePath(QStringLiteral("viewer.token"))));
        sim::SimServer incomplete(options);
        const auto refused = incomplete.start();
        QVERIFY(!refused.ok());
        const std::string message = refused.error().message;
        QVERIFY2(message.find("incomplete") != std::string::npos, message.c_str());
        QVERIFY2(message.find("viewer.token") != std::string::npos, message.c_str());
        QVERIFY(message.find(rotated.adminToken) == std::string::npos);
        QVERIFY(!QFileInfo::exists(state.filePath(QStringLiteral("viewer.token"))));

        // Damaged certificates are refused too.
        QFile serverKey(state.filePath(QStringLiteral("server.key")));
        QVERIFY(serverKey.open(QIODevice::WriteOnly | QIODevice::Truncate));
        serverKey.write(QByteArray::fromStdString(sim::generatePrivateKeyPem()));
        serverKey.close();
        QFile viewerToken(state.filePath(QStringLiteral("viewer.token")));
        QVERIFY(viewerToken.open(QIODevice::WriteOnly));
        viewerToken.write("token\n");
        viewerToken.close();
        sim::SimServer damaged(options);
        const auto damagedStart = damaged.start();
        QVERIFY(!damagedStart.ok());
        QVERIFY2(damagedStart.error().message.find("server: the key does not match") != std::string::npos,
                 damagedStart.error().message.c_str());
    }

private:
    std::unique_ptr<RunningSim> m_sim;
};

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
