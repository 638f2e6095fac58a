// SPDX-License-Identifier: Apache-2.0
// Server-side apply of manifest documents against the real sim: created, updated, unchanged, conflicts with
// the other manager's name and field, invalid and forbidden objects, dry runs that change nothing.
#include "helpers/simconnection.h"
#include "support/testsupport.h"

#include "k8sclient/kubeconfig.h"
#include "k8sclient/manifestapply.h"
#include "k8sclient/manifestfile.h"
#include "sim/simserver.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace kedascope;
using namespace kedascope::k8s;
using Outcome = ApplyResult::Outcome;

namespace {

std::string scaledObjectYaml(const std::string &name, int maxReplicas, const std::string &queueLength = "5")
{
    return "apiVersion: keda.sh/v1alpha1\n"
           "kind: ScaledObject\n"
           "metadata:\n"
           "  name: " + name + "\n"
           "spec:\n"
           "  scaleTargetRef:\n"
           "    name: " + name + "\n"
           "  maxReplicaCount: " + std::to_string(maxReplicas) + "\n"
           "  triggers:\n"
           "    - type: rabbitmq\n"
           "      metadata:\n"
           "        queueName: q\n"
           "        queueLength: \"" + queueLength + "\"\n";
}

json::Document objectOf(const std::string &yaml)
{
    const ManifestFile file = ManifestFile::parse(yaml);
    if (file.objectIndexes().size() != 1)
        qFatal("test manifest does not parse:\n%s", yaml.c_str());
    json::Document copy;
    copy.CopyFrom(*file.document(file.objectIndexes().front()).object, copy.GetAllocator());
    return copy;
}

} // namespace

class TestManifestApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createsUpdatesAndReportsUnchanged();
    void dryRunChangesNothing();
    void conflictNamesTheOtherManagerAndField();
    void forceTakesTheFieldsOver();
    void invalidObjectsCarryTheirFieldPaths();
    void readOnlyUsersAreForbidden();
    void appliesEveryDocumentOfAFile();
    void resolvesOtherKindsThroughDiscovery();
    void kedaAdmissionRefusalsAreReported();
    void parsesConflictsAndWarnings();
    void droppedFieldsComeBackAsWarnings();

private:
    std::unique_ptr<test::RunningSim> m_sim;
    std::shared_ptr<ApiClient> m_client;
};

void TestManifestApply::initTestCase()
{
    m_sim = std::make_unique<test::RunningSim>();
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
    auto client = test::simApiClient(*m_sim, "sim-admin");
    QVERIFY2(client, client ? "" : client.error().message.c_str());
    m_client = *client;
}

void TestManifestApply::createsUpdatesAndReportsUnchanged()
{
    const ApplyResult created = applyObject(*m_client, objectOf(scaledObjectYaml("orders", 10)));
    QVERIFY2(created.outcome == Outcome::Created, created.summary().c_str());
    QCOMPARE(created.summary(), std::string("scaledobject.keda.sh/orders created"));
    QCOMPARE(created.ns, std::string("default"));
    QVERIFY(created.object);
    QCOMPARE(json::intAt(*created.object, "spec.maxReplicaCount"), std::optional<long long>(10));

    const ApplyResult again = applyObject(*m_client, objectOf(scaledObjectYaml("orders", 10)));
    QCOMPARE(again.outcome, Outcome::Unchanged);
    QCOMPARE(again.summary(), std::string("scaledobject.keda.sh/orders unchanged"));

    const ApplyResult updated = applyObject(*m_client, objectOf(scaledObjectYaml("orders", 15, "7")));
    QCOMPARE(updated.outcome, Outcome::Updated);
    QCOMPARE(updated.summary(), std::string("scaledobject.keda.sh/orders configured"));
    auto live = m_client->get(resources::scaledObjects(), "default", "orders");
    QVERIFY(live);
    QCOMPARE(json::intAt(*live, "spec.maxReplicaCount"), std::optional<long long>(15));
    QVERIFY((*live)["spec"]["triggers"][0]["metadata"]["queueLength"].IsString());
    QCOMPARE(json::stringAt((*live)["spec"]["triggers"][0], "metadata.queueLength"), std::string("7"));
    bool ours = false;
    for (const auto &entry : (*live)["metadata"]["managedFields"].GetArray())
        ours = ours || (json::stringAt(entry, "manager") == "kedascope" && json::stringAt(entry, "operation") == "Apply");
    QVERIFY(ours);
}

