// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <map>
#include <memory>

class QLockFile;

namespace kedascope::models {

// An editor's unsaved manifest, kept on disk so a crash or a kill loses nothing.
struct Draft
{
    QString id;
    QString title;      // what the editor's window said
    QString filePath;   // the file it was opened from or saved to; empty: never saved
    QString context;    // the kubeconfig context it was opened for; empty: none
    QString text;       // the whole manifest, every document
    QDateTime savedAt;
};

// Drafts in a directory (AppDataLocation/drafts by default): <id>.yaml with the text, <id>.json with
// the rest. An open editor holds <id>.lock, so only drafts nobody holds (their editor closed
// without discarding them: a crash or a kill) are offered for restore.
class DraftStore
{
public:
    explicit DraftStore(const QString &directory = defaultDirectory());
    ~DraftStore();
    DraftStore(const DraftStore &) = delete;
    DraftStore &operator=(const DraftStore &) = delete;

    static QString defaultDirectory();
    static QString newId();
    QString directory() const { return m_directory; }

    // Writes the draft (atomically) and holds its lock; false when the disk refused.
    bool save(const Draft &draft);
    // Drafts no live editor holds, newest first.
    QList<Draft> orphaned() const;
    // Takes over an orphaned draft (restore): holds its lock; false if another editor holds it.
    bool claim(const QString &id);
    // Removes the draft and its lock (saved, or closed on purpose).
    void discard(const QString &id);
    // Lets the lock go, leaving the draft on disk (as a crash would).
    void release(const QString &id);

private:
    QString filePath(const QString &id, const QString &suffix) const;
    static std::optional<Draft> readDraft(const QString &yamlPath, const QString &metaPath);

    QString m_directory;
    std::map<QString, std::unique_ptr<QLockFile>> m_locks;
};

} // namespace kedascope::models
