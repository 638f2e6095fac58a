// SPDX-License-Identifier: Apache-2.0
#include "ui/editormessagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace kedascope::ui {

EditorMessageBar::EditorMessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Editor message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    hide();
}

void EditorMessageBar::showMessage(Tone tone, const QString &text)
{
    clear();
    const QStyle::StandardPixmap icon = tone == Tone::Question  ? QStyle::SP_MessageBoxQuestion
                                        : tone == Tone::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    const QColor light = tone == Tone::Error ? QColor(0xfd, 0xec, 0xea) : QColor(0xff, 0xf4, 0xd6);
    const QColor deep = tone == Tone::Error ? QColor(0x5c, 0x23, 0x1f) : QColor(0x4d, 0x3f, 0x12);
    colours.setColor(QPalette::Window, dark ? deep : light);
    colours.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x21, 0x21, 0x21));
    setPalette(colours);
    m_text->setText(text);
    show();
}

QPushButton *EditorMessageBar::addButton(const QString &text, const QString &objectName,
                                         std::function<void()> action)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, [this, action = std::move(action)] {
        clear();
        if (action)
            action();
    });
    m_buttons->addWidget(button);
    return button;
}

void EditorMessageBar::clear()
{
    hide();
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
}

QString EditorMessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

QPushButton *EditorMessageBar::button(const QString &objectName) const
{
    for (int i = 0; i < m_buttons->count(); ++i) {
        if (auto *button = qobject_cast<QPushButton *>(m_buttons->itemAt(i)->widget());
            button && button->objectName() == objectName)
            return button;
    }
    return nullptr;
}

} // namespace kedascope::ui
