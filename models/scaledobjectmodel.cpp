// SPDX-License-Identifier: Apache-2.0
#include "models/scaledobjectmodel.h"

#include <QDateTime>

namespace kedascope::models {

namespace {

const k8s::json::Value *annotation(const k8s::json::Value &object, const char *key)
{
    const k8s::json::Value *annotations = k8s::json::find(object, "metadata.annotations");
    if (!annotations || !annotations->IsObject())
        return nullptr;
    auto found = annotations->FindMember(key);
    return found == annotations->MemberEnd() ? nullptr : &found->value;
}

// KEDA: paused-replicas always pauses; `paused` pauses unless it says false.
bool pausedByAnnotations(const k8s::json::Value &object)
{
    if (annotation(object, "autoscaling.keda.sh/paused-replicas"))
        return true;
    const k8s::json::Value *paused = annotation(object, "autoscaling.keda.sh/paused");
    return paused &&
           !(paused->IsString() &&
             QString::fromUtf8(paused->GetString()).compare(QLatin1String("false"), Qt::CaseInsensitive) ==
                 0);
}

} // namespace

ScaledObjectModel::ScaledObjectModel(QObject *parent)
    : ObjectTableModel(k8s::resources::scaledObjects(), parent)
{}

void ScaledObjectModel::setConnection(ClusterConnection *connection)
{
    ObjectTableModel::setConnection(connection);
    m_hpas.clear();
    if (!connection)
        return;
    connect(connection, &ClusterConnection::synced, this,
            [this](const k8s::ResourceType &type, const ObjectList &objects) {
                if (type == k8s::resources::hpas())
                    applyHpaObjects(objects, true);
            });
    connect(connection, &ClusterConnection::deltas, this,
            [this](const k8s::ResourceType &type, const DeltaList &batch) {
                if (!(type == k8s::resources::hpas()))
                    return;
                for (const auto &delta : batch) {
                    const QString ns = QString::fromStdString(delta.object.ns);
                    const QString name = QString::fromStdString(delta.object.name);
                    HpaReplicas replicas;
                    if (delta.type != k8s::WatchDelta::Type::Deleted && parseHpa(delta.object, &replicas))
                        setHpaReplicas(ns, name, replicas);
                    else
                        removeHpa(ns, name);
                }
            });
}

void ScaledObjectModel::applyHpaObjects(const ObjectList &objects, bool replaceAll)
{
    QSet<QString> listed;
    for (const auto &object : objects) {
        const QString ns = QString::fromStdString(object.ns);
        const QString name = QString::fromStdString(object.name);
        HpaReplicas replicas;
        if (parseHpa(object, &replicas)) {
            setHpaReplicas(ns, name, replicas);
            listed.insert(hpaKey(ns, name));
        }
    }
    if (!replaceAll)
        return;
    const auto known = m_hpas.keys();
    for (const QString &key : known) {
        if (!listed.contains(key)) {
            m_hpas.remove(key);
            hpaChanged(key);
        }
    }
}

bool ScaledObjectModel::parseHpa(const k8s::CachedObject &hpa, HpaReplicas *replicas)
{
    auto document = k8s::json::parse(hpa.json);
    if (!document || !document->IsObject())
        return false;
    const auto current = k8s::json::intAt(*document, "status.currentReplicas");
    const auto desired = k8s::json::intAt(*document, "status.desiredReplicas");
    if (!current && !desired)
        return false;
    replicas->current = current.value_or(0);
    replicas->desired = desired.value_or(0);
    return true;
}

QString ScaledObjectModel::hpaKey(const QString &ns, const QString &hpaName)
{
    return ns + QLatin1Char('/') + hpaName;
}

void ScaledObjectModel::setHpaReplicas(const QString &ns, const QString &hpaName, HpaReplicas replicas)
{
    const QString key = hpaKey(ns, hpaName);
    auto found = m_hpas.find(key);
    if (found != m_hpas.end() && found->current == replicas.current && found->desired == replicas.desired)
        return;
    m_hpas.insert(key, replicas);
    hpaChanged(key);
}

void ScaledObjectModel::removeHpa(const QString &ns, const QString &hpaName)
{
    const QString key = hpaKey(ns, hpaName);
    if (m_hpas.remove(key))
        hpaChanged(key);
}

void ScaledObjectModel::hpaChanged(const QString &key)
{
    const QString objectKey = m_objectByHpa.value(key);
    if (objectKey.isEmpty())
        return;
    const int slash = objectKey.indexOf(QLatin1Char('/'));
    const int row = rowOf(objectKey.left(slash), objectKey.mid(slash + 1));
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, ScaledObjectColumn::CurrentReplicas),
                       index(row, ScaledObjectColumn::DesiredReplicas));
}

