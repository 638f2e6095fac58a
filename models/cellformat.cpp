// SPDX-License-Identifier: Apache-2.0
#include "models/cellformat.h"

#include "k8sclient/age.h"
#include "k8sclient/kedapause.h"
#include "k8sclient/pauseplan.h"

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

PauseInfo CellFormat::pauseInfo(const k8s::ResourceType &type, const k8sjson::Value &object)
{
    const auto state = k8s::pause::pauseStateOf(type, object);
    PauseInfo info;
    info.paused = state.paused;
    info.byKedascope = state.byKedascope;
    info.since = state.since;
    info.until = state.until;
    if (!state.paused)
        return info;
    const auto spec = k8s::keda::PauseSpec::fromScaledObject(object);
    if (type == k8s::resources::scaledJobs())
        info.mode = tr("paused, no new Jobs");
    else if (spec.hasPausedReplicas)
        info.mode = tr("hold at %1 replicas").arg(QString::fromStdString(spec.pausedReplicasText));
    else if (spec.paused)
        info.mode = tr("frozen at the current count");
    else if (spec.pausedScaleIn && spec.pausedScaleOut)
        info.mode = tr("scale-in and scale-out blocked");
    else
        info.mode = spec.pausedScaleIn ? tr("scale-in blocked") : tr("scale-out blocked");
    return info;
}

QString CellFormat::countdown(const QDateTime &time, const QDateTime &now)
{
    qint64 seconds = now.secsTo(time);
    const bool past = seconds < 0;
    seconds = std::abs(seconds);
    QString text;
    if (seconds >= 86400)
        text = tr("%1d %2h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
    else if (seconds >= 3600)
        text = tr("%1h %2m").arg(seconds / 3600).arg(seconds % 3600 / 60);
    else if (seconds >= 60)
        text = tr("%1m %2s").arg(seconds / 60).arg(seconds % 60);
    else
        text = tr("%1s").arg(seconds);
    return past ? tr("%1 ago").arg(text) : tr("in %1").arg(text);
}

QVariant CellFormat::pausedCell(const ConditionState &condition, const PauseInfo &pause, int role)
{
    if (role == PausePendingRole)
        return pause.paused && !condition.isTrue();
    if (role == Qt::DisplayRole && pause.paused && !condition.isTrue())
        return tr("Pausing");
    if (role != Qt::ToolTipRole || !pause.paused)
        return conditionCell(condition, role);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    lines.append(tr("Mode: %1").arg(pause.mode));
    if (pause.since)
        lines.append(tr("Paused since: %1 (%2)")
                         .arg(QLocale().toString(toDateTime(pause.since).toLocalTime(), QLocale::ShortFormat),
                              countdown(toDateTime(pause.since), now)));
    else if (!condition.isTrue())
        lines.append(tr("KEDA has not reported the pause yet"));
    if (pause.until)
        lines.append(tr("Until: %1 (%2)")
                         .arg(QLocale().toString(toDateTime(pause.until).toLocalTime(), QLocale::ShortFormat),
                              countdown(toDateTime(pause.until), now)));
    else
        lines.append(tr("No planned end"));
    if (!pause.byKedascope)
        lines.append(tr("Paused outside Kedascope"));
    const QString conditionText = conditionCell(condition, role).toString();
    if (condition.status != ConditionStatus::Absent && !conditionText.isEmpty())
        lines.append(conditionText);
    return lines.join(QLatin1Char('\n'));
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
