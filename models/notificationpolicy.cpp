// SPDX-License-Identifier: Apache-2.0
#include "models/notificationpolicy.h"

#include <QDateTime>
#include <QSet>

namespace kedascope::models {

namespace {

constexpr int NamesInGroupMessage = 5;

QString eventObjectName(const TimelineEvent &event)
{
    return event.objectNamespace.isEmpty() ? event.objectName
                                           : event.objectNamespace + QLatin1Char('/') + event.objectName;
}

QString objectKey(const TimelineEvent &event)
{
    return event.objectKind + QLatin1Char('/') + eventObjectName(event);
}

} // namespace

NotificationPolicy::NotificationPolicy(QObject *parent)
    : QObject(parent), m_reasons(defaultReasons()), m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<Notification>();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(2000);
    connect(&m_batchTimer, &QTimer::timeout, this, &NotificationPolicy::flush);
}

QStringList NotificationPolicy::defaultReasons()
{
    return {QStringLiteral("KEDAScalerFailed"), QStringLiteral("ScaledObjectCheckFailed"),
            QStringLiteral("KEDAScaleTargetActivationFailed"), QStringLiteral("KEDAMetricSourceFailed"),
            QStringLiteral("ScaledObjectFallbackActivated")};
}

void NotificationPolicy::setReasons(const QStringList &reasons)
{
    m_reasons = reasons;
}

void NotificationPolicy::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_pending.clear();
        m_batchTimer.stop();
    }
}

void NotificationPolicy::setPerObjectIntervalMs(qint64 ms)
{
    m_perObjectIntervalMs = qMax<qint64>(0, ms);
}

void NotificationPolicy::setGroupThreshold(int objects)
{
    m_groupThreshold = qMax(1, objects);
}

void NotificationPolicy::setBatchWindowMs(int ms)
{
    m_batchTimer.setInterval(qMax(0, ms));
}

void NotificationPolicy::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

bool NotificationPolicy::admit(const TimelineEvent &event, qint64 now)
{
    if (!m_reasons.contains(event.reason))
        return false;
    const QString key = event.reason + QLatin1Char('|') + objectKey(event);
    const auto last = m_lastNotifiedMs.constFind(key);
    if (last != m_lastNotifiedMs.cend() && now - *last < m_perObjectIntervalMs)
        return false;
    m_lastNotifiedMs.insert(key, now);
    return true;
}

void NotificationPolicy::offer(const TimelineEvents &events)
{
    if (!m_enabled)
        return;
    const qint64 now = m_nowMs();
    for (const TimelineEvent &event : events) {
        if (admit(event, now))
            m_pending.push_back(event);
    }
    if (m_pending.empty())
        return;
    if (m_batchTimer.interval() == 0)
        flush();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void NotificationPolicy::flush()
{
    m_batchTimer.stop();
    TimelineEvents pending;
    pending.swap(m_pending);
    QStringList reasonOrder;
    QHash<QString, TimelineEvents> byReason;
    for (const TimelineEvent &event : pending) {
        if (!byReason.contains(event.reason))
            reasonOrder.append(event.reason);
        byReason[event.reason].push_back(event);
    }
    for (const QString &reason : std::as_const(reasonOrder)) {
        const TimelineEvents &events = byReason[reason];
        QStringList objects;
        for (const TimelineEvent &event : events) {
            if (!objects.contains(eventObjectName(event)))
                objects.append(eventObjectName(event));
        }
        if (objects.size() > m_groupThreshold) {
            Notification grouped;
            grouped.title = tr("%n objects: %1", nullptr, int(objects.size())).arg(reason);
            QStringList shown = objects.mid(0, NamesInGroupMessage);
            if (objects.size() > NamesInGroupMessage)
                shown.append(tr("and %n more", nullptr, int(objects.size()) - NamesInGroupMessage));
            grouped.message = shown.join(QStringLiteral(", "));
            grouped.events = events;
            Q_EMIT notify(grouped);
            continue;
        }
        for (const TimelineEvent &event : events) {
            Notification single;
            single.title = tr("%1: %2").arg(reason, eventObjectName(event));
            single.message = event.message;
            single.warning = event.warning;
            single.events = {event};
            Q_EMIT notify(single);
        }
    }
}

} // namespace kedascope::models
