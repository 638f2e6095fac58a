// SPDX-License-Identifier: Apache-2.0
#include "models/editorsession.h"

#include <QTimer>

namespace kedascope::models {

EditorSession::EditorSession(QObject *parent) : QObject(parent), m_validationTimer(new QTimer(this))
{
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(250);
    connect(m_validationTimer, &QTimer::timeout, this, &EditorSession::validateNow);
}

EditorSession::~EditorSession() = default;

void EditorSession::load(const QString &text, const QString &filePath)
{
    for (ManifestDocument *document : m_documents)
        document->deleteLater();
    m_documents.clear();
    m_fileIndexes.clear();
    m_issues.clear();
    m_stale.clear();
    m_filePath = filePath;
    m_file = k8s::ManifestFile::parse(text.toStdString(), filePath.toStdString());
    for (size_t i = 0; i < m_file.size(); ++i) {
        if (!m_file.document(i).empty || m_file.document(i).error)
            adopt(i);
    }
    if (m_documents.empty() && m_file.size() > 0)
        adopt(0);
    validateNow();
    setModified(false);
    Q_EMIT documentsChanged();
}

void EditorSession::adopt(size_t fileIndex)
{
    auto *document = new ManifestDocument(this);
    document->load(QString::fromStdString(m_file.document(fileIndex).text));
    connect(document, &ManifestDocument::textChanged, this, [this, document] { documentTextChanged(document); });
    m_documents.push_back(document);
    m_fileIndexes.push_back(fileIndex);
    m_issues.emplace_back();
    m_stale.push_back(true);
}

QString EditorSession::text() const
{
    return QString::fromStdString(m_file.text());
}

void EditorSession::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

const k8s::ManifestDocument &EditorSession::fileDocument(int index) const
{
    return m_file.document(m_fileIndexes.at(size_t(index)));
}

QString EditorSession::title(int index) const
{
    const auto &document = fileDocument(index);
    if (document.error && document.kind.empty())
        return tr("Document %1 (does not parse)").arg(index + 1);
    if (document.kind.empty())
        return tr("Document %1").arg(index + 1);
    return QString::fromStdString(document.displayName());
}

int EditorSession::addDocument(const QString &text)
{
    const size_t fileIndex = m_file.appendDocument(text.toStdString());
    adopt(fileIndex);
    validate(count() - 1);
    setModified(true);
    Q_EMIT documentsChanged();
    return count() - 1;
}

void EditorSession::removeDocument(int index)
{
    if (index < 0 || index >= count())
        return;
    const size_t fileIndex = m_fileIndexes[size_t(index)];
    m_file.removeDocument(fileIndex);
    m_documents[size_t(index)]->deleteLater();
    m_documents.erase(m_documents.begin() + index);
    m_fileIndexes.erase(m_fileIndexes.begin() + index);
    m_issues.erase(m_issues.begin() + index);
    m_stale.erase(m_stale.begin() + index);
    for (size_t &other : m_fileIndexes) {
        if (other > fileIndex)
            --other;
    }
    setModified(true);
    Q_EMIT documentsChanged();
}

int EditorSession::indexOf(const ManifestDocument *document) const
{
    for (size_t i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i] == document)
            return int(i);
    }
    return -1;
}

void EditorSession::documentTextChanged(ManifestDocument *document)
{
    const int index = indexOf(document);
    if (index < 0)
        return;
    m_file.setDocumentText(m_fileIndexes[size_t(index)], document->text().toStdString());
    m_stale[size_t(index)] = true;
    m_validationTimer->start();
    setModified(true);
    Q_EMIT documentEdited(index);
}

void EditorSession::validateNow()
{
    m_validationTimer->stop();
    for (int i = 0; i < count(); ++i) {
        if (m_stale[size_t(i)])
            validate(i);
    }
}

void EditorSession::validate(int index)
{
    const auto &document = fileDocument(index);
    std::vector<EditorIssue> issues;
    for (const auto &found : k8s::validateDocument(document)) {
        EditorIssue issue;
        issue.severity = found.severity;
        issue.fieldText = QString::fromStdString(found.field);
        issue.field = FieldPath::parse(issue.fieldText).value_or(FieldPath());
        issue.message = QString::fromStdString(found.message);
        if (found.position.known()) {
            issue.line = found.position.line - document.firstLine + 1;
            issue.column = found.position.column;
        }
        issues.push_back(std::move(issue));
    }
    m_issues[size_t(index)] = std::move(issues);
    m_stale[size_t(index)] = false;
    Q_EMIT issuesChanged(index);
}

} // namespace kedascope::models
