// SPDX-License-Identifier: Apache-2.0
#include "ui/editorscaledjobform.h"

#include "ui/editorbindings.h"
#include "ui/editorfallbackform.h"
#include "ui/editortriggerspage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace {
const QString jobSpec = QStringLiteral("spec.jobTargetRef");
const QString container = QStringLiteral("spec.jobTargetRef.template.spec.containers[0]");
} // namespace

EditorScaledJobForm::EditorScaledJobForm(models::EditorClusterLookup *lookup, QWidget *parent)
    : EditorFormPart(parent), m_bindings(new EditorBindings(this)), m_tabs(new QTabWidget(this)),
      m_triggers(new EditorTriggersPage(lookup, this)), m_fallback(new EditorFallbackForm(this))
{
    m_fallback->setUnavailableReason(tr("Fallback is not available for ScaledJobs: KEDA only supports it on "
                                        "ScaledObjects."));
    m_tabs->addTab(buildJobPage(), tr("Job"));
    m_tabs->addTab(m_triggers, tr("Triggers"));
    m_tabs->addTab(m_fallback, tr("Fallback"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QWidget *EditorScaledJobForm::buildJobPage()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    QFormLayout *jobForm = nullptr;
    auto *job = formGroup(tr("Job template"), &jobForm, content);
    auto *containerName = new QLineEdit(job);
    auto *image = new QLineEdit(job);
    image->setPlaceholderText(tr("e.g. ghcr.io/example/worker:1.0"));
    auto *restartPolicy = new QComboBox(job);
    restartPolicy->addItems({QString(), QStringLiteral("Never"), QStringLiteral("OnFailure")});
    auto *parallelism = new QSpinBox(job);
    auto *completions = new QSpinBox(job);
    auto *backoffLimit = new QSpinBox(job);
    auto *deadline = new QSpinBox(job);
    makeOptionalSpin(parallelism, 0, 10000, tr("Default (1)"));
    makeOptionalSpin(completions, 0, 10000, tr("Default (1)"));
    makeOptionalSpin(backoffLimit, 0, 1000, tr("Default (6)"));
    makeOptionalSpin(deadline, 1, 864000, tr("Not set"));
    deadline->setSuffix(tr(" s"));
    jobForm->addRow(tr("Container name:"), containerName);
    jobForm->addRow(tr("Image:"), image);
    jobForm->addRow(tr("Restart policy:"), restartPolicy);
    jobForm->addRow(tr("Parallelism:"), parallelism);
    jobForm->addRow(tr("Completions:"), completions);
    jobForm->addRow(tr("Backoff limit:"), backoffLimit);
    jobForm->addRow(tr("Active deadline:"), deadline);
    m_bindings->bindText(containerName, container + QStringLiteral(".name"));
    m_bindings->bindText(image, container + QStringLiteral(".image"));
    m_bindings->bindCombo(restartPolicy, jobSpec + QStringLiteral(".template.spec.restartPolicy"));
    m_bindings->bindSpin(parallelism, jobSpec + QStringLiteral(".parallelism"));
    m_bindings->bindSpin(completions, jobSpec + QStringLiteral(".completions"));
    m_bindings->bindSpin(backoffLimit, jobSpec + QStringLiteral(".backoffLimit"));
    m_bindings->bindSpin(deadline, jobSpec + QStringLiteral(".activeDeadlineSeconds"));

    QFormLayout *scalingForm = nullptr;
    auto *scaling = formGroup(tr("Scaling"), &scalingForm, content);
    auto *polling = new QSpinBox(scaling);
    auto *minimum = new QSpinBox(scaling);
    auto *maximum = new QSpinBox(scaling);
    makeOptionalSpin(polling, 1, 86400, tr("Default (30 s)"));
    polling->setSuffix(tr(" s"));
    makeOptionalSpin(minimum, 0, 100000, tr("Default (0)"));
    makeOptionalSpin(maximum, 0, 100000, tr("Default (100)"));
    auto *strategy = new QComboBox(scaling);
    strategy->addItems({QString(), QStringLiteral("default"), QStringLiteral("custom"), QStringLiteral("accurate"),
                        QStringLiteral("eager")});
    auto *deduction = new QSpinBox(scaling);
    makeOptionalSpin(deduction, 0, 100000, tr("Not set"));
    auto *runningPercentage = new QLineEdit(scaling);
    runningPercentage->setPlaceholderText(tr("e.g. 0.5 (custom strategy)"));
    scalingForm->addRow(tr("Polling interval:"), polling);
    scalingForm->addRow(tr("Minimum replicas:"), minimum);
    scalingForm->addRow(tr("Maximum replicas:"), maximum);
    scalingForm->addRow(tr("Scaling strategy:"), strategy);
    scalingForm->addRow(tr("Queue length deduction:"), deduction);
    scalingForm->addRow(tr("Running job percentage:"), runningPercentage);
    m_bindings->bindSpin(polling, QStringLiteral("spec.pollingInterval"));
    m_bindings->bindSpin(minimum, QStringLiteral("spec.minReplicaCount"));
    m_bindings->bindSpin(maximum, QStringLiteral("spec.maxReplicaCount"));
    m_bindings->bindCombo(strategy, QStringLiteral("spec.scalingStrategy.strategy"));
    m_bindings->bindSpin(deduction, QStringLiteral("spec.scalingStrategy.customScalingQueueLengthDeduction"));
    m_bindings->bindText(runningPercentage, QStringLiteral("spec.scalingStrategy.customScalingRunningJobPercentage"));

    QFormLayout *historyForm = nullptr;
    auto *history = formGroup(tr("History"), &historyForm, content);
    auto *successful = new QSpinBox(history);
    auto *failed = new QSpinBox(history);
    makeOptionalSpin(successful, 0, 1000, tr("Default (100)"));
    makeOptionalSpin(failed, 0, 1000, tr("Default (100)"));
    historyForm->addRow(tr("Successful jobs kept:"), successful);
    historyForm->addRow(tr("Failed jobs kept:"), failed);
    m_bindings->bindSpin(successful, QStringLiteral("spec.successfulJobsHistoryLimit"));
    m_bindings->bindSpin(failed, QStringLiteral("spec.failedJobsHistoryLimit"));

    auto *columns = new QHBoxLayout;
    columns->addWidget(job, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(scaling);
    right->addWidget(history);
    right->addStretch();
    columns->addLayout(right, 1);
    contentLayout->addLayout(columns);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void EditorScaledJobForm::setDocument(models::ManifestDocument *document)
{
    m_bindings->setDocument(document);
    m_triggers->setDocument(document);
    m_fallback->setDocument(document);
}

void EditorScaledJobForm::refresh()
{
    m_bindings->refresh();
    m_triggers->refresh();
    m_fallback->refresh();
}

void EditorScaledJobForm::showIssues(const std::vector<models::EditorIssue> &issues)
{
    m_bindings->showIssues(issues);
    m_triggers->showIssues(issues);
}

bool EditorScaledJobForm::focusField(const models::FieldPath &path)
{
    if (m_triggers->focusField(path))
        return true;
    if (QWidget *widget = m_bindings->widgetFor(path)) {
        revealWidget(widget);
        return true;
    }
    return m_fallback->focusField(path);
}

} // namespace kedascope::ui
