// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

class QLabel;
class QTableView;

namespace kedascope::models {
class ContextListModel;
}

namespace kedascope::ui {

// The first window: the kubeconfig's contexts and whether each one answers.
// The console proper (ScaledObjects, charts, editor) opens from here in later versions.
class ContextWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ContextWindow(models::ContextListModel *model, QWidget *parent = nullptr);

    // Shown above the table when the kubeconfig could not be read (or the demo cluster failed).
    void setProblem(const QString &message);
    void setSourceDescription(const QString &text);
    void selectContext(const QString &name);
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void refreshRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();

    models::ContextListModel *m_model;
    QTableView *m_table;
    QLabel *m_problem;
    QLabel *m_source;
};

} // namespace kedascope::ui
