// SPDX-License-Identifier: Apache-2.0
#include "ui/charttracelayer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace kedascope::ui {

ChartTraceLayer::ChartTraceLayer(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void ChartTraceLayer::setArea(const QRectF &area, qreal devicePixelRatio)
{
    const int width = std::max(1, int(std::lround(area.width() * devicePixelRatio)));
    const int height = std::max(1, int(std::lround(area.height() * devicePixelRatio)));
    if (area != m_area)
        prepareGeometryChange();
    m_area = area;
    if (m_image.width() != width || m_image.height() != height) {
        m_image = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
        m_image.fill(Qt::transparent);
    }
    m_image.setDevicePixelRatio(devicePixelRatio);
}

void ChartTraceLayer::beginFrame(double valueMin, double valueMax)
{
    m_valueMin = valueMin;
    m_valueMax = valueMax > valueMin ? valueMax : valueMin + 1;
    m_image.fill(Qt::transparent);
}

int ChartTraceLayer::rowOf(double value) const
{
    const double fraction = (m_valueMax - value) / (m_valueMax - m_valueMin);
    const double row = fraction * double(m_image.height() - 1);
    return int(std::lround(std::clamp(row, -2.0, double(m_image.height() + 1))));
}

void ChartTraceLayer::stroke(int column, int fromRow, int toRow, quint32 pixel)
{
    if (column < 0 || column >= m_image.width())
        return;
    // Two pixels thick, so flat lines read as well as steep ones.
    const int top = std::max(0, std::min(fromRow, toRow));
    const int bottom = std::min(m_image.height() - 1, std::max(fromRow, toRow) + 1);
    auto *bits = reinterpret_cast<quint32 *>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / 4;
    for (int row = top; row <= bottom; ++row)
        bits[row * stride + column] = pixel;
}

void ChartTraceLayer::drawTrace(const std::vector<models::MetricBucket> &buckets, const TraceGeometry &geometry,
                                const QColor &color)
{
    const quint32 pixel = qPremultiply(color.rgba());
    for (const TraceSegment &segment : geometry.segments) {
        int previousColumn = -1;
        int previousRow = 0;
        for (int column = segment.firstColumn; column <= segment.lastColumn; ++column) {
            const models::MetricBucket &bucket = buckets[size_t(column)];
            if (bucket.count <= 0)
                continue;
            const int firstRow = rowOf(bucket.first);
            if (previousColumn >= 0) {
                // Bridge the empty columns since the last one with samples.
                int fromRow = previousRow;
                const int distance = column - previousColumn;
                for (int step = 1; step < distance; ++step) {
                    const int row = previousRow + int(std::lround(double(firstRow - previousRow) * step / distance));
                    stroke(previousColumn + step, fromRow, row, pixel);
                    fromRow = row;
                }
                previousRow = fromRow;
            } else {
                previousRow = firstRow;
            }
            const int top = std::min({previousRow, rowOf(bucket.max), firstRow});
            const int bottom = std::max({previousRow, rowOf(bucket.min), firstRow});
            stroke(column, top, bottom, pixel);
            previousColumn = column;
            previousRow = rowOf(bucket.last);
        }
    }
}

void ChartTraceLayer::endFrame()
{
    update();
}

QRectF ChartTraceLayer::boundingRect() const
{
    return m_area;
}

void ChartTraceLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->drawImage(m_area.topLeft(), m_image);
}

} // namespace kedascope::ui
