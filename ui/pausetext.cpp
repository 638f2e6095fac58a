// SPDX-License-Identifier: Apache-2.0
#include "ui/pausetext.h"

#include "models/cellformat.h"

#include <QDateTime>
#include <QLocale>

namespace kedascope::ui {

namespace pause = k8s::pause;

namespace {

bool isScaledJob(const pause::ObjectRef &ref)
{
    return ref.type == k8s::resources::scaledJobs();
}

} // namespace

QString PauseText::object(const pause::ObjectRef &ref)
{
    return tr("%1 %2/%3")
        .arg(QString::fromStdString(ref.type.kind), QString::fromStdString(ref.ns), QString::fromStdString(ref.name));
}

QString PauseText::mode(const pause::PauseRequest &request, bool scaledJob)
{
    if (scaledJob)
        return tr("pause (no new Jobs)");
    switch (request.mode) {
    case pause::Mode::HoldReplicas:
        return tr("hold at %n replica(s)", nullptr, request.replicas);
    case pause::Mode::Freeze:
        return tr("freeze at the current count");
    case pause::Mode::BlockScaleIn:
        return tr("block scale-in");
    case pause::Mode::BlockScaleOut:
        return tr("block scale-out");
    }
    return {};
}

QString PauseText::current(const pause::PlannedChange &change)
{
    if (isScaledJob(change.object))
        return tr("Jobs");
    return change.currentReplicas ? QString::number(*change.currentReplicas) : tr("unknown");
}

QString PauseText::becomes(const pause::PlannedChange &change)
{
    if (!change.willChange())
        return tr("unchanged");
    const QString now = current(change);
    if (isScaledJob(change.object))
        return change.action == pause::Action::Pause ? tr("no new Jobs; running Jobs finish")
                                                     : tr("Jobs created again");
    if (change.action == pause::Action::Resume)
        return tr("%1, then scaled by KEDA again").arg(now);
    switch (change.request.mode) {
    case pause::Mode::HoldReplicas:
        return tr("%1 → %2").arg(now).arg(change.request.replicas);
    case pause::Mode::Freeze:
        return tr("stays at %1").arg(now);
    case pause::Mode::BlockScaleIn:
        return tr("%1 or more").arg(now);
    case pause::Mode::BlockScaleOut:
        return tr("%1 or fewer").arg(now);
    }
    return now;
}

QString PauseText::until(const pause::PlannedChange &change)
{
    if (change.action != pause::Action::Pause || !change.request.until)
        return tr("no planned end");
    const QDateTime when = models::CellFormat::toDateTime(change.request.until);
    return tr("%1 (%2)").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat),
                             models::CellFormat::countdown(when, QDateTime::currentDateTimeUtc()));
}

QString PauseText::result(pause::Outcome::Kind kind)
{
    switch (kind) {
    case pause::Outcome::Kind::Done:
        return tr("Done");
    case pause::Outcome::Kind::Failed:
        return tr("Failed");
    case pause::Outcome::Kind::Conflict:
        return tr("Conflict");
    case pause::Outcome::Kind::Skipped:
        return tr("Unchanged");
    }
    return {};
}

QString PauseText::details(const pause::Outcome &outcome)
{
    QString text = QString::fromStdString(outcome.message);
    if (outcome.kind == pause::Outcome::Kind::Done && text.isEmpty())
        text = outcome.change.action == pause::Action::Pause
                   ? tr("%1; replicas %2").arg(mode(outcome.change.request, isScaledJob(outcome.change.object)),
                                               becomes(outcome.change))
                   : tr("KEDA scales it again");
    if (!outcome.permission.empty())
        text = tr("Missing permission: %1. %2").arg(QString::fromStdString(outcome.permission), text);
    return text;
}

QString PauseText::summary(const pause::RunReport &report, pause::Action action)
{
    const int done = report.count(pause::Outcome::Kind::Done);
    const int failed = report.count(pause::Outcome::Kind::Failed);
    const int conflicts = report.count(pause::Outcome::Kind::Conflict);
    const int total = int(report.outcomes.size());
    const bool pausing = action == pause::Action::Pause;
    if (failed == 0 && conflicts == 0)
        return pausing ? tr("Paused %n object(s).", nullptr, done) : tr("Resumed %n object(s).", nullptr, done);
    const QString problems = tr("%n failed", nullptr, failed) + tr(", ") +
                             tr("%n changed by someone else", nullptr, conflicts);
    if (done == 0)
        return pausing ? tr("Nothing was paused: %1. Nothing was retried.").arg(problems)
                       : tr("Nothing was resumed: %1. Nothing was retried.").arg(problems);
    return pausing ? tr("Partial failure: paused %1 of %2 objects; %3. Nothing was retried.")
                         .arg(done)
                         .arg(total)
                         .arg(problems)
                   : tr("Partial failure: resumed %1 of %2 objects; %3. Nothing was retried.")
                         .arg(done)
                         .arg(total)
                         .arg(problems);
}

} // namespace kedascope::ui
