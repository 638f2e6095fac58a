// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/manifestpositions.h"

#include <yaml-cpp/yaml.h>

#include <cctype>

namespace kedascope::k8s {

namespace {

TextPosition positionOf(const YAML::Mark &mark, int firstLine)
{
    if (mark.is_null())
        return {};
    return {mark.line + firstLine, mark.column + 1};
}

bool isIndex(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

void walk(const YAML::Node &node, const std::string &path, int firstLine, int depth,
          std::map<std::string, TextPosition> &keys, std::map<std::string, TextPosition> &values)
{
    if (depth > 64)
        return;
    if (node.IsMap()) {
        for (const auto &entry : node) {
            if (!entry.first.IsScalar())
                continue;
            const std::string child = childFieldPath(path, entry.first.Scalar());
            keys.emplace(child, positionOf(entry.first.Mark(), firstLine));
            if (entry.second.IsScalar())
                values.emplace(child, positionOf(entry.second.Mark(), firstLine));
            walk(entry.second, child, firstLine, depth + 1, keys, values);
        }
    } else if (node.IsSequence()) {
        std::size_t index = 0;
        for (const auto &item : node) {
            const std::string child = path + '[' + std::to_string(index++) + ']';
            keys.emplace(child, positionOf(item.Mark(), firstLine));
            if (item.IsScalar())
                values.emplace(child, positionOf(item.Mark(), firstLine));
            walk(item, child, firstLine, depth + 1, keys, values);
        }
    }
}

} // namespace

std::string childFieldPath(const std::string &parent, std::string_view key)
{
    const bool plain = !key.empty() && key.find_first_of("./[]") == std::string_view::npos;
    if (plain)
        return parent.empty() ? std::string(key) : parent + '.' + std::string(key);
    return parent + '[' + std::string(key) + ']';
}

void collectFieldPositions(const std::string &yaml, int firstLine, std::map<std::string, TextPosition> &keys,
                           std::map<std::string, TextPosition> &values)
{
    try {
        walk(YAML::Load(yaml), {}, firstLine, 0, keys, values);
    } catch (const YAML::Exception &) {
    }
}

std::string canonicalFieldPath(std::string_view path)
{
    while (!path.empty() && path.front() == '.')
        path.remove_prefix(1);
    std::string out;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '[') {
            const std::size_t close = path.find(']', i);
            if (close == std::string_view::npos)
                break;
            const std::string_view inside = path.substr(i + 1, close - i - 1);
            out += isIndex(inside) ? '[' + std::string(inside) + ']' : childFieldPath(out, inside).substr(out.size());
            i = close + 1;
        } else if (path[i] == '.') {
            ++i;
        } else {
            const std::size_t end = path.find_first_of(".[", i);
            const std::string_view key = path.substr(i, end == std::string_view::npos ? path.size() - i : end - i);
            out = childFieldPath(out, key);
            i += key.size();
        }
    }
    return out;
}

std::string parentFieldPath(std::string_view path)
{
    if (path.empty())
        return {};
    if (path.back() == ']') {
        int depth = 0;
        for (std::size_t i = path.size(); i-- > 0;) {
            if (path[i] == ']')
                ++depth;
            else if (path[i] == '[' && --depth == 0)
                return std::string(path.substr(0, i));
        }
        return {};
    }
    const std::size_t dot = path.find_last_of(".]");
    if (dot == std::string_view::npos)
        return {};
    return std::string(path.substr(0, path[dot] == ']' ? dot + 1 : dot));
}

} // namespace kedascope::k8s
