// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/objecttablemodel.h"
#include "models/scaledjobroles.h"

namespace kedascope::models {

struct ScaledJobRow : ObjectRow
{
    std::optional<qint64> minReplicas;
    std::optional<qint64> maxReplicas;
    QString strategy;
    QStringList triggerTypes;
    QStringList triggerNames;
    ConditionState ready;
    ConditionState active;
    ConditionState paused;
    bool pausedByAnnotation = false;
    PauseInfo pause;
    TimePoint lastActive;
};

class ScaledJobModel : public ObjectTableModel
{
    Q_OBJECT
public:
    explicit ScaledJobModel(QObject *parent = nullptr);

    // Thread-safe: the model may parse large lists off the GUI thread.
    static std::unique_ptr<ObjectRow> parseObject(const k8s::json::Value &object);

protected:
    int columns() const override { return ScaledJobColumn::Count; }
    QString columnTitle(int column) const override;
    RowParser rowParser() const override { return &parseObject; }
    QVariant cellData(const ObjectRow &row, int column, int role) const override;
    QList<int> timeColumns() const override;
};

} // namespace kedascope::models
