// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace kedascope::ui::html {

// Colours for the details views that read well on the palette's base, light or dark.
struct Colors
{
    QString text;
    QString muted;
    QString ok;
    QString warning;
    QString error;
    QString rule;
    static Colors from(const QPalette &palette);
};

// The style sheet the details views' documents use (headings, tables, muted notes).
QString styleSheet(const Colors &colors);

QString escaped(const QString &text);
QString heading(const QString &title, const QString &note = {});
QString paragraph(const QString &text, const QString &cssClass = QStringLiteral("note"));
QString colored(const QString &escapedText, const QString &color, bool bold = false);
// A table with a header row (empty: none); cells are HTML. Columns listed in `rightAligned` hold numbers.
QString table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned = {});
// Label/value rows: labels bold and muted, values aligned in one column.
QString facts(const QList<QPair<QString, QString>> &labelAndHtml);
// A number in the user's locale with at most three decimals ("1,500", "0.25").
QString number(double value);
// "3m" for a time in the past (empty for an invalid time); exact time in the title.
QString age(const QDateTime &time);

} // namespace kedascope::ui::html
