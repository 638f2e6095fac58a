// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChartView>

namespace kedascope::ui {

// The view a chart is shown in, turning mouse and keys into time-window requests: the wheel and
// +/- zoom, dragging and the arrow keys pan, End returns to live; hovering reports the position.
class ChartInteractionView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartInteractionView(QChart *chart, QWidget *parent = nullptr);

Q_SIGNALS:
    void zoomRequested(double factor, double anchor);
    void panRequested(double fraction);
    void liveRequested();
    void hovered(const QPointF &scenePosition);
    void left();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    double anchorAt(const QPointF &viewPosition) const;

    bool m_dragging = false;
    QPointF m_dragFrom;
};

} // namespace kedascope::ui
