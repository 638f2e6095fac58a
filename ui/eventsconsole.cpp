// SPDX-License-Identifier: Apache-2.0
#include "ui/eventsconsole.h"

#include "models/eventfilterproxy.h"
#include "models/eventlogmodel.h"
#include "models/notificationpolicy.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kedascope::ui {

namespace {

// Paints Warning rows in the warning colour, so failures stand out in a long log.
class WarningTintProxy : public models::EventFilterProxy
{
public:
    using models::EventFilterProxy::EventFilterProxy;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == models::EventLogModel::TypeColumn &&
            index.data(models::EventLogModel::WarningRole).toBool())
            return QColor(0xc0, 0x5a, 0x00);
        if (role == Qt::FontRole && index.data(models::EventLogModel::WarningRole).toBool()) {
            QFont font;
            font.setBold(index.column() == models::EventLogModel::TypeColumn ||
                         index.column() == models::EventLogModel::ReasonColumn);
            return font;
        }
        return models::EventFilterProxy::data(index, role);
    }
};

} // namespace

EventsConsole::EventsConsole(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new WarningTintProxy(this))
    , m_namespace(new QComboBox(this))
    , m_object(new QLineEdit(this))
    , m_reason(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_time(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_notify(new QToolButton(this))
    , m_notifyMenu(new QMenu(this))
{
    setAccessibleName(tr("Events"));
    m_namespace->setAccessibleName(tr("Namespace filter"));
    m_namespace->setToolTip(tr("Only events in this namespace"));
    m_namespace->setMinimumContentsLength(12);
    connect(m_namespace, qOverload<int>(&QComboBox::activated), this,
            [this](int row) { m_proxy->setNamespace(m_namespace->itemData(row).toString()); updateCount(); });
    m_object->setPlaceholderText(tr("Object name"));
    m_object->setAccessibleName(tr("Object filter"));
    m_object->setToolTip(tr("Only events about the object with this name"));
    m_object->setClearButtonEnabled(true);
    connect(m_object, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_proxy->setObject(QString(), name.trimmed());
        updateCount();
    });
    m_reason->setAccessibleName(tr("Reason filter"));
    m_reason->setToolTip(tr("Only events with this reason"));
    m_reason->setMinimumContentsLength(14);
    connect(m_reason, qOverload<int>(&QComboBox::activated), this, [this](int row) {
        const QString reason = m_reason->itemData(row).toString();
        m_proxy->setReasons(reason.isEmpty() ? QStringList() : QStringList{reason});
        updateCount();
    });
    m_type->addItem(tr("All types"), int(models::EventFilterProxy::TypeFilter::All));
    m_type->addItem(tr("Warnings"), int(models::EventFilterProxy::TypeFilter::Warning));
    m_type->addItem(tr("Normal"), int(models::EventFilterProxy::TypeFilter::Normal));
    m_type->setAccessibleName(tr("Type filter"));
    m_type->setToolTip(tr("Warning or Normal events"));
    connect(m_type, qOverload<int>(&QComboBox::activated), this, [this](int row) {
        m_proxy->setType(models::EventFilterProxy::TypeFilter(m_type->itemData(row).toInt()));
        updateCount();
    });
    m_text->setPlaceholderText(tr("Search reason, object, message"));
    m_text->setAccessibleName(tr("Text filter"));
    m_text->setToolTip(tr("Events whose reason, object or message contain this text"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateCount();
    });
    const QList<QPair<QString, int>> times{{tr("All time"), 0},     {tr("Last 5 min"), 5},    {tr("Last 15 min"), 15},
                                           {tr("Last hour"), 60},   {tr("Last 6 hours"), 360}, {tr("Last 24 hours"), 1440}};
    for (const auto &time : times)
        m_time->addItem(time.first, time.second);
    m_time->setAccessibleName(tr("Time filter"));
    m_time->setToolTip(tr("Only events last seen in this period"));
    connect(m_time, qOverload<int>(&QComboBox::activated), this,
            [this](int row) { setTimeFilterMinutes(m_time->itemData(row).toInt()); });
    auto *clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, this, &EventsConsole::applyTimeFilter);
    clock->start();

    m_proxy->setDynamicSortFilter(true);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Event log"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::EventLogModel::LastSeenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click an event to select its object in the table"));
    connect(m_table, &QTableView::activated, this, &EventsConsole::jumpToCurrent);
    auto *copy = new QAction(tr("&Copy Events"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &EventsConsole::copySelected);
    m_table->addAction(copy);
    auto *jump = new QAction(tr("&Show Object"), m_table);
    connect(jump, &QAction::triggered, this, &EventsConsole::jumpToCurrent);
    m_table->addAction(jump);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *jumpButton = new QToolButton(this);
    jumpButton->setDefaultAction(jump);
    jumpButton->setToolTip(tr("Select the event's object in the table"));
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(copy);
    copyButton->setToolTip(tr("Copy the selected events"));
    m_notify->setText(tr("&Notify"));
    m_notify->setToolTip(tr("Which event reasons become desktop notifications"));
    m_notify->setAccessibleName(tr("Desktop notifications"));
    m_notify->setMenu(m_notifyMenu);
    m_notify->setPopupMode(QToolButton::InstantPopup);
    connect(m_notifyMenu, &QMenu::aboutToShow, this, &EventsConsole::fillNotifyMenu);
    m_count->setAccessibleName(tr("Event count"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_namespace);
    filters->addWidget(m_object, 1);
    filters->addWidget(m_reason);
    filters->addWidget(m_type);
    filters->addWidget(m_time);
    filters->addWidget(m_text, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(jumpButton);
    bottom->addWidget(copyButton);
    bottom->addWidget(m_notify);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setModel(nullptr);
}

void EventsConsole::setModel(models::EventLogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    m_namespaces.clear();
    m_reasons.clear();
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { noteNewRows(first, last); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_namespaces.clear();
            m_reasons.clear();
            noteNewRows(0, m_model->rowCount() - 1);
        });
        connect(model, &QAbstractItemModel::dataChanged, this, &EventsConsole::updateCount);
        noteNewRows(0, model->rowCount() - 1);
    } else {
        rebuildPickers();
    }
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() == models::EventLogModel::ColumnCount) {
        header->moveSection(header->visualIndex(models::EventLogModel::MessageColumn), header->count() - 1);
        header->resizeSection(models::EventLogModel::LastSeenColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 16);
        header->resizeSection(models::EventLogModel::FirstSeenColumn, header->sectionSize(models::EventLogModel::LastSeenColumn));
        header->resizeSection(models::EventLogModel::TypeColumn, m_table->fontMetrics().horizontalAdvance(tr("Warning")) + 20);
        header->resizeSection(models::EventLogModel::CountColumn, m_table->fontMetrics().horizontalAdvance(tr("Count")) + 20);
        header->resizeSection(models::EventLogModel::ReasonColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("KEDAScaleTargetActivated")) + 16);
        header->resizeSection(models::EventLogModel::ObjectColumn, m_table->fontMetrics().horizontalAdvance(QStringLiteral("ScaledObject namespace-1/orders-processor")) + 16);
    }
    updateCount();
}