void TestManifestApply::dryRunChangesNothing()
{
    ApplyOptions dryRun;
    dryRun.dryRun = DryRun::All;
    const ApplyResult wouldCreate = applyObject(*m_client, objectOf(scaledObjectYaml("ghost", 10)), dryRun);
    QCOMPARE(wouldCreate.outcome, Outcome::Created);
    QCOMPARE(wouldCreate.summary(), std::string("scaledobject.keda.sh/ghost created (server dry run)"));
    QVERIFY(m_client->get(resources::scaledObjects(), "default", "ghost").error().isNotFound());

    QCOMPARE(applyObject(*m_client, objectOf(scaledObjectYaml("steady", 10))).outcome, Outcome::Created);
    const auto before = m_client->get(resources::scaledObjects(), "default", "steady");
    QVERIFY(before);
    const ApplyResult wouldUpdate = applyObject(*m_client, objectOf(scaledObjectYaml("steady", 40)), dryRun);
    QCOMPARE(wouldUpdate.outcome, Outcome::Updated);
    QVERIFY(wouldUpdate.dryRun);
    QCOMPARE(json::intAt(*wouldUpdate.object, "spec.maxReplicaCount"), std::optional<long long>(40));
    const ApplyResult wouldKeep = applyObject(*m_client, objectOf(scaledObjectYaml("steady", 10)), dryRun);
    QCOMPARE(wouldKeep.outcome, Outcome::Unchanged);
    const auto after = m_client->get(resources::scaledObjects(), "default", "steady");
    QCOMPARE(json::intAt(*after, "spec.maxReplicaCount"), std::optional<long long>(10));
    QCOMPARE(json::stringAt(*after, "metadata.resourceVersion"), json::stringAt(*before, "metadata.resourceVersion"));
}

void TestManifestApply::conflictNamesTheOtherManagerAndField()
{
    QCOMPARE(applyObject(*m_client, objectOf(scaledObjectYaml("contested", 10))).outcome, Outcome::Created);
    PatchOptions other;
    other.fieldManager = "ops-console";
    QVERIFY(m_client->patch(resources::scaledObjects(), "default", "contested", PatchType::Merge,
                            R"({"spec":{"maxReplicaCount":12}})", other));

    const ApplyResult conflict = applyObject(*m_client, objectOf(scaledObjectYaml("contested", 20)));
    QCOMPARE(conflict.outcome, Outcome::Conflict);
    QVERIFY(!conflict.succeeded());
    QCOMPARE(conflict.conflicts.size(), std::size_t(1));
    QCOMPARE(conflict.conflicts[0].manager, std::string("ops-console"));
    QCOMPARE(conflict.conflicts[0].field, std::string(".spec.maxReplicaCount"));
    QCOMPARE(conflict.conflicts[0].detail, std::string("using keda.sh/v1alpha1"));
    QVERIFY2(conflict.summary().find("ops-console") != std::string::npos, conflict.summary().c_str());
    auto live = m_client->get(resources::scaledObjects(), "default", "contested");
    QCOMPARE(json::intAt(*live, "spec.maxReplicaCount"), std::optional<long long>(12));

    // Applying the value the other manager set is no conflict: the field becomes shared.
    QVERIFY(applyObject(*m_client, objectOf(scaledObjectYaml("contested", 12))).succeeded());
}

void TestManifestApply::forceTakesTheFieldsOver()
{
    QCOMPARE(applyObject(*m_client, objectOf(scaledObjectYaml("forced", 10))).outcome, Outcome::Created);
    PatchOptions other;
    other.fieldManager = "ops-console";
    QVERIFY(m_client->patch(resources::scaledObjects(), "default", "forced", PatchType::Merge,
                            R"({"spec":{"maxReplicaCount":3}})", other));
    ApplyOptions force;
    force.force = true;
    const ApplyResult forced = applyObject(*m_client, objectOf(scaledObjectYaml("forced", 25)), force);
    QCOMPARE(forced.outcome, Outcome::Updated);
    auto live = m_client->get(resources::scaledObjects(), "default", "forced");
    QCOMPARE(json::intAt(*live, "spec.maxReplicaCount"), std::optional<long long>(25));
}

