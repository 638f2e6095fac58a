// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace kedascope::ui {

// Draws a condition cell (Ready, Active, Fallback, Paused) as a small coloured pill with a word
// instead of "True"/"False". The reason and message stay on the model's tooltip.
class StateBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Ready, Active, Fallback, Paused };

    explicit StateBadgeDelegate(Kind kind, QObject *parent = nullptr);

    // The word and colour the badge shows for a ConditionStatus (as int); empty text: no badge.
    QString badgeText(int conditionStatus) const;
    QColor badgeColor(int conditionStatus) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace kedascope::ui
