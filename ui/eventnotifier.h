// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/notificationpolicy.h"

#include <QObject>
#include <QStringList>

class QSystemTrayIcon;

namespace kedascope::ui {

// Turns the events the policy lets through (chosen reasons, rate-limited, grouped) into desktop
// notifications through the system tray. The chosen reasons and the on/off switch are kept in
// QSettings ("notifications/...").
class EventNotifier : public QObject
{
    Q_OBJECT
public:
    explicit EventNotifier(QObject *parent = nullptr);
    ~EventNotifier() override;

    models::NotificationPolicy *policy() const { return m_policy; }
    void offer(const models::TimelineEvents &events);
    void saveSettings() const;

    // What was shown, newest last (titles), for tests and the tray's tooltip.
    QStringList shownTitles() const { return m_shown; }

Q_SIGNALS:
    void shown(const kedascope::models::Notification &notification);

private:
    void show(const models::Notification &notification);

    models::NotificationPolicy *m_policy;
    QSystemTrayIcon *m_tray = nullptr;
    QStringList m_shown;
};

} // namespace kedascope::ui
