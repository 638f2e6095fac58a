// SPDX-License-Identifier: Apache-2.0
#include "models/editorclusterlookup.h"

#include "models/clusterconnection.h"

#include "k8sclient/json.h"

namespace kedascope::models {

EditorClusterLookup::EditorClusterLookup(QObject *parent) : QObject(parent) {}

void EditorClusterLookup::setConnection(ClusterConnection *connection, const QString &defaultNamespace)
{
    if (m_connection)
        m_connection->forgetJobs(this);
    m_connection = connection;
    m_defaultNamespace = defaultNamespace;
    m_names.clear();
    Q_EMIT namesChanged();
}

QStringList EditorClusterLookup::names(const k8s::ResourceType &type, const QString &ns)
{
    const QString scope = type.namespaced ? (ns.isEmpty() ? m_defaultNamespace : ns) : QString();
    const QString key = QString::fromStdString(type.resource) + QLatin1Char('/') + scope;
    if (auto found = m_names.constFind(key); found != m_names.constEnd())
        return *found;
    m_names.insert(key, {});
    if (!m_connection)
        return {};
    const auto job = m_connection->list(type, scope);
    m_connection->whenFinished(job, this, [this, key](const CallResult &result) {
        if (!result.ok)
            return;
        auto list = k8s::json::parse(std::string_view(result.json.constData(), size_t(result.json.size())));
        if (!list || !list->IsObject() || !list->HasMember("items") || !(*list)["items"].IsArray())
            return;
        QStringList found;
        for (const auto &item : (*list)["items"].GetArray())
            found << QString::fromStdString(k8s::json::stringAt(item, "metadata.name"));
        found.sort();
        m_names.insert(key, found);
        Q_EMIT namesChanged();
    });
    return {};
}

} // namespace kedascope::models
