// SPDX-License-Identifier: Apache-2.0
#include "sim/selectors.h"

#include <algorithm>

namespace kedascope::sim {

namespace {

std::string trim(const std::string &text)
{
    const auto begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos)
        return {};
    const auto end = text.find_last_not_of(" \t");
    return text.substr(begin, end - begin + 1);
}

// Splits at commas outside parentheses.
std::vector<std::string> splitTerms(const std::string &text)
{
    std::vector<std::string> terms;
    std::string current;
    int depth = 0;
    for (char c : text) {
        if (c == '(')
            ++depth;
        if (c == ')')
            --depth;
        if (c == ',' && depth == 0) {
            terms.push_back(trim(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!trim(current).empty() || !terms.empty())
        terms.push_back(trim(current));
    return terms;
}

std::vector<std::string> splitValues(const std::string &inside)
{
    std::vector<std::string> values;
    std::string current;
    for (char c : inside) {
        if (c == ',') {
            values.push_back(trim(current));
            current.clear();
        } else {
            current += c;
        }
    }
    values.push_back(trim(current));
    return values;
}

k8s::Error invalid(const std::string &what, const std::string &text)
{
    k8s::Error e = k8s::Error::make(k8s::Error::Kind::Invalid,
                                    "unable to parse requirement: " + what + ": \"" + text + "\"");
    e.code = 400;
    e.reason = "BadRequest";
    return e;
}

} // namespace

bool Selector::parseComparison(const std::string &term, Requirement &r)
{
    if (auto pos = term.find("!="); pos != std::string::npos) {
        r.key = trim(term.substr(0, pos));
        r.op = Op::NotEquals;
        r.values = {trim(term.substr(pos + 2))};
        return true;
    }
    if (auto eq = term.find('='); eq != std::string::npos) {
        r.key = trim(term.substr(0, eq));
        const bool doubled = eq + 1 < term.size() && term[eq + 1] == '=';
        r.values = {trim(term.substr(eq + (doubled ? 2 : 1)))};
        return true;
    }
    return false;
}

k8s::Result<Selector> Selector::parseLabels(const std::string &text)
{
    Selector selector;
    for (const auto &term : splitTerms(text)) {
        if (term.empty())
            return invalid("empty requirement", text);
        Requirement r;
        const auto open = term.find('(');
        if (open != std::string::npos) {
            const auto close = term.rfind(')');
            if (close == std::string::npos || close < open)
                return invalid("missing ')'", term);
            const std::string head = trim(term.substr(0, open));
            const auto space = head.find_last_of(" \t");
            if (space == std::string::npos)
                return invalid("expected in or notin", term);
            const std::string op = trim(head.substr(space + 1));
            r.key = trim(head.substr(0, space));
            if (op == "in")
                r.op = Op::In;
            else if (op == "notin")
                r.op = Op::NotIn;
            else
                return invalid("unknown operator " + op, term);
            r.values = splitValues(term.substr(open + 1, close - open - 1));
        } else if (!parseComparison(term, r)) {
            const bool negated = term[0] == '!';
            r.key = negated ? trim(term.substr(1)) : term;
            r.op = negated ? Op::NotExists : Op::Exists;
        }
        if (r.key.empty() || r.key.find_first_of(" \t=!") != std::string::npos)
            return invalid("invalid key", term);
        selector.m_requirements.push_back(std::move(r));
    }
    return selector;
}

k8s::Result<Selector> Selector::parseFields(const std::string &text,
                                            const std::vector<std::string> &knownFields)
{
    Selector selector;
    for (const auto &term : splitTerms(text)) {
        if (term.empty())
            return invalid("empty requirement", text);
        Requirement r;
        if (!parseComparison(term, r))
            return invalid("invalid field selector", term);
        if (std::find(knownFields.begin(), knownFields.end(), r.key) == knownFields.end()) {
            k8s::Error e = k8s::Error::make(k8s::Error::Kind::Invalid, "field label not supported: " + r.key);
            e.code = 400;
            e.reason = "BadRequest";
            return e;
        }
        selector.m_requirements.push_back(std::move(r));
    }
    return selector;
}

Selector Selector::withKeysRenamed(const std::function<std::string(const std::string &)> &rename) const
{
    Selector renamed = *this;
    for (auto &r : renamed.m_requirements)
        r.key = rename(r.key);
    return renamed;
}

bool Selector::matches(const std::map<std::string, std::string> &values) const
{
    for (const auto &r : m_requirements) {
        auto it = values.find(r.key);
        const bool has = it != values.end();
        const std::string value = has ? it->second : std::string();
        const bool listed = std::find(r.values.begin(), r.values.end(), value) != r.values.end();
        switch (r.op) {
        case Op::Equals:
            if (!has || value != r.values.front())
                return false;
            break;
        case Op::NotEquals:
            if (has && value == r.values.front())
                return false;
            break;
        case Op::In:
            if (!has || !listed)
                return false;
            break;
        case Op::NotIn:
            if (has && listed)
                return false;
            break;
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::NotExists:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

} // namespace kedascope::sim
