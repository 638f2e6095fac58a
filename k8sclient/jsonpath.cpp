// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/jsonpath.h"

#include "k8sclient/crdschema.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace kedascope::k8s {

namespace {

struct PathError
{
};

using Values = std::vector<const json::Value *>;

const json::Value *memberOf(const json::Value &object, const std::string &name)
{
    if (!object.IsObject())
        return nullptr;
    auto it = object.FindMember(json::Value(rapidjson::StringRef(name.data(), name.size())));
    return it == object.MemberEnd() ? nullptr : &it->value;
}

class JsonPathEvaluator
{
public:
    explicit JsonPathEvaluator(const std::string &path) : m_path(path) {}

    Values run(const json::Value &root)
    {
        trimBraces();
        Values current{&root};
        if (m_pos < m_end && m_path[m_pos] == '$')
            ++m_pos;
        while (m_pos < m_end && !current.empty())
            current = step(current);
        return current;
    }

    // A relative path inside a filter: "@.type" or "@.a.b".
    static Values relative(const json::Value &item, const std::string &path)
    {
        JsonPathEvaluator inner(path);
        if (inner.m_pos < inner.m_end && inner.m_path[inner.m_pos] == '@')
            ++inner.m_pos;
        else
            throw PathError{};
        Values current{&item};
        while (inner.m_pos < inner.m_end && !current.empty())
            current = inner.step(current);
        return current;
    }

private:
    void trimBraces()
    {
        while (m_end > m_pos && std::isspace(static_cast<unsigned char>(m_path[m_end - 1])))
            --m_end;
        while (m_pos < m_end && std::isspace(static_cast<unsigned char>(m_path[m_pos])))
            ++m_pos;
        if (m_pos < m_end && m_path[m_pos] == '{' && m_path[m_end - 1] == '}') {
            ++m_pos;
            --m_end;
        }
    }

    std::string readName()
    {
        const size_t start = m_pos;
        while (m_pos < m_end && m_path[m_pos] != '.' && m_path[m_pos] != '[')
            ++m_pos;
        return m_path.substr(start, m_pos - start);
    }

    Values step(const Values &current)
    {
        const char c = m_path[m_pos];
        if (c == '.') {
            ++m_pos;
            if (m_pos < m_end && m_path[m_pos] == '.')
                throw PathError{}; // recursive descent is not part of the subset
            const std::string name = readName();
            if (name.empty())
                return current; // a trailing "." or ".[0]"
            Values next;
            for (const json::Value *value : current) {
                if (name == "*") {
                    appendChildren(*value, next);
                } else if (const json::Value *found = memberOf(*value, name)) {
                    next.push_back(found);
                }
            }
            return next;
        }
        if (c == '[')
            return bracket(current);
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            // kubectl accepts a leading name without a dot ("status.x").
            return stepName(current);
        }
        throw PathError{};
    }

    Values stepName(const Values &current)
    {
        const std::string name = readName();
        Values next;
        for (const json::Value *value : current) {
            if (const json::Value *found = memberOf(*value, name))
                next.push_back(found);
        }
        return next;
    }

    static void appendChildren(const json::Value &value, Values &out)
    {
        if (value.IsArray()) {
            for (const auto &item : value.GetArray())
                out.push_back(&item);
        } else if (value.IsObject()) {
            for (const auto &member : value.GetObject())
                out.push_back(&member.value);
        }
    }

    size_t closingBracket() const
    {
        char quote = 0;
        int depth = 0;
        for (size_t i = m_pos; i < m_end; ++i) {
            const char c = m_path[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                ++depth;
            } else if (c == ']' || c == ')') {
                if (--depth == 0 && c == ']')
                    return i;
            }
        }
        throw PathError{};
    }

