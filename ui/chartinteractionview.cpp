// SPDX-License-Identifier: Apache-2.0
#include "ui/chartinteractionview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>

namespace kedascope::ui {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kKeyPanFraction = 0.1;
} // namespace

ChartInteractionView::ChartInteractionView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
}

double ChartInteractionView::anchorAt(const QPointF &viewPosition) const
{
    const QRectF plot = chart()->plotArea();
    if (plot.width() <= 0)
        return 1.0;
    const QPointF scene = mapToScene(viewPosition.toPoint());
    return std::clamp((scene.x() - plot.left()) / plot.width(), 0.0, 1.0);
}

void ChartInteractionView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    const double factor = delta > 0 ? 1.0 / kZoomStep : kZoomStep;
    Q_EMIT zoomRequested(factor, anchorAt(event->position()));
    event->accept();
}

void ChartInteractionView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartInteractionView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const double width = chart()->plotArea().width();
        const double dx = event->position().x() - m_dragFrom.x();
        if (width > 0 && dx != 0) {
            m_dragFrom = event->position();
            Q_EMIT panRequested(-dx / width);
        }
    }
    Q_EMIT hovered(mapToScene(event->position().toPoint()));
    QChartView::mouseMoveEvent(event);
}

void ChartInteractionView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartInteractionView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        Q_EMIT zoomRequested(1.0 / kZoomStep, 0.5);
        break;
    case Qt::Key_Minus:
        Q_EMIT zoomRequested(kZoomStep, 0.5);
        break;
    case Qt::Key_Left:
        Q_EMIT panRequested(-kKeyPanFraction);
        break;
    case Qt::Key_Right:
        Q_EMIT panRequested(kKeyPanFraction);
        break;
    case Qt::Key_End:
        Q_EMIT liveRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartInteractionView::leaveEvent(QEvent *event)
{
    Q_EMIT left();
    QChartView::leaveEvent(event);
}

} // namespace kedascope::ui
