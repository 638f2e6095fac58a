// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"

#include "k8sclient/kubeconfig.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace kedascope::models {
class KubeClusterConnection;
class NamespaceModel;
class ObjectDetailsLoader;
class ObjectFilterProxy;
class ObjectTableModel;
} // namespace kedascope::models

namespace kedascope::ui {

class DetailsPane;

// One open context: its own connection, a namespace picker, a resource switcher, a filter, the
// live table, the connection's state and the selected object's details.
class ContextTab : public QWidget
{
    Q_OBJECT
public:
    enum Resource {
        ScaledObjects,
        ScaledJobs,
        TriggerAuthentications,
        ClusterTriggerAuthentications,
        ResourceCount
    };
    using WatchState = models::ClusterConnection::WatchState;
    // One selected row: what it is and where, enough to read or change it through connection().
    struct ObjectRef
    {
        k8s::ResourceType type;
        QString ns;
        QString name;
    };

    ContextTab(const QString &contextName, const k8s::Kubeconfig &config, QWidget *parent = nullptr);
    ~ContextTab() override;

    QString contextName() const { return m_contextName; }
    // Connects again (a kubeconfig re-read after a server restart, or F5) and lists afresh.
    void reconnect(const k8s::Kubeconfig &config);

    void setResource(int resource);
    int resource() const { return m_resource; }
    void setNamespace(const QString &ns); // empty: all namespaces
    QString currentNamespace() const { return m_namespace; }

    WatchState state() const { return m_state; }
    QString stateText() const;  // one line for the tab's tooltip and the status bar
    QString bannerText() const; // what the banner says (empty when live)
    bool isStale() const;

    void focusFilter();
    QString selectedRowsText() const; // tab-separated visible cells, one line per selected row
    QString selectedCleanYaml() const;

    // The connection of this context (replaced by reconnect(); connectionReplaced() says so).
    models::ClusterConnection *connection() const;
    const k8s::ResourceType &currentType() const;
    // The selected rows in view order; current() is the row the details pane shows.
    QList<ObjectRef> selectedObjects() const;
    std::optional<ObjectRef> currentObject() const;

    QTableView *table() const { return m_table; }
    models::ObjectTableModel *model(int resource) const { return m_models[size_t(resource)]; }
    DetailsPane *details() const { return m_details; }
    models::ObjectDetailsLoader *detailsLoader() const { return m_detailsLoader; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *namespaceBox() const { return m_namespaceBox; }
    QComboBox *resourceBox() const { return m_resourceBox; }
    QSplitter *splitter() const { return m_splitter; }
    void saveSettings() const;

Q_SIGNALS:
    void stateChanged();
    void tableFilled(); // the shown resource's first list arrived
    void detailsShown();
    void selectionChanged(); // the selected rows or the current row changed
    void connectionReplaced();

private:
    void buildConnection(const k8s::Kubeconfig &config);
    void startWatches();
    void checkFilled(models::ObjectTableModel *model);
    void fitColumns();
    void applyState(WatchState state, const QString &message, int httpCode);
    void updateBanner();
    void updateStatus();
    void requestDetails();
    void setDelegates();
    void showHeaderMenu(const QPoint &position);
    void restoreHeader();
    void saveHeader() const;
    models::ObjectTableModel *currentModel() const { return m_models[size_t(m_resource)]; }
    QString watchNamespace() const;
    QString resourceKey(int resource) const;
    QString describeForbidden(const QString &message) const;

    QString m_contextName;
    QString m_kubeconfigUser;
    QPointer<models::KubeClusterConnection> m_connection;
    std::array<models::ObjectTableModel *, ResourceCount> m_models{};
    models::NamespaceModel *m_namespaces;
    models::ObjectFilterProxy *m_proxy;

    QLabel *m_banner;
    QLabel *m_status;
    QComboBox *m_namespaceBox;
    QComboBox *m_resourceBox;
    QLineEdit *m_filter;
    QTableView *m_table;
    DetailsPane *m_details;
    models::ObjectDetailsLoader *m_detailsLoader;
    QSplitter *m_splitter;
    QTimer *m_detailsTimer;
    QTimer *m_clock;

    int m_resource = ScaledObjects;
    QString m_namespace;
    WatchState m_state = WatchState::Connecting;
    QString m_stateMessage;
    int m_stateCode = 0;
    QDateTime m_lastLive;
    bool m_filled = false;
    bool m_headerRestored = false;
};

} // namespace kedascope::ui
