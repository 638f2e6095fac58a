// SPDX-License-Identifier: Apache-2.0
#include "ui/editoradvancedform.h"

#include "ui/editorbindings.h"
#include "ui/editoritemtable.h"

#include "models/manifestdocument.h"

#include "k8sclient/kedaformula.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace {
const QString hpaConfig = QStringLiteral("spec.advanced.horizontalPodAutoscalerConfig");
const models::FieldPath modifiersPath = models::path(QStringLiteral("spec.advanced.scalingModifiers"));
} // namespace

EditorAdvancedForm::EditorAdvancedForm(QWidget *parent)
    : EditorFormPart(parent), m_bindings(new EditorBindings(this)), m_formula(new QLineEdit(this)),
      m_formulaCheck(new QLabel(this))
{
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);

    QFormLayout *hpaForm = nullptr;
    auto *hpaGroup = formGroup(tr("Horizontal Pod Autoscaler"), &hpaForm, content);
    auto *hpaName = new QLineEdit(hpaGroup);
    hpaName->setPlaceholderText(tr("Default: keda-hpa-<ScaledObject name>"));
    auto *restore = new QCheckBox(tr("Restore the original replica count when the ScaledObject is deleted"), hpaGroup);
    hpaForm->addRow(tr("HPA name:"), hpaName);
    hpaForm->addRow(QString(), restore);
    m_bindings->bindText(hpaName, hpaConfig + QStringLiteral(".name"));
    m_bindings->bindCheck(restore, QStringLiteral("spec.advanced.restoreToOriginalReplicaCount"));

    auto *behaviors = new QHBoxLayout;
    behaviors->addWidget(behaviorGroup(tr("Scale up"), QStringLiteral("scaleUp")));
    behaviors->addWidget(behaviorGroup(tr("Scale down"), QStringLiteral("scaleDown")));

    QFormLayout *modifiersForm = nullptr;
    m_modifiers = formGroup(tr("Scaling modifiers"), &modifiersForm, content);
    m_modifiers->setCheckable(true);
    m_formula->setPlaceholderText(tr("e.g. (queue + backlog) / 2"));
    m_formula->setToolTip(tr("An expr-lang formula over the triggers' names"));
    m_formulaCheck->setWordWrap(true);
    m_formulaCheck->setObjectName(QStringLiteral("formulaCheck"));
    auto *target = new QLineEdit(m_modifiers);
    auto *activation = new QLineEdit(m_modifiers);
    auto *metricType = new QComboBox(m_modifiers);
    metricType->addItems({QString(), QStringLiteral("AverageValue"), QStringLiteral("Value")});
    modifiersForm->addRow(tr("Formula:"), m_formula);
    modifiersForm->addRow(QString(), m_formulaCheck);
    modifiersForm->addRow(tr("Target:"), target);
    modifiersForm->addRow(tr("Activation target:"), activation);
    modifiersForm->addRow(tr("Metric type:"), metricType);
    m_bindings->bindText(m_formula, QStringLiteral("spec.advanced.scalingModifiers.formula"));
    m_bindings->bindText(target, QStringLiteral("spec.advanced.scalingModifiers.target"));
    m_bindings->bindText(activation, QStringLiteral("spec.advanced.scalingModifiers.activationTarget"));
    m_bindings->bindCombo(metricType, QStringLiteral("spec.advanced.scalingModifiers.metricType"));
    connect(m_modifiers, &QGroupBox::toggled, this, &EditorAdvancedForm::modifiersToggled);

    contentLayout->addWidget(hpaGroup);
    contentLayout->addLayout(behaviors);
    contentLayout->addWidget(m_modifiers);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QGroupBox *EditorAdvancedForm::behaviorGroup(const QString &title, const QString &direction)
{
    const QString base = hpaConfig + QStringLiteral(".behavior.") + direction;
    QFormLayout *form = nullptr;
    auto *group = formGroup(title, &form);
    auto *window = new QSpinBox(group);
    makeOptionalSpin(window, 0, 3600, direction == QLatin1String("scaleUp") ? tr("Default (0 s)") : tr("Default (300 s)"));
    window->setSuffix(tr(" s"));
    auto *select = new QComboBox(group);
    select->addItems({QString(), QStringLiteral("Max"), QStringLiteral("Min"), QStringLiteral("Disabled")});
    auto *policies = new EditorItemTable({{QStringLiteral("type"), tr("Type"), false},
                                          {QStringLiteral("value"), tr("Value"), true},
                                          {QStringLiteral("periodSeconds"), tr("Period (s)"), true}},
                                         group);
    policies->setNewRowValues({{QStringLiteral("type"), QStringLiteral("Pods")},
                               {QStringLiteral("value"), 4},
                               {QStringLiteral("periodSeconds"), 60}});
    form->addRow(tr("Stabilization window:"), window);
    form->addRow(tr("Select policy:"), select);
    form->addRow(tr("Policies:"), policies);
    m_bindings->bindSpin(window, base + QStringLiteral(".stabilizationWindowSeconds"));
    m_bindings->bindCombo(select, base + QStringLiteral(".selectPolicy"));
    m_policyPaths.append({base + QStringLiteral(".policies"), policies});
    return group;
}

