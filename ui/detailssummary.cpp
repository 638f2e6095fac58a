// SPDX-License-Identifier: Apache-2.0
#include "ui/detailssummary.h"

#include "k8sclient/age.h"
#include "k8sclient/json.h"

#include <QStringList>

#include <chrono>
#include <string_view>

namespace kedascope::ui {

namespace {

using k8s::json::Value;

const Value *member(const Value *object, const char *name)
{
    if (!object || !object->IsObject())
        return nullptr;
    const auto it = object->FindMember(name);
    return it == object->MemberEnd() ? nullptr : &it->value;
}

QString text(const Value *value)
{
    if (!value)
        return {};
    if (value->IsString())
        return QString::fromUtf8(value->GetString(), int(value->GetStringLength()));
    if (value->IsInt64())
        return QString::number(value->GetInt64());
    if (value->IsNumber())
        return QString::number(value->GetDouble());
    if (value->IsBool())
        return value->GetBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString orDefault(const QString &value, const QString &fallback)
{
    return value.isEmpty() ? fallback : value;
}

QString escaped(const QString &value)
{
    return value.toHtmlEscaped();
}

QString row(const QStringList &cells, const char *tag = "td")
{
    QString html = QStringLiteral("<tr>");
    for (const auto &cell : cells)
        html += QStringLiteral("<%1 style=\"padding: 2px 10px 2px 0\">%2</%1>").arg(QLatin1String(tag), cell);
    return html + QStringLiteral("</tr>");
}

QString table(const QStringList &header, const QStringList &rows)
{
    return QStringLiteral("<table cellspacing=\"0\">") + row(header, "th") + rows.join(QString()) +
           QStringLiteral("</table>");
}

QString age(const QString &timestamp)
{
    const auto time = k8s::parseTimestamp(timestamp.toStdString());
    if (!time)
        return {};
    return QString::fromStdString(k8s::formatAge(std::chrono::system_clock::now() - *time));
}

QString seconds(const QString &value, const QString &fallback)
{
    return DetailsSummary::tr("%1 s").arg(orDefault(value, fallback));
}

} // namespace

QString DetailsSummary::html(const QByteArray &json)
{
    const auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    if (!document || !document->IsObject())
        return tr("<p>The object could not be read.</p>");
    const Value *root = &*document;
    const QString kind = text(member(root, "kind"));
    const Value *metadata = member(root, "metadata");
    const Value *spec = member(root, "spec");
    const Value *status = member(root, "status");

    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Spec"));
    QStringList facts;
    auto fact = [&facts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts << row({QStringLiteral("<b>%1</b>").arg(escaped(label)), escaped(value)});
    };
    if (kind == QLatin1String("ScaledObject")) {
        const Value *target = member(spec, "scaleTargetRef");
        fact(tr("Target"),
             tr("%1/%2").arg(orDefault(text(member(target, "kind")), QStringLiteral("Deployment")),
                             text(member(target, "name"))));
        fact(tr("Replicas"),
             tr("min %1, max %2")
                 .arg(orDefault(text(member(spec, "minReplicaCount")), QStringLiteral("0")),
                      orDefault(text(member(spec, "maxReplicaCount")), QStringLiteral("100"))));
        fact(tr("Idle replicas"), text(member(spec, "idleReplicaCount")));
        fact(tr("Polling interval"), seconds(text(member(spec, "pollingInterval")), QStringLiteral("30")));
        fact(tr("Cooldown period"), seconds(text(member(spec, "cooldownPeriod")), QStringLiteral("300")));
        if (const Value *fallback = member(spec, "fallback"))
            fact(tr("Fallback"),
                 tr("%1 replicas after %2 failures")
                     .arg(text(member(fallback, "replicas")), text(member(fallback, "failureThreshold"))));
        fact(tr("HPA"), text(member(status, "hpaName")));
    } else if (kind == QLatin1String("ScaledJob")) {
        fact(tr("Replicas"),
             tr("min %1, max %2")
                 .arg(orDefault(text(member(spec, "minReplicaCount")), QStringLiteral("0")),
                      orDefault(text(member(spec, "maxReplicaCount")), QStringLiteral("100"))));
        fact(tr("Polling interval"), seconds(text(member(spec, "pollingInterval")), QStringLiteral("30")));
        fact(tr("Scaling strategy"),
             orDefault(text(member(member(spec, "scalingStrategy"), "strategy")), QStringLiteral("default")));
    } else {
        QStringList sources;
        if (spec && spec->IsObject())
            for (auto it = spec->MemberBegin(); it != spec->MemberEnd(); ++it)
                sources << QString::fromUtf8(it->name.GetString());
        fact(tr("Sources"), sources.join(QStringLiteral(", ")));
        fact(tr("Pod identity"), text(member(member(spec, "podIdentity"), "provider")));
    }
    fact(tr("Age"), age(text(member(metadata, "creationTimestamp"))));
    html += QStringLiteral("<table cellspacing=\"0\">") + facts.join(QString()) + QStringLiteral("</table>");

    const Value *triggers = member(spec, "triggers");
    if (triggers && triggers->IsArray()) {
        const Value *metricNames = member(status, "externalMetricNames");
        const Value *health = member(status, "health");
        const Value *activity = member(status, "triggersActivity");
        QStringList rows;
        for (rapidjson::SizeType i = 0; i < triggers->Size(); ++i) {
            const Value &trigger = (*triggers)[i];
            // KEDA names each external metric "s<trigger index>-…"; cpu and memory triggers have none.
            QString metric;
            const QString prefix = QStringLiteral("s%1-").arg(i);
            if (metricNames && metricNames->IsArray())
                for (const auto &candidate : metricNames->GetArray())
                    if (text(&candidate).startsWith(prefix))
                        metric = text(&candidate);
            QStringList metadataPairs;
            if (const Value *values = member(&trigger, "metadata"); values && values->IsObject())
                for (auto it = values->MemberBegin(); it != values->MemberEnd() && metadataPairs.size() < 4;
                     ++it)
                    metadataPairs << QStringLiteral("%1=%2").arg(QString::fromUtf8(it->name.GetString()),
                                                                 text(&it->value));
            const Value *auth = member(&trigger, "authenticationRef");
            const QString authText = auth
                                         ? tr("%1/%2").arg(orDefault(text(member(auth, "kind")),
                                                                     QStringLiteral("TriggerAuthentication")),
                                                           text(member(auth, "name")))
                                         : QString();
            QStringList state;
            const QByteArray metricKey = metric.toUtf8();
            const Value *healthEntry = metric.isEmpty() ? nullptr : member(health, metricKey.constData());
            if (const Value *entry = healthEntry) {
                state << text(member(entry, "status"));
                const QString failures = text(member(entry, "numberOfFailures"));
                if (!failures.isEmpty() && failures != QLatin1String("0"))
                    state << tr("%n failure(s)", nullptr, failures.toInt());
            }
            if (const Value *entry = metric.isEmpty() ? nullptr : member(activity, metricKey.constData()))
                state << (text(member(entry, "isActive")) == QLatin1String("true") ? tr("active")
                                                                                   : tr("inactive"));
            rows << row({escaped(text(member(&trigger, "type"))), escaped(text(member(&trigger, "name"))),
                         escaped(metric), escaped(metadataPairs.join(QStringLiteral(", "))),
                         escaped(authText), escaped(state.join(QStringLiteral(", ")))});
        }
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Triggers"));
        html += table(
            {tr("Type"), tr("Name"), tr("Metric"), tr("Metadata"), tr("Authentication"), tr("Health")}, rows);
    }

    const Value *conditions = member(status, "conditions");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Conditions"));
    if (conditions && conditions->IsArray() && !conditions->Empty()) {
        QStringList rows;
        for (const auto &condition : conditions->GetArray())
            rows << row(
                {escaped(text(member(&condition, "type"))), escaped(text(member(&condition, "status"))),
                 escaped(text(member(&condition, "reason"))), escaped(text(member(&condition, "message"))),
                 escaped(age(text(member(&condition, "lastTransitionTime"))))});
        html += table({tr("Type"), tr("Status"), tr("Reason"), tr("Message"), tr("Age")}, rows);
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("No conditions reported yet."));
    }
    return html;
}

} // namespace kedascope::ui
