// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/yamljson.h"

#include "k8sclient/escaping.h"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <regex>
#include <set>
#include <string_view>

namespace kedascope::k8s {

namespace {

constexpr const char *kTagPrefix = "tag:yaml.org,2002:";

enum class Kind { Null, Bool, Int, Float, String };

struct Resolved
{
    Kind kind = Kind::String;
    bool boolValue = false;
    bool isUnsigned = false;
    long long intValue = 0;
    unsigned long long uintValue = 0;
    double floatValue = 0;
};

bool isDigits(const char *begin, const char *end, int base)
{
    if (begin == end)
        return false;
    for (const char *p = begin; p != end; ++p) {
        const char c = *p;
        const bool ok = base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                                   : (c >= '0' && c < static_cast<char>('0' + base));
        if (!ok)
            return false;
    }
    return true;
}

bool resolveInt(const std::string &text, Resolved &out)
{
    const char *begin = text.c_str();
    const char *end = begin + text.size();
    int base = 10;
    bool negative = false;
    const char *digits = begin;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o')) {
        base = text[1] == 'x' ? 16 : 8;
        digits = begin + 2;
    } else if (*digits == '-' || *digits == '+') {
        negative = *digits == '-';
        ++digits;
    }
    if (!isDigits(digits, end, base))
        return false;
    errno = 0;
    if (negative) {
        const long long value = std::strtoll(text.c_str(), nullptr, 10);
        if (errno == ERANGE) {
            out.kind = Kind::Float;
            out.floatValue = std::strtod(text.c_str(), nullptr);
            return true;
        }
        out.kind = Kind::Int;
        out.intValue = value;
        return true;
    }
    const unsigned long long value = std::strtoull(digits, nullptr, base);
    if (errno == ERANGE) {
        out.kind = Kind::Float;
        out.floatValue = std::strtod(text.c_str(), nullptr);
        return true;
    }
    out.kind = Kind::Int;
    if (value > static_cast<unsigned long long>(std::numeric_limits<long long>::max())) {
        out.isUnsigned = true;
        out.uintValue = value;
    } else {
        out.intValue = static_cast<long long>(value);
    }
    return true;
}

// YAML 1.2 core schema resolution of a plain scalar.
Resolved resolvePlain(const std::string &text)
{
    Resolved out;
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") {
        out.kind = Kind::Null;
        return out;
    }
    if (text == "true" || text == "True" || text == "TRUE" || text == "false" || text == "False" ||
        text == "FALSE") {
        out.kind = Kind::Bool;
        out.boolValue = text[0] == 't' || text[0] == 'T';
        return out;
    }
    const char first = text[0];
    if (!(std::isdigit(static_cast<unsigned char>(first)) || first == '-' || first == '+' || first == '.'))
        return out;
    if (resolveInt(text, out))
        return out;
    static const std::regex floatPattern(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
    static const std::regex infPattern(R"([-+]?\.(inf|Inf|INF))");
    if (std::regex_match(text, floatPattern)) {
        out.kind = Kind::Float;
        out.floatValue = std::strtod(text.c_str(), nullptr);
    } else if (std::regex_match(text, infPattern)) {
        out.kind = Kind::Float;
        out.floatValue = first == '-' ? -HUGE_VAL : HUGE_VAL;
    } else if (text == ".nan" || text == ".NaN" || text == ".NAN") {
        out.kind = Kind::Float;
        out.floatValue = std::nan("");
    }
    return out;
}

struct ConversionError
{
    YAML::Mark mark;
    std::string reason;
};

class YamlToJsonConverter
{
public:
    explicit YamlToJsonConverter(json::Allocator &alloc) : m_alloc(alloc) {}

