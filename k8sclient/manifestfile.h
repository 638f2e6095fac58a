// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/resourcetype.h"
#include "k8sclient/result.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kedascope::k8s {

// A place in a file's text; 1-based, 0 when unknown.
struct TextPosition
{
    int line = 0;
    int column = 0;
    bool known() const { return line > 0; }
};

struct ManifestParseError
{
    TextPosition position; // in the whole file
    std::string message;   // yaml-cpp's reason, without the location
};

// One YAML document of a manifest file, with the text it came from.
struct ManifestDocument
{
    std::string separator; // the `---` line that opens it, with its line break; empty for a first document without
    int separatorLine = 0; // line of that `---` in the file; 0: none
    int firstLine = 1;     // file line where `text` starts
    std::string text;      // the document's own text, kept verbatim (comments included), ends with '\n' if any

    bool empty = true; // only comments and blank lines (e.g. after a trailing `---`): nothing to apply
    std::optional<ManifestParseError> error;
    std::shared_ptr<const json::Document> object; // the parsed object; null when empty or not parseable

    std::string apiVersion, kind, name, ns; // from the object; ns empty when the document names none
    std::optional<ResourceType> type; // KEDA kinds and core/apps/batch/autoscaling kinds known without discovery
    bool edited = false; // text replaced since the file was read

    // Where each field is written: "spec.triggers[0].metadata.queueName" -> position of its key (for list items:
    // of the item) and, for scalars, of its value. Positions are in the whole file.
    std::map<std::string, TextPosition> keyPositions;
    std::map<std::string, TextPosition> valuePositions;

    bool isKeda() const { return apiVersion.rfind("keda.sh/", 0) == 0; }
    // The best place to underline for a field path (as API servers and CrdSchema word them:
    // "spec.triggers[0].type", "metadata.annotations[autoscaling.keda.sh/paused]"): the value when
    // written, else the key of the nearest written ancestor (a missing field: its parent's key), else the
    // document's first line.
    TextPosition positionOf(std::string_view fieldPath) const;
    // "scaledobject.keda.sh/NAME", as kubectl names objects ("deployment.apps/NAME", "configmap/NAME").
    std::string displayName() const;
};

// A YAML file with one or several documents (KEDA objects and any other kinds). Documents nobody
// edited are written back byte for byte; only edited ones get new text.
class ManifestFile
{
public:
    ManifestFile() = default;
    static ManifestFile parse(std::string_view text, std::string sourceName = {});
    static Result<ManifestFile> load(const std::string &path);
    // Writes text() to `path` (through a temporary file, then rename).
    Status save(const std::string &path) const;

    const std::string &sourceName() const { return m_sourceName; }
    std::string text() const;

    const std::vector<ManifestDocument> &documents() const { return m_documents; }
    const ManifestDocument &document(std::size_t index) const { return m_documents.at(index); }
    std::size_t size() const { return m_documents.size(); }
    // Indexes of the documents that carry an object (not empty, parsed).
    std::vector<std::size_t> objectIndexes() const;

    // Replaces a document's text (what the YAML editor does) and parses it again.
    void setDocumentText(std::size_t index, std::string text);
    // Replaces a document by the YAML of `object` (what the form does); the document's comments are lost,
    // which is why the editor warns first (see ManifestDocument::text for what there was).
    void setDocumentObject(std::size_t index, const json::Value &object);
    // Appends a document (a `---` separator is added when needed); returns its index.
    std::size_t appendDocument(std::string text);
    void removeDocument(std::size_t index);

    // Parse errors of all documents, positions in the whole file.
    std::vector<ManifestParseError> errors() const;
    bool hasErrors() const;

private:
    void renumber();

    std::string m_sourceName;
    std::vector<ManifestDocument> m_documents;
};

// Parses one document's text (what ManifestFile does per document); `firstLine` shifts its positions.
ManifestDocument parseManifestDocument(std::string text, int firstLine = 1);
// The ResourceType of a kind known without discovery (the KEDA kinds; core, apps, batch, autoscaling kinds);
// std::nullopt otherwise (ask ApiClient::discover()).
std::optional<ResourceType> knownResourceType(const std::string &apiVersion, const std::string &kind);

} // namespace kedascope::k8s
