// SPDX-License-Identifier: Apache-2.0
#include "ui/editorresulttext.h"

#include <QCoreApplication>

namespace kedascope::ui {

namespace {

using Kind = models::ObjectOutcome::Kind;
using Mode = models::ManifestRun::Mode;

class EditorResults
{
    Q_DECLARE_TR_FUNCTIONS(EditorResults)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString esc(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString changesHtml(const k8s::ManifestDiff &diff)
{
    QString html = QStringLiteral("<ul>");
    for (const auto &change : diff.changes) {
        const QString field = QStringLiteral("<code>%1</code>").arg(esc(change.path));
        switch (change.kind) {
        case k8s::FieldChange::Kind::Added:
            html += QStringLiteral("<li>") + EditorResults::tr("%1 added: %2").arg(field, esc(change.after)) + QStringLiteral("</li>");
            break;
        case k8s::FieldChange::Kind::Removed:
            html += QStringLiteral("<li>") + EditorResults::tr("%1 removed (was %2)").arg(field, esc(change.before)) +
                    QStringLiteral("</li>");
            break;
        case k8s::FieldChange::Kind::Changed:
            html += QStringLiteral("<li>") + EditorResults::tr("%1: %2 → %3").arg(field, esc(change.before), esc(change.after)) +
                    QStringLiteral("</li>");
            break;
        }
    }
    html += QStringLiteral("</ul>");
    if (!diff.unified.empty())
        html += QStringLiteral("<pre>%1</pre>").arg(esc(diff.unified));
    return html;
}

QString conflictsHtml(const models::ObjectOutcome &outcome)
{
    QString html = QStringLiteral("<p>") +
                   EditorResults::tr("These fields belong to other field managers; applying would take them over:") +
                   QStringLiteral("</p><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr><th>") +
                   EditorResults::tr("Field") + QStringLiteral("</th><th>") + EditorResults::tr("Owned by") + QStringLiteral("</th></tr>");
    for (const auto &conflict : outcome.conflicts) {
        QString manager = esc(conflict.manager);
        if (!conflict.detail.empty())
            manager += QStringLiteral(" <small>(%1)</small>").arg(esc(conflict.detail));
        html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>").arg(esc(conflict.field), manager);
    }
    if (outcome.conflicts.empty())
        html += QStringLiteral("<tr><td colspan=\"2\">%1</td></tr>").arg(esc(outcome.message));
    return html + QStringLiteral("</table>");
}

QString causesHtml(const models::ObjectOutcome &outcome)
{
    QString html;
    for (const auto &cause : outcome.causes) {
        if (cause.field.empty() || cause.reason == "FieldManagerConflict")
            continue;
        html += QStringLiteral("<li><code>%1</code>: %2</li>").arg(esc(cause.field), esc(cause.message));
    }
    return html.isEmpty() ? html : QStringLiteral("<ul>") + html + QStringLiteral("</ul>");
}

} // namespace

QString runHtml(const models::ManifestRun &run, const QStringList &warnings)
{
    const bool dryRun = run.mode == Mode::DryRun || (run.mode == Mode::Apply && run.stoppedBeforeApply);
    QString html;
    if (run.mode == Mode::Diff)
        html += QStringLiteral("<h3>%1</h3>").arg(EditorResults::tr("Diff against the cluster"));
    else if (run.mode == Mode::DryRun)
        html += QStringLiteral("<h3>%1</h3>").arg(EditorResults::tr("Server dry run: nothing was changed"));
    else if (run.stoppedBeforeApply)
        html += QStringLiteral("<h3>%1</h3>").arg(EditorResults::tr("Nothing was applied"));
    else
        html += QStringLiteral("<h3>%1</h3>").arg(run.succeeded() ? EditorResults::tr("Applied") : EditorResults::tr("Apply failed"));
    if (run.mode == Mode::Apply && run.stoppedBeforeApply)
        html += QStringLiteral("<p>") +
                EditorResults::tr("Every document is dry-run first; because one of them failed, none was sent for real.") +
                QStringLiteral("</p>");
    for (const auto &outcome : run.outcomes) {
        const bool good = outcome.succeeded();
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(models::outcomeText(outcome, dryRun)));
        if (!good && outcome.kind != Kind::Conflict)
            html += causesHtml(outcome);
        if (outcome.kind == Kind::Conflict)
            html += conflictsHtml(outcome);
        if (!outcome.serverWarnings.isEmpty()) {
            html += QStringLiteral("<p>%1</p><ul>").arg(esc(EditorResults::tr("The API server warns:")));
            for (const QString &warning : outcome.serverWarnings)
                html += QStringLiteral("<li>%1</li>").arg(esc(warning));
            html += QStringLiteral("</ul>");
        }
        if (outcome.diff && !outcome.diff->identical() && outcome.liveExists)
            html += changesHtml(*outcome.diff);
        else if (outcome.diff && !outcome.liveExists)
            html += QStringLiteral("<pre>%1</pre>").arg(esc(outcome.diff->desiredYaml));
    }
    if (run.hasConflicts())
        html += QStringLiteral("<p>") +
                EditorResults::tr("Change the fields in the form or the YAML, talk to whoever owns them, or apply with "
                   "<b>Force</b> to take them over.") +
                QStringLiteral("</p>");
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(EditorResults::tr("Warnings"));
        for (const QString &warning : warnings)
            html += QStringLiteral("<li>%1</li>").arg(esc(warning));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString refusalHtml(const QString &action, const QStringList &problems)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                       .arg(esc(EditorResults::tr("%1: nothing was sent").arg(action)),
                            esc(EditorResults::tr("Fix these first; no document is sent while any of them has an error.")));
    for (const QString &problem : problems)
        html += QStringLiteral("<li>%1</li>").arg(esc(problem));
    return html + QStringLiteral("</ul>");
}

} // namespace kedascope::ui
