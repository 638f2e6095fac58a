// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/prometheustext.h"

#include <charconv>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace kedascope::k8s::prom {

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isLabelChar(char c)
{
    return isNameChar(c) && c != ':';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool equalsIgnoringCase(std::string_view text, std::string_view lowerWord)
{
    if (text.size() != lowerWord.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerWord[i])
            return false;
    }
    return true;
}

// Go's strconv.ParseFloat as Prometheus uses it: decimal and exponent forms, NaN, [+-]Inf(inity).
bool parseValue(std::string_view text, double *value)
{
    if (text.empty())
        return false;
    bool negative = false;
    std::string_view rest = text;
    if (rest.front() == '+' || rest.front() == '-') {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    if (equalsIgnoringCase(rest, "inf") || equalsIgnoringCase(rest, "infinity")) {
        *value = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return true;
    }
    if (equalsIgnoringCase(rest, "nan")) {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (rest.empty() || rest.front() == '+' || rest.front() == '-')
        return false;
    double parsed = 0;
    const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), parsed);
    if (error != std::errc() || end != rest.data() + rest.size())
        return false;
    *value = negative ? -parsed : parsed;
    return true;
}

bool parseTimestamp(std::string_view text, int64_t *timestamp)
{
    if (text.empty())
        return false;
    const char *begin = text.data();
    if (*begin == '+')
        ++begin;
    const auto [end, error] = std::from_chars(begin, text.data() + text.size(), *timestamp);
    return error == std::errc() && end == text.data() + text.size();
}

class Parser
{
public:
    Parser(std::string_view text, const ParseOptions &options) : m_text(text), m_options(options) {}

    Result<ParsedText> run()
    {
        m_parsed.samples.reserve(estimateLines());
        size_t pos = 0;
        while (pos < m_text.size()) {
            ++m_line;
            const char *newline =
                static_cast<const char *>(std::memchr(m_text.data() + pos, '\n', m_text.size() - pos));
            const size_t end = newline ? size_t(newline - m_text.data()) : m_text.size();
            std::string_view line = m_text.substr(pos, end - pos);
            pos = end + 1;
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            size_t start = 0;
            while (start < line.size() && isBlank(line[start]))
                ++start;
            line.remove_prefix(start);
            if (line.empty())
                continue;
            const bool good = line.front() == '#' ? comment(line) : sample(line);
            if (!good)
                return m_error;
        }
        return std::move(m_parsed);
    }

private:
    size_t estimateLines() const
    {
        // One sample per ~80 bytes is typical; reserve without scanning the whole text twice.
        return m_text.size() / 80 + 16;
    }

    bool fail(const std::string &what)
    {
        m_error = Error::make(Error::Kind::Decode, "line " + std::to_string(m_line) + ": " + what);
        return false;
    }

    static std::string_view nextToken(std::string_view &rest)
    {
        size_t start = 0;
        while (start < rest.size() && isBlank(rest[start]))
            ++start;
        size_t end = start;
        while (end < rest.size() && !isBlank(rest[end]))
            ++end;
        const std::string_view token = rest.substr(start, end - start);
        rest.remove_prefix(end);
        return token;
    }

    Family &familyFor(std::string_view name)
    {
        const auto found = m_familyIndex.find(std::string(name));
        if (found != m_familyIndex.end())
            return m_parsed.families[found->second];
        m_familyIndex.emplace(std::string(name), m_parsed.families.size());
        m_parsed.families.push_back(Family{std::string(name), {}, {}});
        return m_parsed.families.back();
    }

    bool comment(std::string_view line)
    {
        std::string_view rest = line.substr(1);
        const std::string_view keyword = nextToken(rest);
        if (keyword != "HELP" && keyword != "TYPE")
            return true; // an ordinary comment
        const std::string_view name = nextToken(rest);
        if (name.empty() || !isNameStart(name.front()))
            return fail("# " + std::string(keyword) + " without a valid metric name");
        for (char c : name) {
            if (!isNameChar(c))
                return fail("invalid metric name \"" + std::string(name) + '"');
        }
        if (!rest.empty() && isBlank(rest.front()))
            rest.remove_prefix(1);
        Family &family = familyFor(name);
        if (keyword == "TYPE") {
            const std::string_view type = nextToken(rest);
            if (type != "counter" && type != "gauge" && type != "histogram" && type != "summary" &&
                type != "untyped")
                return fail("unknown metric type \"" + std::string(type) + "\" for " + std::string(name));
            if (!family.type.empty())
                return fail("second TYPE line for " + std::string(name));
            family.type = std::string(type);
            return true;
        }
        std::string help;
        help.reserve(rest.size());
        for (size_t i = 0; i < rest.size(); ++i) {
            if (rest[i] == '\\' && i + 1 < rest.size() && (rest[i + 1] == '\\' || rest[i + 1] == 'n')) {
                help += rest[i + 1] == 'n' ? '\n' : '\\';
                ++i;
            } else {
                help += rest[i];
            }
        }
        family.help = std::move(help);
        return true;
    }

