// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/editorformpart.h"

namespace kedascope::models {
class EditorClusterLookup;
}

namespace kedascope::ui {

class EditorTriggerForm;
class EditorTriggerList;

// The triggers of an object: the list on the left, the selected trigger's form on the right.
class EditorTriggersPage : public EditorFormPart
{
    Q_OBJECT
public:
    EditorTriggersPage(models::EditorClusterLookup *lookup, QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document) override;
    void refresh() override;
    void showIssues(const std::vector<models::EditorIssue> &issues) override;
    bool focusField(const models::FieldPath &path) override;

    EditorTriggerList *list() const { return m_list; }
    EditorTriggerForm *form() const { return m_form; }

private:
    void showTrigger(int index);

    models::ManifestDocument *m_document = nullptr;
    EditorTriggerList *m_list;
    EditorTriggerForm *m_form;
    std::vector<models::EditorIssue> m_issues;
};

} // namespace kedascope::ui
