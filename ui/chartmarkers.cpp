// SPDX-License-Identifier: Apache-2.0
#include "ui/chartmarkers.h"

#include "ui/chartvalueformat.h"

#include <QCoreApplication>
#include <QPainter>

namespace kedascope::ui {

namespace {
constexpr qreal kSymbolSize = 9;
const QColor kNormalColor(0x45, 0x7b, 0x9d);
} // namespace

ChartEventMarker::ChartEventMarker(const models::TimelineEvent &event, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_event(event)
{
    setToolTip(describe(event));
    setAcceptHoverEvents(true);
    setZValue(event.warning ? 12 : 11);
}

QColor ChartEventMarker::warningColor()
{
    return QColor(0xd9, 0x6c, 0x00);
}

QString ChartEventMarker::describe(const models::TimelineEvent &event)
{
    QString text = QStringLiteral("<b>%1</b>").arg(event.reason.toHtmlEscaped());
    if (event.warning)
        text += QStringLiteral(" <span style='color:%1'>%2</span>")
                    .arg(warningColor().name(), QCoreApplication::translate("ChartEventMarker", "Warning"));
    text += QStringLiteral("<br>%1").arg(event.message.toHtmlEscaped());
    text += QStringLiteral("<br>%1").arg(formatChartTime(event.lastSeenMs, true));
    if (event.count > 1)
        text += QCoreApplication::translate("ChartEventMarker", " (%n times since %1)", nullptr, event.count)
                    .arg(formatChartTime(event.firstSeenMs, true));
    if (!event.objectName.isEmpty())
        text += QStringLiteral("<br>%1 %2/%3")
                    .arg(event.objectKind.toHtmlEscaped(), event.objectNamespace.toHtmlEscaped(),
                         event.objectName.toHtmlEscaped());
    return text;
}

void ChartEventMarker::place(qreal x, qreal top, qreal bottom)
{
    prepareGeometryChange();
    setPos(x, top);
    m_height = bottom - top;
}

QRectF ChartEventMarker::boundingRect() const
{
    return QRectF(-kSymbolSize / 2 - 1, -kSymbolSize - 1, kSymbolSize + 2, m_height + kSymbolSize + 2);
}

QPainterPath ChartEventMarker::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(-kSymbolSize / 2 - 1, -kSymbolSize - 1, kSymbolSize + 2, kSymbolSize + 2));
    path.addRect(QRectF(-2, 0, 4, m_height));
    return path;
}

void ChartEventMarker::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor color = m_event.warning ? warningColor() : kNormalColor;
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor lineColor = color;
    lineColor.setAlpha(m_event.warning ? 170 : 110);
    painter->setPen(QPen(lineColor, 1, Qt::DashLine));
    painter->drawLine(QPointF(0, 0), QPointF(0, m_height));
    painter->setPen(QPen(color.darker(130), 1));
    painter->setBrush(color);
    if (m_event.warning) {
        const QPointF triangle[3] = {QPointF(0, -kSymbolSize - 0.5), QPointF(kSymbolSize / 2 + 0.5, -0.5),
                                     QPointF(-kSymbolSize / 2 - 0.5, -0.5)};
        painter->drawPolygon(triangle, 3);
    } else {
        painter->drawEllipse(QPointF(0, -kSymbolSize / 2), kSymbolSize / 2 - 1, kSymbolSize / 2 - 1);
    }
}

ChartGapBand::ChartGapBand(const QRectF &rect, const QString &reason, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_rect(rect)
    , m_reason(reason)
{
    const QString why = reason.isEmpty() ? QCoreApplication::translate("ChartGapBand", "no samples arrived")
                                         : reason;
    setToolTip(QCoreApplication::translate("ChartGapBand", "Metrics unavailable: %1").arg(why));
    setZValue(1);
}

QRectF ChartGapBand::boundingRect() const
{
    return m_rect;
}

void ChartGapBand::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->fillRect(m_rect, QColor(0xc0, 0x39, 0x2b, 22));
    painter->fillRect(m_rect, QBrush(QColor(0xc0, 0x39, 0x2b, 60), Qt::BDiagPattern));
}

} // namespace kedascope::ui
