// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/timelineevent.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace kedascope::models {

// One desktop notification to show.
struct Notification
{
    QString title;   // "KEDAScalerFailed: shop/orders" or "4 objects: KEDAScalerFailed"
    QString message; // the event's message, or the objects' names when grouped
    bool warning = true;
    TimelineEvents events; // what it stands for
};

// Decides which events become desktop notifications: only the chosen reasons; at most one per
// object and reason per interval (default 5 min); events offered within a batch window (default 2 s)
// are grouped per reason when they concern more than `groupThreshold` objects (default 3) into one
// "N objects: REASON" notification. The clock is injectable; flush() ends a batch at once.
class NotificationPolicy : public QObject
{
    Q_OBJECT
public:
    explicit NotificationPolicy(QObject *parent = nullptr);

    static QStringList defaultReasons();
    void setReasons(const QStringList &reasons);
    QStringList reasons() const { return m_reasons; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void setPerObjectIntervalMs(qint64 ms);
    void setGroupThreshold(int objects);
    void setBatchWindowMs(int ms); // 0: no waiting, each offer() is one batch
    void setClock(std::function<qint64()> nowMs);

    // Offers events as they arrive (EventLogModel::eventsArrived).
    void offer(const TimelineEvents &events);
    void flush();

Q_SIGNALS:
    void notify(const kedascope::models::Notification &notification);

private:
    bool admit(const TimelineEvent &event, qint64 now);

    QStringList m_reasons;
    bool m_enabled = true;
    qint64 m_perObjectIntervalMs = 5 * 60 * 1000;
    int m_groupThreshold = 3;
    QTimer m_batchTimer;
    TimelineEvents m_pending;
    QHash<QString, qint64> m_lastNotifiedMs; // by "reason|kind/ns/name"
    std::function<qint64()> m_nowMs;
};

} // namespace kedascope::models

Q_DECLARE_METATYPE(kedascope::models::Notification)
