// SPDX-License-Identifier: Apache-2.0
#include "models/namespacemodel.h"

#include "models/objectroles.h"
#include "models/objecttablemodel.h"

#include <algorithm>

namespace kedascope::models {

NamespaceModel::NamespaceModel(QObject *parent) : QAbstractListModel(parent) {}

void NamespaceModel::addSeen(const QStringList &namespaces)
{
    for (const QString &ns : namespaces)
        addSource(ns, Seen);
}

void NamespaceModel::followObjects(ObjectTableModel *model)
{
    connect(model, &ObjectTableModel::namespacesSeen, this, &NamespaceModel::addSeen);
    QStringList present;
    for (int row = 0; row < model->rowCount(); ++row)
        present.append(model->rowAt(row)->ns);
    present.removeDuplicates();
    addSeen(present);
}

void NamespaceModel::setListed(const QStringList &namespaces)
{
    const QSet<QString> listed(namespaces.cbegin(), namespaces.cend());
    const QStringList known = m_names;
    for (const QString &ns : known) {
        if (!listed.contains(ns))
            dropSource(ns, Listed);
    }
    for (const QString &ns : namespaces)
        addSource(ns, Listed);
}

void NamespaceModel::setConnection(ClusterConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (!connection)
        return;
    connect(connection, &ClusterConnection::synced, this,
            [this](const k8s::ResourceType &type, const ObjectList &objects) {
                if (!(type == k8s::resources::namespaces()))
                    return;
                QStringList names;
                for (const auto &object : objects)
                    names.append(QString::fromStdString(object.name));
                setListed(names);
            });
    connect(connection, &ClusterConnection::deltas, this,
            [this](const k8s::ResourceType &type, const DeltaList &batch) {
                if (type == k8s::resources::namespaces())
                    applyNamespaceDeltas(batch);
            });
}

void NamespaceModel::applyNamespaceDeltas(const DeltaList &batch)
{
    for (const auto &delta : batch) {
        const QString ns = QString::fromStdString(delta.object.name);
        if (delta.type == k8s::WatchDelta::Type::Deleted)
            dropSource(ns, Listed);
        else
            addSource(ns, Listed);
    }
}

void NamespaceModel::clear()
{
    beginResetModel();
    m_names.clear();
    m_sources.clear();
    endResetModel();
}

void NamespaceModel::addSource(const QString &ns, Source source)
{
    if (ns.isEmpty())
        return;
    int &sources = m_sources[ns];
    const bool fresh = sources == 0;
    sources |= source;
    if (!fresh)
        return;
    const auto position = std::lower_bound(m_names.begin(), m_names.end(), ns);
    const int row = static_cast<int>(position - m_names.begin()) + 1;
    beginInsertRows({}, row, row);
    m_names.insert(row - 1, ns);
    endInsertRows();
}

void NamespaceModel::dropSource(const QString &ns, Source source)
{
    auto found = m_sources.find(ns);
    if (found == m_sources.end())
        return;
    *found &= ~source;
    if (*found != 0)
        return;
    m_sources.erase(found);
    const int row = rowOfNamespace(ns);
    beginRemoveRows({}, row, row);
    m_names.removeAt(row - 1);
    endRemoveRows();
}

QString NamespaceModel::namespaceAt(int row) const
{
    return row >= 1 && row <= m_names.size() ? m_names.at(row - 1) : QString();
}

int NamespaceModel::rowOfNamespace(const QString &ns) const
{
    if (ns.isEmpty())
        return 0;
    const auto position = std::lower_bound(m_names.cbegin(), m_names.cend(), ns);
    if (position == m_names.cend() || *position != ns)
        return -1;
    return static_cast<int>(position - m_names.cbegin()) + 1;
}

int NamespaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_names.size()) + 1;
}

QVariant NamespaceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool all = index.row() == 0;
    switch (role) {
    case Qt::DisplayRole:
        return all ? tr("All namespaces") : m_names.at(index.row() - 1);
    case Qt::ToolTipRole:
        if (all)
            return tr("Show objects of every namespace");
        return m_sources.value(m_names.at(index.row() - 1)) & Listed ? tr("Listed by the cluster")
                                                                     : tr("Seen on an object");
    case NamespaceRole:
    case SortRole:
        return all ? QString() : m_names.at(index.row() - 1);
    default:
        return {};
    }
}

} // namespace kedascope::models