void TestManifestApply::invalidObjectsCarryTheirFieldPaths()
{
    json::Document object = objectOf(scaledObjectYaml("broken", 10));
    json::setString(object["spec"], "pollingInterval", "often", object.GetAllocator());
    const ApplyResult invalid = applyObject(*m_client, object);
    QCOMPARE(invalid.outcome, Outcome::Invalid);
    bool named = false;
    for (const auto &cause : invalid.causes)
        named = named || cause.field == "spec.pollingInterval";
    QVERIFY2(named, invalid.summary().c_str());
    QVERIFY(m_client->get(resources::scaledObjects(), "default", "broken").error().isNotFound());

    json::Document nameless = objectOf(scaledObjectYaml("x", 10));
    nameless["metadata"].RemoveMember("name");
    QCOMPARE(applyObject(*m_client, nameless).outcome, Outcome::Invalid);
}

void TestManifestApply::readOnlyUsersAreForbidden()
{
    auto viewer = test::simApiClient(*m_sim, "sim-viewer");
    QVERIFY(viewer);
    const ApplyResult forbidden = applyObject(**viewer, objectOf(scaledObjectYaml("not-allowed", 10)));
    QCOMPARE(forbidden.outcome, Outcome::Forbidden);
    QVERIFY(!forbidden.message.empty());
    QVERIFY(m_client->get(resources::scaledObjects(), "default", "not-allowed").error().isNotFound());
}

void TestManifestApply::appliesEveryDocumentOfAFile()
{
    const std::string text = "apiVersion: v1\n"
                             "kind: ConfigMap\n"
                             "metadata:\n"
                             "  name: worker-settings\n"
                             "data:\n"
                             "  replicas: \"0\"\n"
                             "---\n"
                             "apiVersion: apps/v1\n"
                             "kind: Deployment\n"
                             "metadata:\n"
                             "  name: multi\n"
                             "spec:\n"
                             "  selector: {matchLabels: {app: multi}}\n"
                             "  template:\n"
                             "    metadata: {labels: {app: multi}}\n"
                             "    spec:\n"
                             "      containers: [{name: c, image: \"busybox:1\"}]\n"
                             "---\n" +
                             scaledObjectYaml("multi", 8) + "---\n# nothing here\n";
    const ManifestFile file = ManifestFile::parse(text);
    const auto results = applyManifest(*m_client, file);
    QCOMPARE(results.size(), std::size_t(3));
    QCOMPARE(results[0].summary(), std::string("configmap/worker-settings created"));
    QCOMPARE(results[1].summary(), std::string("deployment.apps/multi created"));
    QCOMPARE(results[2].summary(), std::string("scaledobject.keda.sh/multi created"));
    ResourceType configMaps = *knownResourceType("v1", "ConfigMap");
    auto settings = m_client->get(configMaps, "default", "worker-settings");
    QVERIFY(settings);
    QVERIFY((*settings)["data"]["replicas"].IsString());

    const auto again = applyManifest(*m_client, file);
    for (const auto &result : again)
        QVERIFY2(result.outcome == Outcome::Unchanged, result.summary().c_str());

    const ManifestFile broken = ManifestFile::parse(text + "---\nkind: [\n");
    const auto withError = applyManifest(*m_client, broken);
    QCOMPARE(withError.size(), std::size_t(4));
    QCOMPARE(withError.back().outcome, Outcome::Invalid);
}

void TestManifestApply::resolvesOtherKindsThroughDiscovery()
{
    auto events = resolveKind(*m_client, "events.k8s.io/v1", "Event");
    QVERIFY2(events, events ? "" : events.error().message.c_str());
    QCOMPARE(events->resource, std::string("events"));
    QCOMPARE(events->group, std::string("events.k8s.io"));
    auto unknown = resolveKind(*m_client, "example.com/v1", "Widget");
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.find("Widget") != std::string::npos);
    const ApplyResult widget =
        applyObject(*m_client, objectOf("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n"));
    QVERIFY(!widget.succeeded());
    QVERIFY(widget.summary().find("widget.example.com/w") != std::string::npos);
}

void TestManifestApply::kedaAdmissionRefusalsAreReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    sim::SimOptions options;
    options.keda = true;
    options.kubeconfigOut = dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    sim::SimServer server(options);
    QVERIFY(server.start());
    Kubeconfig::LoadOptions load;
    load.explicitPath = options.kubeconfigOut;
    load.kubeconfigEnv = std::string();
    auto kubeconfig = Kubeconfig::load(load);
    QVERIFY(kubeconfig);
    auto connection = kubeconfig->resolve("sim-admin");
    QVERIFY(connection);
    auto client = ApiClient::create(*connection);
    QVERIFY(client);

    // Only a cpu trigger with the default minimum of 0: KEDA's webhook refuses it (a dry run skips that check).
    const json::Document cpuOnly =
        objectOf("apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: cpu-only\nspec:\n"
                 "  scaleTargetRef:\n    name: cpu-only\n  triggers:\n    - type: cpu\n      metricType: Utilization\n"
                 "      metadata:\n        value: \"50\"\n");
    const ApplyResult refused = applyObject(**client, cpuOnly);
    QVERIFY2(refused.outcome == Outcome::Forbidden, refused.summary().c_str());
    QVERIFY(refused.message.find("admission webhook") != std::string::npos);
    QVERIFY((*client)->get(resources::scaledObjects(), "default", "cpu-only").error().isNotFound());
    server.stop();
}

