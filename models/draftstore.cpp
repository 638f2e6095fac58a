// SPDX-License-Identifier: Apache-2.0
#include "models/draftstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace kedascope::models {

namespace {

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

} // namespace

DraftStore::DraftStore(const QString &directory) : m_directory(directory) {}

DraftStore::~DraftStore() = default;

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DraftStore::filePath(const QString &id, const QString &suffix) const
{
    return QDir(m_directory).filePath(id + suffix);
}

bool DraftStore::claim(const QString &id)
{
    if (m_locks.count(id))
        return true;
    if (!QDir().mkpath(m_directory))
        return false;
    auto lock = std::make_unique<QLockFile>(filePath(id, QStringLiteral(".lock")));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_locks.emplace(id, std::move(lock));
    return true;
}

bool DraftStore::save(const Draft &draft)
{
    if (draft.id.isEmpty() || !claim(draft.id))
        return false;
    QJsonObject meta{{QStringLiteral("title"), draft.title},
                     {QStringLiteral("filePath"), draft.filePath},
                     {QStringLiteral("context"), draft.context},
                     {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return writeAtomically(filePath(draft.id, QStringLiteral(".yaml")), draft.text.toUtf8()) &&
           writeAtomically(filePath(draft.id, QStringLiteral(".json")), QJsonDocument(meta).toJson());
}

std::optional<Draft> DraftStore::readDraft(const QString &yamlPath, const QString &metaPath)
{
    QFile yaml(yamlPath);
    QFile meta(metaPath);
    if (!yaml.open(QIODevice::ReadOnly) || !meta.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
    Draft draft;
    draft.text = QString::fromUtf8(yaml.readAll());
    draft.title = object.value(QStringLiteral("title")).toString();
    draft.filePath = object.value(QStringLiteral("filePath")).toString();
    draft.context = object.value(QStringLiteral("context")).toString();
    draft.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    return draft;
}

QList<Draft> DraftStore::orphaned() const
{
    QList<Draft> drafts;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
        const QString id = name.chopped(5);
        if (m_locks.count(id))
            continue;
        QLockFile probe(filePath(id, QStringLiteral(".lock")));
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0))
            continue; // a live editor holds it
        probe.unlock();
        if (auto draft = readDraft(dir.filePath(name), filePath(id, QStringLiteral(".json")))) {
            draft->id = id;
            drafts << *draft;
        }
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

void DraftStore::discard(const QString &id)
{
    QFile::remove(filePath(id, QStringLiteral(".yaml")));
    QFile::remove(filePath(id, QStringLiteral(".json")));
    m_locks.erase(id); // unlocks, removing the lock file
}

void DraftStore::release(const QString &id)
{
    m_locks.erase(id);
}

} // namespace kedascope::models
