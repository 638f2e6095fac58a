// SPDX-License-Identifier: Apache-2.0
// ManifestApplier's Diff, Dry run and Apply over the in-memory cluster: what is sent, in which order,
// what each object's outcome says, and that a refused dry run leaves the cluster untouched.
#include "models/manifestapplier.h"
#include "helpers/fakeclusterconnection.h"

#include "k8sclient/resourcetype.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kedascope;
using Kind = models::ObjectOutcome::Kind;
using Mode = models::ManifestRun::Mode;

namespace {

constexpr int timeoutMs = 5000;

// The names go in by replacement: with raw strings joined to quote characters, moc (6.4) found no class here.
QByteArray scaledObjectManifest(const QString &name, const QString &ns = QStringLiteral("shop"))
{
    QByteArray text = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":"NAME"NAMESPACE},)"
                      R"("spec":{"scaleTargetRef":{"name":"orders"},"maxReplicaCount":20,)"
                      R"("triggers":[{"type":"rabbitmq","metadata":{"queueName":"orders","value":"20"}}]}})";
    text.replace("NAMESPACE", ns.isEmpty() ? QByteArray() : R"(,"namespace":"NS")");
    text.replace("NS", ns.toUtf8());
    text.replace("NAME", name.toUtf8());
    return text;
}

k8s::CachedObject liveObject(const QByteArray &manifest, const std::string &ns, const std::string &name)
{
    k8s::CachedObject object;
    object.ns = ns;
    object.name = name;
    object.resourceVersion = "7";
    object.json = manifest.toStdString();
    return object;
}

models::ManifestRun runTo(models::ManifestApplier &applier, test::FakeClusterConnection *connection,
                          const std::vector<QByteArray> &objects, Mode mode)
{
    QSignalSpy finished(&applier, &models::ManifestApplier::finished);
    applier.start(connection, objects, mode, false, QStringLiteral("fallback-ns"));
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return {};
    return finished.takeFirst().at(0).value<models::ManifestRun>();
}

models::CallResult acceptedWith(const QString &warning)
{
    models::CallResult answer;
    answer.ok = true;
    answer.warnings = {warning};
    return answer;
}

} // namespace

class TestManifestApplier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dryRunSendsOnlyDryRunsAndKeepsServerWarnings();
    void applyDryRunsEveryObjectBeforeApplyingAny();
    void refusedDryRunAppliesNothing();
    void unknownKindStopsApplyBeforeAnythingIsSent();
    void missingNamespaceTakesTheDefault();
    void diffComparesWithTheLiveObject();
    void conflictIsReportedAsConflict();
};

void TestManifestApplier::dryRunSendsOnlyDryRunsAndKeepsServerWarnings()
{
    test::FakeClusterConnection connection;
    const models::CallResult answer = acceptedWith(QStringLiteral("unknown field \"spec.fallbak\""));
    connection.setApplyAnswer(answer);
    models::ManifestApplier applier;

    const auto run = runTo(applier, &connection, {scaledObjectManifest(QStringLiteral("orders"))}, Mode::DryRun);

    QCOMPARE(run.outcomes.size(), size_t(1));
    const auto &outcome = run.outcomes.front();
    QCOMPARE(outcome.kind, Kind::Created);
    QCOMPARE(outcome.serverWarnings, answer.warnings);
    QCOMPARE(outcome.title, QStringLiteral("scaledobject.keda.sh/orders"));
    QCOMPARE(connection.applied().size(), size_t(1));
    QVERIFY(connection.applied().front().dryRun);
    QCOMPARE(models::outcomeText(outcome, true),
             QStringLiteral("scaledobject.keda.sh/orders would be created (server dry run)"));
}

void TestManifestApplier::applyDryRunsEveryObjectBeforeApplyingAny()
{
    test::FakeClusterConnection connection;
    const models::CallResult answer = acceptedWith(QStringLiteral("metadata.finalizers: deprecated"));
    connection.setApplyAnswer(answer);
    models::ManifestApplier applier;
    QSignalSpy progress(&applier, &models::ManifestApplier::progress);

    const auto run = runTo(applier, &connection,
                           {scaledObjectManifest(QStringLiteral("orders")), scaledObjectManifest(QStringLiteral("mail"))},
                           Mode::Apply);

    QVERIFY(run.succeeded());
    QCOMPARE(connection.applied().size(), size_t(4));
    const std::vector<std::pair<QString, bool>> order = {
        {QStringLiteral("orders"), true}, {QStringLiteral("mail"), true},
        {QStringLiteral("orders"), false}, {QStringLiteral("mail"), false}};
    for (size_t i = 0; i < order.size(); ++i) {
        QCOMPARE(connection.applied()[i].name, order[i].first);
        QCOMPARE(connection.applied()[i].dryRun, order[i].second);
        QCOMPARE(connection.applied()[i].resource, std::string("scaledobjects"));
        QCOMPARE(connection.applied()[i].ns, QStringLiteral("shop"));
    }
    for (const auto &outcome : run.outcomes) {
        QCOMPARE(outcome.kind, Kind::Created);
        QCOMPARE(outcome.serverWarnings, answer.warnings);
    }
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 2);
}

