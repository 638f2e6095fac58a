// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/editorformpart.h"

class QLabel;

namespace kedascope::ui {

class EditorBindings;
class EditorItemTable;

// A TriggerAuthentication or ClusterTriggerAuthentication: where each parameter comes from (Secret
// keys, container env, ConfigMap keys) and the pod identity. Secret values are never fetched or shown.
class EditorTriggerAuthForm : public EditorFormPart
{
    Q_OBJECT
public:
    explicit EditorTriggerAuthForm(QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document) override;
    void refresh() override;
    void showIssues(const std::vector<models::EditorIssue> &issues) override;
    bool focusField(const models::FieldPath &path) override;

    EditorItemTable *secretTable() const { return m_secrets; }

private:
    EditorBindings *m_bindings;
    EditorItemTable *m_secrets;
    EditorItemTable *m_env;
    EditorItemTable *m_configMaps;
    QLabel *m_clusterNote;
    models::ManifestDocument *m_document = nullptr;
};

} // namespace kedascope::ui
