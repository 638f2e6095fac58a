// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QStringList>

namespace kedascope::models {

class ObjectTableModel;

// The namespaces to choose from: "All namespaces" first, then, sorted, every namespace listed by
// the cluster (when the user may list them) or seen on an object.
class NamespaceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit NamespaceModel(QObject *parent = nullptr);

    // Namespaces seen on objects stay until clear().
    void addSeen(const QStringList &namespaces);
    void followObjects(ObjectTableModel *model);
    // The cluster's namespace list replaces the previous one.
    void setListed(const QStringList &namespaces);
    // Follows the connection's watch of namespaces (if the UI starts one).
    void setConnection(ClusterConnection *connection);
    void clear();

    QString namespaceAt(int row) const; // empty for "All namespaces"
    int rowOfNamespace(const QString &ns) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    enum Source { Seen = 0x1, Listed = 0x2 };
    void addSource(const QString &ns, Source source);
    void dropSource(const QString &ns, Source source);
    void applyNamespaceDeltas(const DeltaList &batch);

    QStringList m_names; // sorted; row = index + 1
    QHash<QString, int> m_sources;
    QPointer<ClusterConnection> m_connection;
};

} // namespace kedascope::models
