// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/kubeconfig.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace kedascope::models {
class ContextListModel;
}

namespace kedascope::ui {

class ContextTab;

// The console: the kubeconfig's contexts on the left, each opened context as a tab of its own.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ConsoleWindow(models::ContextListModel *contexts, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    // `reload`, when given, is how F5 reads the kubeconfig again (a restarted server may have new
    // credentials); without it the same kubeconfig is used.
    void setKubeconfig(const k8s::Kubeconfig &config, const QString &description,
                       std::optional<k8s::Kubeconfig::LoadOptions> reload = std::nullopt);
    // Shown above the tabs, with a button that starts the demo cluster when `offerDemo`.
    void setProblem(const QString &message, bool offerDemo = false);

    // Opens `context` (or shows its tab), in `ns` when given; null if the kubeconfig lacks it.
    ContextTab *openContext(const QString &context, const QString &ns = {});
    // Opens the contexts open at the last exit that this kubeconfig still has; false if none.
    bool restoreSession();
    ContextTab *currentTab() const;
    ContextTab *tabFor(const QString &context) const;
    int tabCount() const;

    void refresh();
    void nextContext(int step);
    void copySelectedRows() const;
    void copyCleanYaml() const;

    QTabWidget *tabs() const { return m_tabs; }
    ContextTab *tabAt(int index) const;

Q_SIGNALS:
    void demoRequested();
    void firstTableFilled(kedascope::ui::ContextTab *tab);
    void tabOpened(kedascope::ui::ContextTab *tab);
    void currentTabChanged(kedascope::ui::ContextTab *tab); // null when the last tab closed

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // Each feature adds its actions and docks from a file of its own; each may keep its state in
    // a controller object parented to the window.
    void createPauseActions(QMenu *objects);              // consolepauseactions.cpp
    void createEditorActions(QMenu *file, QMenu *objects); // consoleeditoractions.cpp
    void createMonitoringViews(QMenu *view);              // consolemonitoring.cpp
    void updateTabState(ContextTab *tab);
    void closeTab(int index);
    void saveSession() const;

    models::ContextListModel *m_contexts;
    k8s::Kubeconfig m_config;
    std::optional<k8s::Kubeconfig::LoadOptions> m_reload;
    QSplitter *m_splitter;
    QTableView *m_contextList;
    QTabWidget *m_tabs;
    QLabel *m_source;
    QLabel *m_problem;
    QPushButton *m_startDemo;
    QLabel *m_emptyHint;
};

} // namespace kedascope::ui