void TestManifestApplier::refusedDryRunAppliesNothing()
{
    test::FakeClusterConnection connection;
    models::CallResult answer;
    answer.ok = false;
    answer.httpCode = 422;
    answer.reason = QStringLiteral("Invalid");
    answer.errorMessage = QStringLiteral("spec.maxReplicaCount: Invalid value: \"many\": must be an integer");
    connection.setApplyAnswer(answer);
    models::ManifestApplier applier;

    const auto run = runTo(applier, &connection,
                           {scaledObjectManifest(QStringLiteral("orders")), scaledObjectManifest(QStringLiteral("mail"))},
                           Mode::Apply);

    QVERIFY(!run.succeeded());
    QVERIFY(run.stoppedBeforeApply);
    for (const auto &sent : connection.applied())
        QVERIFY2(sent.dryRun, qPrintable(sent.name));
    QCOMPARE(run.outcomes.front().kind, Kind::Invalid);
    QCOMPARE(models::outcomeText(run.outcomes.front(), false),
             QStringLiteral("scaledobject.keda.sh/orders refused as invalid: ") + answer.errorMessage);
}

void TestManifestApplier::unknownKindStopsApplyBeforeAnythingIsSent()
{
    test::FakeClusterConnection connection;
    models::ManifestApplier applier;
    const QByteArray widget = R"({"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"}})";
    const QByteArray unnamed = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{}})";

    const auto run = runTo(applier, &connection, {scaledObjectManifest(QStringLiteral("orders")), widget, unnamed},
                           Mode::Apply);

    QVERIFY(run.stoppedBeforeApply);
    QVERIFY(connection.applied().empty());
    QCOMPARE(run.outcomes.size(), size_t(3));
    QCOMPARE(run.outcomes[1].kind, Kind::Invalid);
    QVERIFY2(run.outcomes[1].message.contains(QStringLiteral("Widget")), qPrintable(run.outcomes[1].message));
    QVERIFY2(run.outcomes[1].message.contains(QStringLiteral("example.com/v1")), qPrintable(run.outcomes[1].message));
    QCOMPARE(run.outcomes[2].kind, Kind::Invalid);
    QCOMPARE(run.outcomes[2].message, QStringLiteral("The document has no metadata.name."));
    QCOMPARE(run.outcomes[0].kind, Kind::Skipped);
}

void TestManifestApplier::missingNamespaceTakesTheDefault()
{
    test::FakeClusterConnection connection;
    models::ManifestApplier applier;

    const auto run =
        runTo(applier, &connection, {scaledObjectManifest(QStringLiteral("orders"), QString())}, Mode::DryRun);

    QCOMPARE(run.outcomes.front().ns, QStringLiteral("fallback-ns"));
    QCOMPARE(connection.applied().size(), size_t(1));
    QCOMPARE(connection.applied().front().ns, QStringLiteral("fallback-ns"));
    QVERIFY(connection.applied().front().manifest.contains(R"("namespace":"fallback-ns")"));
}

void TestManifestApplier::diffComparesWithTheLiveObject()
{
    test::FakeClusterConnection connection;
    const QByteArray live = scaledObjectManifest(QStringLiteral("orders"));
    connection.putObject(k8s::resources::scaledObjects(), liveObject(live, "shop", "orders"));
    QByteArray changed = live;
    changed.replace(R"("maxReplicaCount":20)", R"("maxReplicaCount":40)");
    models::ManifestApplier applier;

    const auto run = runTo(applier, &connection,
                           {changed, live, scaledObjectManifest(QStringLiteral("new-one"))}, Mode::Diff);

    QVERIFY(connection.applied().empty());
    QCOMPARE(run.outcomes.size(), size_t(3));
    for (const auto &outcome : run.outcomes) {
        QCOMPARE(outcome.kind, Kind::Compared);
        QVERIFY(outcome.diff.has_value());
    }
    QVERIFY(run.outcomes[0].liveExists);
    QCOMPARE(run.outcomes[0].diff->changes.size(), size_t(1));
    // Without the app's English catalog the plural stays in its source form, "field(s)".
    QVERIFY(models::outcomeText(run.outcomes[0], false)
                .startsWith(QStringLiteral("scaledobject.keda.sh/orders differs from the cluster in 1 field")));
    QCOMPARE(models::outcomeText(run.outcomes[1], false),
             QStringLiteral("scaledobject.keda.sh/orders is the same as on the cluster"));
    QVERIFY(!run.outcomes[2].liveExists);
    QCOMPARE(models::outcomeText(run.outcomes[2], false),
             QStringLiteral("scaledobject.keda.sh/new-one is not on the cluster: it would be created"));
}

void TestManifestApplier::conflictIsReportedAsConflict()
{
    test::FakeClusterConnection connection;
    models::CallResult answer;
    answer.ok = false;
    answer.httpCode = 409;
    answer.reason = QStringLiteral("Conflict");
    answer.errorMessage = QStringLiteral("Apply failed with 1 conflict: conflict with \"kubectl-edit\" using "
                                         "keda.sh/v1alpha1: .spec.maxReplicaCount");
    k8s::StatusCause cause;
    cause.reason = "FieldManagerConflict";
    cause.message = "conflict with \"kubectl-edit\" using keda.sh/v1alpha1";
    cause.field = ".spec.maxReplicaCount";
    answer.causes = {cause};
    connection.setApplyAnswer(answer);
    models::ManifestApplier applier;

    const auto run = runTo(applier, &connection, {scaledObjectManifest(QStringLiteral("orders"))}, Mode::Apply);

    QVERIFY(run.hasConflicts());
    QVERIFY(run.stoppedBeforeApply);
    QCOMPARE(run.outcomes.front().kind, Kind::Conflict);
    QCOMPARE(run.outcomes.front().conflicts.size(), size_t(1));
    QCOMPARE(run.outcomes.front().conflicts.front().manager, std::string("kubectl-edit"));
    QCOMPARE(connection.applied().size(), size_t(1));
    QVERIFY(connection.applied().front().dryRun);
}

QTEST_GUILESS_MAIN(TestManifestApplier)
#include "tst_manifestapplier.moc"