void TestManifestApply::parsesConflictsAndWarnings()
{
    Error error;
    error.code = 409;
    error.message = "Apply failed with 2 conflicts: conflicts with \"helm\" using apps/v1:\n- .spec.replicas\n"
                    "- .spec.template.spec.containers[name=\"c\"].image";
    const auto conflicts = parseConflicts(error);
    QCOMPARE(conflicts.size(), std::size_t(2));
    QCOMPARE(conflicts[0].manager, std::string("helm"));
    QCOMPARE(conflicts[0].detail, std::string("using apps/v1"));
    QCOMPARE(conflicts[1].field, std::string(".spec.template.spec.containers[name=\"c\"].image"));
    error.message = "Apply failed with 1 conflict: conflict with \"kubectl-edit\": .spec.minReplicaCount";
    const auto one = parseConflicts(error);
    QCOMPARE(one.size(), std::size_t(1));
    QCOMPARE(one[0].manager, std::string("kubectl-edit"));
    QCOMPARE(one[0].field, std::string(".spec.minReplicaCount"));

    const auto warnings = parseWarnings(
        R"(299 - "spec.triggers[0]: metadata.type is deprecated", 299 - "say \"hi\", twice" "Mon, 01 Jan 2026 00:00:00 GMT")");
    QCOMPARE(warnings.size(), std::size_t(2));
    QCOMPARE(warnings[0], std::string("spec.triggers[0]: metadata.type is deprecated"));
    QCOMPARE(warnings[1], std::string("say \"hi\", twice"));
    QVERIFY(parseWarnings("").empty());
}

void TestManifestApply::droppedFieldsComeBackAsWarnings()
{
    // As kube-apiserver does by default (fieldValidation=Warn): unknown fields are dropped and named.
    std::string yaml = scaledObjectYaml("typo", 10);
    yaml.replace(yaml.find("  maxReplicaCount"), 0, "  pollingIntervall: 15\n  cooldown: 30\n");
    ApplyOptions dryRun;
    dryRun.dryRun = DryRun::All;
    const ApplyResult tried = applyObject(*m_client, objectOf(yaml), dryRun);
    QVERIFY2(tried.succeeded(), tried.summary().c_str());
    std::vector<std::string> warnings = tried.warnings;
    std::sort(warnings.begin(), warnings.end());
    QCOMPARE(warnings, (std::vector<std::string>{"unknown field \"spec.cooldown\"",
                                                        "unknown field \"spec.pollingIntervall\""}));
    QVERIFY(!json::find(*tried.object, "spec.pollingIntervall"));
    QVERIFY(m_client->get(resources::scaledObjects(), "default", "typo").error().isNotFound());

    const ApplyResult applied = applyObject(*m_client, objectOf(yaml));
    QCOMPARE(applied.outcome, Outcome::Created);
    QCOMPARE(applied.warnings.size(), std::size_t(2));
    const ApplyResult clean = applyObject(*m_client, objectOf(scaledObjectYaml("typo", 10)));
    QCOMPARE(clean.outcome, Outcome::Unchanged);
    QVERIFY(clean.warnings.empty());

    // Strict (what kubectl asks for) refuses them instead, naming both.
    PatchOptions strictOptions;
    strictOptions.fieldValidation = "Strict";
    const Request strict =
        requests::patch(resources::scaledObjects(), "default", "typo", PatchType::Apply, yaml, strictOptions);
    const auto refused = m_client->send(strict);
    QVERIFY(refused);
    QCOMPARE(refused->status, 400);
    QVERIFY2(refused->body.find("strict decoding error: ") != std::string::npos, refused->body.c_str());
    QVERIFY2(refused->body.find("unknown field \\\"spec.cooldown\\\"") != std::string::npos, refused->body.c_str());
    QVERIFY2(refused->body.find("unknown field \\\"spec.pollingIntervall\\\"") != std::string::npos,
             refused->body.c_str());
}

QTEST_GUILESS_MAIN(TestManifestApply)
#include "tst_manifestapply.moc"
