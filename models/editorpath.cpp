// SPDX-License-Identifier: Apache-2.0
#include "models/editorpath.h"

#include <algorithm>

namespace kedascope::models {

namespace {

bool plainKeyCharacter(QChar c)
{
    return c != QLatin1Char('.') && c != QLatin1Char('[') && c != QLatin1Char(']') && c != QLatin1Char('"');
}

// Reads `["key"]` or `[N]` starting at text[at] == '['; returns the position after ']' or -1.
int readBracket(const QString &text, int at, FieldPath::Segment &segment)
{
    int pos = at + 1;
    if (pos < text.size() && text[pos] == QLatin1Char('"')) {
        QString name;
        ++pos;
        while (pos < text.size() && text[pos] != QLatin1Char('"')) {
            if (text[pos] == QLatin1Char('\\') && pos + 1 < text.size())
                ++pos;
            name += text[pos++];
        }
        if (pos + 1 >= text.size() || text[pos + 1] != QLatin1Char(']'))
            return -1;
        segment = name;
        return pos + 2;
    }
    const int close = text.indexOf(QLatin1Char(']'), pos);
    if (close <= pos)
        return -1;
    const QString inside = text.mid(pos, close - pos);
    bool number = false;
    const int position = inside.toInt(&number);
    if (number && position >= 0)
        segment = position;
    else
        segment = inside; // the API server's "[autoscaling.keda.sh/paused]"
    return close + 1;
}

} // namespace

std::optional<FieldPath> FieldPath::parse(const QString &text)
{
    FieldPath result;
    int pos = text.startsWith(QLatin1Char('.')) ? 1 : 0;
    while (pos < text.size()) {
        if (text[pos] == QLatin1Char('[')) {
            Segment segment;
            pos = readBracket(text, pos, segment);
            if (pos < 0)
                return std::nullopt;
            result.m_segments.push_back(segment);
        } else {
            const int start = pos;
            while (pos < text.size() && plainKeyCharacter(text[pos]))
                ++pos;
            if (pos == start)
                return std::nullopt;
            result.m_segments.emplace_back(text.mid(start, pos - start));
        }
        if (pos < text.size() && text[pos] == QLatin1Char('.')) {
            ++pos;
            if (pos == text.size())
                return std::nullopt;
        } else if (pos < text.size() && text[pos] != QLatin1Char('[')) {
            return std::nullopt;
        }
    }
    return result;
}

FieldPath FieldPath::key(const QString &name) const
{
    FieldPath result = *this;
    result.m_segments.emplace_back(name);
    return result;
}

FieldPath FieldPath::index(int position) const
{
    FieldPath result = *this;
    result.m_segments.emplace_back(position);
    return result;
}

FieldPath FieldPath::parent() const
{
    FieldPath result = *this;
    if (!result.m_segments.empty())
        result.m_segments.pop_back();
    return result;
}

FieldPath FieldPath::operator+(const FieldPath &tail) const
{
    FieldPath result = *this;
    result.m_segments.insert(result.m_segments.end(), tail.m_segments.begin(), tail.m_segments.end());
    return result;
}

bool FieldPath::startsWith(const FieldPath &prefix) const
{
    if (prefix.m_segments.size() > m_segments.size())
        return false;
    return std::equal(prefix.m_segments.begin(), prefix.m_segments.end(), m_segments.begin());
}

QString FieldPath::toString() const
{
    QString text;
    for (const auto &segment : m_segments) {
        if (const int *number = std::get_if<int>(&segment)) {
            text += QStringLiteral("[%1]").arg(*number);
            continue;
        }
        const QString &name = std::get<QString>(segment);
        const bool plain = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
            return plainKeyCharacter(c) && c != QLatin1Char('/');
        });
        if (plain) {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += name;
        } else {
            text += QStringLiteral("[%1]").arg(name);
        }
    }
    return text;
}

FieldPath path(const QString &text)
{
    return FieldPath::parse(text).value_or(FieldPath());
}

} // namespace kedascope::models
