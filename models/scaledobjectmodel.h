// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/objecttablemodel.h"
#include "models/scaledobjectroles.h"

#include <QHash>

namespace kedascope::models {

struct ScaledObjectRow : ObjectRow
{
    QString targetKind;
    QString targetName;
    std::optional<qint64> minReplicas;
    std::optional<qint64> maxReplicas;
    std::optional<qint64> pausedReplicas; // status.pausedReplicaCount while paused
    QString hpaName;
    QStringList triggerTypes;
    QStringList triggerNames;
    ConditionState ready;
    ConditionState active;
    ConditionState fallback;
    ConditionState paused;
    bool pausedByAnnotation = false;
    PauseInfo pause;
    TimePoint lastActive;
};

// Replica counts of one HPA, from its status.
struct HpaReplicas
{
    qint64 current = 0;
    qint64 desired = 0;
};

// ScaledObjects, one row each. Replicas come from KEDA's HPA (status.hpaName), fed through
// setHpaReplicas or, when the connection also watches HPAs, from its HPA events.
class ScaledObjectModel : public ObjectTableModel
{
    Q_OBJECT
public:
    explicit ScaledObjectModel(QObject *parent = nullptr);

    void setConnection(ClusterConnection *connection) override;

    void setHpaReplicas(const QString &ns, const QString &hpaName, HpaReplicas replicas);
    void removeHpa(const QString &ns, const QString &hpaName);
    // Reads an HPA object's status.currentReplicas/desiredReplicas; false when it has no status yet.
    static bool parseHpa(const k8s::CachedObject &hpa, HpaReplicas *replicas);

    // Thread-safe: the model may parse large lists off the GUI thread.
    static std::unique_ptr<ObjectRow> parseObject(const k8s::json::Value &object);

protected:
    int columns() const override { return ScaledObjectColumn::Count; }
    QString columnTitle(int column) const override;
    RowParser rowParser() const override { return &parseObject; }
    QVariant cellData(const ObjectRow &row, int column, int role) const override;
    QList<int> timeColumns() const override;
    void rowStored(const ObjectRow *previous, const ObjectRow *current) override;

private:
    static QString hpaKey(const QString &ns, const QString &hpaName);
    std::optional<HpaReplicas> hpaOf(const ScaledObjectRow &row) const;
    int stateFlags(const ScaledObjectRow &row) const;
    void hpaChanged(const QString &key);
    void applyHpaObjects(const ObjectList &objects, bool replaceAll);

    QHash<QString, HpaReplicas> m_hpas;    // by namespace/hpaName
    QHash<QString, QString> m_objectByHpa; // namespace/hpaName -> the row's key
};

} // namespace kedascope::models
