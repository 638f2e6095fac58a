// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/editorformpart.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kedascope::ui {

class EditorBindings;
class EditorItemTable;

// spec.advanced: the HPA's name and scale-up/scale-down behavior (stabilization window, select policy,
// policies), restoreToOriginalReplicaCount, and scaling modifiers with the formula checked against the
// trigger names as KEDA checks it.
class EditorAdvancedForm : public EditorFormPart
{
    Q_OBJECT
public:
    explicit EditorAdvancedForm(QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document) override;
    void refresh() override;
    void showIssues(const std::vector<models::EditorIssue> &issues) override;
    bool focusField(const models::FieldPath &path) override;

    QLineEdit *formulaEdit() const { return m_formula; }
    QLabel *formulaCheck() const { return m_formulaCheck; }

private:
    QGroupBox *behaviorGroup(const QString &title, const QString &direction);
    void checkFormula();
    void modifiersToggled(bool on);

    models::ManifestDocument *m_document = nullptr;
    EditorBindings *m_bindings;
    QList<QPair<QString, EditorItemTable *>> m_policyPaths;
    QGroupBox *m_modifiers;
    QLineEdit *m_formula;
    QLabel *m_formulaCheck;
};

} // namespace kedascope::ui
