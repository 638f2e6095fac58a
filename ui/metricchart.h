// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricstore.h"
#include "models/scrollingdecimation.h"
#include "models/timelineevent.h"
#include "ui/chartsegments.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <vector>

class QChart;
class QDateTimeAxis;
class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QLabel;
class QTimer;
class QValueAxis;

namespace kedascope::ui {

class ChartEventMarker;
class ChartInteractionView;
class ChartLegend;
class ChartTimeWindow;
class ChartTraceLayer;

// One chart: series of the metric store over the shared time window, decimated to one min/max
// stroke per pixel column (spikes survive, the cost does not grow with history), broken where data is
// missing, with horizontal levels (target, activation, replica bounds) and events as markers.
// Qt Charts draws the frame, axes and grid; the data is drawn by a layer of our own.
class MetricChart : public QWidget
{
    Q_OBJECT
public:
    struct Trace
    {
        QString key;
        QString label;
        QColor color; // invalid: the next colour of the palette
    };
    struct Level
    {
        QString label;
        double value = 0;
        QColor color;
        Qt::PenStyle style = Qt::DashLine;
    };

    MetricChart(models::MetricStore *store, ChartTimeWindow *window, QWidget *parent = nullptr);
    ~MetricChart() override;

    void setTitle(const QString &title);
    QString title() const;
    void setUnit(const QString &unit);
    QString unit() const { return m_unit; }
    void setTraces(const QList<Trace> &traces);
    QStringList traceKeys() const;
    void setLevels(const QList<Level> &levels);
    void setEvents(const models::TimelineEvents &events);
    void setTraceVisible(const QString &key, bool visible);
    bool isTraceVisible(const QString &key) const;
    static QColor paletteColor(int index);

    // Decimates and draws now (otherwise coalesced to once per event-loop pass).
    void refreshNow();

    // What is on screen, for tests and the bench.
    int plotColumns() const;
    int drawnPoints(const QString &key) const;
    int segmentCount(const QString &key) const;
    std::vector<TraceGap> gaps(const QString &key) const;
    QStringList gapReasons(const QString &key) const; // one per gap band
    QList<ChartEventMarker *> markers() const;
    double valueAxisMax() const;
    QList<QRectF> levelLabelRects() const; // the shown levels' labels, in scene coordinates
    QString readoutAt(qint64 timeMs) const; // the hover text at a time (plain text)

    // The visible series' samples in the window, every one: series,key,time_ms,time_utc,value,note.
    QString csv() const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path, QString *error = nullptr);
    void exportInteractively(bool asPng);

    ChartInteractionView *view() const { return m_view; }
    ChartLegend *legend() const { return m_legend; }
    QChart *chart() const { return m_chart; }
    ChartTimeWindow *timeWindow() const { return m_window; }

Q_SIGNALS:
    void refreshed();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct TraceState
    {
        Trace trace;
        bool visible = true;
        models::ScrollingDecimation decimation; // its buckets are what is drawn
        const std::vector<models::MetricBucket> &buckets() const { return decimation.buckets(); }
        TraceGeometry geometry;
    };
    struct LevelState
    {
        Level level;
        bool visible = true;
        QGraphicsLineItem *line = nullptr;
        QGraphicsSimpleTextItem *text = nullptr;
    };

    void scheduleRefresh();
    void onAppended(const QStringList &keys);
    void decimateTraces(const models::ColumnGrid &grid);
    void updateTimeAxis();
    void updateValueAxis();
    void placeLevels();
    void placeGapBands();
    void placeMarkers();
    void updateLegendValues();
    void showReadout(const QPointF &scenePosition);
    void hideReadout();
    qint64 timeAtX(qreal x) const;
    qreal xAtTime(qint64 timeMs) const;
    qreal yAtValue(double value) const;
    const TraceState *traceState(const QString &key) const;
    QString gapReasonFor(const QString &key, const TraceGap &gap) const;

    QPointer<models::MetricStore> m_store;
    ChartTimeWindow *m_window;
    QChart *m_chart;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    ChartInteractionView *m_view;
    ChartLegend *m_legend;
    ChartTraceLayer *m_layer;
    QGraphicsLineItem *m_crosshair;
    QGraphicsRectItem *m_readoutBox;
    QGraphicsTextItem *m_readoutText;
    QTimer *m_refreshTimer;

    QString m_unit;
    std::vector<TraceState> m_traces;
    std::vector<LevelState> m_levels;
    models::TimelineEvents m_events; // sorted by lastSeenMs
    QList<ChartEventMarker *> m_markers;
    QList<QGraphicsItem *> m_gapBands;
    QStringList m_gapBandReasons;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    double m_valueMin = 0;
    double m_valueMax = 1;
    qint64 m_axisFromMs = -1;
    qint64 m_axisToMs = -1;
    int m_nextColor = 0;
};

} // namespace kedascope::ui
