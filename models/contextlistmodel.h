// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/kubeconfig.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QString>

#include <thread>
#include <vector>

namespace kedascope::models {

// The contexts of the merged kubeconfig, one row each, with the state of a probe of each
// context's API server (probed off the GUI thread, one context never blocking another).
class ContextListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ClusterColumn, UserColumn, NamespaceColumn, ServerColumn, StatusColumn, ColumnCount };
    enum Role { IsCurrentRole = Qt::UserRole + 1, ProbeStateRole };
    enum class ProbeState { NotProbed, Probing, Reachable, Failed };
    Q_ENUM(ProbeState)

    explicit ContextListModel(QObject *parent = nullptr);
    ~ContextListModel() override;

    // Replaces the rows with `config`'s contexts (one reset: a new kubeconfig is a new list).
    void setKubeconfig(const k8s::Kubeconfig &config);
    // Connects to every context's server in the background and fills the Status column.
    void probeAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString contextName(int row) const;
    int rowOfContext(const QString &name) const;

Q_SIGNALS:
    void probeFinished(const QString &contextName);

private:
    struct Row
    {
        k8s::Kubeconfig::Context context;
        QString server;
        QString resolveError;
        ProbeState probe = ProbeState::NotProbed;
        QString probeDetail; // server version, or the error's message
    };
    static QColor stateColor(const Row &row);
    void applyProbe(quint64 generation, const QString &context, bool ok, const QString &detail);

    std::vector<Row> m_rows;
    std::vector<std::thread> m_probes;
    k8s::Kubeconfig m_config;
    QString m_currentContext;
    quint64 m_generation = 0; // drops probe results that arrive after the kubeconfig changed
};

} // namespace kedascope::models
