// SPDX-License-Identifier: Apache-2.0
#include "ui/editorfallbackform.h"

#include "ui/editorbindings.h"

#include "models/manifestdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace {
const models::FieldPath fallbackPath = models::path(QStringLiteral("spec.fallback"));
}

EditorFallbackForm::EditorFallbackForm(QWidget *parent)
    : EditorFormPart(parent), m_bindings(new EditorBindings(this)), m_reason(new QLabel(this)),
      m_failureThreshold(new QSpinBox(this)), m_replicas(new QSpinBox(this)), m_behavior(new QComboBox(this))
{
    QFormLayout *form = nullptr;
    m_group = formGroup(tr("Use fallback replicas when the scalers fail"), &form, this);
    m_group->setCheckable(true);
    m_failureThreshold->setRange(0, 1000);
    m_failureThreshold->setToolTip(tr("Consecutive failed metric reads before the fallback replicas apply"));
    m_replicas->setRange(0, 100000);
    m_replicas->setToolTip(tr("Replicas while the scalers keep failing"));
    m_behavior->addItems({QStringLiteral("static"), QStringLiteral("currentReplicas"),
                          QStringLiteral("currentReplicasIfHigher"), QStringLiteral("currentReplicasIfLower"),
                          QStringLiteral("scalingModifiers")});
    m_behavior->setToolTip(tr("static: the replicas above; currentReplicas*: keep the current count (if higher or "
                              "lower than the replicas above); scalingModifiers: the formula decides"));
    form->addRow(tr("Failure threshold:"), m_failureThreshold);
    form->addRow(tr("Replicas:"), m_replicas);
    form->addRow(tr("Behavior:"), m_behavior);
    m_bindings->bindSpin(m_failureThreshold, QStringLiteral("spec.fallback.failureThreshold"));
    m_bindings->bindSpin(m_replicas, QStringLiteral("spec.fallback.replicas"));
    m_bindings->bindCombo(m_behavior, QStringLiteral("spec.fallback.behavior"));
    // the spin boxes have no "unset" value here: both fields are required in the block
    m_failureThreshold->setMinimum(-1);
    m_replicas->setMinimum(-1);
    m_failureThreshold->setSpecialValueText(tr("Not set"));
    m_replicas->setSpecialValueText(tr("Not set"));

    m_reason->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("fallbackReason"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_group);
    layout->addStretch();
    connect(m_group, &QGroupBox::toggled, this, &EditorFallbackForm::toggled);
}

void EditorFallbackForm::setDocument(models::ManifestDocument *document)
{
    m_document = document;
    m_bindings->setDocument(document);
    refresh();
}

void EditorFallbackForm::setUnavailableReason(const QString &reason)
{
    m_kindReason = reason;
    refresh();
}

QString EditorFallbackForm::unavailableReason() const
{
    if (!m_kindReason.isEmpty())
        return m_kindReason;
    if (!m_document)
        return {};
    const auto triggers = models::path(QStringLiteral("spec.triggers"));
    const int count = m_document->arraySize(triggers);
    for (int i = 0; i < count; ++i) {
        const QString type = m_document->stringValue(triggers.index(i).key(QStringLiteral("type")));
        if (type != QLatin1String("cpu") && type != QLatin1String("memory"))
            return {};
    }
    return count == 0 ? QString()
                      : tr("Fallback is not available: KEDA refuses it when every trigger is cpu or memory "
                           "(those metrics come from the metrics server, not from a scaler that can fail).");
}

void EditorFallbackForm::toggled(bool on)
{
    if (!m_document)
        return;
    if (!on) {
        m_document->remove(fallbackPath);
        return;
    }
    if (m_document->contains(fallbackPath))
        return;
    m_document->beginChange();
    m_document->setValue(fallbackPath.key(QStringLiteral("failureThreshold")), 3);
    m_document->setValue(fallbackPath.key(QStringLiteral("replicas")), 1);
    m_document->endChange();
}

void EditorFallbackForm::refresh()
{
    const QString reason = unavailableReason();
    const bool present = m_document && m_document->contains(fallbackPath);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    {
        const QSignalBlocker blocker(m_group);
        m_group->setChecked(present);
    }
    // an existing block stays editable (and removable) even where KEDA would refuse it
    m_group->setEnabled(reason.isEmpty() || present);
    m_bindings->refresh();
}

void EditorFallbackForm::showIssues(const std::vector<models::EditorIssue> &issues)
{
    m_bindings->showIssues(issues);
}

bool EditorFallbackForm::focusField(const models::FieldPath &path)
{
    if (!path.startsWith(fallbackPath))
        return false;
    QWidget *widget = m_bindings->widgetFor(path);
    revealWidget(widget ? widget : m_group);
    return true;
}

} // namespace kedascope::ui
