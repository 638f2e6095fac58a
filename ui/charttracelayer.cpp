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
    // Looked up once a frame: bits() on a non-const image checks for sharing on every call.
    m_bits = reinterpret_cast<quint32 *>(m_image.bits());
    m_stride = m_image.bytesPerLine() / 4;
    m_width = m_image.width();
    m_height = m_image.height();
    m_rowsPerValue = double(m_height - 1) / (m_valueMax - m_valueMin);
}

int ChartTraceLayer::rowOf(double value) const
{
    const double row = std::clamp((m_valueMax - value) * m_rowsPerValue, -2.0, double(m_height + 1));
    // To the nearest row (halves down the image) without a library call; row >= -2 here.
    return int(row + 2.5) - 2;
}

void ChartTraceLayer::stroke(int column, int fromRow, int toRow, quint32 pixel)
{
    if (column < 0 || column >= m_width)
        return;
    // Two pixels thick, so flat lines read as well as steep ones.
    const int top = std::max(0, std::min(fromRow, toRow));
    const int bottom = std::min(m_height - 1, std::max(fromRow, toRow) + 1);
    quint32 *pixelAt = m_bits + top * m_stride + column;
    for (int row = top; row <= bottom; ++row, pixelAt += m_stride)
        *pixelAt = pixel;
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
