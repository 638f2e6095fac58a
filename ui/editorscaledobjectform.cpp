// SPDX-License-Identifier: Apache-2.0
#include "ui/editorscaledobjectform.h"

#include "ui/editoradvancedform.h"
#include "ui/editorbindings.h"
#include "ui/editorfallbackform.h"
#include "ui/editortriggerspage.h"

#include "models/editorclusterlookup.h"
#include "models/manifestdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kedascope::ui {

EditorScaledObjectForm::EditorScaledObjectForm(models::EditorClusterLookup *lookup, QWidget *parent)
    : EditorFormPart(parent), m_lookup(lookup), m_bindings(new EditorBindings(this)), m_tabs(new QTabWidget(this)),
      m_targetKind(new QComboBox(this)), m_targetName(new QComboBox(this)),
      m_triggers(new EditorTriggersPage(lookup, this)), m_fallback(new EditorFallbackForm(this)),
      m_advanced(new EditorAdvancedForm(this))
{
    m_tabs->addTab(buildScalingPage(), tr("Scaling"));
    m_tabs->addTab(m_triggers, tr("Triggers"));
    m_tabs->addTab(m_fallback, tr("Fallback"));
    m_tabs->addTab(m_advanced, tr("Advanced"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_lookup, &models::EditorClusterLookup::namesChanged, this, &EditorScaledObjectForm::updateTargetNames);
    connect(m_targetKind, &QComboBox::currentTextChanged, this, &EditorScaledObjectForm::updateTargetNames);
}

QWidget *EditorScaledObjectForm::buildScalingPage()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    QFormLayout *targetForm = nullptr;
    auto *target = formGroup(tr("Scale target"), &targetForm, content);
    m_targetKind->setEditable(true);
    m_targetKind->addItems({QString(), QStringLiteral("Deployment"), QStringLiteral("StatefulSet")});
    m_targetKind->lineEdit()->setPlaceholderText(tr("Deployment (KEDA's default)"));
    m_targetKind->setToolTip(tr("Any kind with a /scale subresource; Deployment when empty"));
    m_targetName->setEditable(true);
    m_targetName->setInsertPolicy(QComboBox::NoInsert);
    m_targetName->lineEdit()->setPlaceholderText(tr("The workload to scale"));
    m_targetName->setObjectName(QStringLiteral("targetName"));
    auto *apiVersion = new QLineEdit(target);
    apiVersion->setPlaceholderText(tr("apps/v1"));
    targetForm->addRow(tr("Kind:"), m_targetKind);
    targetForm->addRow(tr("Name:"), m_targetName);
    targetForm->addRow(tr("API version:"), apiVersion);
    m_bindings->bindCombo(m_targetKind, QStringLiteral("spec.scaleTargetRef.kind"));
    m_bindings->bindCombo(m_targetName, QStringLiteral("spec.scaleTargetRef.name"));
    m_bindings->bindText(apiVersion, QStringLiteral("spec.scaleTargetRef.apiVersion"));

    QFormLayout *replicaForm = nullptr;
    auto *replicas = formGroup(tr("Replicas"), &replicaForm, content);
    auto *minimum = new QSpinBox(replicas);
    auto *maximum = new QSpinBox(replicas);
    auto *idle = new QSpinBox(replicas);
    makeOptionalSpin(minimum, 0, 100000, tr("Default (0)"));
    makeOptionalSpin(maximum, 1, 100000, tr("Default (100)"));
    makeOptionalSpin(idle, 0, 100000, tr("Not set"));
    idle->setToolTip(tr("Replicas while no trigger is active; only 0 is allowed, and it must be below the minimum"));
    replicaForm->addRow(tr("Minimum:"), minimum);
    replicaForm->addRow(tr("Maximum:"), maximum);
    replicaForm->addRow(tr("Idle:"), idle);
    m_bindings->bindSpin(minimum, QStringLiteral("spec.minReplicaCount"));
    m_bindings->bindSpin(maximum, QStringLiteral("spec.maxReplicaCount"));
    m_bindings->bindSpin(idle, QStringLiteral("spec.idleReplicaCount"));

    QFormLayout *timingForm = nullptr;
    auto *timing = formGroup(tr("Timing"), &timingForm, content);
    auto *polling = new QSpinBox(timing);
    auto *cooldown = new QSpinBox(timing);
    auto *initialCooldown = new QSpinBox(timing);
    makeOptionalSpin(polling, 1, 86400, tr("Default (30 s)"));
    makeOptionalSpin(cooldown, 0, 86400, tr("Default (300 s)"));
    makeOptionalSpin(initialCooldown, 0, 86400, tr("Default (0 s)"));
    for (QSpinBox *spin : {polling, cooldown, initialCooldown})
        spin->setSuffix(tr(" s"));
    polling->setToolTip(tr("How often KEDA asks the scalers"));
    cooldown->setToolTip(tr("How long after the last active trigger before scaling to zero"));
    initialCooldown->setToolTip(tr("How long after creation before scaling to zero is allowed"));
    timingForm->addRow(tr("Polling interval:"), polling);
    timingForm->addRow(tr("Cooldown period:"), cooldown);
    timingForm->addRow(tr("Initial cooldown:"), initialCooldown);
    m_bindings->bindSpin(polling, QStringLiteral("spec.pollingInterval"));
    m_bindings->bindSpin(cooldown, QStringLiteral("spec.cooldownPeriod"));
    m_bindings->bindSpin(initialCooldown, QStringLiteral("spec.initialCooldownPeriod"));

    contentLayout->addWidget(target);
    contentLayout->addWidget(replicas);
    contentLayout->addWidget(timing);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void EditorScaledObjectForm::updateTargetNames()
{
    if (!m_document)
        return;
    const bool statefulSet = m_targetKind->currentText() == QLatin1String("StatefulSet");
    const auto &type = statefulSet ? k8s::resources::statefulSets() : k8s::resources::deployments();
    const QStringList names = m_lookup->names(type, m_document->objectNamespace());
    const QString current = m_targetName->currentText();
    const QSignalBlocker blocker(m_targetName);
    m_targetName->clear();
    m_targetName->addItems(names);
    m_targetName->setCurrentText(current);
}

void EditorScaledObjectForm::setDocument(models::ManifestDocument *document)
{
    m_document = document;
    m_bindings->setDocument(document);
    m_triggers->setDocument(document);
    m_fallback->setDocument(document);
    m_advanced->setDocument(document);
    updateTargetNames();
}

void EditorScaledObjectForm::refresh()
{
    m_bindings->refresh();
    m_triggers->refresh();
    m_fallback->refresh();
    m_advanced->refresh();
}

void EditorScaledObjectForm::showIssues(const std::vector<models::EditorIssue> &issues)
{
    m_bindings->showIssues(issues);
    m_triggers->showIssues(issues);
    m_fallback->showIssues(issues);
    m_advanced->showIssues(issues);
}

QWidget *EditorScaledObjectForm::fieldWidget(const models::FieldPath &path) const
{
    return m_bindings->widgetFor(path);
}

bool EditorScaledObjectForm::focusField(const models::FieldPath &path)
{
    for (EditorFormPart *part : {static_cast<EditorFormPart *>(m_triggers), static_cast<EditorFormPart *>(m_fallback),
                                 static_cast<EditorFormPart *>(m_advanced)}) {
        m_tabs->setCurrentWidget(part);
        if (part->focusField(path))
            return true;
    }
    m_tabs->setCurrentIndex(0);
    if (QWidget *widget = m_bindings->widgetFor(path)) {
        revealWidget(widget);
        return true;
    }
    return false;
}

} // namespace kedascope::ui
