// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/editorformpart.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace kedascope::ui {

class EditorBindings;

// spec.fallback: one switch adds or removes the block; failure threshold, replicas and behavior.
// Unavailable (with the reason) for cpu/memory-only ScaledObjects and for ScaledJobs, as KEDA rules.
class EditorFallbackForm : public EditorFormPart
{
    Q_OBJECT
public:
    explicit EditorFallbackForm(QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document) override;
    void refresh() override;
    void showIssues(const std::vector<models::EditorIssue> &issues) override;
    bool focusField(const models::FieldPath &path) override;
    // Set for kinds that have no fallback at all (ScaledJob).
    void setUnavailableReason(const QString &reason);

    QGroupBox *group() const { return m_group; }
    QLabel *reasonLabel() const { return m_reason; }

private:
    void toggled(bool on);
    QString unavailableReason() const;

    models::ManifestDocument *m_document = nullptr;
    EditorBindings *m_bindings;
    QGroupBox *m_group;
    QLabel *m_reason;
    QSpinBox *m_failureThreshold;
    QSpinBox *m_replicas;
    QComboBox *m_behavior;
    QString m_kindReason;
};

} // namespace kedascope::ui
