// SPDX-License-Identifier: Apache-2.0
// kedascope-sim writes over real HTTPS: merge and JSON patches, server-side apply (create, update,
// conflicts, force, removal of dropped fields, dry-run), the status and scale subresources, and CRD
// validation (422 with causes, strict unknown fields).
#include "helpers/sharedsimtest.h"
#include "helpers/simclient.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QtTest>

using namespace kedascope;
using namespace kedascope::test;
using namespace std::chrono_literals;

namespace {

const char *const kMerge = "application/merge-patch+json";
const char *const kJsonPatch = "application/json-patch+json";
const char *const kApply = "application/apply-patch+yaml";

std::string applyYaml(const std::string &name, int minReplicas, int maxReplicas,
                      const std::string &extra = {})
{
    return "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: " + name +
           "\n  namespace: team-000\nspec:\n  scaleTargetRef:\n    name: " + name +
           "-worker\n  minReplicaCount: " + std::to_string(minReplicas) +
           "\n  maxReplicaCount: " + std::to_string(maxReplicas) + "\n" + extra +
           "  triggers:\n  - type: rabbitmq\n    metadata:\n      queueName: orders\n      mode: "
           "QueueLength\n"
           "      value: \"5\"\n";
}

// The managedFields entry of `manager`, or null.
const k8s::json::Value *managerEntry(const k8s::json::Value &object, const std::string &manager)
{
    const auto &metadata = object["metadata"];
    if (!metadata.HasMember("managedFields"))
        return nullptr;
    for (const auto &entry : metadata["managedFields"].GetArray())
        if (stringAt(entry, "manager") == manager)
            return &entry;
    return nullptr;
}

bool owns(const k8s::json::Value &object, const std::string &manager, const std::string &field)
{
    const auto *entry = managerEntry(object, manager);
    if (!entry)
        return false;
    const auto *spec = &(*entry)["fieldsV1"];
    if (!spec->HasMember("f:spec"))
        return false;
    return (*spec)["f:spec"].HasMember(("f:" + field).c_str());
}

} // namespace

class TestSimWrites : public SharedSimTest
{
    Q_OBJECT

public:
    TestSimWrites() : SharedSimTest(RunningSim::Options{12, 2}) {}

private slots:
    void mergePatchAddsAndRemovesAnnotations()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectPath("team-000", "orders-consumer-0000");
        const auto before = parseJson(client.get(path).body);
        auto added = client.request("PATCH", path + "?fieldManager=kubectl-annotate",
                                    "{\"metadata\":{\"annotations\":{\"team/owner\":\"0\"}}}", kMerge);
        QCOMPARE(added.status, 200);
        auto doc = parseJson(added.body);
        QCOMPARE(stringAt(doc, "metadata.annotations.team/owner"), std::string("0"));
        QCOMPARE(intAt(doc, "metadata.generation"), intAt(before, "metadata.generation"));
        const auto *entry = managerEntry(doc, "kubectl-annotate");
        QVERIFY(entry);
        QCOMPARE(stringAt(*entry, "operation"), std::string("Update"));
        QCOMPARE(stringAt(*entry, "fieldsType"), std::string("FieldsV1"));
        QVERIFY((*entry)["fieldsV1"]["f:metadata"]["f:annotations"].HasMember("f:team/owner"));

        auto removed =
            client.request("PATCH", path, "{\"metadata\":{\"annotations\":{\"team/owner\":null}}}", kMerge);
        QCOMPARE(removed.status, 200);
        QVERIFY(stringAt(parseJson(removed.body), "metadata.annotations.team/owner").empty());

        auto spec = client.request("PATCH", path, "{\"spec\":{\"cooldownPeriod\":77}}", kMerge);
        auto specDoc = parseJson(spec.body);
        QCOMPARE(intAt(specDoc, "spec.cooldownPeriod"), 77LL);
        QCOMPARE(intAt(specDoc, "metadata.generation"), intAt(before, "metadata.generation") + 1);

