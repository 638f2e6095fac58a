// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/timelineevent.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace kedascope::models {
class MetricStore;
}

namespace kedascope::ui {

class ChartTimeWindow;
class MetricChart;

// The charts of one ScaledObject on one time axis: a chart per trigger (its value, the Prometheus
// history when there is one, the target and activation lines) and one of replicas (current, desired,
// min, max, paused level), with KEDA's events as markers. A toolbar picks the range, follows live or
// freezes, and exports what is shown.
class ObjectChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectChartPanel(models::MetricStore *store, QWidget *parent = nullptr);

    void setObject(const QString &context, const QString &ns, const QString &name); // empty name: none
    QString chartedNamespace() const { return m_ns; }
    QString chartedName() const { return m_name; }
    void setEvents(const models::TimelineEvents &events);

    ChartTimeWindow *timeWindow() const { return m_window; }
    QList<MetricChart *> charts() const { return m_charts; }
    MetricChart *replicaChart() const { return m_replicaChart; }
    QComboBox *rangeBox() const { return m_range; }
    QToolButton *liveButton() const { return m_live; }

    // Every shown chart's data in one CSV (one header line), and all charts as one image.
    QString csv() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void chartsRebuilt();
    void customRangeRequested(); // for tests; the dialog is opened by the panel itself

private:
    void rebuild();
    void onAppended(const QStringList &keys);
    void updateLevels();
    void updateHint();
    void chooseCustomRange();
    void exportInteractively(bool asPng);
    QStringList triggerIndexes() const;

    QPointer<models::MetricStore> m_store;
    ChartTimeWindow *m_window;
    QComboBox *m_range;
    QToolButton *m_live;
    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_chartArea;
    QVBoxLayout *m_chartLayout;
    QList<MetricChart *> m_charts;
    MetricChart *m_replicaChart = nullptr;
    QString m_context;
    QString m_ns;
    QString m_name;
    QStringList m_shownKeys;
    models::TimelineEvents m_events;
};

} // namespace kedascope::ui
