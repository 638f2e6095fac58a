// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/editorpath.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace kedascope::models {
class ManifestDocument;
}

namespace kedascope::ui {

// The triggers of a ScaledObject or ScaledJob: added (with a type from the catalog), removed and
// reordered; the selected one is shown by the trigger form.
class EditorTriggerList : public QWidget
{
    Q_OBJECT
public:
    explicit EditorTriggerList(QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document, const models::FieldPath &triggersPath);
    void refresh();
    int currentIndex() const;
    void setCurrentIndex(int index);
    QListWidget *list() const { return m_list; }
    void addTrigger(const QString &type);

Q_SIGNALS:
    void currentChanged(int index); // -1: none

private:
    void move(int step);
    void removeCurrent();
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    models::ManifestDocument *m_document = nullptr;
    models::FieldPath m_path;
};

} // namespace kedascope::ui
