// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/manifestfile.h"

#include "k8sclient/filetext.h"
#include "k8sclient/manifestpositions.h"
#include "k8sclient/yamljson.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>

namespace kedascope::k8s {

namespace {

int countLines(std::string_view text)
{
    return int(std::count(text.begin(), text.end(), '\n'));
}

bool isBlankOrComment(std::string_view rest)
{
    for (char c : rest) {
        if (c == '#')
            return true;
        if (!std::isspace(static_cast<unsigned char>(c)))
            return false;
    }
    return true;
}

// "---" alone on its line, or followed by blanks or a comment.
bool isSeparator(std::string_view line)
{
    return line.substr(0, 3) == "---" && (line.size() == 3 || std::isspace(static_cast<unsigned char>(line[3])) ||
                                          line[3] == '#');
}

bool onlyCommentsAndBlanks(std::string_view text)
{
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string_view line =
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!isBlankOrComment(line))
            return false;
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return true;
}

// "<input>:12:3: reason" -> position and reason.
ManifestParseError parseErrorFrom(const std::string &message, int firstLine)
{
    ManifestParseError error;
    error.message = message;
    const std::string prefix = "<input>:";
    if (message.rfind(prefix, 0) != 0)
        return error;
    int line = 0, column = 0, consumed = 0;
    if (std::sscanf(message.c_str() + prefix.size(), "%d:%d: %n", &line, &column, &consumed) >= 2 && consumed > 0) {
        error.position = {line + firstLine - 1, column};
        error.message = message.substr(prefix.size() + std::size_t(consumed));
    } else if (message.size() > prefix.size() + 1) {
        error.message = message.substr(prefix.size() + 1);
        error.position = {firstLine, 1};
    }
    return error;
}

void shift(TextPosition &position, int delta)
{
    if (position.known())
        position.line += delta;
}

std::string lowercase(std::string text)
{
    for (auto &c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

const std::vector<ResourceType> &knownTypes()
{
    static const std::vector<ResourceType> types = [] {
        std::vector<ResourceType> all = resources::keda();
        for (const ResourceType *type : {&resources::deployments(), &resources::statefulSets(), &resources::hpas(),
                                         &resources::namespaces(), &resources::secrets(), &resources::services(),
                                         &resources::jobs()})
            all.push_back(*type);
        auto add = [&all](std::string group, std::string resource, std::string kind, bool namespaced) {
            ResourceType type;
            type.group = std::move(group);
            type.version = "v1";
            type.singular = lowercase(kind);
            type.resource = std::move(resource);
            type.kind = std::move(kind);
            type.namespaced = namespaced;
            all.push_back(std::move(type));
        };
        add("", "configmaps", "ConfigMap", true);
        add("", "serviceaccounts", "ServiceAccount", true);
        add("", "pods", "Pod", true);
        add("", "persistentvolumeclaims", "PersistentVolumeClaim", true);
        add("apps", "daemonsets", "DaemonSet", true);
        add("apps", "replicasets", "ReplicaSet", true);
        add("batch", "cronjobs", "CronJob", true);
        return all;
    }();
    return types;
}

} // namespace

std::optional<ResourceType> knownResourceType(const std::string &apiVersion, const std::string &kind)
{
    for (const auto &type : knownTypes())
        if (type.kind == kind && type.apiVersion() == apiVersion)
            return type;
    return std::nullopt;
}

TextPosition ManifestDocument::positionOf(std::string_view fieldPath) const
{
    const std::string exact = canonicalFieldPath(fieldPath);
    if (auto it = valuePositions.find(exact); it != valuePositions.end() && it->second.known())
        return it->second;
    for (std::string path = exact; !path.empty(); path = parentFieldPath(path)) {
        if (auto it = keyPositions.find(path); it != keyPositions.end() && it->second.known())
            return it->second;
    }
    return {firstLine, 1};
}

std::string ManifestDocument::displayName() const
{
    const auto slash = apiVersion.find('/');
    const std::string group = slash == std::string::npos ? std::string() : apiVersion.substr(0, slash);
    return lowercase(kind) + (group.empty() ? "" : "." + group) + '/' + name;
}

ManifestDocument parseManifestDocument(std::string text, int firstLine)
{
    ManifestDocument document;
    document.firstLine = firstLine;
    document.text = std::move(text);
    if (onlyCommentsAndBlanks(document.text))
        return document;
    auto parsed = yamlToJson(document.text);
    if (!parsed) {
        document.empty = false;
        document.error = parseErrorFrom(parsed.error().message, firstLine);
        return document;
    }
    if (parsed->empty())
        return document;
    document.empty = false;
    if (parsed->size() > 1) {
        document.error = ManifestParseError{{firstLine, 1}, "more than one document without a `---` line"};
        return document;
    }
    auto object = std::make_shared<json::Document>(std::move(parsed->front()));
    if (!object->IsObject()) {
        document.error = ManifestParseError{{firstLine, 1}, "a manifest must be a mapping"};
        return document;
    }
    document.apiVersion = json::stringAt(*object, "apiVersion");
    document.kind = json::stringAt(*object, "kind");
    document.name = json::stringAt(*object, "metadata.name");
    document.ns = json::stringAt(*object, "metadata.namespace");
    document.type = knownResourceType(document.apiVersion, document.kind);
    document.object = std::move(object);
    collectFieldPositions(document.text, firstLine, document.keyPositions, document.valuePositions);
    return document;
}

ManifestFile ManifestFile::parse(std::string_view text, std::string sourceName)
{
    ManifestFile file;
    file.m_sourceName = std::move(sourceName);
    std::string separator;
    std::string current;
    int line = 1;
    int separatorLine = 0;
    int firstLine = 1;
    auto finish = [&] {
        ManifestDocument document = parseManifestDocument(std::move(current), firstLine);
        document.separator = std::move(separator);
        document.separatorLine = separatorLine;
        file.m_documents.push_back(std::move(document));
        current.clear();
        separator.clear();
    };
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        const std::string_view lineText = text.substr(start, next - start);
        if (isSeparator(lineText)) {
            if (line > 1 || !current.empty())
                finish();
            separator = std::string(lineText);
            separatorLine = line;
            firstLine = line + 1;
        } else {
            current += lineText;
        }
        ++line;
        start = next;
    }
    if (!current.empty() || !separator.empty() || file.m_documents.empty())
        finish();
    return file;
}

Result<ManifestFile> ManifestFile::load(const std::string &path)
{
    auto text = files::readText(path);
    if (!text)
        return text.error();
    return parse(*text, path);
}

Status ManifestFile::save(const std::string &path) const
{
    const std::string temporary = path + ".kedascope-tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        const std::string content = text();
        out.write(content.data(), std::streamsize(content.size()));
        out.close();
        if (!out)
            return Error::make(Error::Kind::Invalid, "cannot write " + temporary);
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        return Error::make(Error::Kind::Invalid, "cannot replace " + path);
    }
    return success();
}

