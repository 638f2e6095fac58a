// SPDX-License-Identifier: Apache-2.0
#include "ui/editorbindings.h"

#include "models/editorsession.h"
#include "models/manifestdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace kedascope::ui {

namespace {

// An item's data, when it has some, is the value written (a "Default (…)" item writes nothing);
// otherwise its text is.
QString comboValue(const QComboBox *combo, int index)
{
    const QVariant data = combo->itemData(index);
    return data.isValid() ? data.toString() : combo->itemText(index);
}

int comboIndexOf(const QComboBox *combo, const QString &value)
{
    for (int index = 0; index < combo->count(); ++index) {
        if (comboValue(combo, index) == value)
            return index;
    }
    return -1;
}

} // namespace

using models::FieldPath;

EditorBindings::EditorBindings(QObject *parent) : QObject(parent) {}

void EditorBindings::setDocument(models::ManifestDocument *document)
{
    m_document = document;
    refresh();
}

void EditorBindings::setBase(const FieldPath &base)
{
    m_base = base;
    refresh();
}

FieldPath EditorBindings::absolute(const QString &field) const
{
    return m_base + models::path(field);
}

void EditorBindings::write(const QString &field, const QVariant &value)
{
    if (m_refreshing || !m_document)
        return;
    const bool empty = !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
    if (empty)
        m_document->remove(absolute(field));
    else
        m_document->setValue(absolute(field), value);
    Q_EMIT edited();
}

void EditorBindings::bindText(QLineEdit *edit, const QString &field)
{
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) { write(field, text); });
    m_bindings.push_back({edit, field, [this, edit, field] {
                              const QString text = m_document ? m_document->stringValue(absolute(field)) : QString();
                              if (edit->text() != text)
                                  edit->setText(text);
                          },
                          edit->toolTip()});
}

void EditorBindings::bindSpin(QSpinBox *spin, const QString &field)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, spin, field](int value) {
        write(field, value == spin->minimum() ? QVariant() : QVariant(value));
    });
    m_bindings.push_back({spin, field, [this, spin, field] {
                              const QVariant value = m_document ? m_document->value(absolute(field)) : QVariant();
                              bool ok = false;
                              const int number = value.toInt(&ok);
                              spin->setValue(ok && value.typeId() != QMetaType::QString ? number : spin->minimum());
                          },
                          spin->toolTip()});
}

void EditorBindings::bindCheck(QCheckBox *check, const QString &field)
{
    connect(check, &QCheckBox::toggled, this, [this, field](bool on) { write(field, on ? QVariant(true) : QVariant()); });
    m_bindings.push_back({check, field, [this, check, field] {
                              check->setChecked(m_document && m_document->value(absolute(field)).toBool());
                          },
                          check->toolTip()});
}

void EditorBindings::bindCombo(QComboBox *combo, const QString &field)
{
    if (combo->isEditable())
        connect(combo, &QComboBox::currentTextChanged, this, [this, field](const QString &text) { write(field, text); });
    else
        connect(combo, &QComboBox::activated, this,
                [this, combo, field](int index) { write(field, comboValue(combo, index)); });
    m_bindings.push_back({combo, field, [this, combo, field] {
                              const QString text = m_document ? m_document->stringValue(absolute(field)) : QString();
                              int index = comboIndexOf(combo, text);
                              if (index < 0) {
                                  combo->addItem(text);
                                  index = combo->count() - 1;
                              }
                              if (combo->isEditable() && combo->currentText() != text)
                                  combo->setCurrentText(text);
                              if (!combo->isEditable())
                                  combo->setCurrentIndex(index);
                          },
                          combo->toolTip()});
}

void EditorBindings::refresh()
{
    m_refreshing = true;
    for (const auto &binding : m_bindings) {
        if (!binding.widget)
            continue;
        const QSignalBlocker blocker(binding.widget);
        binding.show();
    }
    m_refreshing = false;
}

void EditorBindings::clear()
{
    m_bindings.clear();
}

QWidget *EditorBindings::widgetFor(const FieldPath &path) const
{
    for (const auto &binding : m_bindings) {
        if (binding.widget && absolute(binding.field) == path)
            return binding.widget;
    }
    return nullptr;
}

void EditorBindings::showIssues(const std::vector<models::EditorIssue> &issues)
{
    for (const auto &binding : m_bindings) {
        if (!binding.widget)
            continue;
        const FieldPath field = absolute(binding.field);
        QStringList messages;
        for (const auto &issue : issues) {
            if (issue.field == field)
                messages << issue.message;
        }
        const bool marked = !messages.isEmpty();
        binding.widget->setProperty("kedascopeIssue", marked);
        QPalette colours = binding.widget->parentWidget() ? binding.widget->parentWidget()->palette()
                                                          : binding.widget->palette();
        if (marked) {
            colours.setColor(QPalette::Base, QColor(0xff, 0xeb, 0xee));
            colours.setColor(QPalette::Text, QColor(0x21, 0x21, 0x21));
        }
        binding.widget->setPalette(colours);
        binding.widget->setToolTip(marked ? messages.join(QLatin1Char('\n')) : binding.tooltip);
    }
}

void makeOptionalSpin(QSpinBox *spin, int minimum, int maximum, const QString &defaultText)
{
    spin->setRange(minimum - 1, maximum);
    spin->setSpecialValueText(defaultText);
    spin->setValue(minimum - 1);
    spin->setAccelerated(true);
}

} // namespace kedascope::ui
