// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/editorpath.h"

#include <QSet>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace kedascope::models {
class ManifestDocument;
}

namespace kedascope::ui {

// String fields of an object as key/value rows (a trigger's metadata the catalog does not describe),
// leaving out the keys other widgets show.
class EditorKeyValueTable : public QWidget
{
    Q_OBJECT
public:
    explicit EditorKeyValueTable(QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document, const models::FieldPath &objectPath,
                     const QSet<QString> &shownElsewhere);
    void refresh();
    QTableWidget *table() const { return m_table; }
    int rowCount() const;

private:
    void cellEdited(int row, int column);
    void addRow();
    void removeRow();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    models::ManifestDocument *m_document = nullptr;
    models::FieldPath m_path;
    QSet<QString> m_excluded;
    QStringList m_rowKeys; // the key each row had when shown ("" for a row not written yet)
    bool m_refreshing = false;
};

} // namespace kedascope::ui