    json::Value convert(const YAML::Node &node, int depth = 0)
    {
        if (depth > 1000)
            throw ConversionError{node.Mark(), "document nested too deeply"};
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            if (node.Tag() == std::string(kTagPrefix) + "str" || node.Tag() == "!")
                return json::Value("", m_alloc);
            return json::Value(rapidjson::kNullType);
        case YAML::NodeType::Scalar:
            return convertScalar(node);
        case YAML::NodeType::Sequence: {
            json::Value array(rapidjson::kArrayType);
            array.Reserve(static_cast<rapidjson::SizeType>(node.size()), m_alloc);
            for (const auto &item : node)
                array.PushBack(convert(item, depth + 1), m_alloc);
            return array;
        }
        case YAML::NodeType::Map:
            return convertMap(node, depth);
        }
        return json::Value(rapidjson::kNullType);
    }

private:
    json::Value convertScalar(const YAML::Node &node)
    {
        const std::string &tag = node.Tag();
        const std::string &text = node.Scalar();
        if (tag == "!" || tag == std::string(kTagPrefix) + "str" || tag == std::string(kTagPrefix) + "binary")
            return json::Value(text, m_alloc);
        Resolved resolved = resolvePlain(text);
        if (tag.rfind(kTagPrefix, 0) == 0) {
            const std::string wanted = tag.substr(std::char_traits<char>::length(kTagPrefix));
            const bool matches =
                (wanted == "int" && resolved.kind == Kind::Int) ||
                (wanted == "float" && (resolved.kind == Kind::Float || resolved.kind == Kind::Int)) ||
                (wanted == "bool" && resolved.kind == Kind::Bool) ||
                (wanted == "null" && resolved.kind == Kind::Null);
            if (!matches)
                throw ConversionError{node.Mark(), "cannot decode \"" + text + "\" as !!" + wanted};
            if (wanted == "float" && resolved.kind == Kind::Int) {
                resolved.kind = Kind::Float;
                resolved.floatValue = resolved.isUnsigned ? static_cast<double>(resolved.uintValue)
                                                          : static_cast<double>(resolved.intValue);
            }
        }
        switch (resolved.kind) {
        case Kind::Null:
            return json::Value(rapidjson::kNullType);
        case Kind::Bool:
            return json::Value(resolved.boolValue);
        case Kind::Int:
            if (resolved.isUnsigned)
                return json::Value(static_cast<uint64_t>(resolved.uintValue));
            return json::Value(static_cast<int64_t>(resolved.intValue));
        case Kind::Float:
            if (!std::isfinite(resolved.floatValue))
                throw ConversionError{node.Mark(),
                                      "\"" + text + "\" (infinity or NaN) cannot be represented in JSON"};
            return json::Value(resolved.floatValue);
        case Kind::String:
            break;
        }
        return json::Value(text, m_alloc);
    }

    std::string keyText(const YAML::Node &key)
    {
        if (key.IsNull())
            return "null";
        if (!key.IsScalar())
            throw ConversionError{key.Mark(), "mapping keys must be scalars"};
        return key.Scalar();
    }

    // YAML 1.1 merge keys ("<<: *base"), which Kubernetes' YAML reader honours: explicit keys win.
    void mergeInto(json::Value &target, const YAML::Node &source, int depth)
    {
        if (source.IsSequence()) {
            for (const auto &item : source)
                mergeInto(target, item, depth);
            return;
        }
        if (!source.IsMap())
            throw ConversionError{source.Mark(), "a merge key (<<) needs a mapping or a list of mappings"};
        json::Value converted = convertMap(source, depth + 1);
        for (auto &member : converted.GetObject()) {
            if (!target.HasMember(member.name))
                target.AddMember(member.name, member.value, m_alloc);
        }
    }

    json::Value convertMap(const YAML::Node &node, int depth)
    {
        json::Value object(rapidjson::kObjectType);
        std::set<std::string> seen;
        std::optional<YAML::Node> mergeSource;
        for (const auto &entry : node) {
            if (entry.first.IsScalar() && entry.first.Tag() == "?" && entry.first.Scalar() == "<<") {
                if (mergeSource)
                    throw ConversionError{entry.first.Mark(), "mapping key \"<<\" already defined"};
                mergeSource.emplace(entry.second);
                continue;
            }
            std::string key = keyText(entry.first);
            if (!seen.insert(key).second)
                throw ConversionError{entry.first.Mark(), "mapping key \"" + key + "\" already defined"};
            object.AddMember(json::Value(key, m_alloc), convert(entry.second, depth + 1), m_alloc);
        }
        if (mergeSource)
            mergeInto(object, *mergeSource, depth);
        return object;
    }

    json::Allocator &m_alloc;
};

