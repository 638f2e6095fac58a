// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/pauseplan.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace kedascope::models {
class PauseController;
}

namespace kedascope::ui {

// The confirmation before pausing or resuming: for a pause, the mode and the planned end; then
// exactly what will change, object by object (current replicas, what they become, mode, until),
// re-planned from the objects already read whenever an option changes.
class PauseDialog : public QDialog
{
    Q_OBJECT
public:
    PauseDialog(models::PauseController *controller, k8s::pause::Action action, const QString &where,
                QWidget *parent = nullptr);

    k8s::pause::PauseRequest request() const;
    bool autoResume() const;
    const std::vector<k8s::pause::PlannedChange> &plan() const { return m_plan; }

    void setMode(k8s::pause::Mode mode, int replicas = 0);
    void setDuration(int hours, int minutes);
    void setAutoResume(bool on);
    QTableWidget *table() const { return m_table; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QWidget *buildModeBox();
    QWidget *buildEndBox();
    void refresh();
    void fillRow(int row, const k8s::pause::PlannedChange &change);

    models::PauseController *m_controller;
    k8s::pause::Action m_action;
    std::vector<k8s::pause::PlannedChange> m_plan;
    QRadioButton *m_hold = nullptr;
    QRadioButton *m_freeze = nullptr;
    QRadioButton *m_scaleIn = nullptr;
    QRadioButton *m_scaleOut = nullptr;
    QSpinBox *m_replicas = nullptr;
    QRadioButton *m_noEnd = nullptr;
    QRadioButton *m_forEnd = nullptr;
    QRadioButton *m_untilEnd = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_minutes = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QCheckBox *m_autoResume = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace kedascope::ui
