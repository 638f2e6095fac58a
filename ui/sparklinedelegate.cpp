// SPDX-License-Identifier: Apache-2.0
#include "ui/sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace kedascope::ui {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QVariantList values = index.data(m_role).toList();
    double low = 0;
    double high = 0;
    bool any = false;
    for (const QVariant &value : values) {
        const double v = value.toDouble();
        if (!std::isfinite(v))
            continue;
        low = any ? std::min(low, v) : v;
        high = any ? std::max(high, v) : v;
        any = true;
    }
    if (!any || values.size() < 2)
        return;
    if (high <= low)
        high = low + 1;
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    QPainterPath path;
    bool open = false;
    for (int i = 0; i < values.size(); ++i) {
        const double v = values.at(i).toDouble();
        if (!std::isfinite(v)) {
            open = false;
            continue;
        }
        const QPointF point(area.left() + area.width() * i / (values.size() - 1),
                            area.bottom() - (v - low) / (high - low) * area.height());
        if (open)
            path.lineTo(point);
        else
            path.moveTo(point);
        open = true;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? option.palette.color(QPalette::HighlightedText) : QColor(0x1f, 0x6f, 0xb2), 1.5));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(std::max(base.width(), 120), base.height());
}

} // namespace kedascope::ui
