// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/objecttablemodel.h"
#include "models/triggerauthroles.h"

namespace kedascope::models {

struct TriggerAuthRow : ObjectRow
{
    QStringList sourceKinds; // the spec's top-level keys that name a secret source
    QString podIdentityProvider;
    int secretRefs = 0; // secretTargetRef + configMapTargetRef entries
};

// TriggerAuthentications, or ClusterTriggerAuthentications (cluster-scoped: no namespace).
class TriggerAuthModel : public ObjectTableModel
{
    Q_OBJECT
public:
    enum class Kind { TriggerAuthentication, ClusterTriggerAuthentication };
    explicit TriggerAuthModel(Kind kind, QObject *parent = nullptr);
    Kind kind() const { return m_kind; }

    // Thread-safe: the model may parse large lists off the GUI thread.
    static std::unique_ptr<ObjectRow> parseObject(const k8s::json::Value &object);

protected:
    int columns() const override { return TriggerAuthColumn::Count; }
    QString columnTitle(int column) const override;
    RowParser rowParser() const override { return &parseObject; }
    QVariant cellData(const ObjectRow &row, int column, int role) const override;
    QList<int> timeColumns() const override;

private:
    QString sourcesText(const TriggerAuthRow &row) const;
    Kind m_kind;
};

} // namespace kedascope::models
