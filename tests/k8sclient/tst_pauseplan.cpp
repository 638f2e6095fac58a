// SPDX-License-Identifier: Apache-2.0
// Planning a pause or a resume from an object as read: the annotations set, the values kept for
// resume, the merge patch, the undo, and what an object's annotations say about its pause.
#include "k8sclient/age.h"
#include "k8sclient/kedapause.h"
#include "k8sclient/pauseoutcome.h"
#include "k8sclient/pauseplan.h"

#include <QtTest>

using namespace kedascope::k8s;
using namespace kedascope::k8s::pause;

namespace {

json::Document object(const std::string &annotations, const std::string &kind = "ScaledObject",
                      const std::string &status = "{}")
{
    const std::string text = R"({"apiVersion":"keda.sh/v1alpha1","kind":")" + kind +
                             R"(","metadata":{"name":"worker","namespace":"shop","resourceVersion":"41","annotations":)" +
                             annotations + R"(},"spec":{"scaleTargetRef":{"name":"worker"}},"status":)" + status +
                             "}";
    auto document = json::parse(text);
    if (!document)
        qFatal("bad test object");
    return std::move(*document);
}

// The annotations after applying `change`'s merge patch to `before`.
std::map<std::string, std::string> applied(const json::Document &before, const PlannedChange &change)
{
    json::Document copy;
    copy.CopyFrom(before, copy.GetAllocator());
    auto patch = json::parse(change.patch());
    json::mergePatch(copy, *patch, copy.GetAllocator());
    std::map<std::string, std::string> out;
    for (const auto &m : json::find(copy, "metadata.annotations")->GetObject())
        out[m.name.GetString()] = m.value.GetString();
    return out;
}

json::Document withAnnotations(const std::map<std::string, std::string> &annotations)
{
    std::string text = "{";
    for (const auto &[key, value] : annotations)
        text += (text.size() > 1 ? "," : "") + json::quoted(key) + ":" + json::quoted(value);
    return object(text + "}");
}

const TimePoint now = std::chrono::system_clock::now();

} // namespace

class TestPausePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachModeSetsItsAnnotationAsAString_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("hold") << int(Mode::HoldReplicas) << QStringLiteral("autoscaling.keda.sh/paused-replicas") << QStringLiteral("2");
        QTest::newRow("freeze") << int(Mode::Freeze) << QStringLiteral("autoscaling.keda.sh/paused") << QStringLiteral("true");
        QTest::newRow("scale-in") << int(Mode::BlockScaleIn) << QStringLiteral("autoscaling.keda.sh/paused-scale-in") << QStringLiteral("true");
        QTest::newRow("scale-out") << int(Mode::BlockScaleOut) << QStringLiteral("autoscaling.keda.sh/paused-scale-out")
                                   << QStringLiteral("true");
    }
    void eachModeSetsItsAnnotationAsAString()
    {
        QFETCH(int, mode);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto so = object(R"({"team":"payments"})");
        PauseRequest request{Mode(mode), 2, now + std::chrono::hours(2)};
        const auto change = planPause(resources::scaledObjects(), so, request, 5, now);
        QVERIFY(change.willChange());
        QCOMPARE(change.resourceVersion, std::string("41"));
        const auto after = applied(so, change);
        QCOMPARE(QString::fromStdString(after.at(key.toStdString())), value);
        QCOMPARE(after.at("team"), std::string("payments"));
        QCOMPARE(after.at(untilAnnotation), formatTimestamp(*request.until));
        QVERIFY(after.count(recordAnnotation));
        // The patch is guarded by the version read and carries strings only.
        const auto patch = json::parse(change.patch());
        QCOMPARE(json::stringAt(*patch, "metadata.resourceVersion"), std::string("41"));
        for (const auto &m : json::find(*patch, "metadata.annotations")->GetObject())
            QVERIFY(m.value.IsString());
        QCOMPARE(change.replicasAfter(), mode == int(Mode::HoldReplicas) ? std::optional<long long>(2)
                                         : mode == int(Mode::Freeze)     ? std::optional<long long>(5)
                                                                         : std::nullopt);
    }

    void resumeRestoresExactlyWhatPausingChanged()
    {
        const std::map<std::string, std::string> original{{"team", "payments"},
                                                          {"autoscaling.keda.sh/paused-scale-out", "false"}};
        const auto so = withAnnotations(original);
        const auto pause =
            planPause(resources::scaledObjects(), so, {Mode::BlockScaleOut, 0, std::nullopt}, 3, now);
        const auto paused = applied(so, pause);
        QCOMPARE(paused.at("autoscaling.keda.sh/paused-scale-out"), std::string("true"));

        auto pausedObject = withAnnotations(paused);
        const auto resume = planResume(resources::scaledObjects(), pausedObject, 3);
        QVERIFY(resume.willChange());
        QCOMPARE(applied(pausedObject, resume), original);
    }

    void pausingAgainAnotherWayReplacesTheEarlierPause()
    {
        const std::map<std::string, std::string> original{{"team", "payments"}};
        const auto so = withAnnotations(original);
        const auto first = planPause(resources::scaledObjects(), so, {Mode::HoldReplicas, 0, std::nullopt}, 3, now);
        const auto held = withAnnotations(applied(so, first));
        const auto second = planPause(resources::scaledObjects(), held, {Mode::Freeze, 0, std::nullopt}, 0, now);
        const auto frozen = applied(held, second);
        QVERIFY(!frozen.count("autoscaling.keda.sh/paused-replicas"));
        QCOMPARE(frozen.at("autoscaling.keda.sh/paused"), std::string("true"));
        const auto frozenObject = withAnnotations(frozen);
        QCOMPARE(applied(frozenObject, planResume(resources::scaledObjects(), frozenObject, 0)), original);

        const auto again = planPause(resources::scaledObjects(), frozenObject, {Mode::Freeze, 0, std::nullopt}, 0,
                                     now + std::chrono::minutes(5));
        QVERIFY(!again.willChange());
        QCOMPARE(again.skipped, std::string("already paused this way"));
    }

    void undoIsTheInverseGuardedByTheNewVersion()
    {
        const std::map<std::string, std::string> original{{"team", "payments"}};
        const auto so = withAnnotations(original);
        const auto pause = planPause(resources::scaledObjects(), so, {Mode::Freeze, 0, now}, 4, now);
        auto paused = withAnnotations(applied(so, pause));
        const auto undo = pause.inverse("42");
        QCOMPARE(undo.action, Action::Resume);
        QCOMPARE(json::stringAt(*json::parse(undo.patch()), "metadata.resourceVersion"), std::string("42"));
        QCOMPARE(applied(paused, undo), original);
    }

    void resumeLeavesForeignPausesAlone()
    {
        const auto so = object(R"({"autoscaling.keda.sh/paused-replicas":"0"})");
        const auto resume = planResume(resources::scaledObjects(), so, 0);
        QVERIFY(!resume.willChange());
        QVERIFY(resume.skipped.find("outside Kedascope") != std::string::npos);
        const auto pause = planPause(resources::scaledObjects(), so, {Mode::Freeze, 0, std::nullopt}, 0, now);
        QVERIFY(pause.note.find("wins") != std::string::npos);
        QVERIFY(!planResume(resources::scaledObjects(), object("{}"), 1).willChange());
    }

    void scaledJobsOnlyFreeze()
    {
        const auto sj = object("{}", "ScaledJob");
        QVERIFY(supports(resources::scaledJobs(), Mode::Freeze));
        for (Mode mode : {Mode::HoldReplicas, Mode::BlockScaleIn, Mode::BlockScaleOut}) {
            QVERIFY(!supports(resources::scaledJobs(), mode));
            QVERIFY(!planPause(resources::scaledJobs(), sj, {mode, 1, std::nullopt}, std::nullopt, now).willChange());
        }
        const auto freeze = planPause(resources::scaledJobs(), sj, {Mode::Freeze, 0, std::nullopt}, std::nullopt, now);
        QCOMPARE(applied(sj, freeze).at(keda::pausedAnnotation), std::string("true"));
        QCOMPARE(freeze.replicasAfter(), std::optional<long long>());
    }

    void pauseStateReadsModeSinceAndUntil()
    {
        const auto so = object(
            "{\"autoscaling.keda.sh/paused-replicas\":\"2\",\"kedascope.io/pause-until\":\"2026-11-22T18:00:00Z\","
            "\"kedascope.io/pause-record\":\"{\\\"mode\\\":\\\"hold\\\",\\\"previous\\\":{}}\"}",
            "ScaledObject",
            R"({"conditions":[{"type":"Paused","status":"True","lastTransitionTime":"2026-11-22T15:00:00Z"}]})");
        const auto state = pauseStateOf(resources::scaledObjects(), so);
        QVERIFY(state.paused);
        QVERIFY(state.byKedascope);
        QCOMPARE(state.mode, std::string("hold at 2 replicas"));
        QCOMPARE(state.since, parseTimestamp("2026-11-22T15:00:00Z"));
        QCOMPARE(state.until, parseTimestamp("2026-11-22T18:00:00Z"));
        QVERIFY(state.expired(*parseTimestamp("2026-11-22T18:00:01Z")));
        QVERIFY(!state.expired(*parseTimestamp("2026-11-22T17:59:59Z")));
        QVERIFY(!pauseStateOf(resources::scaledObjects(), object("{}")).paused);
        QCOMPARE(pauseStateOf(resources::scaledObjects(), object(R"({"autoscaling.keda.sh/paused-scale-in":"true"})")).mode,
                 std::string("scale-in blocked"));
    }

    void parsesDurations()
    {
        QCOMPARE(parseDuration("2h"), std::optional(std::chrono::seconds(7200)));
        QCOMPARE(parseDuration("1h30m"), std::optional(std::chrono::seconds(5400)));
        QCOMPARE(parseDuration("1d"), std::optional(std::chrono::seconds(86400)));
        QCOMPARE(parseDuration("45s"), std::optional(std::chrono::seconds(45)));
        for (const char *bad : {"", "2", "h", "2x", "0m", "-1h", "1.5h"})
            QVERIFY2(!parseDuration(bad), bad);
    }

    void namesTheMissingPermission()
    {
        QCOMPARE(missingPermission(
                     R"(scaledobjects.keda.sh "a" is forbidden: User "viewer" cannot patch resource "scaledobjects" in API group "keda.sh" in the namespace "shop")"),
                 std::string(R"(patch scaledobjects.keda.sh in namespace "shop")"));
        QCOMPARE(missingPermission(R"(x is forbidden: User "u" cannot list resource "namespaces" in API group "" at the cluster scope)"),
                 std::string("list namespaces"));
        QCOMPARE(missingPermission("forbidden"), std::string());
        Error error;
        error.code = 403;
        error.reason = "Forbidden";
        error.message =
            R"(scaledobjects.keda.sh "a" is forbidden: User "viewer" cannot patch resource "scaledobjects" in API group "keda.sh" in the namespace "shop")";
        const auto outcome = failedOutcome(PlannedChange{}, error);
        QCOMPARE(outcome.kind, Outcome::Kind::Failed);
        QVERIFY(describeOutcome(outcome).find("missing permission: patch scaledobjects.keda.sh") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestPausePlan)
#include "tst_pauseplan.moc"
