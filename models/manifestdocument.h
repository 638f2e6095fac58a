// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/editorpath.h"

#include "k8sclient/json.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <optional>

namespace kedascope::models {

// One YAML document that the form and the text editor share. Typing (setText) parses and, when the text
// parses, replaces the JSON; it never rewrites the text. Form edits (setValue, remove, the list
// operations) change the JSON and regenerate the text from it, strings staying strings. When the text
// carries comments a regeneration would drop, the form edit waits for acceptRegeneration() or
// rejectRegeneration() after commentsWouldBeLost().
class ManifestDocument : public QObject
{
    Q_OBJECT
public:
    struct ParseError
    {
        int line = 0;   // 1-based
        int column = 0; // 1-based
        QString message;
    };

    explicit ManifestDocument(QObject *parent = nullptr);
    ~ManifestDocument() override;

    QString text() const { return m_text; }
    // From typing: true when the text parsed (the JSON follows it); false keeps the last good JSON.
    bool setText(const QString &text);
    // Replaces everything (open, restore): the text as given, without asking about comments.
    bool load(const QString &text);
    std::optional<ParseError> parseError() const { return m_error; }

    // The last JSON that parsed (an empty object before anything did).
    const k8s::json::Value &json() const { return m_json; }
    QByteArray jsonBytes() const;
    QString kind() const;
    QString apiVersion() const;
    QString name() const;
    QString objectNamespace() const;
    bool isKeda() const;

    const k8s::json::Value *find(const FieldPath &path) const;
    bool contains(const FieldPath &path) const { return find(path) != nullptr; }
    // Scalars as QString / qlonglong / double / bool; invalid when missing, null or not a scalar.
    QVariant value(const FieldPath &path) const;
    QString stringValue(const FieldPath &path) const;
    int arraySize(const FieldPath &path) const;
    QStringList keys(const FieldPath &path) const;

    // Form edits. A QString value is always written as a string; integers, doubles and bools as such.
    void setValue(const FieldPath &path, const QVariant &value);
    void setJson(const FieldPath &path, const k8s::json::Value &value);
    // Removes the field, and the objects left empty above it (never spec, metadata or a list item).
    void remove(const FieldPath &path);
    void appendItem(const FieldPath &arrayPath, const k8s::json::Value &item);
    void removeItem(const FieldPath &arrayPath, int index);
    void moveItem(const FieldPath &arrayPath, int from, int to);
    // Several edits that regenerate the text once (and ask about comments once).
    void beginChange();
    void endChange();

    bool hasComments() const;
    bool regenerationPending() const { return m_pending.has_value(); }
    void acceptRegeneration();
    void rejectRegeneration();

Q_SIGNALS:
    // The JSON changed (typing that parsed, or a form edit): the form refreshes.
    void jsonChanged();
    // The text was regenerated from a form edit: the text view replaces its text as one undo step.
    void textRegenerated(const QString &text);
    // The text changed, typed or regenerated.
    void textChanged();
    // The text parsed again, or stopped parsing.
    void parseStateChanged();
    // A form edit would drop the text's comments; the UI asks, then accepts or rejects.
    void commentsWouldBeLost();

private:
    k8s::json::Value *ensurePath(const FieldPath &path);
    bool startEdit();
    void regenerate();
    static std::optional<ParseError> parseErrorFrom(const QString &message);
    static k8s::json::Value toJson(const QVariant &value, k8s::json::Allocator &alloc);

    QString m_text;
    k8s::json::Document m_json;
    std::optional<ParseError> m_error;
    std::optional<QByteArray> m_pending; // the JSON before an edit that waits for the comments answer
    QByteArray m_batchBefore;
    int m_changeDepth = 0;
    bool m_changedInBatch = false;
};

} // namespace kedascope::models