void ScaledObjectModel::rowStored(const ObjectRow *previous, const ObjectRow *current)
{
    if (previous) {
        const auto &row = as<ScaledObjectRow>(*previous);
        m_objectByHpa.remove(hpaKey(row.ns, row.hpaName));
    }
    if (current) {
        const auto &row = as<ScaledObjectRow>(*current);
        m_objectByHpa.insert(hpaKey(row.ns, row.hpaName), QString::fromStdString(row.key));
    }
}

std::optional<HpaReplicas> ScaledObjectModel::hpaOf(const ScaledObjectRow &row) const
{
    auto found = m_hpas.constFind(hpaKey(row.ns, row.hpaName));
    if (found == m_hpas.constEnd())
        return std::nullopt;
    return *found;
}

QString ScaledObjectModel::columnTitle(int column) const
{
    switch (column) {
    case ScaledObjectColumn::Name:
        return tr("Name");
    case ScaledObjectColumn::Namespace:
        return tr("Namespace");
    case ScaledObjectColumn::Target:
        return tr("Target");
    case ScaledObjectColumn::MinReplicas:
        return tr("Min");
    case ScaledObjectColumn::MaxReplicas:
        return tr("Max");
    case ScaledObjectColumn::CurrentReplicas:
        return tr("Current");
    case ScaledObjectColumn::DesiredReplicas:
        return tr("Desired");
    case ScaledObjectColumn::Triggers:
        return tr("Triggers");
    case ScaledObjectColumn::Ready:
        return tr("Ready");
    case ScaledObjectColumn::Active:
        return tr("Active");
    case ScaledObjectColumn::Fallback:
        return tr("Fallback");
    case ScaledObjectColumn::Paused:
        return tr("Paused");
    case ScaledObjectColumn::LastActive:
        return tr("Last active");
    case ScaledObjectColumn::Age:
        return tr("Age");
    }
    return {};
}

std::unique_ptr<ObjectRow> ScaledObjectModel::parseObject(const k8s::json::Value &object)
{
    auto row = std::make_unique<ScaledObjectRow>();
    row->targetKind = CellFormat::string(object, "spec.scaleTargetRef.kind");
    if (row->targetKind.isEmpty())
        row->targetKind = QStringLiteral("Deployment");
    row->targetName = CellFormat::string(object, "spec.scaleTargetRef.name");
    row->minReplicas = CellFormat::integer(object, "spec.minReplicaCount").value_or(0);
    row->maxReplicas = CellFormat::integer(object, "spec.maxReplicaCount").value_or(100);
    row->pausedReplicas = CellFormat::integer(object, "status.pausedReplicaCount");
    row->hpaName = CellFormat::string(object, "status.hpaName");
    if (row->hpaName.isEmpty())
        row->hpaName = CellFormat::string(object, "spec.advanced.horizontalPodAutoscalerConfig.name");
    if (row->hpaName.isEmpty())
        row->hpaName = QLatin1String("keda-hpa-") + CellFormat::string(object, "metadata.name");
    CellFormat::triggers(object, &row->triggerTypes, &row->triggerNames);
    row->ready = CellFormat::condition(object, "Ready");
    row->active = CellFormat::condition(object, "Active");
    row->fallback = CellFormat::condition(object, "Fallback");
    row->paused = CellFormat::condition(object, "Paused");
    row->pausedByAnnotation = pausedByAnnotations(object);
    row->pause = CellFormat::pauseInfo(k8s::resources::scaledObjects(), object);
    row->lastActive = CellFormat::time(object, "status.lastActiveTime");
    return row;
}

