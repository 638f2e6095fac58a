// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/editorformpart.h"

class QComboBox;
class QTabWidget;

namespace kedascope::models {
class EditorClusterLookup;
}

namespace kedascope::ui {

class EditorAdvancedForm;
class EditorBindings;
class EditorFallbackForm;
class EditorTriggersPage;

// A ScaledObject: scale target and replica settings, triggers, fallback and advanced settings as tabs.
class EditorScaledObjectForm : public EditorFormPart
{
    Q_OBJECT
public:
    EditorScaledObjectForm(models::EditorClusterLookup *lookup, QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document) override;
    void refresh() override;
    void showIssues(const std::vector<models::EditorIssue> &issues) override;
    bool focusField(const models::FieldPath &path) override;

    QTabWidget *tabs() const { return m_tabs; }
    EditorTriggersPage *triggers() const { return m_triggers; }
    EditorFallbackForm *fallback() const { return m_fallback; }
    EditorAdvancedForm *advanced() const { return m_advanced; }
    // The Scaling page's widget of `path` (e.g. spec.maxReplicaCount), or null.
    QWidget *fieldWidget(const models::FieldPath &path) const;

private:
    QWidget *buildScalingPage();
    void updateTargetNames();

    models::EditorClusterLookup *m_lookup;
    models::ManifestDocument *m_document = nullptr;
    EditorBindings *m_bindings;
    QTabWidget *m_tabs;
    QComboBox *m_targetKind;
    QComboBox *m_targetName;
    EditorTriggersPage *m_triggers;
    EditorFallbackForm *m_fallback;
    EditorAdvancedForm *m_advanced;
};

} // namespace kedascope::ui