void EventsConsole::setNotificationPolicy(models::NotificationPolicy *policy)
{
    m_policy = policy;
}

void EventsConsole::noteNewRows(int first, int last)
{
    bool changed = false;
    for (int row = first; m_model && row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString ns = index.data(models::EventLogModel::ObjectNamespaceRole).toString();
        const QString reason = index.data(models::EventLogModel::ReasonRole).toString();
        if (!ns.isEmpty() && !m_namespaces.contains(ns)) {
            m_namespaces.insert(ns);
            changed = true;
        }
        if (!reason.isEmpty() && !m_reasons.contains(reason)) {
            m_reasons.insert(reason);
            changed = true;
        }
    }
    if (changed)
        rebuildPickers();
    updateCount();
}

void EventsConsole::rebuildPickers()
{
    const auto refill = [](QComboBox *box, const QString &all, const QSet<QString> &values) {
        const QString chosen = box->currentData().toString();
        QStringList sorted(values.cbegin(), values.cend());
        std::sort(sorted.begin(), sorted.end());
        box->clear();
        box->addItem(all, QString());
        for (const QString &value : std::as_const(sorted))
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    refill(m_namespace, tr("All namespaces"), m_namespaces);
    refill(m_reason, tr("All reasons"), m_reasons);
}

void EventsConsole::setNamespaceFilter(const QString &ns)
{
    if (!ns.isEmpty() && !m_namespaces.contains(ns)) {
        m_namespaces.insert(ns);
        rebuildPickers();
    }
    m_namespace->setCurrentIndex(std::max(0, m_namespace->findData(ns)));
    m_proxy->setNamespace(ns);
    updateCount();
}

void EventsConsole::setObjectFilter(const QString &name)
{
    m_object->setText(name);
}

void EventsConsole::setReasonFilter(const QString &reason)
{
    if (!reason.isEmpty() && !m_reasons.contains(reason)) {
        m_reasons.insert(reason);
        rebuildPickers();
    }
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(reason)));
    m_proxy->setReasons(reason.isEmpty() ? QStringList() : QStringList{reason});
    updateCount();
}

