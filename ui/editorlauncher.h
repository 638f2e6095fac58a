// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/draftstore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QMenu;
class QMessageBox;

namespace kedascope::ui {

class ConsoleWindow;
class ContextTab;
class EditorWindow;

// The console's side of the editor: File > New from Template, Open Manifest, Restore Drafts;
// Object > Edit and Export as Clean YAML; and, on the console's first show, the offer to restore
// drafts that a crashed or killed Kedascope left behind. Each editor talks to the context that was
// current when it opened.
class EditorLauncher : public QObject
{
    Q_OBJECT
public:
    EditorLauncher(ConsoleWindow *console, QMenu *file, QMenu *objects);
    ~EditorLauncher() override;

    EditorWindow *openText(const QString &text, const QString &filePath = {}, const QString &title = {});
    // Asks for the file when `filePath` is empty; null when cancelled or unreadable.
    EditorWindow *openFile(const QString &filePath = {});
    // kind: "ScaledObject" or "ScaledJob"; a scaler with secret fields gets a TriggerAuthentication too.
    EditorWindow *newFromTemplate(const QString &kind, const QString &scalerType);
    // The current tab's selected object as clean YAML in a new editor (editorOpened() follows).
    void editCurrent();
    // The selected object as clean YAML in a file (exported() follows).
    void exportCurrent();
    void offerDrafts();
    void restoreDrafts();
    void discardDrafts();

    QList<EditorWindow *> windows() const;
    models::DraftStore *drafts() const { return m_drafts.get(); }
    QMessageBox *draftQuestion() const;

Q_SIGNALS:
    void editorOpened(kedascope::ui::EditorWindow *editor);
    void exported(const QString &filePath, bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createFileActions(QMenu *file);
    QMenu *templateMenu(const QString &kind, QMenu *parent);
    EditorWindow *createWindow(ContextTab *tab);
    // Reads the selected live object as clean YAML, then calls `done` with it and its name.
    void readCurrent(const std::function<void(const QString &yaml, const QString &name)> &done);

    ConsoleWindow *m_console;
    std::unique_ptr<models::DraftStore> m_drafts;
    QList<QPointer<EditorWindow>> m_windows;
    QPointer<QMessageBox> m_draftQuestion;
    bool m_offered = false;
};

} // namespace kedascope::ui
