// SPDX-License-Identifier: Apache-2.0
#include "ui/detailssections.h"

#include "models/objectdetails.h"

#include <algorithm>

namespace kedascope::ui {

namespace {

using models::DetailsPartState;

// A part that is not (yet) there, said in one line; empty when it is loaded.
QString partProblem(const models::DetailsPart &part, const QString &what, const html::Colors &colors)
{
    switch (part.state) {
    case DetailsPartState::Loaded:
        return {};
    case DetailsPartState::Loading:
        return html::paragraph(DetailsSections::tr("Reading %1…").arg(what));
    case DetailsPartState::NotApplicable:
        return html::paragraph(part.error);
    case DetailsPartState::Failed:
        break;
    }
    const QString message = part.httpCode
                                ? DetailsSections::tr("%1 could not be read (HTTP %2): %3")
                                      .arg(what)
                                      .arg(part.httpCode)
                                      .arg(part.error)
                                : DetailsSections::tr("%1 could not be read: %2").arg(what, part.error);
    return QStringLiteral("<p>%1</p>").arg(html::colored(html::escaped(message), colors.error));
}

QString count(int value)
{
    return value < 0 ? QStringLiteral("–") : QString::number(value);
}

// "19622m average" as "19.622 average", in the user's locale.
QString quantityText(const QString &text)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QString quantity = space < 0 ? text : text.left(space);
    const QString suffix = space < 0 ? QString() : text.mid(space);
    const auto number = models::details::parseQuantity(quantity.endsWith(QLatin1Char('%')) ? QString() : quantity);
    return number ? html::number(*number) + suffix : text;
}

QString hpaSection(const models::HpaDetails &hpa, const html::Colors &colors)
{
    QString html = html::heading(DetailsSections::tr("Horizontal Pod Autoscaler"), hpa.name);
    if (const QString problem = partProblem(hpa, DetailsSections::tr("the HPA"), colors); !problem.isEmpty())
        return html + problem;
    const bool scaling = hpa.currentReplicas != hpa.desiredReplicas;
    const QString desired = html::escaped(count(hpa.desiredReplicas));
    html += html::facts({{DetailsSections::tr("Current replicas"), html::escaped(count(hpa.currentReplicas))},
                         {DetailsSections::tr("Desired replicas"),
                          scaling ? html::colored(desired, colors.warning, true) : desired},
                         {DetailsSections::tr("Min / max"),
                          html::escaped(DetailsSections::tr("%1 / %2").arg(count(hpa.minReplicas),
                                                                           count(hpa.maxReplicas)))},
                         {DetailsSections::tr("Last scaled"), html::age(hpa.lastScaleTime)}});
    if (!hpa.metrics.empty()) {
        QList<QStringList> rows;
        for (const auto &metric : hpa.metrics)
            rows << QStringList{html::escaped(metric.type), html::escaped(metric.name),
                                metric.current.isEmpty()
                                    ? html::colored(html::escaped(DetailsSections::tr("unknown")), colors.muted)
                                    : html::escaped(quantityText(metric.current)),
                                html::escaped(quantityText(metric.target))};
        html += html::heading(DetailsSections::tr("Metrics"));
        html += html::table({DetailsSections::tr("Type"), DetailsSections::tr("Metric"), DetailsSections::tr("Current"),
                             DetailsSections::tr("Target")},
                            rows, {2, 3});
    }
    if (!hpa.conditions.empty()) {
        QList<QStringList> rows;
        for (const auto &condition : hpa.conditions) {
            // AbleToScale or ScalingActive False stop scaling; ScalingLimited True caps it.
            const bool stopped = condition.status == QLatin1String("False") &&
                                 condition.type != QLatin1String("ScalingLimited");
            const bool limited = condition.status == QLatin1String("True") &&
                                 condition.type == QLatin1String("ScalingLimited");
            QString status = html::escaped(condition.status);
            if (stopped)
                status = html::colored(status, colors.error, true);
            else if (limited)
                status = html::colored(status, colors.warning, true);
            rows << QStringList{html::escaped(condition.type), status, html::escaped(condition.reason),
                                html::escaped(condition.message), html::age(condition.since)};
        }
        html += html::heading(DetailsSections::tr("Conditions"));
        html += html::table({DetailsSections::tr("Type"), DetailsSections::tr("Status"), DetailsSections::tr("Reason"),
                             DetailsSections::tr("Message"), DetailsSections::tr("Age")},
                            rows);
    }
    return html;
}

QString scaleSection(const models::ScaleDetails &scale, const html::Colors &colors)
{
    QString html = html::heading(DetailsSections::tr("Scale target"),
                                 scale.name.isEmpty() ? QString() : scale.kind + QLatin1Char('/') + scale.name);
    if (const QString problem = partProblem(scale, DetailsSections::tr("/scale"), colors); !problem.isEmpty())
        return html + problem;
    const QString running = html::escaped(count(scale.statusReplicas));
    return html + html::facts({{DetailsSections::tr("Replicas wanted (spec)"), html::escaped(count(scale.specReplicas))},
                               {DetailsSections::tr("Replicas running (status)"),
                                scale.statusReplicas != scale.specReplicas ? html::colored(running, colors.warning, true)
                                                                           : running}});
}

} // namespace

