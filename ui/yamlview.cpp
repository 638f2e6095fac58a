// SPDX-License-Identifier: Apache-2.0
#include "ui/yamlview.h"

#include "ui/yamlhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace kedascope::ui {

namespace {

const QColor errorColor(0xd3, 0x2f, 0x2f);
const QColor warningColor(0xef, 0x8f, 0x00);

class Gutter : public QWidget
{
public:
    explicit Gutter(YamlView *view) : QWidget(view), m_view(view) { setMouseTracking(true); }
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QTextCursor cursor = m_view->cursorForPosition(QPoint(0, help->pos().y()));
            const QString message = m_view->markerMessageAt(cursor.blockNumber() + 1, 0);
            if (message.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), message, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    YamlView *m_view;
};

} // namespace

YamlView::YamlView(QWidget *parent)
    : QPlainTextEdit(parent), m_gutter(new Gutter(this)), m_highlighter(new YamlHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &YamlView::updateGutter);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            Q_EMIT textEdited(toPlainText());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void YamlView::replaceText(const QString &text)
{
    if (text == toPlainText())
        return;
    m_settingText = true;
    QTextCursor cursor(document());
    const int position = textCursor().position();
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    QTextCursor restored(document());
    restored.setPosition(std::min(position, int(text.size())));
    setTextCursor(restored);
    m_settingText = false;
}

void YamlView::resetText(const QString &text)
{
    m_settingText = true;
    setPlainText(text);
    m_settingText = false;
}

void YamlView::setMarkers(const QList<YamlMarker> &markers)
{
    m_markers = markers;
    updateSelections();
    m_gutter->update();
}

void YamlView::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::clamp(column - 1, 0, std::max(0, int(block.length()) - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

QString YamlView::markerMessageAt(int line, int column) const
{
    QStringList messages;
    for (const auto &marker : m_markers) {
        if (marker.line == line && (column == 0 || marker.column <= column || marker.column == 0))
            messages << marker.message;
    }
    return messages.join(QLatin1Char('\n'));
}

int YamlView::gutterWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    const int markWidth = fontMetrics().height();
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 2) + markWidth;
}

void YamlView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

bool YamlView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromGlobal(help->globalPos()));
        const QString message = markerMessageAt(cursor.blockNumber() + 1, cursor.positionInBlock() + 1);
        if (message.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), message, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void YamlView::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void YamlView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette colours = palette();
    painter.fillRect(event->rect(), colours.color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        if (block.isVisible()) {
            painter.setPen(colours.color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - lineHeight - 2, lineHeight, Qt::AlignRight,
                             QString::number(line));
            bool error = false;
            bool marked = false;
            for (const auto &marker : m_markers) {
                if (marker.line == line) {
                    marked = true;
                    error = error || marker.error;
                }
            }
            if (marked) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(error ? errorColor : warningColor);
                const int size = lineHeight / 2;
                painter.drawEllipse(QRect(m_gutter->width() - lineHeight + size / 2, top + size / 2, size, size));
            }
        }
        block = block.next();
        top += qRound(blockBoundingRect(block).height());
    }
}

void YamlView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &marker : m_markers) {
        const QTextBlock block = document()->findBlockByNumber(marker.line - 1);
        if (!block.isValid())
            continue;
        const QString text = block.text();
        int start = marker.column > 0 ? std::min(marker.column - 1, int(text.size())) : 0;
        while (marker.column == 0 && start < text.size() && text[start].isSpace())
            ++start;
        int end = start;
        while (end < text.size() && !text[end].isSpace() && (end == start || text[end] != QLatin1Char(':')))
            ++end;
        if (marker.column == 0)
            end = int(text.size());
        if (end == start)
            end = std::min(int(text.size()), start + 1);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + start);
        selection.cursor.setPosition(block.position() + std::max(end, start), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(marker.error ? errorColor : warningColor);
        selection.format.setToolTip(marker.message);
        selections << selection;
    }
    setExtraSelections(selections);
}

} // namespace kedascope::ui
