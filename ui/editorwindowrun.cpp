// SPDX-License-Identifier: Apache-2.0
// The editor window's cluster actions: Diff, Dry run and Apply, and what they report.
#include "ui/editorwindow.h"

#include "ui/editormessagebar.h"
#include "ui/editorresulttext.h"

#include "models/editorsession.h"
#include "models/manifestdocument.h"

#include <QAction>
#include <QStatusBar>
#include <QTextBrowser>

namespace kedascope::ui {

using Mode = models::ManifestRun::Mode;
using Severity = k8s::ManifestIssue::Severity;

bool EditorWindow::isRunning() const
{
    return m_applier->isRunning();
}

QStringList EditorWindow::blockingProblems(bool errorsBlock) const
{
    QStringList problems;
    for (int i = 0; i < m_session->count(); ++i) {
        const QString title = m_session->title(i);
        if (const auto error = m_session->document(i)->parseError()) {
            problems << tr("%1: line %2, column %3: %4").arg(title).arg(error->line).arg(error->column)
                            .arg(error->message);
            continue;
        }
        if (!errorsBlock)
            continue;
        for (const auto &issue : m_session->issues(i)) {
            if (issue.severity != Severity::Error)
                continue;
            problems << (issue.fieldText.isEmpty() ? tr("%1: %2").arg(title, issue.message)
                                                   : tr("%1: %2: %3").arg(title, issue.fieldText, issue.message));
        }
    }
    return problems;
}

QStringList EditorWindow::warnings() const
{
    QStringList found;
    for (int i = 0; i < m_session->count(); ++i) {
        for (const auto &issue : m_session->issues(i)) {
            if (issue.severity == Severity::Warning)
                found << tr("%1: %2: %3").arg(m_session->title(i), issue.fieldText, issue.message);
        }
    }
    return found;
}

void EditorWindow::diff()
{
    run(Mode::Diff, false, tr("Diff"));
}

void EditorWindow::dryRun()
{
    run(Mode::DryRun, false, tr("Dry run"));
}

void EditorWindow::apply(bool force)
{
    run(Mode::Apply, force, force ? tr("Apply with force") : tr("Apply"));
}

void EditorWindow::run(Mode mode, bool force, const QString &action)
{
    if (m_applier->isRunning())
        return;
    m_session->validateNow();
    updateIssues();
    m_message->clear();
    const QStringList problems = blockingProblems(mode != Mode::Diff);
    if (!problems.isEmpty()) {
        m_results->setHtml(refusalHtml(action, problems));
        m_lastRun = models::ManifestRun();
        m_lastRun.mode = mode;
        m_lastRun.stoppedBeforeApply = true;
        statusBar()->showMessage(tr("%1: nothing was sent").arg(action));
        Q_EMIT runFinished(m_lastRun);
        return;
    }
    std::vector<QByteArray> objects;
    for (int i = 0; i < m_session->count(); ++i) {
        if (!m_session->fileDocument(i).empty)
            objects.push_back(m_session->document(i)->jsonBytes());
    }
    for (QAction *clusterAction : {m_diff, m_dryRun, m_apply})
        clusterAction->setEnabled(false);
    m_results->setHtml(tr("<p>%1 against %2…</p>").arg(action.toHtmlEscaped(), m_context.toHtmlEscaped()));
    m_applier->start(m_connection ? m_connection() : nullptr, objects, mode, force, m_defaultNamespace);
}

void EditorWindow::showRun(const models::ManifestRun &run)
{
    m_lastRun = run;
    updateClusterActions();
    m_results->setHtml(runHtml(run, run.mode == Mode::Diff ? QStringList() : warnings()));
    if (run.mode == Mode::Apply && run.hasConflicts()) {
        m_message->showMessage(EditorMessageBar::Tone::Warning,
                               tr("Nothing was applied: other field managers own fields this file sets (listed "
                                  "below). Forcing takes those fields over from them."));
        m_message->addButton(tr("Apply with Force"), QStringLiteral("forceApply"), [this] { apply(true); });
        m_message->addButton(tr("Cancel"), QStringLiteral("cancelForce"), {});
    }
    QString summary;
    if (run.mode == Mode::Diff)
        summary = tr("Diff done");
    else if (run.mode == Mode::DryRun)
        summary = run.succeeded() ? tr("Dry run passed; nothing was changed") : tr("Dry run failed");
    else
        summary = run.succeeded() ? tr("Applied to %1").arg(m_context) : tr("Nothing was applied");
    statusBar()->showMessage(summary);
    Q_EMIT runFinished(run);
}

} // namespace kedascope::ui
