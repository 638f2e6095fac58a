// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace kedascope::models {

// Filters an EventLogModel by namespace, object, reasons, type, free text (reason, object and message,
// case-insensitive) and a time range on last seen; sorts by EventLogModel::SortRole.
class EventFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class TypeFilter { All, Warning, Normal };
    Q_ENUM(TypeFilter)

    explicit EventFilterProxy(QObject *parent = nullptr);

    void setNamespace(const QString &ns); // empty: all
    void setObject(const QString &kind, const QString &name); // empty kind/name: any
    void setReasons(const QStringList &reasons);              // empty: all
    void setType(TypeFilter type);
    void setText(const QString &text);
    void setTimeRange(qint64 fromMs, qint64 toMs); // 0, 0: no limit
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_namespace;
    QString m_kind;
    QString m_name;
    QStringList m_reasons;
    TypeFilter m_type = TypeFilter::All;
    QString m_text;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace kedascope::models
