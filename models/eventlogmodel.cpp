// SPDX-License-Identifier: Apache-2.0
#include "models/eventlogmodel.h"

#include "k8sclient/age.h"
#include "k8sclient/json.h"

#include <QDateTime>

#include <algorithm>

namespace kedascope::models {

namespace {

namespace json = k8s::json;

qint64 timeMs(const json::Value &event, std::initializer_list<const char *> paths)
{
    for (const char *path : paths) {
        const json::Value *value = json::find(event, path);
        if (!value || !value->IsString())
            continue;
        if (const auto parsed = k8s::parseTimestamp(value->GetString()))
            return std::chrono::duration_cast<std::chrono::milliseconds>(parsed->time_since_epoch()).count();
    }
    return 0;
}

QString text(const json::Value &event, std::initializer_list<const char *> paths)
{
    for (const char *path : paths) {
        const std::string value = json::stringAt(event, path);
        if (!value.empty())
            return QString::fromStdString(value);
    }
    return {};
}

int countOf(const json::Value &event)
{
    for (const char *path : {"series.count", "deprecatedCount", "count"}) {
        if (const auto count = json::intAt(event, path); count && *count > 0)
            return int(*count);
    }
    return 1;
}

// Both APIs' spellings: events.k8s.io/v1 first, then core v1.
std::optional<TimelineEvent> fromJson(const QByteArray &eventJson)
{
    const auto doc = json::parse(std::string_view(eventJson.constData(), size_t(eventJson.size())));
    if (!doc || !doc->IsObject())
        return std::nullopt;
    const json::Value &e = *doc;
    TimelineEvent event;
    event.uid = text(e, {"metadata.uid"});
    if (event.uid.isEmpty())
        event.uid = text(e, {"metadata.namespace"}) + QLatin1Char('/') + text(e, {"metadata.name"});
    event.reason = text(e, {"reason"});
    event.message = text(e, {"note", "message"});
    event.warning = text(e, {"type"}) == QLatin1String("Warning");
    event.objectKind = text(e, {"regarding.kind", "involvedObject.kind"});
    event.objectNamespace = text(e, {"regarding.namespace", "involvedObject.namespace", "metadata.namespace"});
    event.objectName = text(e, {"regarding.name", "involvedObject.name"});
    event.source = text(e, {"reportingController", "reportingComponent", "deprecatedSource.component",
                            "source.component"});
    event.count = countOf(e);
    event.lastSeenMs = timeMs(e, {"series.lastObservedTime", "deprecatedLastTimestamp", "lastTimestamp",
                                  "eventTime", "metadata.creationTimestamp"});
    event.firstSeenMs = timeMs(e, {"deprecatedFirstTimestamp", "firstTimestamp", "eventTime",
                                   "metadata.creationTimestamp"});
    if (event.firstSeenMs == 0 || (event.lastSeenMs != 0 && event.firstSeenMs > event.lastSeenMs))
        event.firstSeenMs = event.lastSeenMs;
    return event;
}

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString objectText(const TimelineEvent &event)
{
    const QString where = event.objectNamespace.isEmpty() ? event.objectName
                                                          : event.objectNamespace + QLatin1Char('/') + event.objectName;
    return event.objectKind + QLatin1Char(' ') + where;
}

bool isKedaKind(const QString &kind)
{
    return kind == QLatin1String("ScaledObject") || kind == QLatin1String("ScaledJob") ||
           kind == QLatin1String("TriggerAuthentication") || kind == QLatin1String("ClusterTriggerAuthentication");
}

} // namespace

EventLogModel::EventLogModel(ClusterConnection *connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
    qRegisterMetaType<TimelineEvents>();
    if (m_connection) {
        connect(m_connection, &ClusterConnection::synced, this, &EventLogModel::onSynced);
        connect(m_connection, &ClusterConnection::deltas, this, &EventLogModel::onDeltas);
    }
}

EventLogModel::~EventLogModel() = default;

void EventLogModel::start(const QString &ns)
{
    beginResetModel();
    m_events.clear();
    m_rowByUid.clear();
    m_syncedTypes.clear();
    endResetModel();
    m_namespace = ns;
    if (!m_connection)
        return;
    m_connection->watch(k8s::resources::eventsV1(), ns);
    m_connection->watch(k8s::resources::coreEvents(), ns);
}

void EventLogModel::stop()
{
    if (!m_connection)
        return;
    m_connection->unwatch(k8s::resources::eventsV1());
    m_connection->unwatch(k8s::resources::coreEvents());
}

void EventLogModel::setScaleTargets(const QSet<QString> &objectKeys)
{
    m_scaleTargets = objectKeys;
}

void EventLogModel::setKedaOnly(bool kedaOnly)
{
    m_kedaOnly = kedaOnly;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &event = m_events[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LastSeenColumn:
            return formatTime(event.lastSeenMs);
        case TypeColumn:
            return event.warning ? tr("Warning") : tr("Normal");
        case ReasonColumn:
            return event.reason;
        case ObjectColumn:
            return objectText(event);
        case MessageColumn:
            return event.message;
        case CountColumn:
            return event.count;
        case FirstSeenColumn:
            return formatTime(event.firstSeenMs);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case LastSeenColumn:
            return event.lastSeenMs;
        case FirstSeenColumn:
            return event.firstSeenMs;
        case CountColumn:
            return qint64(event.count);
        default:
            return data(index, Qt::DisplayRole).toString();
        }
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case WarningRole:
        return event.warning;
    case ReasonRole:
        return event.reason;
    case ObjectKindRole:
        return event.objectKind;
    case ObjectNamespaceRole:
        return event.objectNamespace;
    case ObjectNameRole:
        return event.objectName;
    case MessageRole:
        return event.message;
    case CountRole:
        return event.count;
    case FirstSeenMsRole:
        return event.firstSeenMs;
    case LastSeenMsRole:
        return event.lastSeenMs;
    case SourceRole:
        return event.source;
    case UidRole:
        return event.uid;
    case ObjectKeyRole:
        return QString(event.objectKind + QLatin1Char('/') + event.objectNamespace + QLatin1Char('/') +
                       event.objectName);
    case CopyTextRole:
        return QStringList{formatTime(event.lastSeenMs), event.warning ? QStringLiteral("Warning")
                                                                       : QStringLiteral("Normal"),
                           event.reason, objectText(event), event.message,
                           QStringLiteral("x%1").arg(event.count)}
            .join(QLatin1Char('\t'));
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LastSeenColumn:
        return tr("Last seen");
    case TypeColumn:
        return tr("Type");
    case ReasonColumn:
        return tr("Reason");
    case ObjectColumn:
        return tr("Object");
    case MessageColumn:
        return tr("Message");
    case CountColumn:
        return tr("Count");
    case FirstSeenColumn:
        return tr("First seen");
    default:
        return {};
    }
}

