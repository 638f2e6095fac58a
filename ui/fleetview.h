// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTableView;

namespace kedascope::models {
class MetricStore;
}

namespace kedascope::ui {

class FleetModel;

// The fleet view: the N triggers with the longest queues or the highest ratio to their target,
// with sparklines; activating a row shows that ScaledObject.
class FleetView : public QWidget
{
    Q_OBJECT
public:
    explicit FleetView(models::MetricStore *store, QWidget *parent = nullptr);

    void setContext(const QString &context);
    FleetModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void objectActivated(const QString &ns, const QString &name);

private:
    FleetModel *m_model;
    QComboBox *m_order;
    QSpinBox *m_limit;
    QTableView *m_table;
};

} // namespace kedascope::ui
