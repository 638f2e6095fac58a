// SPDX-License-Identifier: Apache-2.0
// Editor drafts on disk: saved, held while their editor lives, offered after a crash.
#include "models/draftstore.h"

#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kedascope;
using models::Draft;
using models::DraftStore;

class TestDraftStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heldDraftsAreNotOffered();
    void releasedDraftIsOfferedAndClaimed();
    void draftOfADeadProcessIsOffered();
    void discardRemovesEverything();
};

namespace {

Draft makeDraft(const QString &text)
{
    Draft draft;
    draft.id = DraftStore::newId();
    draft.title = QStringLiteral("orders.yaml");
    draft.filePath = QStringLiteral("/tmp/orders.yaml");
    draft.context = QStringLiteral("sim");
    draft.text = text;
    return draft;
}

} // namespace

void TestDraftStore::heldDraftsAreNotOffered()
{
    QTemporaryDir dir;
    DraftStore editor(dir.path());
    QVERIFY(editor.save(makeDraft(QStringLiteral("kind: ScaledObject\n"))));
    DraftStore nextStart(dir.path());
    QVERIFY(nextStart.orphaned().isEmpty());
    QVERIFY(editor.orphaned().isEmpty());
}

void TestDraftStore::releasedDraftIsOfferedAndClaimed()
{
    QTemporaryDir dir;
    const Draft draft = makeDraft(QStringLiteral("kind: ScaledObject # mine\n"));
    {
        DraftStore crashed(dir.path());
        QVERIFY(crashed.save(draft));
        crashed.release(draft.id);
    }
    DraftStore nextStart(dir.path());
    const auto drafts = nextStart.orphaned();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.front().id, draft.id);
    QCOMPARE(drafts.front().text, draft.text);
    QCOMPARE(drafts.front().title, draft.title);
    QCOMPARE(drafts.front().filePath, draft.filePath);
    QCOMPARE(drafts.front().context, draft.context);
    QVERIFY(drafts.front().savedAt.isValid());
    QVERIFY(nextStart.claim(draft.id));
    DraftStore third(dir.path());
    QVERIFY(third.orphaned().isEmpty());
    QVERIFY(!third.claim(draft.id));
}

void TestDraftStore::draftOfADeadProcessIsOffered()
{
    QTemporaryDir dir;
    const Draft draft = makeDraft(QStringLiteral("kind: ScaledJob\n"));
    {
        DraftStore crashed(dir.path());
        QVERIFY(crashed.save(draft));
        crashed.release(draft.id);
    }
    // the lock file a killed process leaves behind: a pid that no longer runs
    QFile lock(dir.filePath(draft.id + QStringLiteral(".lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(std::numeric_limits<int>::max() - 7) + "\nkedascope\n" +
               QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    DraftStore nextStart(dir.path());
    QCOMPARE(nextStart.orphaned().size(), 1);
}

void TestDraftStore::discardRemovesEverything()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    const Draft draft = makeDraft(QStringLiteral("kind: X\n"));
    QVERIFY(store.save(draft));
    store.discard(draft.id);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    DraftStore nextStart(dir.path());
    QVERIFY(nextStart.orphaned().isEmpty());
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
