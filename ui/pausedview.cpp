// SPDX-License-Identifier: Apache-2.0
#include "ui/pausedview.h"

#include "ui/consolewindow.h"
#include "ui/contexttab.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace {

enum Column {
    ContextColumn,
    KindColumn,
    NamespaceColumn,
    NameColumn,
    ModeColumn,
    SinceColumn,
    UntilColumn,
    ByColumn,
    ActionColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

PausedView::PausedView(ConsoleWindow *window) : QDialog(window), m_window(window)
{
    setWindowTitle(tr("Paused Objects"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Context"), tr("Kind"), tr("Namespace"), tr("Name"), tr("Mode"),
                                        tr("Paused since"), tr("Until"), tr("By"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *resume = buttons->addButton(tr("Resume &Selected"), QDialogButtonBox::ActionRole);
    auto *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(resume, &QPushButton::clicked, this, &PausedView::resumeSelected);
    connect(refreshButton, &QPushButton::clicked, this, &PausedView::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &PausedView::updateCountdowns);
    m_clock->start();
    resize(1000, 420);
    refresh();
}

void PausedView::refresh()
{
    ++m_round;
    m_entries.clear();
    m_errors.clear();
    m_pending = 0;
    for (int i = 0; i < m_window->tabCount(); ++i) {
        ContextTab *tab = m_window->tabAt(i);
        models::ClusterConnection *connection = tab ? tab->connection() : nullptr;
        if (!connection)
            continue;
        for (const k8s::ResourceType &type : {k8s::resources::scaledObjects(), k8s::resources::scaledJobs()}) {
            ++m_pending;
            const auto id = connection->list(type, tab->currentNamespace());
            connection->whenFinished(id, this,
                                     [this, tab = QPointer<ContextTab>(tab), type, round = m_round](
                                         const models::CallResult &result) {
                                         if (round != m_round)
                                             return;
                                         if (tab)
                                             addListed(tab, type, result);
                                         if (--m_pending == 0)
                                             rebuild();
                                     });
        }
    }
    m_summary->setText(m_pending > 0 ? tr("Reading every open context…") : tr("No context is open."));
    if (m_pending == 0)
        rebuild();
}

void PausedView::addListed(ContextTab *tab, const k8s::ResourceType &type, const models::CallResult &result)
{
    if (!result.ok) {
        m_errors.append(tr("%1: %2").arg(tab->contextName(), result.errorMessage));
        return;
    }
    auto list = k8s::json::parse(std::string_view(result.json.constData(), size_t(result.json.size())));
    const k8s::json::Value *items = list ? k8s::json::find(*list, "items") : nullptr;
    if (!items || !items->IsArray())
        return;
    for (const auto &object : items->GetArray()) {
        Entry entry;
        entry.pause = models::CellFormat::pauseInfo(type, object);
        if (!entry.pause.paused)
            continue;
        entry.tab = tab;
        entry.target = {type, models::CellFormat::string(object, "metadata.namespace"),
                        models::CellFormat::string(object, "metadata.name")};
        m_entries.append(entry);
    }
}

void PausedView::rebuild()
{
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        const auto key = [](const Entry &e) {
            return QStringList{e.tab ? e.tab->contextName() : QString(), e.target.ns, e.target.name};
        };
        return key(a) < key(b);
    });
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries[row];
        m_table->setItem(row, ContextColumn, cell(entry.tab ? entry.tab->contextName() : QString()));
        m_table->setItem(row, KindColumn, cell(QString::fromStdString(entry.target.type.kind)));
        m_table->setItem(row, NamespaceColumn, cell(entry.target.ns));
        m_table->setItem(row, NameColumn, cell(entry.target.name));
        m_table->setItem(row, ModeColumn, cell(entry.pause.mode));
        m_table->setItem(row, SinceColumn,
                         cell(entry.pause.since ? QLocale().toString(
                                                      models::CellFormat::toDateTime(entry.pause.since).toLocalTime(),
                                                      QLocale::ShortFormat)
                                                : tr("not reported yet")));
        m_table->setItem(row, UntilColumn, cell(QString()));
        m_table->setItem(row, ByColumn, cell(entry.pause.byKedascope ? tr("Kedascope") : tr("other")));
        auto *resume = new QPushButton(tr("Resume"), m_table);
        resume->setEnabled(entry.pause.byKedascope);
        resume->setToolTip(entry.pause.byKedascope ? tr("Restore the annotations Kedascope's pause replaced")
                                                   : tr("Paused outside Kedascope; resume it where it was paused"));
        connect(resume, &QPushButton::clicked, this, [this, row] {
            const Entry &e = m_entries.value(row);
            if (e.tab)
                Q_EMIT resumeRequested(e.tab, {e.target});
        });
        m_table->setCellWidget(row, ActionColumn, resume);
    }
    updateCountdowns();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ModeColumn, QHeaderView::Stretch);
    QString summary = tr("%n paused object(s) in %1 open context(s).", nullptr, int(m_entries.size()))
                          .arg(m_window->tabCount());
    if (!m_errors.isEmpty())
        summary += QLatin1Char(' ') + tr("Not readable: %1").arg(m_errors.join(tr("; ")));
    m_summary->setText(summary);
    Q_EMIT rowsChanged();
}

void PausedView::updateCountdowns()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_entries.size() && row < m_table->rowCount(); ++row) {
        const auto &until = m_entries[row].pause.until;
        QTableWidgetItem *item = m_table->item(row, UntilColumn);
        if (!item)
            continue;
        if (!until) {
            item->setText(tr("no planned end"));
            continue;
        }
        const QDateTime when = models::CellFormat::toDateTime(until);
        item->setText(tr("%1 (%2)").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat),
                                        models::CellFormat::countdown(when, now)));
        item->setForeground(when <= now ? QColor(0xd0, 0x32, 0x2d) : palette().color(QPalette::Text));
    }
}

void PausedView::resumeSelected()
{
    QHash<ContextTab *, QList<models::PauseTarget>> byTab;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const Entry &entry = m_entries.value(index.row());
        if (entry.tab && entry.pause.byKedascope)
            byTab[entry.tab].append(entry.target);
    }
    for (auto it = byTab.begin(); it != byTab.end(); ++it)
        Q_EMIT resumeRequested(it.key(), it.value());
}

} // namespace kedascope::ui
