// SPDX-License-Identifier: Apache-2.0
#include "ui/editortriggerform.h"

#include "ui/editorbindings.h"
#include "ui/editorkeyvaluetable.h"

#include "models/editorclusterlookup.h"
#include "models/editorsession.h"
#include "models/manifestdocument.h"

#include "k8sclient/scalercatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace keda = k8s::keda;
using models::FieldPath;

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// The longest scaler or TriggerAuthentication name must not make the form wider than the editor.
void keepNarrow(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
}

} // namespace

EditorTriggerForm::EditorTriggerForm(models::EditorClusterLookup *lookup, QWidget *parent)
    : EditorFormPart(parent), m_lookup(lookup), m_bindings(new EditorBindings(this)),
      m_metadataBindings(new EditorBindings(this)), m_type(new QComboBox(this)), m_typeDescription(new QLabel(this)),
      m_name(new QLineEdit(this)), m_metricType(new QComboBox(this)),
      m_cached(new QCheckBox(tr("Use cached metrics"), this)), m_authKind(new QComboBox(this)),
      m_authName(new QComboBox(this)), m_other(new EditorKeyValueTable(this))
{
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    QStringList types;
    for (const auto &scaler : keda::ScalerCatalog::builtIn().types()) {
        m_type->addItem(qs(scaler.type));
        m_type->setItemData(m_type->count() - 1, qs(scaler.title), Qt::ToolTipRole);
        types << qs(scaler.type);
    }
    auto *completer = new QCompleter(types, m_type);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_type->setCompleter(completer);
    m_type->lineEdit()->setPlaceholderText(tr("Search scalers…"));
    connect(m_type, &QComboBox::textActivated, this, &EditorTriggerForm::typeChosen);
    connect(m_type->lineEdit(), &QLineEdit::editingFinished, this, [this] { typeChosen(m_type->currentText()); });
    m_typeDescription->setWordWrap(true);
    m_typeDescription->setOpenExternalLinks(true);
    m_typeDescription->setTextFormat(Qt::RichText);

    m_name->setPlaceholderText(tr("Optional; needed by scaling modifier formulas"));
    m_metricType->addItems({QString(), QStringLiteral("AverageValue"), QStringLiteral("Value"),
                            QStringLiteral("Utilization")});
    m_metricType->setItemText(0, tr("Default (AverageValue)"));
    m_metricType->setItemData(0, QString());
    m_metricType->setToolTip(tr("How the HPA compares the metric with the target"));
    m_authKind->addItems({QString(), QStringLiteral("TriggerAuthentication"),
                          QStringLiteral("ClusterTriggerAuthentication")});
    m_authName->setEditable(true);
    m_authName->setInsertPolicy(QComboBox::NoInsert);
    m_authName->lineEdit()->setPlaceholderText(tr("No authentication"));
    connect(m_authKind, &QComboBox::currentTextChanged, this, &EditorTriggerForm::updateAuthNames);
    connect(m_lookup, &models::EditorClusterLookup::namesChanged, this, &EditorTriggerForm::updateAuthNames);

    m_bindings->bindText(m_name, QStringLiteral("name"));
    m_bindings->bindCombo(m_metricType, QStringLiteral("metricType"));
    m_bindings->bindCheck(m_cached, QStringLiteral("useCachedMetrics"));
    m_bindings->bindCombo(m_authKind, QStringLiteral("authenticationRef.kind"));
    m_bindings->bindCombo(m_authName, QStringLiteral("authenticationRef.name"));

    QFormLayout *triggerForm = nullptr;
    auto *triggerGroup = formGroup(tr("Trigger"), &triggerForm, this);
    triggerForm->addRow(tr("Type:"), m_type);
    triggerForm->addRow(QString(), m_typeDescription);
    triggerForm->addRow(tr("Name:"), m_name);
    triggerForm->addRow(tr("Metric type:"), m_metricType);
    triggerForm->addRow(QString(), m_cached);
    auto *auth = new QHBoxLayout;
    auth->addWidget(m_authKind);
    auth->addWidget(m_authName, 1);
    triggerForm->addRow(tr("Authentication:"), auth);

    m_metadataGroup = formGroup(tr("Metadata"), &m_metadataForm, this);
    m_otherGroup = new QGroupBox(tr("Other metadata"), this);
    auto *otherLayout = new QVBoxLayout(m_otherGroup);
    otherLayout->addWidget(m_other);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(triggerGroup);
    layout->addWidget(m_metadataGroup);
    layout->addWidget(m_otherGroup);
    layout->addStretch();
    connect(m_metadataBindings, &EditorBindings::edited, this, &EditorTriggerForm::updateSecretNotes);
    for (QComboBox *combo : findChildren<QComboBox *>())
        keepNarrow(combo);
}

