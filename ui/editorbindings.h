// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/editorissue.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace kedascope::models {
class ManifestDocument;
}

namespace kedascope::ui {

// Ties form widgets to fields of a ManifestDocument: edits write the field (an emptied widget removes
// it), refresh() shows the document. Paths are relative to base(), so one form serves every trigger.
class EditorBindings : public QObject
{
    Q_OBJECT
public:
    explicit EditorBindings(QObject *parent = nullptr);

    void setDocument(models::ManifestDocument *document);
    models::ManifestDocument *document() const { return m_document; }
    void setBase(const models::FieldPath &base);
    const models::FieldPath &base() const { return m_base; }

    // Text fields are written as strings.
    void bindText(QLineEdit *edit, const QString &field);
    // Integers; the spin box's minimum is "not set" (its specialValueText says the default).
    void bindSpin(QSpinBox *spin, const QString &field);
    // true when checked; unchecked removes the field (false is KEDA's default for these).
    void bindCheck(QCheckBox *check, const QString &field);
    // The current text as a string; the empty text removes the field.
    void bindCombo(QComboBox *combo, const QString &field);

    void refresh();
    void clear();
    // The widget bound to an absolute path, or null.
    QWidget *widgetFor(const models::FieldPath &path) const;
    // Tints the widgets of fields with findings and puts the message in their tooltip.
    void showIssues(const std::vector<models::EditorIssue> &issues);

Q_SIGNALS:
    void edited();

private:
    struct Binding
    {
        QPointer<QWidget> widget;
        QString field;
        std::function<void()> show;
        QString tooltip;
    };
    void write(const QString &field, const QVariant &value);
    models::FieldPath absolute(const QString &field) const;

    models::ManifestDocument *m_document = nullptr;
    models::FieldPath m_base;
    std::vector<Binding> m_bindings;
    bool m_refreshing = false;
};

// Gives `spin` a "not set" value below `minimum` that reads "Default (…)".
void makeOptionalSpin(QSpinBox *spin, int minimum, int maximum, const QString &defaultText);

} // namespace kedascope::ui
