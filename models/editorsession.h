// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/editorissue.h"
#include "models/manifestdocument.h"

#include "k8sclient/manifestfile.h"
#include "k8sclient/manifestvalidation.h"

#include <QObject>
#include <QString>

#include <vector>

class QTimer;

namespace kedascope::models {

// A manifest file open in the editor: its documents (empty ones left out), each a ManifestDocument
// the form and the YAML view share, kept in step with the file's text (untouched documents are
// saved byte for byte), and each document's validation.
class EditorSession : public QObject
{
    Q_OBJECT
public:
    explicit EditorSession(QObject *parent = nullptr);
    ~EditorSession() override;

    void load(const QString &text, const QString &filePath = {});
    QString text() const;
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &filePath) { m_filePath = filePath; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    int count() const { return int(m_documents.size()); }
    ManifestDocument *document(int index) const { return m_documents.at(size_t(index)); }
    const k8s::ManifestDocument &fileDocument(int index) const;
    // "scaledobject.keda.sh/orders", or what the document is when it names nothing.
    QString title(int index) const;
    int addDocument(const QString &text);
    void removeDocument(int index);

    // The document's findings, newest validation (validation runs shortly after each change).
    const std::vector<EditorIssue> &issues(int index) const { return m_issues.at(size_t(index)); }
    void validateNow();

Q_SIGNALS:
    void documentsChanged(); // added, removed, loaded
    void documentEdited(int index);
    void issuesChanged(int index);
    void modifiedChanged(bool modified);

private:
    void adopt(size_t fileIndex);
    void documentTextChanged(ManifestDocument *document);
    int indexOf(const ManifestDocument *document) const;
    void validate(int index);

    k8s::ManifestFile m_file;
    QString m_filePath;
    std::vector<ManifestDocument *> m_documents;
    std::vector<size_t> m_fileIndexes;
    std::vector<std::vector<EditorIssue>> m_issues;
    std::vector<bool> m_stale;
    QTimer *m_validationTimer;
    bool m_modified = false;
};

} // namespace kedascope::models
