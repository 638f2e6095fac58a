// SPDX-License-Identifier: Apache-2.0
#include "ui/editorkeyvaluetable.h"

#include "models/manifestdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kedascope::ui {

EditorKeyValueTable::EditorKeyValueTable(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 7);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::cellChanged, this, &EditorKeyValueTable::cellEdited);
    connect(m_add, &QPushButton::clicked, this, &EditorKeyValueTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &EditorKeyValueTable::removeRow);
}

void EditorKeyValueTable::setDocument(models::ManifestDocument *document, const models::FieldPath &objectPath,
                                      const QSet<QString> &shownElsewhere)
{
    m_document = document;
    m_path = objectPath;
    m_excluded = shownElsewhere;
    m_rowKeys.clear();
    refresh();
}

int EditorKeyValueTable::rowCount() const
{
    return m_table->rowCount();
}

void EditorKeyValueTable::refresh()
{
    m_refreshing = true;
    QStringList keys;
    if (m_document) {
        for (const QString &key : m_document->keys(m_path)) {
            if (!m_excluded.contains(key))
                keys << key;
        }
    }
    // rows the user added but has not named yet stay
    for (const QString &key : std::as_const(m_rowKeys)) {
        if (key.isEmpty())
            keys << key;
    }
    m_rowKeys = keys;
    m_table->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString value = keys[row].isEmpty() ? QString() : m_document->stringValue(m_path.key(keys[row]));
        const QStringList cells = {keys[row], value};
        for (int column = 0; column < 2; ++column) {
            if (auto *item = m_table->item(row, column)) {
                if (item->text() != cells[column])
                    item->setText(cells[column]);
            } else {
                m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
            }
        }
    }
    m_refreshing = false;
}

void EditorKeyValueTable::cellEdited(int row, int column)
{
    if (m_refreshing || !m_document || row >= m_rowKeys.size())
        return;
    const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
    const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
    const QString before = m_rowKeys[row];
    m_document->beginChange();
    if (column == 0 && !before.isEmpty() && before != key)
        m_document->remove(m_path.key(before));
    if (!key.isEmpty() && !m_excluded.contains(key))
        m_document->setValue(m_path.key(key), value);
    m_document->endChange();
    m_rowKeys[row] = key;
    refresh();
}

void EditorKeyValueTable::addRow()
{
    m_rowKeys << QString();
    refresh();
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void EditorKeyValueTable::removeRow()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rowKeys.size())
        return;
    const QString key = m_rowKeys.takeAt(row);
    if (!key.isEmpty() && m_document)
        m_document->remove(m_path.key(key));
    refresh();
}

} // namespace kedascope::ui