    Values bracket(const Values &current)
    {
        const size_t close = closingBracket();
        const std::string inside = m_path.substr(m_pos + 1, close - m_pos - 1);
        m_pos = close + 1;
        Values next;
        if (inside == "*") {
            for (const json::Value *value : current)
                appendChildren(*value, next);
            return next;
        }
        if (inside.size() >= 2 && (inside.front() == '\'' || inside.front() == '"') &&
            inside.back() == inside.front()) {
            const std::string name = inside.substr(1, inside.size() - 2);
            for (const json::Value *value : current) {
                if (const json::Value *found = memberOf(*value, name))
                    next.push_back(found);
            }
            return next;
        }
        if (inside.rfind("?(", 0) == 0 && inside.back() == ')') {
            const std::string condition = inside.substr(2, inside.size() - 3);
            for (const json::Value *value : current) {
                if (!value->IsArray())
                    continue;
                for (const auto &item : value->GetArray()) {
                    if (matches(item, condition))
                        next.push_back(&item);
                }
            }
            return next;
        }
        return slice(current, inside);
    }

    static Values slice(const Values &current, const std::string &inside)
    {
        const size_t colon = inside.find(':');
        auto parse = [](const std::string &text, long long fallback) {
            if (text.empty())
                return fallback;
            char *end = nullptr;
            const long long value = std::strtoll(text.c_str(), &end, 10);
            if (*end != '\0')
                throw PathError{};
            return value;
        };
        Values next;
        for (const json::Value *value : current) {
            if (!value->IsArray())
                continue;
            const auto size = static_cast<long long>(value->Size());
            auto normalise = [size](long long index) { return index < 0 ? index + size : index; };
            long long begin = 0;
            long long end = 0;
            if (colon == std::string::npos) {
                begin = normalise(parse(inside, 0));
                end = begin + 1;
            } else {
                begin = normalise(parse(inside.substr(0, colon), 0));
                end = normalise(parse(inside.substr(colon + 1), size));
            }
            for (long long i = std::max(0LL, begin); i < std::min(end, size); ++i)
                next.push_back(&(*value)[static_cast<rapidjson::SizeType>(i)]);
        }
        return next;
    }

    static std::string trim(const std::string &text)
    {
        const size_t begin = text.find_first_not_of(' ');
        const size_t end = text.find_last_not_of(' ');
        return begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
    }

    static bool matches(const json::Value &item, const std::string &condition)
    {
        for (const char *op : {"==", "!="}) {
            const size_t at = condition.find(op);
            if (at == std::string::npos)
                continue;
            const std::string left = trim(condition.substr(0, at));
            const std::string right = trim(condition.substr(at + 2));
            const Values found = relative(item, left);
            if (found.empty())
                return false;
            const bool equal = literalEquals(*found.front(), right);
            return op[0] == '=' ? equal : !equal;
        }
        return !relative(item, trim(condition)).empty();
    }

    static bool literalEquals(const json::Value &value, const std::string &literal)
    {
        if (literal.size() >= 2 && (literal.front() == '"' || literal.front() == '\'') &&
            literal.back() == literal.front()) {
            return value.IsString() && std::string_view(value.GetString(), value.GetStringLength()) ==
                                           std::string_view(literal).substr(1, literal.size() - 2);
        }
        if (literal == "true" || literal == "false")
            return value.IsBool() && value.GetBool() == (literal == "true");
        char *end = nullptr;
        const double number = std::strtod(literal.c_str(), &end);
        if (end && *end == '\0' && !literal.empty())
            return value.IsNumber() && value.GetDouble() == number;
        throw PathError{};
    }

    const std::string &m_path;
    size_t m_pos = 0;
    size_t m_end = m_path.size();
};

} // namespace

std::vector<const json::Value *> findJsonPathValues(const json::Value &root, const std::string &path)
{
    try {
        JsonPathEvaluator evaluator(path);
        return evaluator.run(root);
    } catch (const PathError &) {
        return {};
    }
}

std::string jsonPathValueText(const json::Value &value)
{
    if (value.IsNull())
        return {};
    if (value.IsString())
        return std::string(value.GetString(), value.GetStringLength());
    return json::serialize(value);
}

std::string evaluateJsonPath(const json::Value &root, const std::string &path)
{
    std::string out;
    bool first = true;
    for (const json::Value *value : findJsonPathValues(root, path)) {
        if (!first)
            out += ',';
        first = false;
        out += jsonPathValueText(*value);
    }
    return out;
}

} // namespace kedascope::k8s