void EventsConsole::setTypeFilter(int type)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_proxy->setType(models::EventFilterProxy::TypeFilter(type));
    updateCount();
}

void EventsConsole::setTextFilter(const QString &text)
{
    m_text->setText(text);
}

void EventsConsole::setTimeFilterMinutes(int minutes)
{
    m_timeMinutes = std::max(0, minutes);
    m_time->setCurrentIndex(std::max(0, m_time->findData(m_timeMinutes)));
    applyTimeFilter();
}

void EventsConsole::applyTimeFilter()
{
    if (m_timeMinutes == 0)
        m_proxy->setTimeRange(0, 0);
    else
        m_proxy->setTimeRange(QDateTime::currentMSecsSinceEpoch() - qint64(m_timeMinutes) * 60000, 0);
    updateCount();
}

QString EventsConsole::countText() const
{
    const int total = m_model ? m_model->rowCount() : 0;
    return tr("%1 of %n event(s) shown", nullptr, total).arg(m_proxy->rowCount());
}

void EventsConsole::updateCount()
{
    m_count->setText(countText());
}

QString EventsConsole::selectedText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows))
        lines << row.data(models::EventLogModel::CopyTextRole).toString();
    return lines.join(QLatin1Char('\n'));
}

void EventsConsole::copySelected() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void EventsConsole::jumpToCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT jumpRequested(current.data(models::EventLogModel::ObjectKindRole).toString(),
                         current.data(models::EventLogModel::ObjectNamespaceRole).toString(),
                         current.data(models::EventLogModel::ObjectNameRole).toString());
}

void EventsConsole::fillNotifyMenu()
{
    m_notifyMenu->clear();
    if (!m_policy) {
        m_notifyMenu->addAction(tr("No notifications available"))->setEnabled(false);
        return;
    }
    QAction *enabled = m_notifyMenu->addAction(tr("&Desktop Notifications"));
    enabled->setCheckable(true);
    enabled->setChecked(m_policy->isEnabled());
    connect(enabled, &QAction::toggled, this, [this](bool on) {
        m_policy->setEnabled(on);
        Q_EMIT notificationSettingsChanged();
    });
    m_notifyMenu->addSection(tr("Notify on"));
    QStringList reasons = models::NotificationPolicy::defaultReasons();
    for (const QString &reason : m_policy->reasons())
        if (!reasons.contains(reason))
            reasons << reason;
    QStringList seen(m_reasons.cbegin(), m_reasons.cend());
    std::sort(seen.begin(), seen.end());
    for (const QString &reason : std::as_const(seen))
        if (!reasons.contains(reason))
            reasons << reason;
    for (const QString &reason : std::as_const(reasons)) {
        QAction *action = m_notifyMenu->addAction(reason);
        action->setCheckable(true);
        action->setChecked(m_policy->reasons().contains(reason));
        action->setEnabled(m_policy->isEnabled());
        connect(action, &QAction::toggled, this, [this, reason](bool on) {
            QStringList chosen = m_policy->reasons();
            chosen.removeAll(reason);
            if (on)
                chosen << reason;
            m_policy->setReasons(chosen);
            Q_EMIT notificationSettingsChanged();
        });
    }
}

} // namespace kedascope::ui
