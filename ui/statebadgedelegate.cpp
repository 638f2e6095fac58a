// SPDX-License-Identifier: Apache-2.0
#include "ui/statebadgedelegate.h"

#include "models/objectroles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace kedascope::ui {

namespace {

using models::ConditionStatus;

constexpr int horizontalPadding = 7;
constexpr int verticalMargin = 3;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

StateBadgeDelegate::StateBadgeDelegate(Kind kind, QObject *parent) : QStyledItemDelegate(parent), m_kind(kind)
{}

QString StateBadgeDelegate::badgeText(int conditionStatus) const
{
    const auto status = static_cast<ConditionStatus>(conditionStatus);
    if (status == ConditionStatus::Absent)
        return {};
    if (status == ConditionStatus::Unknown)
        return tr("Unknown");
    const bool yes = status == ConditionStatus::True;
    switch (m_kind) {
    case Kind::Ready:
        return yes ? tr("Ready") : tr("Not ready");
    case Kind::Active:
        return yes ? tr("Active") : tr("Idle");
    case Kind::Fallback:
        return yes ? tr("Fallback") : QString();
    case Kind::Paused:
        return yes ? tr("Paused") : QString();
    }
    return {};
}

QColor StateBadgeDelegate::badgeColor(int conditionStatus) const
{
    const auto status = static_cast<ConditionStatus>(conditionStatus);
    const QColor green(0x2e, 0xa0, 0x43), red(0xd0, 0x32, 0x2d), blue(0x2f, 0x7e, 0xd8),
        amber(0xd9, 0x8e, 0x04), grey(0x8a, 0x8f, 0x98);
    if (status == ConditionStatus::Unknown || status == ConditionStatus::Absent)
        return grey;
    const bool yes = status == ConditionStatus::True;
    switch (m_kind) {
    case Kind::Ready:
        return yes ? green : red;
    case Kind::Active:
        return yes ? blue : grey;
    case Kind::Fallback:
        return yes ? red : grey;
    case Kind::Paused:
        return yes ? amber : grey;
    }
    return grey;
}

void StateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const int status = index.data(models::ConditionStatusRole).toInt();
    // Annotated for a pause that KEDA has not reported yet: said so, in the paused colour.
    const bool pending = m_kind == Kind::Paused && index.data(models::PausePendingRole).toBool();
    const QString text = pending ? tr("Pausing") : badgeText(status);

    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    if (text.isEmpty())
        return;

    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 2 * horizontalPadding;
    const int height = std::min(option.rect.height() - 2 * verticalMargin, metrics.height() + 4);
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1,
                     std::min(width, option.rect.width() - 8), height);

    const bool stale = widget && widget->property("stale").toBool();
    QColor color = pending ? badgeColor(int(ConditionStatus::True)) : badgeColor(status);
    if (stale)
        color = QColor::fromHsv(color.hsvHue(), color.hsvSaturation() / 4, color.value());
    QColor fill = color;
    fill.setAlphaF(isDark(option.palette) ? 0.40 : 0.18);
    QColor textColor = isDark(option.palette) ? color.lighter(165) : color.darker(150);
    if (stale)
        textColor = option.palette.color(QPalette::Disabled, QPalette::Text);
    if (option.state & QStyle::State_Selected) {
        fill = option.palette.color(QPalette::HighlightedText);
        fill.setAlphaF(0.85);
        textColor = isDark(option.palette) ? color.darker(130) : color.darker(150);
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(QPen(color, 1.0));
    painter->drawPath(path);
    painter->setPen(textColor);
    painter->setFont(option.font);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - 4));
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const bool pending = m_kind == Kind::Paused && index.data(models::PausePendingRole).toBool();
    const QString text = pending ? tr("Pausing") : badgeText(index.data(models::ConditionStatusRole).toInt());
    const int width = text.isEmpty() ? 0 : metrics.horizontalAdvance(text) + 2 * horizontalPadding + 8;
    return {std::max(base.width(), width),
            std::max(base.height(), metrics.height() + 4 + 2 * verticalMargin)};
}

} // namespace kedascope::ui
