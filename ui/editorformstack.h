// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/editorissue.h"

#include <QStackedWidget>

#include <vector>

class QLabel;

namespace kedascope::models {
class EditorClusterLookup;
class ManifestDocument;
} // namespace kedascope::models

namespace kedascope::ui {

class EditorFormPart;
class EditorScaledJobForm;
class EditorScaledObjectForm;
class EditorTriggerAuthForm;

// The form that fits the document's kind (ScaledObject, ScaledJob, (Cluster)TriggerAuthentication),
// or a page saying that other kinds are edited as YAML.
class EditorFormStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit EditorFormStack(models::EditorClusterLookup *lookup, QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document);
    // The document changed: picks the form again if the kind changed, else refreshes it.
    void refresh();
    void showIssues(const std::vector<models::EditorIssue> &issues);
    bool focusField(const models::FieldPath &path);
    EditorFormPart *currentForm() const { return m_current; }

    EditorScaledObjectForm *scaledObjectForm() const { return m_scaledObject; }
    EditorScaledJobForm *scaledJobForm() const { return m_scaledJob; }
    EditorTriggerAuthForm *triggerAuthForm() const { return m_triggerAuth; }
    QLabel *otherKindLabel() const { return m_other; }

private:
    EditorFormPart *formFor(const QString &kind) const;

    models::ManifestDocument *m_document = nullptr;
    EditorScaledObjectForm *m_scaledObject;
    EditorScaledJobForm *m_scaledJob;
    EditorTriggerAuthForm *m_triggerAuth;
    QLabel *m_other;
    EditorFormPart *m_current = nullptr;
    QString m_kind;
};

} // namespace kedascope::ui
