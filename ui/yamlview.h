// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPlainTextEdit>

namespace kedascope::ui {

class YamlHighlighter;

// A finding to mark in the text: wavy underline from the column to the end of the word, a mark in
// the gutter, the message as the tooltip.
struct YamlMarker
{
    int line = 0;   // 1-based
    int column = 0; // 1-based; 0: the whole line
    QString message;
    bool error = true; // false: a warning (different colour)
};

// The manifest's YAML: line numbers, syntax colours, markers. User edits come out as textEdited();
// text replaced from outside (a form edit) is one undo step, so Undo gets the user's text back.
class YamlView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit YamlView(QWidget *parent = nullptr);

    // Replaces the text as one undoable edit, without textEdited().
    void replaceText(const QString &text);
    // Sets the text with a fresh undo history (a document opened or switched to).
    void resetText(const QString &text);
    void setMarkers(const QList<YamlMarker> &markers);
    const QList<YamlMarker> &markers() const { return m_markers; }
    void goTo(int line, int column);
    // The message of the marker at a text position, or empty.
    QString markerMessageAt(int line, int column) const;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

Q_SIGNALS:
    void textEdited(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();

    QWidget *m_gutter;
    YamlHighlighter *m_highlighter;
    QList<YamlMarker> m_markers;
    bool m_settingText = false;
};

} // namespace kedascope::ui