const TimelineEvent &EventLogModel::eventAt(int row) const
{
    return m_events.at(size_t(row));
}

TimelineEvents EventLogModel::eventsFor(const QString &kind, const QString &ns, const QString &name, qint64 fromMs,
                                        qint64 toMs) const
{
    TimelineEvents result;
    for (const TimelineEvent &event : m_events) {
        if ((!kind.isEmpty() && event.objectKind != kind) || event.objectNamespace != ns ||
            event.objectName != name || event.lastSeenMs < fromMs || event.lastSeenMs > toMs)
            continue;
        result.push_back(event);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.lastSeenMs < b.lastSeenMs; });
    return result;
}

TimelineEvents EventLogModel::events() const
{
    return m_events;
}

bool EventLogModel::isRelevant(const TimelineEvent &event) const
{
    if (!m_kedaOnly || isKedaKind(event.objectKind))
        return true;
    if (event.objectKind == QLatin1String("HorizontalPodAutoscaler") &&
        event.objectName.startsWith(QLatin1String("keda-hpa-")))
        return true;
    if (event.source == QLatin1String("keda-operator"))
        return true;
    return m_scaleTargets.contains(event.objectKind + QLatin1Char('/') + event.objectNamespace + QLatin1Char('/') +
                                   event.objectName);
}

