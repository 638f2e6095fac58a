// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QToolButton;

#include "models/eventlogmodel.h"
#include "models/notificationpolicy.h"

namespace kedascope::models {
class EventFilterProxy;
} // namespace kedascope::models

namespace kedascope::ui {

// The events console: every KEDA event of the current context, live, filtered by namespace, object,
// reason, type, text and time, with count and first/last seen; jumps to an event's object and copies
// rows. Its Notify menu picks the reasons that become desktop notifications.
class EventsConsole : public QWidget
{
    Q_OBJECT
public:
    explicit EventsConsole(QWidget *parent = nullptr);

    void setModel(models::EventLogModel *model); // null: nothing to show
    models::EventLogModel *model() const { return m_model; }
    void setNotificationPolicy(models::NotificationPolicy *policy);

    void setNamespaceFilter(const QString &ns);
    void setObjectFilter(const QString &name);
    void setReasonFilter(const QString &reason); // empty: all
    void setTypeFilter(int type);                // EventFilterProxy::TypeFilter
    void setTextFilter(const QString &text);
    void setTimeFilterMinutes(int minutes);      // 0: all time

    models::EventFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QString countText() const;
    QString selectedText() const; // the selected rows, one line each
    void copySelected() const;
    void jumpToCurrent();

Q_SIGNALS:
    void jumpRequested(const QString &kind, const QString &ns, const QString &name);
    void notificationSettingsChanged();

private:
    void noteNewRows(int first, int last);
    void rebuildPickers();
    void applyTimeFilter();
    void updateCount();
    void fillNotifyMenu();

    QPointer<models::EventLogModel> m_model;
    QPointer<models::NotificationPolicy> m_policy;
    models::EventFilterProxy *m_proxy;
    QComboBox *m_namespace;
    QLineEdit *m_object;
    QComboBox *m_reason;
    QComboBox *m_type;
    QLineEdit *m_text;
    QComboBox *m_time;
    QTableView *m_table;
    QLabel *m_count;
    QToolButton *m_notify;
    QMenu *m_notifyMenu;
    QSet<QString> m_namespaces;
    QSet<QString> m_reasons;
    int m_timeMinutes = 0;
};

} // namespace kedascope::ui