std::string locationPrefix(const std::string &sourceName, const YAML::Mark &mark)
{
    const std::string source = sourceName.empty() ? std::string("<input>") : sourceName;
    if (mark.is_null())
        return source + ": ";
    return source + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1) + ": ";
}

// RapidJSON keeps repeated keys; such a body goes through the YAML reader, which refuses them
// with a line and column.
bool hasRepeatedKeys(const json::Value &value)
{
    if (value.IsArray()) {
        for (const auto &item : value.GetArray()) {
            if (hasRepeatedKeys(item))
                return true;
        }
        return false;
    }
    if (!value.IsObject())
        return false;
    std::set<std::string_view> names;
    for (const auto &member : value.GetObject()) {
        if (!names.emplace(member.name.GetString(), member.name.GetStringLength()).second ||
            hasRepeatedKeys(member.value))
            return true;
    }
    return false;
}

bool looksLikeJson(const std::string &text)
{
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace

Result<std::vector<json::Document>> yamlToJson(const std::string &yaml, const std::string &sourceName)
{
    std::vector<json::Document> documents;
    if (looksLikeJson(yaml)) {
        if (auto parsed = json::parse(yaml); parsed && !hasRepeatedKeys(*parsed)) {
            documents.push_back(std::move(*parsed));
            return documents;
        }
    }
    try {
        const std::vector<YAML::Node> nodes = YAML::LoadAll(yaml);
        for (const auto &node : nodes) {
            if (!node.IsDefined() || (node.IsNull() && node.Tag() != "!"))
                continue;
            json::Document document;
            YamlToJsonConverter converter(document.GetAllocator());
            json::Value root = converter.convert(node);
            static_cast<json::Value &>(document) = root.Move();
            documents.push_back(std::move(document));
        }
    } catch (const YAML::Exception &e) {
        return Error::make(Error::Kind::Invalid, locationPrefix(sourceName, e.mark) + e.msg);
    } catch (const ConversionError &e) {
        return Error::make(Error::Kind::Invalid, locationPrefix(sourceName, e.mark) + e.reason);
    }
    return documents;
}

} // namespace kedascope::k8s

namespace kedascope::k8s {

namespace {

bool isYaml11Special(const std::string &text)
{
    static const char *const words[] = {"y",  "Y",  "yes", "Yes", "YES", "n",   "N",   "no", "No",
                                        "NO", "on", "On",  "ON",  "off", "Off", "OFF", "=",  "<<"};
    for (const char *word : words) {
        if (text == word)
            return true;
    }
    return false;
}

bool hasUnsafeCharacters(const std::string &text)
{
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
            return true;
        // NEL, LS, PS and BOM read as line breaks or markers.
        if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85)
            return true;
        if (c == 0xe2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) == 0xa8 ||
             static_cast<unsigned char>(text[i + 2]) == 0xa9))
            return true;
        if (c == 0xef && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xbb &&
            static_cast<unsigned char>(text[i + 2]) == 0xbf)
            return true;
    }
    return false;
}

// True when `text` written as a plain scalar would not read back as this very string,
// under YAML 1.2 or the YAML 1.1 rules other tools still apply.
bool needsQuotes(const std::string &text)
{
    if (text.empty() || resolvePlain(text).kind != Kind::String || isYaml11Special(text))
        return true;
    const char first = text.front();
    if (std::strchr("-?:,[]{}#&*!|>'\"%@`", first))
        return true;
    if (std::isdigit(static_cast<unsigned char>(first)) || first == '+' || first == '.')
        return true;
    if (first == ' ' || first == '\t' || text.back() == ' ' || text.back() == '\t' || text.back() == ':')
        return true;
    if (text.find(": ") != std::string::npos || text.find(" #") != std::string::npos ||
        text.find(":\t") != std::string::npos || text.find("\t#") != std::string::npos)
        return true;
    return hasUnsafeCharacters(text) || text.find('\n') != std::string::npos;
}

