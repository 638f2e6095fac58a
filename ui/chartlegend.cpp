// SPDX-License-Identifier: Apache-2.0
#include "ui/chartlegend.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

#include <algorithm>

namespace kedascope::ui {

namespace {

QIcon swatch(const QColor &color, bool dashed)
{
    QPixmap pixmap(18, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(color, 3, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(1, 5), QPointF(17, 5));
    return QIcon(pixmap);
}

} // namespace

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(4, 0, 4, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
    QToolButton probe;
    probe.setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    probe.setIcon(swatch(Qt::black, false));
    probe.setText(QStringLiteral("Xg"));
    m_entryHeight = probe.sizeHint().height();
}

QSize ChartLegend::sizeHint() const
{
    const QSize hint = QWidget::sizeHint();
    return {hint.width(), std::max(hint.height(), m_entryHeight)};
}

void ChartLegend::clear()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_labels.clear();
}

void ChartLegend::addEntry(const QString &key, const QString &label, const QColor &color, bool dashed)
{
    auto *button = new QToolButton(this);
    button->setCheckable(true);
    button->setChecked(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(swatch(color, dashed));
    button->setText(label);
    button->setToolTip(tr("Click to hide or show %1").arg(label));
    m_layout->insertWidget(m_layout->count() - 1, button);
    m_buttons.insert(key, button);
    m_labels.insert(key, label);
    connect(button, &QToolButton::toggled, this, [this, key, button](bool checked) {
        QFont font = button->font();
        font.setStrikeOut(!checked);
        button->setFont(font);
        Q_EMIT toggled(key, checked);
    });
}

void ChartLegend::setValueText(const QString &key, const QString &text, const QString &detail)
{
    if (QToolButton *button = m_buttons.value(key)) {
        const QString label = m_labels.value(key);
        button->setText(text.isEmpty() ? label : QStringLiteral("%1: %2").arg(label, text));
        const QString toggle = tr("Click to hide or show %1").arg(label);
        button->setToolTip(detail.isEmpty() ? toggle : detail + QLatin1Char('\n') + toggle);
    }
}

void ChartLegend::setChecked(const QString &key, bool checked)
{
    if (QToolButton *button = m_buttons.value(key))
        button->setChecked(checked);
}

bool ChartLegend::isChecked(const QString &key) const
{
    QToolButton *button = m_buttons.value(key);
    return button && button->isChecked();
}

} // namespace kedascope::ui