void EditorAdvancedForm::setDocument(models::ManifestDocument *document)
{
    m_document = document;
    m_bindings->setDocument(document);
    for (const auto &[path, table] : std::as_const(m_policyPaths))
        table->setDocument(document, models::path(path));
    refresh();
}

void EditorAdvancedForm::modifiersToggled(bool on)
{
    if (!m_document)
        return;
    if (!on)
        m_document->remove(modifiersPath);
    else if (!m_document->contains(modifiersPath))
        m_document->setValue(modifiersPath.key(QStringLiteral("target")), QStringLiteral("1"));
}

void EditorAdvancedForm::refresh()
{
    m_bindings->refresh();
    for (const auto &[path, table] : std::as_const(m_policyPaths))
        table->refresh();
    {
        const QSignalBlocker blocker(m_modifiers);
        m_modifiers->setChecked(m_document && m_document->contains(modifiersPath));
    }
    checkFormula();
}

void EditorAdvancedForm::checkFormula()
{
    const QString formula = m_formula->text().trimmed();
    if (!m_document || formula.isEmpty()) {
        m_formulaCheck->clear();
        m_formulaCheck->setVisible(false);
        return;
    }
    std::vector<std::string> names;
    const auto triggers = models::path(QStringLiteral("spec.triggers"));
    for (int i = 0; i < m_document->arraySize(triggers); ++i) {
        const QString type = m_document->stringValue(triggers.index(i).key(QStringLiteral("type")));
        const QString name = m_document->stringValue(triggers.index(i).key(QStringLiteral("name")));
        if (!name.isEmpty() && type != QLatin1String("cpu") && type != QLatin1String("memory"))
            names.push_back(name.toStdString());
    }
    const auto error = k8s::keda::validateFormula(formula.toStdString(), names);
    m_formulaCheck->setVisible(true);
    if (error) {
        m_formulaCheck->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                                    .arg(QString::fromStdString(error->toString()).toHtmlEscaped()));
    } else {
        QStringList shown;
        for (const auto &name : names)
            shown << QString::fromStdString(name);
        m_formulaCheck->setText(tr("Formula is valid (triggers: %1).").arg(shown.join(QStringLiteral(", "))));
    }
}

void EditorAdvancedForm::showIssues(const std::vector<models::EditorIssue> &issues)
{
    m_bindings->showIssues(issues);
}

bool EditorAdvancedForm::focusField(const models::FieldPath &path)
{
    if (!path.startsWith(models::path(QStringLiteral("spec.advanced"))))
        return false;
    QWidget *widget = m_bindings->widgetFor(path);
    if (!widget) {
        for (const auto &[policies, table] : std::as_const(m_policyPaths)) {
            if (path.startsWith(models::path(policies)))
                widget = table->table();
        }
    }
    revealWidget(widget ? widget : m_modifiers);
    return true;
}

} // namespace kedascope::ui
