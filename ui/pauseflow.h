// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/pausedialog.h"
#include "ui/pauseresultdialog.h"

#include "models/pausecontroller.h"

#include <QObject>
#include <QPointer>

namespace kedascope::ui {

// One pause or resume from the console: read the objects, confirm what will change, run, show the
// result with its one-click undo. Deletes itself when its last dialog closes.
class PauseFlow : public QObject
{
    Q_OBJECT
public:
    PauseFlow(models::ClusterConnection *connection, QWidget *dialogParent);

    // Reads `targets`, then asks with a PauseDialog.
    void start(k8s::pause::Action action, const QList<models::PauseTarget> &targets, const QString &where);
    // Every ScaledObject and ScaledJob in `ns`.
    void startNamespace(k8s::pause::Action action, const QString &ns, const QString &where);
    // Reads `targets` and resumes them without asking (the user asked already), then shows the result.
    void resumeWithoutAsking(const QList<models::PauseTarget> &targets);
    // Runs `changes` without asking (an undo, or a resume the user asked for), then shows the result.
    void runNow(const std::vector<k8s::pause::PlannedChange> &changes, k8s::pause::Action action);

    PauseDialog *dialog() const { return m_dialog; }
    PauseResultDialog *resultDialog() const { return m_result; }
    models::PauseController *controller() const { return m_controller; }

Q_SIGNALS:
    // A run finished; `autoResume`: the user asked to resume when the planned end passes.
    void completed(const k8s::pause::RunReport &report, k8s::pause::Action action,
                   const k8s::pause::PauseRequest &request, bool autoResume);
    void resultShown(kedascope::ui::PauseResultDialog *dialog);
    // The result dialog's undo started `flow` (it outlives this one; watch it for its result).
    void followUp(kedascope::ui::PauseFlow *flow);

private:
    void ask(k8s::pause::Action action, const QString &where);
    void showResult(k8s::pause::Action action, const k8s::pause::PauseRequest &request, bool autoResume);
    void closeIfDone();

    QWidget *m_parent;
    models::PauseController *m_controller;
    QPointer<PauseDialog> m_dialog;
    QPointer<PauseResultDialog> m_result;
    bool m_running = false;
};

} // namespace kedascope::ui
