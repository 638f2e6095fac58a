// SPDX-License-Identifier: Apache-2.0
#include "ui/detailssummary.h"

#include "ui/detailssections.h"

#include "models/objectdetails.h"

#include "k8sclient/json.h"

#include <QApplication>
#include <QPalette>
#include <QStringList>

#include <string_view>

namespace kedascope::ui {

namespace {

using k8s::json::Value;
using models::DetailsPartState;
using models::details::stringOf;

const Value *member(const Value *object, const char *name)
{
    if (!object || !object->IsObject())
        return nullptr;
    const auto it = object->FindMember(name);
    return it == object->MemberEnd() ? nullptr : &it->value;
}

QString text(const Value *value)
{
    return stringOf(value);
}

QString orDefault(const QString &value, const QString &fallback)
{
    return value.isEmpty() ? fallback : value;
}

QString seconds(const QString &value, const QString &fallback)
{
    return DetailsSummary::tr("%1 s").arg(orDefault(value, fallback));
}

QString replicaRange(const Value *spec)
{
    return DetailsSummary::tr("min %1, max %2")
        .arg(orDefault(text(member(spec, "minReplicaCount")), QStringLiteral("0")),
             orDefault(text(member(spec, "maxReplicaCount")), QStringLiteral("100")));
}

QString replicasNow(const models::ObjectDetails &details, const html::Colors &colors)
{
    QStringList parts;
    const auto &hpa = details.hpa;
    if (hpa.loaded())
        parts << DetailsSummary::tr("HPA %1 current → %2 desired")
                     .arg(QString::number(std::max(0, hpa.currentReplicas)),
                          QString::number(std::max(0, hpa.desiredReplicas)));
    else if (hpa.state == DetailsPartState::Failed)
        parts << html::colored(html::escaped(DetailsSummary::tr("HPA: %1").arg(hpa.error)), colors.error);
    const auto &scale = details.scale;
    if (scale.loaded())
        parts << html::escaped(DetailsSummary::tr("%1 %2: %3 wanted, %4 running")
                                   .arg(scale.kind, scale.name)
                                   .arg(scale.specReplicas)
                                   .arg(scale.statusReplicas));
    QString result;
    for (const QString &part : parts)
        result += (result.isEmpty() ? QString() : QStringLiteral(" · ")) +
                  (part.startsWith(QLatin1Char('<')) ? part : html::escaped(part));
    return result;
}

QString specFacts(const QString &kind, const Value *root, const models::ObjectDetails *details,
                  const html::Colors &colors)
{
    const Value *metadata = member(root, "metadata");
    const Value *spec = member(root, "spec");
    const Value *status = member(root, "status");
    QList<QPair<QString, QString>> facts;
    auto fact = [&facts](const QString &label, const QString &value) {
        facts << qMakePair(label, html::escaped(value));
    };
    if (kind == QLatin1String("ScaledObject")) {
        const Value *target = member(spec, "scaleTargetRef");
        fact(DetailsSummary::tr("Target"),
             DetailsSummary::tr("%1/%2").arg(orDefault(text(member(target, "kind")), QStringLiteral("Deployment")),
                                             text(member(target, "name"))));
        fact(DetailsSummary::tr("Replicas"), replicaRange(spec));
        if (details)
            facts << qMakePair(DetailsSummary::tr("Replicas now"), replicasNow(*details, colors));
        fact(DetailsSummary::tr("Idle replicas"), text(member(spec, "idleReplicaCount")));
        fact(DetailsSummary::tr("Polling interval"), seconds(text(member(spec, "pollingInterval")), QStringLiteral("30")));
        fact(DetailsSummary::tr("Cooldown period"), seconds(text(member(spec, "cooldownPeriod")), QStringLiteral("300")));
        if (const Value *fallback = member(spec, "fallback"))
            fact(DetailsSummary::tr("Fallback"),
                 DetailsSummary::tr("%1 replicas after %2 failures")
                     .arg(text(member(fallback, "replicas")), text(member(fallback, "failureThreshold"))));
        fact(DetailsSummary::tr("HPA"), text(member(status, "hpaName")));
    } else if (kind == QLatin1String("ScaledJob")) {
        fact(DetailsSummary::tr("Replicas"), replicaRange(spec));
        fact(DetailsSummary::tr("Polling interval"), seconds(text(member(spec, "pollingInterval")), QStringLiteral("30")));
        fact(DetailsSummary::tr("Scaling strategy"),
             orDefault(text(member(member(spec, "scalingStrategy"), "strategy")), QStringLiteral("default")));
    }
    facts << qMakePair(DetailsSummary::tr("Age"),
                       html::age(models::details::parseTime(member(metadata, "creationTimestamp"))));
    return html::facts(facts);
}

QString valueCell(const models::TriggerValue &value, const html::Colors &colors)
{
    switch (value.state) {
    case DetailsPartState::Loading:
        return html::colored(html::escaped(DetailsSummary::tr("reading…")), colors.muted);
    case DetailsPartState::NotApplicable:
        return html::colored(html::escaped(value.error), colors.muted);
    case DetailsPartState::Failed: {
        const QString error = value.httpCode ? DetailsSummary::tr("%1 (HTTP %2)").arg(value.error).arg(value.httpCode)
                                             : value.error;
        return html::colored(html::escaped(error), colors.error);
    }
    case DetailsPartState::Loaded:
        break;
    }
    QString cell = html::colored(html::escaped(value.number ? html::number(*value.number) : value.value),
                                 colors.text, true);
    bool ok = false;
    const double activation = value.activation.toDouble(&ok);
    if (value.number && ok && *value.number <= activation)
        cell += QLatin1Char(' ') + html::colored(html::escaped(DetailsSummary::tr("below activation")), colors.muted);
    if (value.useCachedMetrics)
        cell += QLatin1Char(' ') + html::colored(html::escaped(DetailsSummary::tr("(cached)")), colors.muted);
    return cell;
}

QString healthCell(const Value *status, const QString &metric, const html::Colors &colors)
{
    if (metric.isEmpty())
        return {};
    const QByteArray key = metric.toUtf8();
    QStringList state;
    bool failing = false;
    if (const Value *entry = member(member(status, "health"), key.constData())) {
        const QString health = text(member(entry, "status"));
        failing = health == QLatin1String("Failure");
        state << health;
        const QString failures = text(member(entry, "numberOfFailures"));
        if (!failures.isEmpty() && failures != QLatin1String("0"))
            state << DetailsSummary::tr("%n failure(s)", nullptr, failures.toInt());
    }
    if (const Value *entry = member(member(status, "triggersActivity"), key.constData()))
        state << (text(member(entry, "isActive")) == QLatin1String("true") ? DetailsSummary::tr("active")
                                                                           : DetailsSummary::tr("inactive"));
    const QString joined = html::escaped(state.join(QStringLiteral(", ")));
    return failing ? html::colored(joined, colors.error, true) : joined;
}

QString triggersSection(const Value *root, const models::ObjectDetails *details, const html::Colors &colors)
{
    const Value *spec = member(root, "spec");
    const Value *status = member(root, "status");
    const Value *triggers = member(spec, "triggers");
    if (!triggers || !triggers->IsArray())
        return {};
    const auto planned = models::details::plannedTriggers(*root);
    QList<QStringList> rows;
    bool anyQueried = false;
    bool anyCached = false;
    for (rapidjson::SizeType i = 0; i < triggers->Size(); ++i) {
        const Value &trigger = (*triggers)[i];
        models::TriggerValue value = i < planned.size() ? planned[i] : models::TriggerValue{};
        if (details && i < details->triggers.size())
            value = details->triggers[i];
        anyQueried = anyQueried || !value.metricName.isEmpty();
        anyCached = anyCached || value.useCachedMetrics;
        const Value *auth = member(&trigger, "authenticationRef");
        const QString authText = auth ? text(member(auth, "name")) : QString();
        rows << QStringList{html::escaped(text(member(&trigger, "type"))),
                            html::escaped(text(member(&trigger, "name"))),
                            html::escaped(value.metricName),
                            details ? valueCell(value, colors) : QString(),
                            html::escaped(value.target),
                            html::escaped(value.activation),
                            healthCell(status, value.metricName, colors),
                            html::escaped(authText)};
    }
    QString html = html::heading(DetailsSummary::tr("Triggers"));
    html += html::table({DetailsSummary::tr("Type"), DetailsSummary::tr("Name"), DetailsSummary::tr("Metric"),
                         DetailsSummary::tr("Value"), DetailsSummary::tr("Target"),
                         DetailsSummary::tr("Activation"), DetailsSummary::tr("Health"),
                         DetailsSummary::tr("Authentication")},
                        rows, {4, 5});
    if (details && anyQueried && details->kind == QLatin1String("ScaledObject"))
        html += html::paragraph(
            anyCached ? DetailsSummary::tr("Values from the external metrics API. Each read makes KEDA query the "
                                           "event source, except for triggers with useCachedMetrics: true (cached).")
                      : DetailsSummary::tr("Values from the external metrics API. Each read makes KEDA query the "
                                           "event source unless the trigger has useCachedMetrics: true."));
    return html;
}

QString conditionsSection(const Value *status, const html::Colors &colors)
{
    QString html = html::heading(DetailsSummary::tr("Conditions"));
    const Value *conditions = member(status, "conditions");
    if (!conditions || !conditions->IsArray() || conditions->Empty())
        return html + html::paragraph(DetailsSummary::tr("No conditions reported yet."));
    QList<QStringList> rows;
    for (const auto &condition : conditions->GetArray()) {
        const QString type = text(member(&condition, "type"));
        const QString state = text(member(&condition, "status"));
        // Ready=False and Fallback=True are the ones to look at.
        const bool bad = (type == QLatin1String("Ready") && state == QLatin1String("False")) ||
                         (type == QLatin1String("Fallback") && state == QLatin1String("True"));
        rows << QStringList{html::escaped(type),
                            bad ? html::colored(html::escaped(state), colors.error, true) : html::escaped(state),
                            html::escaped(text(member(&condition, "reason"))),
                            html::escaped(text(member(&condition, "message"))),
                            html::age(models::details::parseTime(member(&condition, "lastTransitionTime")))};
    }
    return html + html::table({DetailsSummary::tr("Type"), DetailsSummary::tr("Status"), DetailsSummary::tr("Reason"),
                               DetailsSummary::tr("Message"), DetailsSummary::tr("Age")},
                              rows);
}

QString authSourcesSection(const Value *root)
{
    const Value *spec = member(root, "spec");
    return html::heading(DetailsSummary::tr("Sources")) +
           DetailsSections::sources(spec ? models::details::authSources(*spec) : std::vector<models::AuthSource>{});
}

} // namespace

QString DetailsSummary::html(const QByteArray &json)
{
    return html(json, nullptr, html::Colors::from(QApplication::palette()));
}

QString DetailsSummary::html(const QByteArray &json, const models::ObjectDetails *details,
                             const html::Colors &colors)
{
    const auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    if (!document || !document->IsObject())
        return html::paragraph(tr("The object could not be read."));
    const Value *root = &*document;
    const QString kind = text(member(root, "kind"));
    const bool scaled = kind == QLatin1String("ScaledObject") || kind == QLatin1String("ScaledJob");

    QString result = html::heading(tr("Spec")) + specFacts(kind, root, details, colors);
    if (!scaled)
        return result + authSourcesSection(root);
    result += triggersSection(root, details, colors);
    result += conditionsSection(member(root, "status"), colors);
    return result;
}

} // namespace kedascope::ui