    bool labels(std::string_view line, size_t &pos, std::vector<Label> &out)
    {
        ++pos; // '{'
        while (true) {
            while (pos < line.size() && isBlank(line[pos]))
                ++pos;
            if (pos >= line.size())
                return fail("label set not closed with '}'");
            if (line[pos] == '}') {
                ++pos;
                return true;
            }
            const size_t nameStart = pos;
            if (!isNameStart(line[pos]) || line[pos] == ':')
                return fail("invalid label name at column " + std::to_string(pos + 1));
            while (pos < line.size() && isLabelChar(line[pos]))
                ++pos;
            Label label;
            label.name = std::string(line.substr(nameStart, pos - nameStart));
            while (pos < line.size() && isBlank(line[pos]))
                ++pos;
            if (pos >= line.size() || line[pos] != '=')
                return fail("expected '=' after label name " + label.name);
            ++pos;
            while (pos < line.size() && isBlank(line[pos]))
                ++pos;
            if (pos >= line.size() || line[pos] != '"')
                return fail("expected '\"' to open the value of label " + label.name);
            ++pos;
            if (!labelValue(line, pos, label))
                return false;
            out.push_back(std::move(label));
            while (pos < line.size() && isBlank(line[pos]))
                ++pos;
            if (pos < line.size() && line[pos] == ',') {
                ++pos;
                continue;
            }
            if (pos < line.size() && line[pos] == '}')
                continue;
            return fail("expected ',' or '}' after the value of label " + out.back().name);
        }
    }

    bool labelValue(std::string_view line, size_t &pos, Label &label)
    {
        const size_t start = pos;
        // Fast path: no escapes until the closing quote.
        while (pos < line.size() && line[pos] != '"' && line[pos] != '\\')
            ++pos;
        label.value.assign(line.data() + start, pos - start);
        while (pos < line.size() && line[pos] == '\\') {
            if (pos + 1 >= line.size())
                break;
            const char escaped = line[pos + 1];
            if (escaped == 'n')
                label.value += '\n';
            else if (escaped == '\\' || escaped == '"')
                label.value += escaped;
            else
                return fail("invalid escape \\" + std::string(1, escaped) + " in the value of label " +
                            label.name);
            pos += 2;
            const size_t runStart = pos;
            while (pos < line.size() && line[pos] != '"' && line[pos] != '\\')
                ++pos;
            label.value.append(line.data() + runStart, pos - runStart);
        }
        if (pos >= line.size() || line[pos] != '"')
            return fail("the value of label " + label.name + " is not closed with '\"'");
        ++pos;
        return true;
    }

    bool sample(std::string_view line)
    {
        if (!isNameStart(line.front()))
            return fail("expected a metric name, found '" + std::string(1, line.front()) + '\'');
        size_t pos = 1;
        while (pos < line.size() && isNameChar(line[pos]))
            ++pos;
        const std::string_view name = line.substr(0, pos);
        if (m_options.keep && !m_options.keep(name))
            return true;
        Sample out;
        out.name = std::string(name);
        while (pos < line.size() && isBlank(line[pos]))
            ++pos;
        if (pos < line.size() && line[pos] == '{') {
            if (!labels(line, pos, out.labels))
                return false;
        }
        std::string_view rest = line.substr(pos);
        const std::string_view value = nextToken(rest);
        if (value.empty())
            return fail("no value for " + out.name);
        if (!parseValue(value, &out.value))
            return fail("invalid value \"" + std::string(value) + "\" for " + out.name);
        const std::string_view timestamp = nextToken(rest);
        if (!timestamp.empty()) {
            int64_t ms = 0;
            if (!parseTimestamp(timestamp, &ms))
                return fail("invalid timestamp \"" + std::string(timestamp) + "\" for " + out.name);
            out.timestampMs = ms;
        }
        if (!nextToken(rest).empty())
            return fail("unexpected text after the value of " + out.name);
        m_parsed.samples.push_back(std::move(out));
        return true;
    }

    std::string_view m_text;
    const ParseOptions &m_options;
    ParsedText m_parsed;
    std::unordered_map<std::string, size_t> m_familyIndex;
    Error m_error;
    size_t m_line = 0;
};

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

} // namespace

const std::string *Sample::label(std::string_view labelName) const
{
    for (const Label &l : labels) {
        if (l.name == labelName)
            return &l.value;
    }
    return nullptr;
}

const Family *ParsedText::family(std::string_view name) const
{
    for (const Family &f : families) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

Result<ParsedText> parseText(std::string_view text, const ParseOptions &options)
{
    return Parser(text, options).run();
}

std::string_view familyName(const ParsedText &parsed, std::string_view sampleName)
{
    struct Suffix
    {
        std::string_view text;
        std::string_view types[2];
    };
    static const Suffix suffixes[] = {
        {"_bucket", {"histogram", "histogram"}}, {"_sum", {"histogram", "summary"}},
        {"_count", {"histogram", "summary"}},    {"_total", {"counter", "counter"}},
        {"_created", {"counter", "summary"}},
    };
    for (const Suffix &suffix : suffixes) {
        if (!endsWith(sampleName, suffix.text))
            continue;
        const std::string_view base = sampleName.substr(0, sampleName.size() - suffix.text.size());
        const Family *family = parsed.family(base);
        if (family && (family->type == suffix.types[0] || family->type == suffix.types[1]))
            return base;
    }
    return sampleName;
}

} // namespace kedascope::k8s::prom
