// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/cellformat.h"
#include "models/pausecontroller.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QTableWidget;
class QTimer;

namespace kedascope::ui {

class ConsoleWindow;
class ContextTab;

// Every paused ScaledObject and ScaledJob of every open context (in each tab's namespace), with its
// mode, since when, the planned end counting down, and a Resume button per row.
class PausedView : public QDialog
{
    Q_OBJECT
public:
    explicit PausedView(ConsoleWindow *window);

    // Lists again through each tab's connection; rowsChanged() follows once every answer is in.
    void refresh();
    QTableWidget *table() const { return m_table; }
    int pendingLists() const { return m_pending; }

    struct Entry
    {
        QPointer<ContextTab> tab;
        models::PauseTarget target;
        models::PauseInfo pause;
    };
    const QList<Entry> &entries() const { return m_entries; }

Q_SIGNALS:
    void resumeRequested(kedascope::ui::ContextTab *tab, const QList<kedascope::models::PauseTarget> &targets);
    void rowsChanged();

private:
    void addListed(ContextTab *tab, const k8s::ResourceType &type, const models::CallResult &result);
    void rebuild();
    void updateCountdowns();
    void resumeSelected();

    ConsoleWindow *m_window;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTimer *m_clock;
    QList<Entry> m_entries;
    QStringList m_errors;
    int m_pending = 0;
    quint64 m_round = 0;
};

} // namespace kedascope::ui