bool EventLogModel::upsert(const TimelineEvent &event, bool *repeated)
{
    *repeated = false;
    const auto found = m_rowByUid.constFind(event.uid);
    if (found == m_rowByUid.cend()) {
        const int row = int(m_events.size());
        beginInsertRows({}, row, row);
        m_events.push_back(event);
        m_rowByUid.insert(event.uid, row);
        endInsertRows();
        return true;
    }
    TimelineEvent &known = m_events[size_t(*found)];
    if (event.count <= known.count && event.lastSeenMs <= known.lastSeenMs && event.message == known.message)
        return false; // the same sighting, through the other API or a re-list
    *repeated = event.count > known.count || event.lastSeenMs > known.lastSeenMs;
    known.count = std::max(known.count, event.count);
    known.lastSeenMs = std::max(known.lastSeenMs, event.lastSeenMs);
    if (event.firstSeenMs > 0 && (known.firstSeenMs == 0 || event.firstSeenMs < known.firstSeenMs))
        known.firstSeenMs = event.firstSeenMs;
    known.message = event.message;
    Q_EMIT dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
    return *repeated;
}

void EventLogModel::ingest(const QByteArray &eventJson)
{
    const auto event = fromJson(eventJson);
    if (!event || !isRelevant(*event))
        return;
    bool repeated = false;
    if (upsert(*event, &repeated))
        Q_EMIT eventsArrived({m_events[size_t(m_rowByUid.value(event->uid))]});
}

void EventLogModel::onSynced(const k8s::ResourceType &type, const ObjectList &objects)
{
    if (!(type == k8s::resources::eventsV1()) && !(type == k8s::resources::coreEvents()))
        return;
    const QString typeKey = QString::fromStdString(type.apiVersion());
    // Both APIs serve the same Events, so once one has listed, anything the other lists that the log
    // has not seen was created since: news, even though it comes in that API's first list.
    const bool initial = m_syncedTypes.isEmpty();
    m_syncedTypes.insert(typeKey);
    TimelineEvents arrived;
    for (const k8s::CachedObject &object : objects) {
        const auto event = fromJson(QByteArray::fromStdString(object.json));
        if (!event || !isRelevant(*event))
            continue;
        bool repeated = false;
        // An event first seen through the other API's list is not news either.
        const bool isNew = !m_rowByUid.contains(event->uid);
        if (upsert(*event, &repeated) && !initial && (isNew || repeated))
            arrived.push_back(m_events[size_t(m_rowByUid.value(event->uid))]);
    }
    if (!arrived.empty())
        Q_EMIT eventsArrived(arrived);
}

void EventLogModel::onDeltas(const k8s::ResourceType &type, const DeltaList &batch)
{
    if (!(type == k8s::resources::eventsV1()) && !(type == k8s::resources::coreEvents()))
        return;
    TimelineEvents arrived;
    for (const k8s::WatchDelta &delta : batch) {
        if (delta.type == k8s::WatchDelta::Type::Deleted)
            continue; // an expired Event stays in the log
        const auto event = fromJson(QByteArray::fromStdString(delta.object.json));
        if (!event || !isRelevant(*event))
            continue;
        bool repeated = false;
        if (upsert(*event, &repeated))
            arrived.push_back(m_events[size_t(m_rowByUid.value(event->uid))]);
    }
    if (!arrived.empty())
        Q_EMIT eventsArrived(arrived);
}

} // namespace kedascope::models
