// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/editorformpart.h"

class QTabWidget;

namespace kedascope::models {
class EditorClusterLookup;
}

namespace kedascope::ui {

class EditorBindings;
class EditorFallbackForm;
class EditorTriggersPage;

// A ScaledJob: the job template's basics, polling, replica limits, scaling strategy and history
// limits; its triggers as for a ScaledObject; fallback shown as not available.
class EditorScaledJobForm : public EditorFormPart
{
    Q_OBJECT
public:
    EditorScaledJobForm(models::EditorClusterLookup *lookup, QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document) override;
    void refresh() override;
    void showIssues(const std::vector<models::EditorIssue> &issues) override;
    bool focusField(const models::FieldPath &path) override;
    EditorTriggersPage *triggers() const { return m_triggers; }

private:
    QWidget *buildJobPage();

    EditorBindings *m_bindings;
    QTabWidget *m_tabs;
    EditorTriggersPage *m_triggers;
    EditorFallbackForm *m_fallback;
};

} // namespace kedascope::ui
