// SPDX-License-Identifier: Apache-2.0
#include "ui/yamlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

namespace kedascope::ui {

namespace {

QColor tone(const char *light, const char *dark)
{
    const bool darkTheme = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return QColor(QLatin1String(darkTheme ? dark : light));
}

// Where a comment starts in `text` (a '#' at the start or after a blank, outside quotes), or -1.
int commentStart(const QString &text)
{
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            quote = c;
        else if (c == QLatin1Char('#') && (i == 0 || text[i - 1].isSpace()))
            return i;
    }
    return -1;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    m_key.setForeground(tone("#1f5fa8", "#7fb4f0"));
    m_string.setForeground(tone("#2e7d32", "#9ccc65"));
    m_number.setForeground(tone("#a5460a", "#f5a26a"));
    m_keyword.setForeground(tone("#7b1fa2", "#ce93d8"));
    m_comment.setForeground(tone("#757575", "#9e9e9e"));
    m_comment.setFontItalic(true);
    m_separator.setForeground(tone("#b71c1c", "#ef9a9a"));
    m_separator.setFontWeight(QFont::Bold);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    if (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("..."))) {
        setFormat(0, 3, m_separator);
        return;
    }
    const int comment = commentStart(text);
    const QString code = comment < 0 ? text : text.left(comment);
    if (comment >= 0)
        setFormat(comment, int(text.size()) - comment, m_comment);

    static const QRegularExpression keyPattern(QStringLiteral("^(\\s*(?:-\\s+)*)([^\\s#'\"][^:#]*|\"[^\"]*\"|'[^']*'):(\\s|$)"));
    static const QRegularExpression dashPattern(QStringLiteral("^(\\s*)(-)(\\s|$)"));
    int valueStart = 0;
    if (const auto key = keyPattern.match(code); key.hasMatch()) {
        setFormat(int(key.capturedStart(2)), int(key.capturedLength(2)), m_key);
        valueStart = int(key.capturedEnd(2)) + 1;
    } else if (const auto dash = dashPattern.match(code); dash.hasMatch()) {
        valueStart = int(dash.capturedEnd(2));
    }
    highlightValue(code, valueStart);
}

void YamlHighlighter::highlightValue(const QString &text, int start)
{
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?|0x[0-9a-fA-F]+|\\.inf|\\.nan)$"));
    static const QRegularExpression keyword(QStringLiteral("^(true|false|True|False|TRUE|FALSE|null|Null|NULL|~|yes|no|on|off)$"));
    int from = start;
    while (from < text.size() && text[from].isSpace())
        ++from;
    if (from >= text.size())
        return;
    const QString value = text.mid(from).trimmed();
    const QChar first = value.front();
    if (first == QLatin1Char('"') || first == QLatin1Char('\''))
        setFormat(from, int(value.size()), m_string);
    else if (number.match(value).hasMatch())
        setFormat(from, int(value.size()), m_number);
    else if (keyword.match(value).hasMatch())
        setFormat(from, int(value.size()), m_keyword);
    else if (first != QLatin1Char('|') && first != QLatin1Char('>') && first != QLatin1Char('[') &&
             first != QLatin1Char('{'))
        setFormat(from, int(value.size()), m_string);
}

} // namespace kedascope::ui
