// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace kedascope::models {
class MetricStore;
}

namespace kedascope::ui {

// The fleet at a glance: the triggers of one context with the longest queues or the highest
// metric-to-target ratios (the N first), each with its recent values for a sparkline. Reads the
// metric store: a trigger's external-metrics value, else the KEDA operator's keda_scaler_metrics_value.
class FleetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ObjectColumn, TriggerColumn, ValueColumn, TargetColumn, RatioColumn, TrendColumn, ColumnCount };
    enum Role {
        SparklineRole = Qt::UserRole + 1, // QVariantList of doubles, NaN where data is missing
        NamespaceRole,
        NameRole,
        RatioRole, // double, NaN without a target
    };
    enum class Order { ByRatio, ByValue };

    explicit FleetModel(models::MetricStore *store, QObject *parent = nullptr);

    void setContext(const QString &context);
    void setOrder(Order order);
    Order order() const { return m_order; }
    void setLimit(int rows);
    int limit() const { return m_limit; }
    void setSparklineSpanMs(qint64 ms);
    void setClock(std::function<qint64()> nowMs);
    void refresh(); // reads the store again now (otherwise at most once a second)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString ns;
        QString name;
        int trigger = 0;
        QString label;
        QString unit;
        QString key;
        double value = 0;
        double target = 0;
        double ratio = 0;
        QString gapReason;
        QVariantList sparkline;
    };

    QPointer<models::MetricStore> m_store;
    QString m_context;
    Order m_order = Order::ByRatio;
    int m_limit = 20;
    qint64 m_sparklineSpanMs = 15 * 60 * 1000;
    std::function<qint64()> m_now;
    std::vector<Row> m_rows;
    QTimer m_timer;
};

} // namespace kedascope::ui
