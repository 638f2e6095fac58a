// SPDX-License-Identifier: Apache-2.0
#include "ui/editortriggerauthform.h"

#include "ui/editorbindings.h"
#include "ui/editoritemtable.h"

#include "models/manifestdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace {

QGroupBox *tableGroup(const QString &title, const QString &hint, EditorItemTable *table, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    auto *label = new QLabel(hint, group);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(table);
    return group;
}

} // namespace

EditorTriggerAuthForm::EditorTriggerAuthForm(QWidget *parent)
    : EditorFormPart(parent), m_bindings(new EditorBindings(this)),
      m_secrets(new EditorItemTable({{QStringLiteral("parameter"), tr("Parameter"), false},
                                     {QStringLiteral("name"), tr("Secret"), false},
                                     {QStringLiteral("key"), tr("Key"), false}})),
      m_env(new EditorItemTable({{QStringLiteral("parameter"), tr("Parameter"), false},
                                 {QStringLiteral("name"), tr("Variable"), false},
                                 {QStringLiteral("containerName"), tr("Container"), false}})),
      m_configMaps(new EditorItemTable({{QStringLiteral("parameter"), tr("Parameter"), false},
                                        {QStringLiteral("name"), tr("ConfigMap"), false},
                                        {QStringLiteral("key"), tr("Key"), false}})),
      m_clusterNote(new QLabel(this))
{
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    m_clusterNote->setWordWrap(true);
    m_clusterNote->setText(tr("A ClusterTriggerAuthentication reads its Secrets and ConfigMaps from KEDA's own "
                              "namespace."));
    contentLayout->addWidget(m_clusterNote);
    contentLayout->addWidget(tableGroup(tr("From Secrets"),
                                        tr("Each parameter is read from a key of a Secret. Kedascope names the "
                                           "Secret and key only; their values are never fetched or shown."),
                                        m_secrets, content));
    contentLayout->addWidget(tableGroup(tr("From environment variables"),
                                        tr("Each parameter is read from an environment variable of the scale "
                                           "target's container."),
                                        m_env, content));
    contentLayout->addWidget(tableGroup(tr("From ConfigMaps"), tr("Each parameter is read from a key of a ConfigMap."),
                                        m_configMaps, content));

    QFormLayout *identityForm = nullptr;
    auto *identity = formGroup(tr("Pod identity"), &identityForm, content);
    auto *provider = new QComboBox(identity);
    provider->addItems({QString(), QStringLiteral("none"), QStringLiteral("azure-workload"), QStringLiteral("aws"),
                        QStringLiteral("aws-eks"), QStringLiteral("gcp")});
    auto *identityId = new QLineEdit(identity);
    identityId->setPlaceholderText(tr("Azure: the managed identity's client ID"));
    auto *roleArn = new QLineEdit(identity);
    roleArn->setPlaceholderText(tr("AWS: arn:aws:iam::…:role/…"));
    auto *identityOwner = new QComboBox(identity);
    identityOwner->addItems({QString(), QStringLiteral("keda"), QStringLiteral("workload")});
    identityForm->addRow(tr("Provider:"), provider);
    identityForm->addRow(tr("Identity ID:"), identityId);
    identityForm->addRow(tr("Role ARN:"), roleArn);
    identityForm->addRow(tr("Identity owner:"), identityOwner);
    m_bindings->bindCombo(provider, QStringLiteral("spec.podIdentity.provider"));
    m_bindings->bindText(identityId, QStringLiteral("spec.podIdentity.identityId"));
    m_bindings->bindText(roleArn, QStringLiteral("spec.podIdentity.roleArn"));
    m_bindings->bindCombo(identityOwner, QStringLiteral("spec.podIdentity.identityOwner"));
    contentLayout->addWidget(identity);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void EditorTriggerAuthForm::setDocument(models::ManifestDocument *document)
{
    m_document = document;
    m_bindings->setDocument(document);
    m_secrets->setDocument(document, models::path(QStringLiteral("spec.secretTargetRef")));
    m_env->setDocument(document, models::path(QStringLiteral("spec.env")));
    m_configMaps->setDocument(document, models::path(QStringLiteral("spec.configMapTargetRef")));
    refresh();
}

void EditorTriggerAuthForm::refresh()
{
    m_bindings->refresh();
    m_secrets->refresh();
    m_env->refresh();
    m_configMaps->refresh();
    m_clusterNote->setVisible(m_document && m_document->kind() == QLatin1String("ClusterTriggerAuthentication"));
}

void EditorTriggerAuthForm::showIssues(const std::vector<models::EditorIssue> &issues)
{
    m_bindings->showIssues(issues);
}

bool EditorTriggerAuthForm::focusField(const models::FieldPath &path)
{
    QWidget *widget = m_bindings->widgetFor(path);
    if (!widget && path.startsWith(models::path(QStringLiteral("spec.secretTargetRef"))))
        widget = m_secrets->table();
    if (!widget && path.startsWith(models::path(QStringLiteral("spec.env"))))
        widget = m_env->table();
    if (!widget && path.startsWith(models::path(QStringLiteral("spec.configMapTargetRef"))))
        widget = m_configMaps->table();
    if (!widget)
        return false;
    revealWidget(widget);
    return true;
}

} // namespace kedascope::ui