std::string doubleQuoted(const std::string &text)
{
    std::string out = "\"" + backslashEscaped(text);
    // Unicode line separators and BOM are escaped so that no reader folds them.
    for (const auto &[raw, escaped] : {std::pair<std::string, std::string>{"\xc2\x85", "\\N"},
                                       {"\xe2\x80\xa8", "\\L"},
                                       {"\xe2\x80\xa9", "\\P"},
                                       {"\xef\xbb\xbf", "\\ufeff"}}) {
        for (size_t pos = out.find(raw); pos != std::string::npos; pos = out.find(raw, pos + escaped.size()))
            out.replace(pos, raw.size(), escaped);
    }
    out += '"';
    return out;
}

// A multi-line string as a literal block, when the block reads back exactly.
bool fitsLiteralBlock(const std::string &text)
{
    if (text.find('\n') == std::string::npos || text.front() == ' ' || text.front() == '\t' ||
        text.front() == '\n' || hasUnsafeCharacters(text))
        return false;
    return text.find_first_not_of('\n') != std::string::npos;
}

class YamlWriter
{
public:
    std::string take() { return std::move(m_out); }

    void writeDocument(const json::Value &value)
    {
        if (isBlockCollection(value))
            writeBlock(value, 0);
        else {
            writeInline(value, 2);
            m_out += '\n';
        }
    }

private:
    static bool isBlockCollection(const json::Value &value)
    {
        return (value.IsObject() && value.MemberCount() > 0) || (value.IsArray() && !value.Empty());
    }

    void indent(int columns) { m_out.append(static_cast<size_t>(columns), ' '); }

    void writeString(const std::string &text, int indentColumns)
    {
        if (!needsQuotes(text)) {
            m_out += text;
            return;
        }
        if (!fitsLiteralBlock(text)) {
            m_out += doubleQuoted(text);
            return;
        }
        size_t trailing = 0;
        while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n')
            ++trailing;
        m_out += trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
        const std::string body = text.substr(0, text.size() - trailing);
        size_t start = 0;
        while (start <= body.size()) {
            const size_t end = body.find('\n', start);
            const std::string line =
                body.substr(start, end == std::string::npos ? std::string::npos : end - start);
            m_out += '\n';
            if (!line.empty()) {
                indent(indentColumns);
                m_out += line;
            }
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
        for (size_t i = 1; i < trailing; ++i)
            m_out += '\n';
    }

    // Scalars and empty collections; `indentColumns` is where a literal block's lines go.
    void writeInline(const json::Value &value, int indentColumns)
    {
        if (value.IsNull())
            m_out += "null";
        else if (value.IsBool())
            m_out += value.GetBool() ? "true" : "false";
        else if (value.IsNumber())
            m_out += json::serialize(value);
        else if (value.IsString())
            writeString(std::string(value.GetString(), value.GetStringLength()), indentColumns);
        else if (value.IsObject())
            m_out += "{}";
        else
            m_out += "[]";
    }

    void writeKey(const json::Value &name)
    {
        const std::string key(name.GetString(), name.GetStringLength());
        m_out += needsQuotes(key) ? doubleQuoted(key) : key;
        m_out += ':';
    }

    // Writes a non-empty collection whose lines start at `column`; the cursor is at a line start
    // (or after "- " for the first entry of a sequence item).
    void writeBlock(const json::Value &value, int column, bool cursorPlaced = false)
    {
        bool first = true;
        if (value.IsObject()) {
            for (const auto &member : value.GetObject()) {
                if (!(first && cursorPlaced))
                    indent(column);
                first = false;
                writeKey(member.name);
                writeChild(member.value, column);
            }
            return;
        }
        for (const auto &item : value.GetArray()) {
            if (!(first && cursorPlaced))
                indent(column);
            first = false;
            m_out += '-';
            if (isBlockCollection(item)) {
                m_out += ' ';
                writeBlock(item, column + 2, true);
            } else {
                m_out += ' ';
                writeInline(item, column + 2);
                m_out += '\n';
            }
        }
    }

    void writeChild(const json::Value &value, int column)
    {
        if (isBlockCollection(value)) {
            m_out += '\n';
            writeBlock(value, column + 2);
            return;
        }
        m_out += ' ';
        writeInline(value, column + 2);
        m_out += '\n';
    }

    std::string m_out;
};

} // namespace

std::string jsonToYaml(const json::Value &value)
{
    YamlWriter writer;
    writer.writeDocument(value);
    return writer.take();
}

} // namespace kedascope::k8s