std::string ManifestFile::text() const
{
    std::string out;
    for (const auto &document : m_documents)
        out += document.separator + document.text;
    return out;
}

std::vector<std::size_t> ManifestFile::objectIndexes() const
{
    std::vector<std::size_t> indexes;
    for (std::size_t i = 0; i < m_documents.size(); ++i)
        if (m_documents[i].object)
            indexes.push_back(i);
    return indexes;
}

void ManifestFile::setDocumentText(std::size_t index, std::string text)
{
    ManifestDocument &old = m_documents.at(index);
    if (!text.empty() && text.back() != '\n')
        text += '\n';
    ManifestDocument document = parseManifestDocument(std::move(text), old.firstLine);
    document.separator = std::move(old.separator);
    document.separatorLine = old.separatorLine;
    document.edited = true;
    old = std::move(document);
    renumber();
}

void ManifestFile::setDocumentObject(std::size_t index, const json::Value &object)
{
    setDocumentText(index, jsonToYaml(object));
}

std::size_t ManifestFile::appendDocument(std::string text)
{
    if (!m_documents.empty() && !m_documents.back().text.empty() && m_documents.back().text.back() != '\n')
        m_documents.back().text += '\n';
    const bool blankFile = m_documents.empty() ||
                           (m_documents.size() == 1 && m_documents.front().empty &&
                            m_documents.front().text.empty() && m_documents.front().separator.empty());
    const bool needsSeparator = !blankFile;
    if (!needsSeparator)
        m_documents.clear();
    ManifestDocument document;
    document.separator = needsSeparator ? "---\n" : "";
    m_documents.push_back(std::move(document));
    renumber();
    setDocumentText(m_documents.size() - 1, std::move(text));
    return m_documents.size() - 1;
}

void ManifestFile::removeDocument(std::size_t index)
{
    m_documents.erase(m_documents.begin() + std::ptrdiff_t(index));
    if (!m_documents.empty() && index == 0 && !m_documents.front().separator.empty()) {
        m_documents.front().separator.clear();
        m_documents.front().edited = true;
    }
    renumber();
}

std::vector<ManifestParseError> ManifestFile::errors() const
{
    std::vector<ManifestParseError> all;
    for (const auto &document : m_documents)
        if (document.error)
            all.push_back(*document.error);
    return all;
}

bool ManifestFile::hasErrors() const
{
    return std::any_of(m_documents.begin(), m_documents.end(), [](const auto &d) { return d.error.has_value(); });
}

void ManifestFile::renumber()
{
    int line = 1;
    for (auto &document : m_documents) {
        document.separatorLine = document.separator.empty() ? 0 : line;
        line += countLines(document.separator);
        const int delta = line - document.firstLine;
        document.firstLine = line;
        if (delta != 0) {
            for (auto *positions : {&document.keyPositions, &document.valuePositions})
                for (auto &entry : *positions)
                    shift(entry.second, delta);
            if (document.error)
                shift(document.error->position, delta);
        }
        line += countLines(document.text);
    }
}

} // namespace kedascope::k8s
