// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/pauseoutcome.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kedascope::ui {

// What a pause or resume did, object by object: done, or failed with the API's reason (a missing
// permission named), or left alone after a conflict; a partial failure says so. Undo reverts
// exactly what was done, in one click.
class PauseResultDialog : public QDialog
{
    Q_OBJECT
public:
    PauseResultDialog(const k8s::pause::RunReport &report, k8s::pause::Action action, QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }

Q_SIGNALS:
    void undoRequested();

private:
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_undo;
};

} // namespace kedascope::ui
