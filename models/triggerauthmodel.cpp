// SPDX-License-Identifier: Apache-2.0
#include "models/triggerauthmodel.h"

namespace kedascope::models {

namespace {

const k8s::ResourceType &typeOf(TriggerAuthModel::Kind kind)
{
    return kind == TriggerAuthModel::Kind::TriggerAuthentication
               ? k8s::resources::triggerAuthentications()
               : k8s::resources::clusterTriggerAuthentications();
}

int arraySize(const k8s::json::Value &object, const char *path)
{
    const k8s::json::Value *array = k8s::json::find(object, path);
    return array && array->IsArray() ? static_cast<int>(array->Size()) : 0;
}

} // namespace

TriggerAuthModel::TriggerAuthModel(Kind kind, QObject *parent)
    : ObjectTableModel(typeOf(kind), parent), m_kind(kind)
{}

QString TriggerAuthModel::columnTitle(int column) const
{
    switch (column) {
    case TriggerAuthColumn::Name:
        return tr("Name");
    case TriggerAuthColumn::Namespace:
        return tr("Namespace");
    case TriggerAuthColumn::Sources:
        return tr("Sources");
    case TriggerAuthColumn::Age:
        return tr("Age");
    }
    return {};
}

std::unique_ptr<ObjectRow> TriggerAuthModel::parseObject(const k8s::json::Value &object)
{
    auto row = std::make_unique<TriggerAuthRow>();
    const k8s::json::Value *spec = k8s::json::find(object, "spec");
    if (spec && spec->IsObject()) {
        for (const auto &member : spec->GetObject())
            row->sourceKinds.append(
                QString::fromUtf8(member.name.GetString(), member.name.GetStringLength()));
    }
    row->podIdentityProvider = CellFormat::string(object, "spec.podIdentity.provider");
    row->secretRefs =
        arraySize(object, "spec.secretTargetRef") + arraySize(object, "spec.configMapTargetRef");
    return row;
}

QString TriggerAuthModel::sourcesText(const TriggerAuthRow &row) const
{
    QStringList parts;
    for (const QString &kind : row.sourceKinds) {
        if (kind == QLatin1String("podIdentity") && !row.podIdentityProvider.isEmpty())
            parts.append(tr("%1 (%2)").arg(kind, row.podIdentityProvider));
        else
            parts.append(kind);
    }
    return parts.join(QLatin1String(", "));
}

QList<int> TriggerAuthModel::timeColumns() const
{
    return {TriggerAuthColumn::Age};
}

QVariant TriggerAuthModel::cellData(const ObjectRow &base, int column, int role) const
{
    const auto &row = as<TriggerAuthRow>(base);
    switch (role) {
    case SourceKindsRole:
        return row.sourceKinds;
    case PodIdentityProviderRole:
        return row.podIdentityProvider;
    case TriggerTypesRole:
        return QStringList();
    case StateFlagsRole:
        return 0;
    default:
        break;
    }
    switch (column) {
    case TriggerAuthColumn::Name:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.name) : QVariant();
    case TriggerAuthColumn::Namespace:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.ns) : QVariant();
    case TriggerAuthColumn::Sources:
        if (role == Qt::DisplayRole || role == SortRole)
            return sourcesText(row);
        if (role == Qt::ToolTipRole && row.secretRefs > 0)
            return tr("%n secret or config map reference(s)", nullptr, row.secretRefs);
        return {};
    case TriggerAuthColumn::Age:
        return CellFormat::timeCell(row.created, role);
    }
    return {};
}

} // namespace kedascope::models
