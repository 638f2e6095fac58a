// SPDX-License-Identifier: Apache-2.0
#include "ui/editoritemtable.h"

#include "models/manifestdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kedascope::ui {

EditorItemTable::EditorItemTable(const QList<Column> &columns, QWidget *parent)
    : QWidget(parent), m_columns(columns), m_table(new QTableWidget(0, int(columns.size()), this)),
      m_add(new QPushButton(tr("Add"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    QStringList titles;
    for (const auto &column : columns)
        titles << column.title;
    m_table->setHorizontalHeaderLabels(titles);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 3 * m_table->fontMetrics().height() * 2);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::cellChanged, this, &EditorItemTable::cellEdited);
    connect(m_add, &QPushButton::clicked, this, &EditorItemTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &EditorItemTable::removeRow);
}

void EditorItemTable::setDocument(models::ManifestDocument *document, const models::FieldPath &arrayPath)
{
    m_document = document;
    m_path = arrayPath;
    refresh();
}

void EditorItemTable::refresh()
{
    m_refreshing = true;
    const int rows = m_document ? m_document->arraySize(m_path) : 0;
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < m_columns.size(); ++column) {
            const QString text = m_document->stringValue(m_path.index(row).key(m_columns[column].key));
            auto *item = m_table->item(row, column);
            if (!item)
                m_table->setItem(row, column, new QTableWidgetItem(text));
            else if (item->text() != text)
                item->setText(text);
        }
    }
    m_refreshing = false;
}

void EditorItemTable::cellEdited(int row, int column)
{
    if (m_refreshing || !m_document)
        return;
    const QString text = m_table->item(row, column)->text().trimmed();
    const auto field = m_path.index(row).key(m_columns[column].key);
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (text.isEmpty())
        m_document->remove(field);
    else if (m_columns[column].integer && isNumber)
        m_document->setValue(field, number);
    else
        m_document->setValue(field, text);
}

void EditorItemTable::addRow()
{
    if (!m_document)
        return;
    k8s::json::Document item;
    item.SetObject();
    for (auto it = m_newRow.cbegin(); it != m_newRow.cend(); ++it) {
        k8s::json::Value value;
        if (it.value().typeId() == QMetaType::Int)
            value.SetInt(it.value().toInt());
        else
            value.SetString(it.value().toString().toStdString(), item.GetAllocator());
        item.AddMember(k8s::json::Value(it.key().toStdString(), item.GetAllocator()), value, item.GetAllocator());
    }
    m_document->appendItem(m_path, item);
    refresh();
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
}

void EditorItemTable::removeRow()
{
    const int row = m_table->currentRow();
    if (!m_document || row < 0)
        return;
    if (m_document->arraySize(m_path) == 1)
        m_document->remove(m_path);
    else
        m_document->removeItem(m_path, row);
    refresh();
}

} // namespace kedascope::ui
