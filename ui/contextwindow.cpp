// SPDX-License-Identifier: Apache-2.0
#include "ui/contextwindow.h"

#include "models/contextlistmodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace kedascope::ui {

ContextWindow::ContextWindow(models::ContextListModel *model, QWidget *parent)
    : QMainWindow(parent), m_model(model), m_table(new QTableView(this)), m_problem(new QLabel(this)),
      m_source(new QLabel(this))
{
    setWindowTitle(tr("Kedascope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kedascope.svg")));

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    auto *refresh = toolBar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Reconnect"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Connect to every context again (%1)").arg(refresh->shortcut().toString()));
    connect(refresh, &QAction::triggered, this, &ContextWindow::refreshRequested);

    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { padding: 8px; border-radius: 4px;"
                                            " background: palette(alternate-base); }"));

    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setAccessibleName(tr("Kubeconfig files"));

    m_table->setModel(model);
    m_table->setAccessibleName(tr("Contexts"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_problem);
    layout->addWidget(m_source);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_table->resizeColumnsToContents(); });
    connect(model, &models::ContextListModel::probeFinished, this, [this] {
        m_table->resizeColumnToContents(models::ContextListModel::StatusColumn);
        statusBar()->showMessage(tr("%n context(s)", nullptr, m_model->rowCount()));
    });

    resize(1100, 520);
    restoreLayout();
}

void ContextWindow::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ContextWindow::setSourceDescription(const QString &text)
{
    m_source->setText(text);
}

void ContextWindow::selectContext(const QString &name)
{
    const int row = m_model->rowOfContext(name);
    if (row >= 0)
        m_table->selectRow(row);
}

void ContextWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("contextWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("contextWindow/state")).toByteArray());
}

void ContextWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("contextWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("contextWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace kedascope::ui
