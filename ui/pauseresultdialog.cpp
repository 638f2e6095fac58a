// SPDX-License-Identifier: Apache-2.0
#include "ui/pauseresultdialog.h"

#include "ui/pausetext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace pause = k8s::pause;

namespace {

QColor colorOf(pause::Outcome::Kind kind)
{
    switch (kind) {
    case pause::Outcome::Kind::Done:
        return {0x2e, 0xa0, 0x43};
    case pause::Outcome::Kind::Failed:
        return {0xd0, 0x32, 0x2d};
    case pause::Outcome::Kind::Conflict:
        return {0xd9, 0x8e, 0x04};
    case pause::Outcome::Kind::Skipped:
        return {0x8a, 0x8f, 0x98};
    }
    return {};
}

} // namespace

PauseResultDialog::PauseResultDialog(const pause::RunReport &report, pause::Action action, QWidget *parent)
    : QDialog(parent)
{
    const bool pausing = action == pause::Action::Pause;
    setWindowTitle(pausing ? tr("Pause Result") : tr("Resume Result"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(QStringLiteral("<b>%1</b>").arg(PauseText::summary(report, action).toHtmlEscaped()), this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(int(report.outcomes.size()), 3, this);
    m_table->setHorizontalHeaderLabels({tr("Object"), tr("Result"), tr("Details")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    for (int row = 0; row < int(report.outcomes.size()); ++row) {
        const auto &outcome = report.outcomes[size_t(row)];
        auto add = [&](int column, const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            cell->setToolTip(text);
            m_table->setItem(row, column, cell);
            return cell;
        };
        add(0, PauseText::object(outcome.change.object));
        QFont bold = font();
        bold.setBold(true);
        auto *result = add(1, PauseText::result(outcome.kind));
        result->setForeground(colorOf(outcome.kind));
        result->setFont(bold);
        add(2, PauseText::details(outcome));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    const int done = report.count(pause::Outcome::Kind::Done);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(pausing ? tr("&Undo: Resume %n", nullptr, done) : tr("&Undo: Pause %n Again", nullptr, done),
                                QDialogButtonBox::ActionRole);
    m_undo->setEnabled(done > 0);
    m_undo->setToolTip(tr("Reverts exactly the annotations this run changed, guarded by each object's version"));
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->setEnabled(false);
        Q_EMIT undoRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 420);
}

} // namespace kedascope::ui