        auto stale = client.request(
            "PATCH", path, "{\"metadata\":{\"resourceVersion\":\"1\"},\"spec\":{\"cooldownPeriod\":78}}",
            kMerge);
        QCOMPARE(stale.status, 409);
        QCOMPARE(client.request("PATCH", scaledObjectPath("team-000", "missing"), "{}", kMerge).status, 404);
    }

    void jsonPatchOperations()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectPath("team-001", "payments-worker-0001");
        auto r = client.request(
            "PATCH", path,
            "[{\"op\":\"test\",\"path\":\"/metadata/name\",\"value\":\"payments-worker-0001\"},"
            "{\"op\":\"replace\",\"path\":\"/spec/maxReplicaCount\",\"value\":44},"
            "{\"op\":\"add\",\"path\":\"/metadata/labels/tier\",\"value\":\"gold\"},"
            "{\"op\":\"copy\",\"from\":\"/metadata/labels/tier\",\"path\":\"/metadata/labels/tier-copy\"},"
            "{\"op\":\"move\",\"from\":\"/metadata/labels/tier-copy\",\"path\":\"/metadata/labels/moved\"},"
            "{\"op\":\"add\",\"path\":\"/spec/triggers/"
            "-\",\"value\":{\"type\":\"cpu\",\"metricType\":\"Utilization\",\"metadata\":{\"value\":\"50\"}}}"
            ","
            "{\"op\":\"remove\",\"path\":\"/metadata/labels/scaler\"}]",
            kJsonPatch);
        QCOMPARE(r.status, 200);
        auto doc = parseJson(r.body);
        QCOMPARE(intAt(doc, "spec.maxReplicaCount"), 44LL);
        QCOMPARE(stringAt(doc, "metadata.labels.tier"), std::string("gold"));
        QCOMPARE(stringAt(doc, "metadata.labels.moved"), std::string("gold"));
        QVERIFY(stringAt(doc, "metadata.labels.tier-copy").empty());
        QVERIFY(stringAt(doc, "metadata.labels.scaler").empty());
        QCOMPARE(stringAt(doc["spec"]["triggers"][doc["spec"]["triggers"].Size() - 1], "type"),
                 std::string("cpu"));

        const std::string version = stringAt(doc, "metadata.resourceVersion");
        auto failedTest =
            client.request("PATCH", path,
                           "[{\"op\":\"replace\",\"path\":\"/spec/maxReplicaCount\",\"value\":2},"
                           "{\"op\":\"test\",\"path\":\"/spec/maxReplicaCount\",\"value\":3}]",
                           kJsonPatch);
        QCOMPARE(failedTest.status, 422);
        QCOMPARE(stringAt(parseJson(failedTest.body), "kind"), std::string("Status"));
        auto unchanged = parseJson(client.get(path).body);
        QCOMPARE(intAt(unchanged, "spec.maxReplicaCount"), 44LL);
        QCOMPARE(stringAt(unchanged, "metadata.resourceVersion"), version);
        QCOMPARE(client
                     .request("PATCH", path,
                              "[{\"op\":\"replace\",\"path\":\"/spec/nothing/here\",\"value\":1}]",
                              kJsonPatch)
                     .status,
                 422);
        QCOMPARE(client.request("PATCH", path, "{\"op\":\"add\"}", kJsonPatch).status, 400);
    }

    void serverSideApplyCreatesAndUpdates()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectPath("team-000", "ssa-so");
        auto created = client.request("PATCH", path + "?fieldManager=mgr-a&fieldValidation=Strict",
                                      applyYaml("ssa-so", 1, 5, "  pollingInterval: 15\n"), kApply);
        QCOMPARE(created.status, 201);
        auto doc = parseJson(created.body);
        const auto *entry = managerEntry(doc, "mgr-a");
        QVERIFY(entry);
        QCOMPARE(stringAt(*entry, "operation"), std::string("Apply"));
        QCOMPARE(stringAt(*entry, "apiVersion"), std::string("keda.sh/v1alpha1"));
        QCOMPARE(stringAt(*entry, "fieldsType"), std::string("FieldsV1"));
        QVERIFY(owns(doc, "mgr-a", "minReplicaCount"));
        QVERIFY(owns(doc, "mgr-a", "pollingInterval"));
        QVERIFY((*entry)["fieldsV1"]["f:spec"]["f:scaleTargetRef"].HasMember("f:name"));

        auto updated = client.request("PATCH", path + "?fieldManager=mgr-a",
                                      applyYaml("ssa-so", 1, 6, "  pollingInterval: 15\n"), kApply);
        QCOMPARE(updated.status, 200);
        QCOMPARE(intAt(parseJson(updated.body), "spec.maxReplicaCount"), 6LL);

        // Dropping a field the manager owned alone removes it.
        auto dropped =
            client.request("PATCH", path + "?fieldManager=mgr-a", applyYaml("ssa-so", 1, 6), kApply);
        QCOMPARE(dropped.status, 200);
        auto droppedDoc = parseJson(dropped.body);
        QCOMPARE(intAt(droppedDoc, "spec.pollingInterval"), -1LL);
        QVERIFY(!owns(droppedDoc, "mgr-a", "pollingInterval"));

        QCOMPARE(client.request("PATCH", path, applyYaml("ssa-so", 1, 6), kApply).status, 400);
    }

    void serverSideApplyConflictsAndForce()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectPath("team-000", "ssa-conflict");
        QCOMPARE(client
                     .request("PATCH", path + "?fieldManager=other-manager", applyYaml("ssa-conflict", 1, 10),
                              kApply)
                     .status,
                 201);
        const auto before = client.get(path).body;

        auto conflict = client.request("PATCH", path + "?fieldManager=kedascope&force=false",
                                       applyYaml("ssa-conflict", 1, 20), kApply);
        QCOMPARE(conflict.status, 409);
        auto status = parseJson(conflict.body);
        QCOMPARE(stringAt(status, "reason"), std::string("Conflict"));
        QCOMPARE(stringAt(status, "message"),
                 std::string(
                     "Apply failed with 1 conflict: conflict with \"other-manager\": .spec.maxReplicaCount"));
        QCOMPARE(status["details"]["causes"].Size(), 1u);
        QCOMPARE(stringAt(status["details"]["causes"][0], "reason"), std::string("FieldManagerConflict"));
        QCOMPARE(stringAt(status["details"]["causes"][0], "field"), std::string(".spec.maxReplicaCount"));
        QCOMPARE(client.get(path).body, before);

        // The same values are shared, not conflicting.
        auto shared = client.request("PATCH", path + "?fieldManager=kedascope",
                                     applyYaml("ssa-conflict", 1, 10), kApply);
        QCOMPARE(shared.status, 200);
        auto sharedDoc = parseJson(shared.body);
        QVERIFY(owns(sharedDoc, "kedascope", "maxReplicaCount"));
        QVERIFY(owns(sharedDoc, "other-manager", "maxReplicaCount"));

        auto forced = client.request("PATCH", path + "?fieldManager=kedascope&force=true",
                                     applyYaml("ssa-conflict", 2, 20), kApply);
        QCOMPARE(forced.status, 200);
        auto forcedDoc = parseJson(forced.body);
        QCOMPARE(intAt(forcedDoc, "spec.maxReplicaCount"), 20LL);
        QCOMPARE(intAt(forcedDoc, "spec.minReplicaCount"), 2LL);
        QVERIFY(owns(forcedDoc, "kedascope", "maxReplicaCount"));
        QVERIFY(!owns(forcedDoc, "other-manager", "maxReplicaCount"));
        QVERIFY(!owns(forcedDoc, "other-manager", "minReplicaCount"));
        QVERIFY(owns(forcedDoc, "other-manager", "triggers"));

        // A merge patch takes the field over; applying another value then conflicts with that updater.
        QCOMPARE(client
                     .request("PATCH", path + "?fieldManager=kubectl-patch",
                              "{\"spec\":{\"maxReplicaCount\":30}}", kMerge)
                     .status,
                 200);
        auto withUpdater = client.request("PATCH", path + "?fieldManager=kedascope",
                                          applyYaml("ssa-conflict", 2, 20), kApply);
        QCOMPARE(withUpdater.status, 409);
        QCOMPARE(stringAt(parseJson(withUpdater.body), "message"),
                 std::string(
                     "Apply failed with 1 conflict: conflict with \"kubectl-patch\" using keda.sh/v1alpha1: "
                     ".spec.maxReplicaCount"));
        auto two =
            client.request("PATCH", path + "?fieldManager=third", applyYaml("ssa-conflict", 3, 40), kApply);
        QCOMPARE(two.status, 409);
        QVERIFY(stringAt(parseJson(two.body), "message").rfind("Apply failed with 2 conflicts: ", 0) == 0);
    }

    void serverSideApplyDryRunChangesNothing()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectPath("team-000", "ssa-dry");
        auto dryCreate = client.request("PATCH", path + "?fieldManager=kedascope&dryRun=All",
                                        applyYaml("ssa-dry", 1, 5), kApply);
        QCOMPARE(dryCreate.status, 201);
        QCOMPARE(client.get(path).status, 404);

        QCOMPARE(client.request("PATCH", path + "?fieldManager=kedascope", applyYaml("ssa-dry", 1, 5), kApply)
                     .status,
                 201);
        const std::string listPath = scaledObjectsPath("team-000");
        const std::string version =
            stringAt(parseJson(client.get(listPath).body), "metadata.resourceVersion");
        auto stream = client.stream(listPath + "?watch=true&resourceVersion=" + version);
        auto dry = client.request("PATCH", path + "?fieldManager=kedascope&dryRun=All",
                                  applyYaml("ssa-dry", 1, 9), kApply);
        QCOMPARE(dry.status, 200);
        QCOMPARE(intAt(parseJson(dry.body), "spec.maxReplicaCount"), 9LL);
        auto stored = parseJson(client.get(path).body);
        QCOMPARE(intAt(stored, "spec.maxReplicaCount"), 5LL);
        QCOMPARE(stringAt(parseJson(client.get(listPath).body), "metadata.resourceVersion"), version);
        QCOMPARE(client.request("PATCH", path + "?dryRun=All", "{\"spec\":{\"maxReplicaCount\":7}}", kMerge)
                     .status,
                 200);
        QCOMPARE(client.request("DELETE", path + "?dryRun=All").status, 200);
        QCOMPARE(client.get(path).status, 200);
        // The first event the watch sees is the real change, not a dry run.
        QCOMPARE(client.request("PATCH", path, "{\"spec\":{\"maxReplicaCount\":8}}", kMerge).status, 200);
        auto line = stream->nextLine(5s);
        QVERIFY(line.has_value());
        QCOMPARE(intAt(parseJson(*line), "object.spec.maxReplicaCount"), 8LL);
    }

    void statusSubresourceChangesOnlyStatus()
    {
        SimClient client(m_sim->server());
        const std::string path = scaledObjectPath("team-001", "audit-logger-0007");
        const auto before = parseJson(client.get(path).body);
        auto r = client.request("PATCH", path + "/status",
                                "{\"status\":{\"originalReplicaCount\":9},\"spec\":{\"maxReplicaCount\":99}}",
                                kMerge);
        QCOMPARE(r.status, 200);
        auto doc = parseJson(r.body);
        QCOMPARE(intAt(doc, "status.originalReplicaCount"), 9LL);
        QCOMPARE(intAt(doc, "spec.maxReplicaCount"), intAt(before, "spec.maxReplicaCount"));
        QCOMPARE(intAt(doc, "metadata.generation"), intAt(before, "metadata.generation"));

        auto main = client.request(
            "PATCH", path, "{\"status\":{\"originalReplicaCount\":1},\"spec\":{\"cooldownPeriod\":61}}",
            kMerge);
        auto mainDoc = parseJson(main.body);
        QCOMPARE(intAt(mainDoc, "status.originalReplicaCount"), 9LL);
        QCOMPARE(intAt(mainDoc, "spec.cooldownPeriod"), 61LL);

        auto replaced = parseJson(client.get(path + "/status").body);
        replaced["status"]["originalReplicaCount"].SetInt(4);
        auto put =
            client.request("PUT", path + "/status", k8s::json::serialize(replaced), "application/json");
        QCOMPARE(put.status, 200);
        QCOMPARE(intAt(parseJson(put.body), "status.originalReplicaCount"), 4LL);
        QCOMPARE(
            client
                .request("PATCH",
                         "/apis/keda.sh/v1alpha1/namespaces/team-001/scaledobjects/audit-logger-0007/scale",
                         "{}", kMerge)
                .status,
            404);
    }

    void scaleSubresource()
    {
        SimClient client(m_sim->server());
        const std::string deployment = "/apis/apps/v1/namespaces/team-000/deployments/orders-consumer-0000";
        auto scale = parseJson(client.get(deployment + "/scale").body);
        QCOMPARE(stringAt(scale, "kind"), std::string("Scale"));
        QCOMPARE(stringAt(scale, "apiVersion"), std::string("autoscaling/v1"));
        QCOMPARE(stringAt(scale, "status.selector"), std::string("app=orders-consumer-0000"));
        QVERIFY(intAt(scale, "spec.replicas") >= 0);

        auto patched = client.request("PATCH", deployment + "/scale", "{\"spec\":{\"replicas\":6}}", kMerge);
        QCOMPARE(patched.status, 200);
        QCOMPARE(intAt(parseJson(patched.body), "spec.replicas"), 6LL);
        auto object = parseJson(client.get(deployment).body);
        QCOMPARE(intAt(object, "spec.replicas"), 6LL);
        QCOMPARE(intAt(object, "status.replicas"), 6LL);

        auto current = parseJson(client.get(deployment + "/scale").body);
        current["spec"]["replicas"].SetInt(2);
        QCOMPARE(
            client.request("PUT", deployment + "/scale", k8s::json::serialize(current), "application/json")
                .status,
            200);
        QCOMPARE(intAt(parseJson(client.get(deployment).body), "spec.replicas"), 2LL);
        QCOMPARE(
            client.request("PUT", deployment + "/scale", k8s::json::serialize(current), "application/json")
                .status,
            409);
        QCOMPARE(
            client.request("PATCH", deployment + "/scale", "{\"spec\":{\"replicas\":-1}}", kMerge).status,
            422);

        const std::string sts =
            "{\"apiVersion\":\"apps/v1\",\"kind\":\"StatefulSet\",\"metadata\":{\"name\":\"db\"},"
            "\"spec\":{\"replicas\":1,\"selector\":{\"matchLabels\":{\"app\":\"db\"}}}}";
        QCOMPARE(
            client.request("POST", "/apis/apps/v1/namespaces/team-000/statefulsets", sts, "application/json")
                .status,
            201);
        QCOMPARE(client
                     .request("PATCH", "/apis/apps/v1/namespaces/team-000/statefulsets/db/scale",
                              "{\"spec\":{\"replicas\":3}}", kMerge)
                     .status,
                 200);
        QCOMPARE(intAt(parseJson(client.get("/apis/apps/v1/namespaces/team-000/statefulsets/db").body),
                       "spec.replicas"),
                 3LL);
    }

    void invalidObjectsGet422WithCauses()
    {
        SimClient client(m_sim->server());
        auto r = client.request("POST", scaledObjectsPath("team-000") + "?fieldValidation=Strict",
                                scaledObjectJson("team-000", "bad-so", 5, 2), "application/json");
        QCOMPARE(r.status, 422);
        auto status = parseJson(r.body);
        QCOMPARE(stringAt(status, "reason"), std::string("Invalid"));
        QCOMPARE(intAt(status, "code"), 422LL);
        const std::string message = stringAt(status, "message");
        QVERIFY2(message.rfind("ScaledObject.keda.sh \"bad-so\" is invalid: spec: Invalid value: ", 0) == 0,
                 message.c_str());
        QVERIFY(message.find("minReplicaCount must be less than or equal to maxReplicaCount") !=
                std::string::npos);
        QCOMPARE(stringAt(status, "details.name"), std::string("bad-so"));
        QCOMPARE(stringAt(status, "details.group"), std::string("keda.sh"));
        QCOMPARE(stringAt(status, "details.kind"), std::string("ScaledObject"));
        QVERIFY(status["details"]["causes"].Size() >= 1);
        QCOMPARE(stringAt(status["details"]["causes"][0], "field"), std::string("spec"));
        QCOMPARE(client.get(scaledObjectPath("team-000", "bad-so")).status, 404);

        auto several =
            client.request("POST", scaledObjectsPath("team-000"),
                           scaledObjectJson("team-000", "worse-so", 5, 0, ",\"pollingInterval\":\"often\""),
                           "application/json");
        QCOMPARE(several.status, 422);
        auto severalStatus = parseJson(several.body);
        QVERIFY(severalStatus["details"]["causes"].Size() >= 2);
        const std::string severalMessage = stringAt(severalStatus, "message");
        QVERIFY(severalMessage.find("is invalid: [") != std::string::npos);
        QVERIFY(severalMessage.find("spec.pollingInterval") != std::string::npos);

        auto dry = client.request("POST", scaledObjectsPath("team-000") + "?dryRun=All",
                                  scaledObjectJson("team-000", "bad-so", 5, 2), "application/json");
        QCOMPARE(dry.status, 422);

        const std::string path = scaledObjectPath("team-000", "orders-consumer-0000");
        const std::string before = client.get(path).body;
        auto patch = client.request("PATCH", path, "{\"spec\":{\"minReplicaCount\":500}}", kMerge);
        QCOMPARE(patch.status, 422);
        QCOMPARE(client.get(path).body, before);
        auto apply =
            client.request("PATCH", scaledObjectPath("team-000", "bad-apply") + "?fieldManager=kedascope",
                           applyYaml("bad-apply", 9, 3), kApply);
        QCOMPARE(apply.status, 422);
    }

    void unknownFieldsAreRefusedUnderStrictAndPrunedOtherwise()
    {
        SimClient client(m_sim->server());
        auto strict = client.request("POST", scaledObjectsPath("team-000") + "?fieldValidation=Strict",
                                     scaledObjectJson("team-000", "bogus-so", 1, 5, ",\"bogusField\":1"),
                                     "application/json");
        QCOMPARE(strict.status, 400);
        auto status = parseJson(strict.body);
        QCOMPARE(stringAt(status, "reason"), std::string("BadRequest"));
        QCOMPARE(stringAt(status, "message"),
                 std::string("strict decoding error: unknown field \"spec.bogusField\""));

        auto applyStrict = client.request(
            "PATCH", scaledObjectPath("team-000", "bogus-so") + "?fieldManager=k&fieldValidation=Strict",
            applyYaml("bogus-so", 1, 5, "  bogusField: 1\n"), kApply);
        QCOMPARE(applyStrict.status, 400);
        QVERIFY(stringAt(parseJson(applyStrict.body), "message").find("unknown field \"spec.bogusField\"") !=
                std::string::npos);

        auto lenient = client.request("POST", scaledObjectsPath("team-000") + "?fieldValidation=Ignore",
                                      scaledObjectJson("team-000", "bogus-so", 1, 5, ",\"bogusField\":1"),
                                      "application/json");
        QCOMPARE(lenient.status, 201);
        auto doc = parseJson(lenient.body);
        QVERIFY(!doc["spec"].HasMember("bogusField"));
    }

    void createDropsStatusAndKeepsServerFields()
    {
        SimClient client(m_sim->server());
        const std::string body = scaledObjectJson("team-001", "with-status")
                                     .substr(0, scaledObjectJson("team-001", "with-status").size() - 1) +
                                 ",\"status\":{\"hpaName\":\"made-up\"}}";
        auto r = client.request("POST", scaledObjectsPath("team-001"), body, "application/json");
        QCOMPARE(r.status, 201);
        auto doc = parseJson(r.body);
        QVERIFY(!doc.HasMember("status"));
        QVERIFY(managerEntry(doc, "kedascope-sim-test"));
    }
};

QTEST_GUILESS_MAIN(TestSimWrites)
#include "tst_simwrites.moc"
