// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricstore.h"
#include "ui/chartsegments.h"

#include <QColor>
#include <QGraphicsItem>
#include <QImage>

namespace kedascope::ui {

// The plot area's data, drawn as one image: per pixel column a vertical stroke from the column's
// min to its max, joined to the neighbouring columns, so spikes survive decimation. Drawing writes
// pixels directly, so a frame costs the same for any history length and any data shape.
class ChartTraceLayer : public QGraphicsItem
{
public:
    explicit ChartTraceLayer(QGraphicsItem *parent = nullptr);

    // The plot area in scene coordinates; the image has one column per device pixel.
    void setArea(const QRectF &area, qreal devicePixelRatio);
    QRectF area() const { return m_area; }
    int columns() const { return m_image.width(); }

    void beginFrame(double valueMin, double valueMax);
    void drawTrace(const std::vector<models::MetricBucket> &buckets, const TraceGeometry &geometry,
                   const QColor &color);
    void endFrame();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int rowOf(double value) const;
    void stroke(int column, int fromRow, int toRow, quint32 pixel);

    QRectF m_area;
    QImage m_image;
    double m_valueMin = 0;
    double m_valueMax = 1;
    // Set by beginFrame for the frame's strokes: the pixels, their stride, and value-to-row scale.
    quint32 *m_bits = nullptr;
    qsizetype m_stride = 0;
    int m_width = 0;
    int m_height = 0;
    double m_rowsPerValue = 0;
};

} // namespace kedascope::ui
