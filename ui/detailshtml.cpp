// SPDX-License-Identifier: Apache-2.0
#include "ui/detailshtml.h"

#include "k8sclient/age.h"

#include <QLocale>

#include <chrono>
#include <cmath>

namespace kedascope::ui::html {

Colors Colors::from(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor muted = QColor::fromRgbF((text.redF() * 3 + base.redF() * 2) / 5,
                                          (text.greenF() * 3 + base.greenF() * 2) / 5,
                                          (text.blueF() * 3 + base.blueF() * 2) / 5);
    const QColor rule = QColor::fromRgbF((text.redF() + base.redF() * 4) / 5, (text.greenF() + base.greenF() * 4) / 5,
                                         (text.blueF() + base.blueF() * 4) / 5);
    return {text.name(),
            muted.name(),
            dark ? QStringLiteral("#56d364") : QStringLiteral("#1a7f37"),
            dark ? QStringLiteral("#e3b341") : QStringLiteral("#9a6700"),
            dark ? QStringLiteral("#ff7b72") : QStringLiteral("#c62828"),
            rule.name()};
}

QString styleSheet(const Colors &colors)
{
    return QStringLiteral("body { color: %1; }"
                          "h3 { margin-top: 14px; margin-bottom: 4px; font-size: large; }"
                          "th { color: %2; font-weight: 600; text-align: left; padding: 2px 14px 3px 0;"
                          " border-bottom: 1px solid %3; }"
                          "td { padding: 2px 14px 2px 0; vertical-align: top; }"
                          "td.label { color: %2; font-weight: 600; }"
                          "p.note, span.note { color: %2; }"
                          "p { margin-top: 4px; margin-bottom: 4px; }")
        .arg(colors.text, colors.muted, colors.rule);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString &title, const QString &note)
{
    QString html = QStringLiteral("<h3>%1").arg(escaped(title));
    if (!note.isEmpty())
        html += QStringLiteral(" <span class=\"note\" style=\"font-size: medium; font-weight: normal\">%1</span>")
                    .arg(escaped(note));
    return html + QStringLiteral("</h3>");
}

QString paragraph(const QString &text, const QString &cssClass)
{
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(cssClass, escaped(text));
}

QString colored(const QString &escapedText, const QString &color, bool bold)
{
    return QStringLiteral("<span style=\"color: %1;%2\">%3</span>")
        .arg(color, bold ? QStringLiteral(" font-weight: 600;") : QString(), escapedText);
}

QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    auto cell = [&rightAligned](const char *tag, int column, const QString &content) {
        const QString align =
            rightAligned.contains(column) ? QStringLiteral(" align=\"right\"") : QString();
        return QStringLiteral("<%1%2>%3</%1>").arg(QLatin1String(tag), align, content);
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
    if (!header.isEmpty()) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < header.size(); ++column)
            html += cell("th", column, escaped(header[column]));
        html += QStringLiteral("</tr>");
    }
    for (const auto &row : rows) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < row.size(); ++column)
            html += cell("td", column, row[column]);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString facts(const QList<QPair<QString, QString>> &labelAndHtml)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">");
    for (const auto &[label, value] : labelAndHtml)
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(escaped(label), value);
    return html + QStringLiteral("</table>");
}

QString number(double value)
{
    const double rounded = std::round(value * 1000) / 1000;
    if (std::fabs(rounded - std::round(rounded)) < 1e-9 && std::fabs(rounded) < 1e15)
        return QLocale().toString(qlonglong(std::llround(rounded)));
    QString text = QLocale().toString(rounded, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

QString age(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const auto elapsed = std::chrono::milliseconds(std::max<qint64>(0, time.msecsTo(QDateTime::currentDateTimeUtc())));
    return QStringLiteral("<span title=\"%1\">%2</span>")
        .arg(escaped(QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)),
             escaped(QString::fromStdString(k8s::formatAge(elapsed))));
}

} // namespace kedascope::ui::html
