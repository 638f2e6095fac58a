// SPDX-License-Identifier: Apache-2.0
#include "ui/pauseflow.h"

#include "ui/pausedialog.h"
#include "ui/pauseresultdialog.h"

#include <QApplication>

namespace kedascope::ui {

namespace pause = k8s::pause;

PauseFlow::PauseFlow(models::ClusterConnection *connection, QWidget *dialogParent)
    : QObject(dialogParent), m_parent(dialogParent), m_controller(new models::PauseController(connection, this))
{}

void PauseFlow::start(pause::Action action, const QList<models::PauseTarget> &targets, const QString &where)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    connect(m_controller, &models::PauseController::objectsRead, this, [this, action, where] { ask(action, where); },
            Qt::SingleShotConnection);
    m_controller->readObjects(targets);
}

void PauseFlow::startNamespace(pause::Action action, const QString &ns, const QString &where)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    connect(m_controller, &models::PauseController::objectsRead, this, [this, action, where] { ask(action, where); },
            Qt::SingleShotConnection);
    m_controller->readNamespace(ns);
}

void PauseFlow::ask(pause::Action action, const QString &where)
{
    QApplication::restoreOverrideCursor();
    m_dialog = new PauseDialog(m_controller, action, where, m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, action] {
        const auto request = m_dialog->request();
        const bool autoResume = m_dialog->autoResume();
        // Planned again at the moment of confirming, so the planned end counts from now.
        const auto changes = m_controller->plan(action, request, std::chrono::system_clock::now());
        m_running = true;
        connect(m_controller, &models::PauseController::finished, this,
                [this, action, request, autoResume] { showResult(action, request, autoResume); },
                Qt::SingleShotConnection);
        m_controller->run(changes);
    });
    connect(m_dialog, &QObject::destroyed, this, &PauseFlow::closeIfDone);
    m_dialog->open();
}

void PauseFlow::resumeWithoutAsking(const QList<models::PauseTarget> &targets)
{
    m_running = true;
    connect(
        m_controller, &models::PauseController::objectsRead, this,
        [this] {
            runNow(m_controller->plan(pause::Action::Resume, {}, std::chrono::system_clock::now()),
                   pause::Action::Resume);
        },
        Qt::SingleShotConnection);
    m_controller->readObjects(targets);
}

void PauseFlow::runNow(const std::vector<pause::PlannedChange> &changes, pause::Action action)
{
    m_running = true;
    connect(m_controller, &models::PauseController::finished, this,
            [this, action] { showResult(action, {}, false); }, Qt::SingleShotConnection);
    m_controller->run(changes);
}

void PauseFlow::showResult(pause::Action action, const pause::PauseRequest &request, bool autoResume)
{
    m_running = false;
    const pause::RunReport report = m_controller->lastReport();
    Q_EMIT completed(report, action, request, autoResume);
    m_result = new PauseResultDialog(report, action, m_parent);
    m_result->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_result, &PauseResultDialog::undoRequested, this, [this, report, action] {
        auto *undo = new PauseFlow(m_controller->connection(), m_parent);
        Q_EMIT followUp(undo);
        undo->runNow(report.undoPlan(), action == pause::Action::Pause ? pause::Action::Resume : pause::Action::Pause);
    });
    connect(m_result, &QObject::destroyed, this, &PauseFlow::closeIfDone);
    m_result->open();
    Q_EMIT resultShown(m_result);
}

void PauseFlow::closeIfDone()
{
    if (!m_running && !m_dialog && !m_result)
        deleteLater();
}

} // namespace kedascope::ui
