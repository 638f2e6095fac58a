// SPDX-License-Identifier: Apache-2.0
#include "ui/editorformpart.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>

namespace kedascope::ui {

QGroupBox *formGroup(const QString &title, QFormLayout **layout, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *form = new QFormLayout(group);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    *layout = form;
    return group;
}

void revealWidget(QWidget *widget)
{
    // Tabs and stacks from the outside in, so each page is current before its child is scrolled to.
    QList<QWidget *> chain;
    for (QWidget *w = widget; w; w = w->parentWidget())
        chain.prepend(w);
    for (int i = 0; i + 1 < chain.size(); ++i) {
        if (auto *stack = qobject_cast<QStackedWidget *>(chain[i]); stack && stack->indexOf(chain[i + 1]) >= 0)
            stack->setCurrentWidget(chain[i + 1]);
    }
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(widget);
            break;
        }
    }
    widget->setFocus(Qt::OtherFocusReason);
}

} // namespace kedascope::ui
