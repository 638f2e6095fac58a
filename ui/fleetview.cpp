// SPDX-License-Identifier: Apache-2.0
#include "ui/fleetview.h"

#include "ui/fleetmodel.h"
#include "ui/sparklinedelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace kedascope::ui {

FleetView::FleetView(models::MetricStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new FleetModel(store, this))
    , m_order(new QComboBox(this))
    , m_limit(new QSpinBox(this))
    , m_table(new QTableView(this))
{
    setAccessibleName(tr("Fleet"));
    m_order->addItem(tr("Highest ratio to target"), int(FleetModel::Order::ByRatio));
    m_order->addItem(tr("Longest queues (highest values)"), int(FleetModel::Order::ByValue));
    m_order->setAccessibleName(tr("Order"));
    m_order->setToolTip(tr("Which triggers come first"));
    connect(m_order, qOverload<int>(&QComboBox::activated), this,
            [this](int row) { m_model->setOrder(FleetModel::Order(m_order->itemData(row).toInt())); });
    m_limit->setRange(1, 500);
    m_limit->setValue(m_model->limit());
    m_limit->setAccessibleName(tr("Rows shown"));
    m_limit->setToolTip(tr("How many triggers to show"));
    connect(m_limit, qOverload<int>(&QSpinBox::valueChanged), m_model, &FleetModel::setLimit);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Fleet triggers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegateForColumn(FleetModel::TrendColumn,
                                      new SparklineDelegate(FleetModel::SparklineRole, m_table));
    QHeaderView *header = m_table->horizontalHeader();
    // The names take what they need (the table shows the top N only); the trend gets the rest.
    header->setSectionResizeMode(FleetModel::ObjectColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FleetModel::TriggerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FleetModel::TrendColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    m_table->setToolTip(tr("Double-click a row to chart that ScaledObject"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT objectActivated(index.data(FleetModel::NamespaceRole).toString(),
                               index.data(FleetModel::NameRole).toString());
    });

    auto *bar = new QHBoxLayout;
    auto *orderLabel = new QLabel(tr("&Show:"), this);
    orderLabel->setBuddy(m_order);
    auto *limitLabel = new QLabel(tr("&Top:"), this);
    limitLabel->setBuddy(m_limit);
    bar->addWidget(orderLabel);
    bar->addWidget(m_order);
    bar->addWidget(limitLabel);
    bar->addWidget(m_limit);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
}

void FleetView::setContext(const QString &context)
{
    m_model->setContext(context);
}

} // namespace kedascope::ui