void EditorTriggerForm::setDocument(models::ManifestDocument *document)
{
    m_document = document;
    m_bindings->setDocument(document);
    m_metadataBindings->setDocument(document);
    m_shownType.clear();
    m_shownTypeKnown = false;
    refresh();
}

void EditorTriggerForm::setTrigger(const FieldPath &triggerPath)
{
    m_trigger = triggerPath;
    m_bindings->setBase(triggerPath);
    m_shownType.clear();
    m_shownTypeKnown = false;
    refresh();
}

QString EditorTriggerForm::currentType() const
{
    return m_document ? m_document->stringValue(m_trigger.key(QStringLiteral("type"))) : QString();
}

void EditorTriggerForm::typeChosen(const QString &type)
{
    const QString trimmed = type.trimmed();
    if (!m_document || m_trigger.isEmpty() || trimmed.isEmpty() || trimmed == currentType())
        return;
    m_document->setValue(m_trigger.key(QStringLiteral("type")), trimmed);
}

void EditorTriggerForm::refresh()
{
    const bool shown = m_document && !m_trigger.isEmpty() && m_document->contains(m_trigger);
    setEnabled(shown);
    if (!shown)
        return;
    m_bindings->refresh();
    updateAuthNames();
    const QString type = currentType();
    if (m_type->currentText() != type) {
        // the type is written when chosen (typeChosen), not per keystroke, so it is shown by hand
        const QSignalBlocker blocker(m_type);
        m_type->setCurrentText(type);
    }
    if (type != m_shownType || !m_shownTypeKnown)
        rebuildMetadata();
    m_metadataBindings->refresh();
    m_other->refresh();
    updateSecretNotes();
}

void EditorTriggerForm::updateAuthNames()
{
    if (!m_document || m_trigger.isEmpty())
        return;
    const bool cluster = m_authKind->currentText() == QLatin1String("ClusterTriggerAuthentication");
    const auto &type = cluster ? k8s::resources::clusterTriggerAuthentications() : k8s::resources::triggerAuthentications();
    const QStringList names = m_lookup->names(type, m_document->objectNamespace());
    const QString current = m_authName->currentText();
    const QSignalBlocker blocker(m_authName);
    m_authName->clear();
    m_authName->addItems(names);
    m_authName->setCurrentText(current);
}

void EditorTriggerForm::rebuildMetadata()
{
    m_shownType = currentType();
    m_shownTypeKnown = true;
    m_metadataBindings->clear();
    m_secretNotes.clear();
    while (m_metadataForm->rowCount() > 0)
        m_metadataForm->removeRow(0);
    m_metadataBindings->setBase(m_trigger.key(QStringLiteral("metadata")));
    const keda::ScalerType *scaler = keda::ScalerCatalog::builtIn().find(m_shownType.toStdString());
    QSet<QString> described;
    if (scaler) {
        m_typeDescription->setText(
            QStringLiteral("%1 — %2 <a href=\"%3\">%4</a>")
                .arg(qs(scaler->title).toHtmlEscaped(), qs(scaler->description).toHtmlEscaped(), qs(scaler->docsUrl),
                     tr("Documentation")));
        for (const auto &field : scaler->fields) {
            described << qs(field.name);
            if (field.thresholdField.empty() || !scaler->field(field.thresholdField))
                addFieldRow(*scaler, field);
        }
        if (scaler->fields.empty())
            m_metadataForm->addRow(new QLabel(tr("This scaler takes no metadata."), m_metadataGroup));
    } else {
        m_typeDescription->setText(m_shownType.isEmpty()
                                       ? tr("Choose the scaler this trigger uses.")
                                       : tr("“%1” is not in the scaler catalog; its metadata is edited as key/value "
                                            "rows below.")
                                             .arg(m_shownType.toHtmlEscaped()));
    }
    m_metadataGroup->setVisible(scaler != nullptr);
    m_otherGroup->setTitle(scaler ? tr("Other metadata") : tr("Metadata"));
    m_other->setDocument(m_document, m_trigger.key(QStringLiteral("metadata")), described);
}

