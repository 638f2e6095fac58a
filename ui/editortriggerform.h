// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/editorformpart.h"

#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace kedascope::k8s::keda {
struct ScalerType;
struct ScalerField;
} // namespace kedascope::k8s::keda

namespace kedascope::models {
class EditorClusterLookup;
}

namespace kedascope::ui {

class EditorBindings;
class EditorKeyValueTable;

// One trigger: its type (searchable, from the scaler catalog), name, metric type, cached metrics,
// authentication, and its metadata as typed fields from the catalog (required ones marked, defaults
// as placeholders, descriptions as tooltips, activation thresholds beside their thresholds, secrets
// flagged with an offer to move them); keys the catalog does not know as key/value rows.
class EditorTriggerForm : public EditorFormPart
{
    Q_OBJECT
public:
    EditorTriggerForm(models::EditorClusterLookup *lookup, QWidget *parent = nullptr);

    void setDocument(models::ManifestDocument *document) override;
    // Which trigger of the list (its array path) the form shows; an empty path shows nothing.
    void setTrigger(const models::FieldPath &triggerPath);
    const models::FieldPath &trigger() const { return m_trigger; }
    void refresh() override;
    void showIssues(const std::vector<models::EditorIssue> &issues) override;
    bool focusField(const models::FieldPath &path) override;

    QComboBox *typeBox() const { return m_type; }
    QComboBox *metricTypeBox() const { return m_metricType; }
    // The widget of metadata key `key`, or null.
    QWidget *metadataWidget(const QString &key) const;

Q_SIGNALS:
    // The user wants the inline secret `key` of this trigger moved to a TriggerAuthentication.
    void moveSecretRequested(const models::FieldPath &triggerPath, const QString &key);

private:
    void typeChosen(const QString &type);
    void rebuildMetadata();
    QWidget *fieldWidget(const k8s::keda::ScalerField &field, const QString &key);
    void addFieldRow(const k8s::keda::ScalerType &scaler, const k8s::keda::ScalerField &field);
    void updateSecretNotes();
    void updateAuthNames();
    QString currentType() const;

    models::EditorClusterLookup *m_lookup;
    models::ManifestDocument *m_document = nullptr;
    models::FieldPath m_trigger;
    EditorBindings *m_bindings;
    EditorBindings *m_metadataBindings;
    QComboBox *m_type;
    QLabel *m_typeDescription;
    QLineEdit *m_name;
    QComboBox *m_metricType;
    QCheckBox *m_cached;
    QComboBox *m_authKind;
    QComboBox *m_authName;
    QGroupBox *m_metadataGroup;
    QFormLayout *m_metadataForm;
    QGroupBox *m_otherGroup;
    EditorKeyValueTable *m_other;
    QHash<QString, QWidget *> m_secretNotes; // by metadata key
    QString m_shownType;
    bool m_shownTypeKnown = false;
};

} // namespace kedascope::ui
