// SPDX-License-Identifier: Apache-2.0
#include "ui/eventnotifier.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
#include <QSystemTrayIcon>

namespace kedascope::ui {

namespace {
constexpr int kShownKept = 50;
constexpr int kMessageMs = 10000;
} // namespace

EventNotifier::EventNotifier(QObject *parent)
    : QObject(parent)
    , m_policy(new models::NotificationPolicy(this))
{
    QSettings settings;
    if (settings.contains(QStringLiteral("notifications/reasons")))
        m_policy->setReasons(settings.value(QStringLiteral("notifications/reasons")).toStringList());
    m_policy->setEnabled(settings.value(QStringLiteral("notifications/enabled"), true).toBool());
    connect(m_policy, &models::NotificationPolicy::notify, this, &EventNotifier::show);
}

EventNotifier::~EventNotifier() = default;

void EventNotifier::offer(const models::TimelineEvents &events)
{
    m_policy->offer(events);
}

void EventNotifier::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("notifications/reasons"), m_policy->reasons());
    settings.setValue(QStringLiteral("notifications/enabled"), m_policy->isEnabled());
}

void EventNotifier::show(const models::Notification &notification)
{
    m_shown << notification.title;
    if (m_shown.size() > kShownKept)
        m_shown.removeFirst();
    // The tray icon is made on the first notification: a console that never fails shows none.
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Kedascope: KEDA event notifications"));
        m_tray->show();
    }
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(notification.title, notification.message,
                            notification.warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            kMessageMs);
    Q_EMIT shown(notification);
}

} // namespace kedascope::ui
