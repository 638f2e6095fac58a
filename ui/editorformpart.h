// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/editorissue.h"

#include <QWidget>

#include <vector>

class QFormLayout;
class QGroupBox;

namespace kedascope::models {
class ManifestDocument;
}

namespace kedascope::ui {

// One part of an object's form: shows the document's fields, writes edits back, marks findings and
// brings a field into view.
class EditorFormPart : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setDocument(models::ManifestDocument *document) = 0;
    // The document changed (typed YAML or another part): show it.
    virtual void refresh() = 0;
    virtual void showIssues(const std::vector<models::EditorIssue> &issues) = 0;
    // Shows and focuses the widget of `path`; false when this part has none.
    virtual bool focusField(const models::FieldPath &path) = 0;
};

// A group box with a form layout whose labels line up on the right.
QGroupBox *formGroup(const QString &title, QFormLayout **layout, QWidget *parent = nullptr);
// Brings `widget` into view (switching tabs and scrolling) and focuses it.
void revealWidget(QWidget *widget);

} // namespace kedascope::ui
