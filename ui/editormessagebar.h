// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace kedascope::ui {

// A question or notice above the editor that never blocks: the text, and buttons that each hide
// the bar and then do their part.
class EditorMessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Question, Warning, Error };
    explicit EditorMessageBar(QWidget *parent = nullptr);

    void showMessage(Tone tone, const QString &text);
    QPushButton *addButton(const QString &text, const QString &objectName, std::function<void()> action);
    void clear(); // hides the bar and drops its buttons
    QString text() const;
    QPushButton *button(const QString &objectName) const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttons;
};

} // namespace kedascope::ui
