// SPDX-License-Identifier: Apache-2.0
#include "models/eventfilterproxy.h"

#include "models/eventlogmodel.h"

namespace kedascope::models {

EventFilterProxy::EventFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EventLogModel::SortRole);
}

void EventFilterProxy::setNamespace(const QString &ns)
{
    m_namespace = ns;
    invalidateFilter();
}

void EventFilterProxy::setObject(const QString &kind, const QString &name)
{
    m_kind = kind;
    m_name = name;
    invalidateFilter();
}

void EventFilterProxy::setReasons(const QStringList &reasons)
{
    m_reasons = reasons;
    invalidateFilter();
}

void EventFilterProxy::setType(TypeFilter type)
{
    m_type = type;
    invalidateFilter();
}

void EventFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void EventFilterProxy::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    invalidateFilter();
}

void EventFilterProxy::clearFilters()
{
    m_namespace.clear();
    m_kind.clear();
    m_name.clear();
    m_reasons.clear();
    m_type = TypeFilter::All;
    m_text.clear();
    m_fromMs = m_toMs = 0;
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&](int role) { return index.data(role); };
    if (!m_namespace.isEmpty() && value(EventLogModel::ObjectNamespaceRole).toString() != m_namespace)
        return false;
    if (!m_kind.isEmpty() && value(EventLogModel::ObjectKindRole).toString() != m_kind)
        return false;
    if (!m_name.isEmpty() && value(EventLogModel::ObjectNameRole).toString() != m_name)
        return false;
    if (!m_reasons.isEmpty() && !m_reasons.contains(value(EventLogModel::ReasonRole).toString()))
        return false;
    if (m_type != TypeFilter::All && value(EventLogModel::WarningRole).toBool() != (m_type == TypeFilter::Warning))
        return false;
    const qint64 lastSeen = value(EventLogModel::LastSeenMsRole).toLongLong();
    if ((m_fromMs > 0 && lastSeen < m_fromMs) || (m_toMs > 0 && lastSeen > m_toMs))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int role : {int(EventLogModel::ReasonRole), int(EventLogModel::MessageRole),
                     int(EventLogModel::ObjectNameRole), int(EventLogModel::ObjectKindRole)}) {
        if (value(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace kedascope::models
