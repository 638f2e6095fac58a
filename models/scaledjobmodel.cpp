// SPDX-License-Identifier: Apache-2.0
#include "models/scaledjobmodel.h"

#include <QDateTime>

namespace kedascope::models {

ScaledJobModel::ScaledJobModel(QObject *parent) : ObjectTableModel(k8s::resources::scaledJobs(), parent) {}

QString ScaledJobModel::columnTitle(int column) const
{
    switch (column) {
    case ScaledJobColumn::Name:
        return tr("Name");
    case ScaledJobColumn::Namespace:
        return tr("Namespace");
    case ScaledJobColumn::MinReplicas:
        return tr("Min");
    case ScaledJobColumn::MaxReplicas:
        return tr("Max");
    case ScaledJobColumn::Strategy:
        return tr("Strategy");
    case ScaledJobColumn::Triggers:
        return tr("Triggers");
    case ScaledJobColumn::Ready:
        return tr("Ready");
    case ScaledJobColumn::Active:
        return tr("Active");
    case ScaledJobColumn::Paused:
        return tr("Paused");
    case ScaledJobColumn::LastActive:
        return tr("Last active");
    case ScaledJobColumn::Age:
        return tr("Age");
    }
    return {};
}

std::unique_ptr<ObjectRow> ScaledJobModel::parseObject(const k8s::json::Value &object)
{
    auto row = std::make_unique<ScaledJobRow>();
    row->minReplicas = CellFormat::integer(object, "spec.minReplicaCount").value_or(0);
    row->maxReplicas = CellFormat::integer(object, "spec.maxReplicaCount").value_or(100);
    row->strategy = CellFormat::string(object, "spec.scalingStrategy.strategy");
    if (row->strategy.isEmpty())
        row->strategy = QStringLiteral("default");
    CellFormat::triggers(object, &row->triggerTypes, &row->triggerNames);
    row->ready = CellFormat::condition(object, "Ready");
    row->active = CellFormat::condition(object, "Active");
    row->paused = CellFormat::condition(object, "Paused");
    const k8s::json::Value *annotations = k8s::json::find(object, "metadata.annotations");
    if (annotations && annotations->IsObject()) {
        auto found = annotations->FindMember("autoscaling.keda.sh/paused");
        row->pausedByAnnotation =
            found != annotations->MemberEnd() &&
            !(found->value.IsString() && std::string_view(found->value.GetString()) == "false");
    }
    row->pause = CellFormat::pauseInfo(k8s::resources::scaledJobs(), object);
    row->lastActive = CellFormat::time(object, "status.lastActiveTime");
    return row;
}

QList<int> ScaledJobModel::timeColumns() const
{
    return {ScaledJobColumn::LastActive, ScaledJobColumn::Age};
}

QVariant ScaledJobModel::cellData(const ObjectRow &base, int column, int role) const
{
    const auto &row = as<ScaledJobRow>(base);
    switch (role) {
    case TriggerTypesRole:
        return row.triggerTypes;
    case ScaledJobTriggerNamesRole:
        return row.triggerNames;
    case PauseUntilRole:
        return row.pause.paused ? CellFormat::toDateTime(row.pause.until) : QDateTime();
    case StateFlagsRole: {
        int flags = 0;
        if (row.paused.isTrue() || row.pausedByAnnotation)
            flags |= PausedState;
        if (row.ready.isFalse())
            flags |= FailingState;
        if (row.active.isFalse())
            flags |= InactiveState;
        return flags;
    }
    default:
        break;
    }

    switch (column) {
    case ScaledJobColumn::Name:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.name) : QVariant();
    case ScaledJobColumn::Namespace:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.ns) : QVariant();
    case ScaledJobColumn::MinReplicas:
        return CellFormat::countCell(row.minReplicas, role);
    case ScaledJobColumn::MaxReplicas:
        return CellFormat::countCell(row.maxReplicas, role);
    case ScaledJobColumn::Strategy:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.strategy) : QVariant();
    case ScaledJobColumn::Triggers:
        return CellFormat::triggersCell(row.triggerTypes, row.triggerNames, role);
    case ScaledJobColumn::Ready:
        return CellFormat::conditionCell(row.ready, role);
    case ScaledJobColumn::Active:
        return CellFormat::conditionCell(row.active, role);
    case ScaledJobColumn::Paused:
        return CellFormat::pausedCell(row.paused, row.pause, role);
    case ScaledJobColumn::LastActive:
        return CellFormat::timeCell(row.lastActive, role);
    case ScaledJobColumn::Age:
        return CellFormat::timeCell(row.created, role);
    }
    return {};
}

} // namespace kedascope::models
