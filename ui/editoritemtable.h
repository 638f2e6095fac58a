// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/editorpath.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace kedascope::models {
class ManifestDocument;
}

namespace kedascope::ui {

// A list of small objects (secretTargetRef items, HPA policies, ...) as a table: one column per key,
// rows added and removed with buttons; an emptied cell removes its key, the last row removed removes
// the list.
class EditorItemTable : public QWidget
{
    Q_OBJECT
public:
    struct Column
    {
        QString key;
        QString title;
        bool integer = false;
    };
    EditorItemTable(const QList<Column> &columns, QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document, const models::FieldPath &arrayPath);
    void refresh();
    QTableWidget *table() const { return m_table; }
    // Starts every new row with these values (e.g. the policy type "Pods").
    void setNewRowValues(const QVariantMap &values) { m_newRow = values; }

private:
    void cellEdited(int row, int column);
    void addRow();
    void removeRow();

    QList<Column> m_columns;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    models::ManifestDocument *m_document = nullptr;
    models::FieldPath m_path;
    QVariantMap m_newRow;
    bool m_refreshing = false;
};

} // namespace kedascope::ui
