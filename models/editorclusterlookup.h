// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"

#include "k8sclient/resourcetype.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace kedascope::models {

// The names the editor offers in its pickers (scale targets, TriggerAuthentications), listed once per
// namespace and type through the connection; nothing without one.
class EditorClusterLookup : public QObject
{
    Q_OBJECT
public:
    explicit EditorClusterLookup(QObject *parent = nullptr);

    void setConnection(ClusterConnection *connection, const QString &defaultNamespace);
    ClusterConnection *connection() const { return m_connection; }
    bool isConnected() const { return m_connection != nullptr; }
    QString defaultNamespace() const { return m_defaultNamespace; }

    // The names known so far; the first call lists them, namesChanged() follows.
    QStringList names(const k8s::ResourceType &type, const QString &ns);

Q_SIGNALS:
    void namesChanged();

private:
    QPointer<ClusterConnection> m_connection;
    QString m_defaultNamespace;
    QHash<QString, QStringList> m_names; // by "resource/namespace"
};

} // namespace kedascope::models
