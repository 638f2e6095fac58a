// SPDX-License-Identifier: Apache-2.0
#include "ui/editorformstack.h"

#include "ui/editorscaledjobform.h"
#include "ui/editorscaledobjectform.h"
#include "ui/editortriggerauthform.h"

#include "models/manifestdocument.h"

#include <QLabel>

namespace kedascope::ui {

EditorFormStack::EditorFormStack(models::EditorClusterLookup *lookup, QWidget *parent)
    : QStackedWidget(parent), m_scaledObject(new EditorScaledObjectForm(lookup, this)),
      m_scaledJob(new EditorScaledJobForm(lookup, this)), m_triggerAuth(new EditorTriggerAuthForm(this)),
      m_other(new QLabel(this))
{
    setAccessibleName(tr("Form"));
    m_other->setAlignment(Qt::AlignCenter);
    m_other->setWordWrap(true);
    m_other->setMargin(24);
    for (QWidget *page : {static_cast<QWidget *>(m_other), static_cast<QWidget *>(m_scaledObject),
                          static_cast<QWidget *>(m_scaledJob), static_cast<QWidget *>(m_triggerAuth)})
        addWidget(page);
}

EditorFormPart *EditorFormStack::formFor(const QString &kind) const
{
    if (!m_document || !m_document->isKeda())
        return nullptr;
    if (kind == QLatin1String("ScaledObject"))
        return m_scaledObject;
    if (kind == QLatin1String("ScaledJob"))
        return m_scaledJob;
    if (kind == QLatin1String("TriggerAuthentication") || kind == QLatin1String("ClusterTriggerAuthentication"))
        return m_triggerAuth;
    return nullptr;
}

void EditorFormStack::setDocument(models::ManifestDocument *document)
{
    m_document = document;
    m_kind = document ? document->kind() : QString();
    EditorFormPart *form = formFor(m_kind);
    for (EditorFormPart *part : {static_cast<EditorFormPart *>(m_scaledObject),
                                 static_cast<EditorFormPart *>(m_scaledJob),
                                 static_cast<EditorFormPart *>(m_triggerAuth)})
        part->setDocument(part == form ? document : nullptr);
    m_current = form;
    if (form) {
        setCurrentWidget(form);
        form->refresh();
        return;
    }
    if (!document)
        m_other->setText(tr("No document."));
    else if (m_kind.isEmpty())
        m_other->setText(tr("This document names no kind yet. Write apiVersion and kind in the YAML, e.g. "
                            "keda.sh/v1alpha1 and ScaledObject."));
    else
        m_other->setText(tr("%1 has no form here; edit it in the YAML on the right. Diff, dry run and apply "
                            "work for it as for the KEDA objects.")
                             .arg(m_kind));
    setCurrentWidget(m_other);
}

void EditorFormStack::refresh()
{
    if (!m_document)
        return;
    if (m_document->kind() != m_kind) {
        setDocument(m_document);
        return;
    }
    if (m_current)
        m_current->refresh();
}

void EditorFormStack::showIssues(const std::vector<models::EditorIssue> &issues)
{
    if (m_current)
        m_current->showIssues(issues);
}

bool EditorFormStack::focusField(const models::FieldPath &path)
{
    return m_current && m_current->focusField(path);
}

} // namespace kedascope::ui
