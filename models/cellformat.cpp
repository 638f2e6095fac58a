// SPDX-License-Identifier: Apache-2.0
#include "models/cellformat.h"

#include "k8sclient/age.h"

#include <QDateTime>
#include <QLocale>

namespace kedascope::models {

namespace k8sjson = k8s::json;

QString CellFormat::string(const k8sjson::Value &object, std::string_view path)
{
    const k8sjson::Value *value = k8sjson::find(object, path);
    if (!value || !value->IsString())
        return {};
    return QString::fromUtf8(value->GetString(), static_cast<qsizetype>(value->GetStringLength()));
}

std::optional<qint64> CellFormat::integer(const k8sjson::Value &object, std::string_view path)
{
    if (auto value = k8sjson::intAt(object, path))
        return static_cast<qint64>(*value);
    return std::nullopt;
}

TimePoint CellFormat::time(const k8sjson::Value &object, std::string_view path)
{
    const k8sjson::Value *value = k8sjson::find(object, path);
    if (!value || !value->IsString())
        return std::nullopt;
    return k8s::parseTimestamp(std::string(value->GetString(), value->GetStringLength()));
}

ConditionState CellFormat::condition(const k8sjson::Value &object, std::string_view type)
{
    ConditionState state;
    const k8sjson::Value *conditions = k8sjson::find(object, "status.conditions");
    if (!conditions || !conditions->IsArray())
        return state;
    for (const auto &entry : conditions->GetArray()) {
        if (!entry.IsObject() || string(entry, "type") != QLatin1String(type.data(), type.size()))
            continue;
        const QString status = string(entry, "status");
        state.status = status == QLatin1String("True")    ? ConditionStatus::True
                       : status == QLatin1String("False") ? ConditionStatus::False
                                                          : ConditionStatus::Unknown;
        state.reason = string(entry, "reason");
        state.message = string(entry, "message");
        break;
    }
    return state;
}

void CellFormat::triggers(const k8sjson::Value &object, QStringList *types, QStringList *names)
{
    const k8sjson::Value *triggers = k8sjson::find(object, "spec.triggers");
    if (!triggers || !triggers->IsArray())
        return;
    for (const auto &trigger : triggers->GetArray()) {
        if (!trigger.IsObject())
            continue;
        types->append(string(trigger, "type"));
        names->append(string(trigger, "name"));
    }
}

QStringList CellFormat::stringMap(const k8sjson::Value &object, std::string_view path)
{
    QStringList entries;
    const k8sjson::Value *map = k8sjson::find(object, path);
    if (!map || !map->IsObject())
        return entries;
    for (const auto &member : map->GetObject()) {
        const QString key = QString::fromUtf8(member.name.GetString(), member.name.GetStringLength());
        const QString value = member.value.IsString() ? QString::fromUtf8(member.value.GetString(),
                                                                          member.value.GetStringLength())
                                                      : QString();
        entries.append(key + QLatin1Char('=') + value);
    }
    return entries;
}

QVariant CellFormat::conditionCell(const ConditionState &condition, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        switch (condition.status) {
        case ConditionStatus::Absent:
            return QString();
        case ConditionStatus::True:
            return tr("True");
        case ConditionStatus::False:
            return tr("False");
        case ConditionStatus::Unknown:
            return tr("Unknown");
        }
        return {};
    case Qt::ToolTipRole:
        if (condition.status == ConditionStatus::Absent)
            return tr("Not reported yet");
        if (condition.message.isEmpty())
            return condition.reason;
        return tr("%1: %2").arg(condition.reason, condition.message);
    case SortRole:
    case ConditionStatusRole:
        return static_cast<int>(condition.status);
    case ConditionReasonRole:
        return condition.reason;
    case ConditionMessageRole:
        return condition.message;
    default:
        return {};
    }
}

QDateTime CellFormat::toDateTime(const TimePoint &time)
{
    if (!time)
        return {};
    const auto msecs =
        std::chrono::duration_cast<std::chrono::milliseconds>(time->time_since_epoch()).count();
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QVariant CellFormat::timeCell(const TimePoint &time, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        if (!time)
            return QString();
        return QString::fromStdString(k8s::formatAge(std::chrono::system_clock::now() - *time));
    case Qt::ToolTipRole:
        if (!time)
            return tr("Never");
        return QLocale().toString(toDateTime(time).toLocalTime(), QLocale::LongFormat);
    case SortRole:
    case ExactTimeRole:
        return toDateTime(time);
    default:
        return {};
    }
}

QVariant CellFormat::countCell(const std::optional<qint64> &count, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return count ? QString::number(*count) : QString();
    case SortRole:
        return count ? QVariant(*count) : QVariant(qint64(-1));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant CellFormat::triggersCell(const QStringList &types, const QStringList &names, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return types.join(QLatin1String(", "));
    case Qt::ToolTipRole: {
        QStringList lines;
        for (int i = 0; i < types.size(); ++i) {
            const QString name = names.value(i);
            lines.append(name.isEmpty() ? types[i] : tr("%1 (%2)").arg(types[i], name));
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

} // namespace kedascope::models
