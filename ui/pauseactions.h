// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/pausecontroller.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QLabel;
class QMenu;
class QTimer;

namespace kedascope::ui {

class ConsoleWindow;
class ContextTab;
class PauseFlow;
class PausedView;

// The console's pause feature: the Object menu's actions, the planned ends it counts down in the
// status bar, the reminder (or automatic resume) when one passes, the last run's undo, and the
// Paused view across every open context.
class PauseActions : public QObject
{
    Q_OBJECT
public:
    PauseActions(ConsoleWindow *window, QMenu *menu);

    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *pauseNamespaceAction() const { return m_pauseNamespace; }
    QAction *undoAction() const { return m_undo; }
    QAction *pausedViewAction() const { return m_pausedView; }
    QLabel *countdownLabel() const { return m_countdown; }

    void pauseSelection();
    void resumeSelection();
    void pauseNamespace();
    void undoLast();
    PausedView *showPausedView();
    // Resumes `targets` of `tab` with a confirmation.
    void resume(ContextTab *tab, const QList<models::PauseTarget> &targets);

    struct PlannedEnd
    {
        QPointer<models::ClusterConnection> connection;
        QString context;
        models::PauseTarget target;
        QDateTime until;
        bool autoResume = false;
    };
    const QList<PlannedEnd> &plannedEnds() const { return m_ends; }
    // Planned ends on the objects the open tabs watch (set by anyone, kedascope-ctl included) that
    // this console did not set itself; each is reminded of once when it passes.
    QList<PlannedEnd> observedEnds() const;
    // Checks the planned ends now (the timer does every second).
    void tick();

Q_SIGNALS:
    void flowStarted(kedascope::ui::PauseFlow *flow);
    void reminderShown(QWidget *reminder);

private:
    void updateEnabled();
    PauseFlow *newFlow(ContextTab *tab);
    void watch(PauseFlow *flow, const QString &context);
    void remember(const k8s::pause::RunReport &report, k8s::pause::Action action,
                  const k8s::pause::PauseRequest &request, bool autoResume, models::ClusterConnection *connection,
                  const QString &context);
    void dueNow(const QList<PlannedEnd> &due);
    static QString endKey(const PlannedEnd &end);
    QList<models::PauseTarget> selectedTargets(ContextTab *tab) const;

    ConsoleWindow *m_window;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_pauseNamespace;
    QAction *m_undo;
    QAction *m_pausedView;
    QLabel *m_countdown;
    QTimer *m_clock;
    QList<PlannedEnd> m_ends;
    QSet<QString> m_reminded; // endKey() of every planned end already handled
    QPointer<models::ClusterConnection> m_undoConnection;
    std::vector<k8s::pause::PlannedChange> m_undoPlan;
    k8s::pause::Action m_undoAction = k8s::pause::Action::Resume;
    QPointer<PausedView> m_view;
};

} // namespace kedascope::ui