QString DetailsSections::scaling(const models::ObjectDetails &details, const html::Colors &colors)
{
    if (details.hpa.state == DetailsPartState::NotApplicable && details.scale.state == DetailsPartState::NotApplicable)
        return html::paragraph(details.hpa.error);
    return hpaSection(details.hpa, colors) + scaleSection(details.scale, colors);
}

QString DetailsSections::events(const models::ObjectDetails &details, const html::Colors &colors)
{
    QString html = html::heading(tr("Latest events"), tr("newest first"));
    if (const QString problem = partProblem(details.events, tr("the events"), colors); !problem.isEmpty())
        return html + problem;
    if (details.events.events.empty())
        return html + html::paragraph(tr("No events about this object (the API server keeps them for an hour)."));
    QList<QStringList> rows;
    for (const auto &event : details.events.events) {
        const QString type = event.isWarning() ? html::colored(html::escaped(QStringLiteral("⚠ ") + event.type),
                                                               colors.warning, true)
                                               : html::escaped(event.type);
        const QString reason = event.isWarning() ? html::colored(html::escaped(event.reason), colors.warning, true)
                                                 : html::escaped(event.reason);
        rows << QStringList{html::age(event.lastSeen), type, reason,
                            event.count > 1 ? html::escaped(QStringLiteral("×%1").arg(event.count)) : QString(),
                            html::escaped(event.message)};
    }
    return html + html::table({tr("Age"), tr("Type"), tr("Reason"), tr("Count"), tr("Message")}, rows, {3});
}

QString DetailsSections::authentication(const models::ObjectDetails &details, const html::Colors &colors)
{
    if (details.auths.empty())
        return html::heading(tr("Authentication")) +
               html::paragraph(tr("No trigger uses a TriggerAuthentication or ClusterTriggerAuthentication."));
    QString html;
    for (const auto &auth : details.auths) {
        QStringList used;
        for (int index : auth.triggers)
            used << QString::number(index);
        html += html::heading(auth.kind + QLatin1Char(' ') + auth.name,
                              tr("used by trigger %1").arg(used.join(QStringLiteral(", "))));
        if (const QString problem = partProblem(auth, auth.kind + QLatin1Char(' ') + auth.name, colors);
            !problem.isEmpty()) {
            html += problem;
            continue;
        }
        html += sources(auth.sources);
    }
    return html;
}

QString DetailsSections::sources(const std::vector<models::AuthSource> &sources)
{
    if (sources.empty())
        return html::paragraph(tr("No sources."));
    QList<QStringList> rows;
    for (const auto &source : sources)
        rows << QStringList{html::escaped(source.parameter), html::escaped(source.kind), html::escaped(source.from)};
    return html::table({tr("Parameter"), tr("Kind"), tr("From")}, rows) +
           html::paragraph(tr("Only where each value comes from is shown; Kedascope never reads Secrets."));
}

QString DetailsSections::eventsTitle(const models::ObjectDetails &details)
{
    if (!details.events.loaded() || details.events.events.empty())
        return tr("Events");
    const auto warnings = std::count_if(details.events.events.begin(), details.events.events.end(),
                                        [](const models::EventEntry &e) { return e.isWarning(); });
    if (warnings == 0)
        return tr("Events (%1)").arg(details.events.events.size());
    if (warnings == 1)
        return tr("Events (%1, 1 warning)").arg(details.events.events.size());
    return tr("Events (%1, %2 warnings)").arg(details.events.events.size()).arg(warnings);
}

QString DetailsSections::authenticationTitle(const models::ObjectDetails &details)
{
    return details.auths.empty() ? tr("Authentication") : tr("Authentication (%1)").arg(details.auths.size());
}

} // namespace kedascope::ui
