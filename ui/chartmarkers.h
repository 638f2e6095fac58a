// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/timelineevent.h"

#include <QGraphicsItem>

namespace kedascope::ui {

// A Kubernetes event on the time axis: a thin line through the plot and a symbol above it, a
// triangle in the warning colour for Warning events, a circle otherwise. Hover shows the event.
class ChartEventMarker : public QGraphicsItem
{
public:
    explicit ChartEventMarker(const models::TimelineEvent &event, QGraphicsItem *parent = nullptr);

    const models::TimelineEvent &event() const { return m_event; }
    static QString describe(const models::TimelineEvent &event); // the hover text, as HTML
    static QColor warningColor();

    void place(qreal x, qreal top, qreal bottom);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    models::TimelineEvent m_event;
    qreal m_height = 0;
};

// A stretch with no data, shaded, saying why on hover ("metrics unavailable: <reason>").
class ChartGapBand : public QGraphicsItem
{
public:
    ChartGapBand(const QRectF &rect, const QString &reason, QGraphicsItem *parent = nullptr);

    QString reason() const { return m_reason; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
    QString m_reason;
};

} // namespace kedascope::ui