int ScaledObjectModel::stateFlags(const ScaledObjectRow &row) const
{
    int flags = 0;
    if (row.paused.isTrue() || row.pausedByAnnotation)
        flags |= PausedState;
    if (row.fallback.isTrue())
        flags |= FallbackState;
    if (row.ready.isFalse())
        flags |= FailingState;
    if (row.active.isFalse())
        flags |= InactiveState;
    return flags;
}

QList<int> ScaledObjectModel::timeColumns() const
{
    return {ScaledObjectColumn::LastActive, ScaledObjectColumn::Age};
}

QVariant ScaledObjectModel::cellData(const ObjectRow &base, int column, int role) const
{
    const auto &row = as<ScaledObjectRow>(base);
    switch (role) {
    case TriggerTypesRole:
        return row.triggerTypes;
    case TriggerNamesRole:
        return row.triggerNames;
    case StateFlagsRole:
        return stateFlags(row);
    case PauseUntilRole:
        return row.pause.paused ? CellFormat::toDateTime(row.pause.until) : QDateTime();
    case HpaNameRole:
        return row.hpaName;
    case TargetKindRole:
        return row.targetKind;
    case TargetNameRole:
        return row.targetName;
    default:
        break;
    }

    switch (column) {
    case ScaledObjectColumn::Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.name;
        return {};
    case ScaledObjectColumn::Namespace:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.ns;
        return {};
    case ScaledObjectColumn::Target:
        if (role == Qt::DisplayRole || role == SortRole)
            return QString(row.targetKind + QLatin1Char('/') + row.targetName);
        return {};
    case ScaledObjectColumn::MinReplicas:
        return CellFormat::countCell(row.minReplicas, role);
    case ScaledObjectColumn::MaxReplicas:
        return CellFormat::countCell(row.maxReplicas, role);
    case ScaledObjectColumn::CurrentReplicas: {
        const auto hpa = hpaOf(row);
        if (role == Qt::ToolTipRole)
            return hpa ? tr("From HPA %1").arg(row.hpaName) : tr("HPA %1 not seen yet").arg(row.hpaName);
        return CellFormat::countCell(hpa ? std::optional<qint64>(hpa->current) : std::nullopt, role);
    }
    case ScaledObjectColumn::DesiredReplicas: {
        const auto hpa = hpaOf(row);
        const bool paused = row.pausedReplicas && (row.paused.isTrue() || row.pausedByAnnotation);
        std::optional<qint64> desired = hpa ? std::optional<qint64>(hpa->desired) : std::nullopt;
        if (paused)
            desired = row.pausedReplicas;
        if (role == Qt::ToolTipRole) {
            if (paused)
                return tr("Paused at %1 replicas").arg(*row.pausedReplicas);
            return hpa ? tr("From HPA %1").arg(row.hpaName) : tr("HPA %1 not seen yet").arg(row.hpaName);
        }
        return CellFormat::countCell(desired, role);
    }
    case ScaledObjectColumn::Triggers:
        return CellFormat::triggersCell(row.triggerTypes, row.triggerNames, role);
    case ScaledObjectColumn::Ready:
        return CellFormat::conditionCell(row.ready, role);
    case ScaledObjectColumn::Active:
        return CellFormat::conditionCell(row.active, role);
    case ScaledObjectColumn::Fallback:
        return CellFormat::conditionCell(row.fallback, role);
    case ScaledObjectColumn::Paused:
        return CellFormat::pausedCell(row.paused, row.pause, role);
    case ScaledObjectColumn::LastActive:
        return CellFormat::timeCell(row.lastActive, role);
    case ScaledObjectColumn::Age:
        return CellFormat::timeCell(row.created, role);
    }
    return {};
}

} // namespace kedascope::models
