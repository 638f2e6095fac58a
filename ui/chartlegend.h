// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace kedascope::ui {

// A chart's legend: one toggle per series (click hides or shows it) with its latest value.
class ChartLegend : public QWidget
{
    Q_OBJECT
public:
    explicit ChartLegend(QWidget *parent = nullptr);

    void clear();
    void addEntry(const QString &key, const QString &label, const QColor &color, bool dashed = false);
    // `detail` (why the value is missing, say) goes into the entry's tooltip.
    void setValueText(const QString &key, const QString &text, const QString &detail = {});
    void setChecked(const QString &key, bool checked);
    bool isChecked(const QString &key) const;
    QToolButton *button(const QString &key) const { return m_buttons.value(key); }
    // As tall as one entry even while empty, so that a container sized early does not clip entries.
    QSize sizeHint() const override;

Q_SIGNALS:
    void toggled(const QString &key, bool visible);

private:
    QHBoxLayout *m_layout;
    QHash<QString, QToolButton *> m_buttons;
    QHash<QString, QString> m_labels;
    int m_entryHeight = 0;
};

} // namespace kedascope::ui
