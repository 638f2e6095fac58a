// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"
#include "models/timelineevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>

namespace kedascope::models {

// Every event about KEDA objects (ScaledObject, ScaledJob, TriggerAuthentication,
// ClusterTriggerAuthentication), the HPAs KEDA made (keda-hpa-*), and scale targets named with
// setScaleTargets(), from events.k8s.io/v1 and core v1 watched through the connection and merged into
// one row per event (by uid; the same Event is visible through both APIs). A repeated event is one row
// with its count and first/last seen (series.count / deprecatedCount / count, series.lastObservedTime /
// lastTimestamp / eventTime). Rows are in arrival order; sort through a proxy with SortRole.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LastSeenColumn, TypeColumn, ReasonColumn, ObjectColumn, MessageColumn, CountColumn,
                  FirstSeenColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // typed: qint64 for times and count, QString otherwise
        WarningRole,                 // bool: type Warning
        ReasonRole,
        ObjectKindRole,
        ObjectNamespaceRole,
        ObjectNameRole,
        MessageRole,
        CountRole,
        FirstSeenMsRole, // qint64 ms since the epoch
        LastSeenMsRole,
        SourceRole,
        UidRole,
        ObjectKeyRole, // "Kind/namespace/name", to jump to the object
        CopyTextRole,  // the row as one line of text, for the clipboard
    };

    explicit EventLogModel(ClusterConnection *connection, QObject *parent = nullptr);
    ~EventLogModel() override;

    // Starts both watches in `ns` (empty: all namespaces), replacing earlier rows.
    void start(const QString &ns = {});
    void stop();
    QString namespaceFilter() const { return m_namespace; }
    // Workloads scaled by KEDA objects ("Kind/namespace/name"), whose events are kept too.
    void setScaleTargets(const QSet<QString> &objectKeys);
    // Keep every event, not only KEDA-related ones.
    void setKedaOnly(bool kedaOnly);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TimelineEvent &eventAt(int row) const;
    // Events about one object whose last sighting is in [fromMs, toMs], oldest first (chart markers).
    TimelineEvents eventsFor(const QString &kind, const QString &ns, const QString &name, qint64 fromMs,
                             qint64 toMs) const;
    TimelineEvents events() const;

    // Feeds an Event JSON (either API) as a watch would; the model's own watches call it too.
    void ingest(const QByteArray &eventJson);

Q_SIGNALS:
    // New events and repeats (count went up) seen after the first sync of each watch: what a
    // notification policy looks at. Not emitted for the initial list.
    void eventsArrived(const kedascope::models::TimelineEvents &events);

private:
    void onSynced(const k8s::ResourceType &type, const ObjectList &objects);
    void onDeltas(const k8s::ResourceType &type, const DeltaList &batch);
    bool upsert(const TimelineEvent &event, bool *repeated);
    bool isRelevant(const TimelineEvent &event) const;

    QPointer<ClusterConnection> m_connection;
    QString m_namespace;
    TimelineEvents m_events;
    QHash<QString, int> m_rowByUid;
    QSet<QString> m_scaleTargets;
    QSet<QString> m_syncedTypes;
    bool m_kedaOnly = true;
};

} // namespace kedascope::models

Q_DECLARE_METATYPE(kedascope::models::TimelineEvents)