QWidget *EditorTriggerForm::fieldWidget(const keda::ScalerField &field, const QString &key)
{
    QWidget *widget = nullptr;
    const QString placeholder = field.defaultValue.empty()
                                    ? (field.placeholder.empty() ? QString() : tr("e.g. %1").arg(qs(field.placeholder)))
                                    : tr("Default: %1").arg(qs(field.defaultValue));
    if (field.type == keda::ScalerField::Type::Boolean || field.type == keda::ScalerField::Type::Enum) {
        auto *combo = new QComboBox(m_metadataGroup);
        keepNarrow(combo);
        combo->addItem(QString());
        if (field.type == keda::ScalerField::Type::Boolean)
            combo->addItems({QStringLiteral("true"), QStringLiteral("false")});
        for (const auto &allowed : field.allowed)
            combo->addItem(qs(allowed));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setPlaceholderText(placeholder);
        m_metadataBindings->bindCombo(combo, key);
        widget = combo;
    } else {
        auto *edit = new QLineEdit(m_metadataGroup);
        edit->setPlaceholderText(placeholder);
        if (field.type == keda::ScalerField::Type::Integer)
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d*")), edit));
        else if (field.type == keda::ScalerField::Type::Number)
            edit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d*\\.?\\d*")), edit));
        if (field.secret)
            edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        m_metadataBindings->bindText(edit, key);
        widget = edit;
    }
    widget->setObjectName(QStringLiteral("metadata.") + key);
    QString tip = qs(field.description);
    if (!field.alternatives.empty()) {
        QStringList alternatives;
        for (const auto &alternative : field.alternatives)
            alternatives << qs(alternative);
        tip += QLatin1Char('\n') + tr("Or supplied by: %1").arg(alternatives.join(QStringLiteral(", ")));
    }
    widget->setToolTip(tip);
    return widget;
}

void EditorTriggerForm::addFieldRow(const keda::ScalerType &scaler, const keda::ScalerField &field)
{
    const QString key = qs(field.name);
    auto *row = new QWidget(m_metadataGroup);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(fieldWidget(field, key), 2);
    if (const keda::ScalerField *activation = field.activationField.empty() ? nullptr : scaler.field(field.activationField)) {
        auto *label = new QLabel(tr("Activation:"), row);
        label->setToolTip(qs(activation->description));
        rowLayout->addWidget(label);
        rowLayout->addWidget(fieldWidget(*activation, qs(activation->name)), 1);
    }
    if (field.secret) {
        auto *note = new QWidget(row);
        auto *noteLayout = new QHBoxLayout(note);
        noteLayout->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(note);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
        auto *text = new QLabel(tr("Belongs in a TriggerAuthentication"), note);
        auto *move = new QPushButton(tr("Move…"), note);
        move->setObjectName(QStringLiteral("moveSecret.") + key);
        connect(move, &QPushButton::clicked, this, [this, key] { Q_EMIT moveSecretRequested(m_trigger, key); });
        noteLayout->addWidget(icon);
        noteLayout->addWidget(text);
        noteLayout->addWidget(move);
        rowLayout->addWidget(note);
        m_secretNotes.insert(key, note);
    }
    QString label = key;
    if (field.required)
        label += QStringLiteral(" *");
    auto *labelWidget = new QLabel(label + QLatin1Char(':'), m_metadataGroup);
    labelWidget->setToolTip(field.required ? tr("Required. %1").arg(qs(field.description)) : qs(field.description));
    m_metadataForm->addRow(labelWidget, row);
}

void EditorTriggerForm::updateSecretNotes()
{
    for (auto it = m_secretNotes.cbegin(); it != m_secretNotes.cend(); ++it) {
        const bool inline_ =
            m_document && !m_document->stringValue(m_trigger.key(QStringLiteral("metadata")).key(it.key())).isEmpty();
        it.value()->setVisible(inline_);
    }
}

void EditorTriggerForm::showIssues(const std::vector<models::EditorIssue> &issues)
{
    m_bindings->showIssues(issues);
    m_metadataBindings->showIssues(issues);
}

QWidget *EditorTriggerForm::metadataWidget(const QString &key) const
{
    return m_metadataBindings->widgetFor(m_trigger.key(QStringLiteral("metadata")).key(key));
}

bool EditorTriggerForm::focusField(const FieldPath &path)
{
    if (m_trigger.isEmpty() || !path.startsWith(m_trigger))
        return false;
    QWidget *widget = m_bindings->widgetFor(path);
    if (!widget)
        widget = m_metadataBindings->widgetFor(path);
    if (!widget && path.startsWith(m_trigger.key(QStringLiteral("metadata"))))
        widget = m_other->table();
    if (!widget)
        widget = m_type;
    revealWidget(widget);
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    return true;
}

} // namespace kedascope::ui
