// SPDX-License-Identifier: Apache-2.0
#include "printers.h"

#include "k8sclient/age.h"
#include "k8sclient/crdschema.h"
#include "k8sclient/json.h"
#include "k8sclient/yamljson.h"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace kedascope::ctl {

namespace {

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text;
}

void printAligned(std::ostream &out, const std::vector<std::vector<std::string>> &rows)
{
    std::vector<std::size_t> widths;
    for (const auto &row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const auto &row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += std::string(widths[i] - row[i].size() + 3, ' ');
        }
        out << line << '\n';
    }
}

void printTable(std::ostream &out, const k8s::ResourceType &type, const std::vector<k8s::json::Document> &docs,
                bool allNamespaces)
{
    const auto schema = k8s::CrdSchema::forKind(type.kind);
    std::vector<k8s::PrinterColumn> columns;
    if (schema)
        for (const auto &column : schema->printerColumns())
            if (column.priority == 0)
                columns.push_back(column);

    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header;
    if (allNamespaces && type.namespaced)
        header.push_back("NAMESPACE");
    header.push_back("NAME");
    for (const auto &column : columns)
        header.push_back(upper(column.name));
    rows.push_back(header);

    const auto now = std::chrono::system_clock::now();
    for (const auto &doc : docs) {
        std::vector<std::string> row;
        if (allNamespaces && type.namespaced)
            row.push_back(k8s::json::stringAt(doc, "metadata.namespace"));
        row.push_back(k8s::json::stringAt(doc, "metadata.name"));
        for (const auto &column : columns) {
            std::string cell = k8s::evaluateJsonPath(doc, column.jsonPath);
            if (column.type == "date" && !cell.empty()) {
                if (auto when = k8s::parseTimestamp(cell))
                    cell = k8s::formatAge(now - *when);
            }
            row.push_back(cell.empty() ? std::string() : cell);
        }
        rows.push_back(std::move(row));
    }

    printAligned(out, rows);
}

std::string untilCell(const k8s::pause::PauseState &state, std::chrono::system_clock::time_point now)
{
    if (!state.until)
        return "-";
    const std::string when = k8s::formatTimestamp(*state.until);
    if (*state.until <= now)
        return when + " (over)";
    return when + " (in " + k8s::formatAge(*state.until - now) + ')';
}

} // namespace

void printPausedTable(std::ostream &out, const k8s::ResourceType &type,
                      const std::vector<std::pair<std::string, k8s::pause::PauseState>> &paused,
                      bool allNamespaces)
{
    const auto now = std::chrono::system_clock::now();
    const bool withNamespace = allNamespaces && type.namespaced;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{"NAME", "MODE", "SINCE", "UNTIL", "BY"};
    if (withNamespace)
        header.insert(header.begin(), "NAMESPACE");
    rows.push_back(header);
    for (const auto &[text, state] : paused) {
        auto doc = k8s::json::parse(text);
        if (!doc)
            continue;
        std::vector<std::string> row;
        if (withNamespace)
            row.push_back(k8s::json::stringAt(*doc, "metadata.namespace"));
        row.push_back(k8s::json::stringAt(*doc, "metadata.name"));
        row.push_back(state.mode);
        row.push_back(state.since ? k8s::formatAge(now - *state.since) : "-");
        row.push_back(untilCell(state, now));
        row.push_back(state.byKedascope ? "kedascope" : "other");
        rows.push_back(std::move(row));
    }
    printAligned(out, rows);
}

void printObjects(std::ostream &out, const k8s::ResourceType &type, const std::vector<std::string> &objects,
                  OutputFormat format, bool allNamespaces, bool single)
{
    std::vector<k8s::json::Document> docs;
    docs.reserve(objects.size());
    for (const auto &text : objects) {
        auto doc = k8s::json::parse(text);
        if (doc)
            docs.push_back(std::move(*doc));
    }

    switch (format) {
    case OutputFormat::Table:
        printTable(out, type, docs, allNamespaces);
        return;
    case OutputFormat::Name: {
        std::string lowerKind = type.kind;
        std::transform(lowerKind.begin(), lowerKind.end(), lowerKind.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        const std::string prefix = type.group.empty() ? lowerKind : lowerKind + '.' + type.group;
        for (const auto &doc : docs)
            out << prefix << '/' << k8s::json::stringAt(doc, "metadata.name") << '\n';
        return;
    }
    case OutputFormat::Json:
    case OutputFormat::Yaml: {
        k8s::json::Document shown;
        if (single && docs.size() == 1) {
            shown.CopyFrom(docs.front(), shown.GetAllocator());
        } else {
            auto &alloc = shown.GetAllocator();
            shown.SetObject();
            shown.AddMember("apiVersion", "v1", alloc);
            k8s::json::Value items(rapidjson::kArrayType);
            for (auto &doc : docs) {
                k8s::json::Value copy(doc, alloc);
                items.PushBack(copy, alloc);
            }
            shown.AddMember("items", items, alloc);
            shown.AddMember("kind", "List", alloc);
            k8s::json::Value metadata(rapidjson::kObjectType);
            metadata.AddMember("resourceVersion", "", alloc);
            shown.AddMember("metadata", metadata, alloc);
        }
        if (format == OutputFormat::Json)
            out << k8s::json::serializePretty(shown) << '\n';
        else
            out << k8s::jsonToYaml(shown);
        return;
    }
    }
}

} // namespace kedascope::ctl
