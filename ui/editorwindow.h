// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/draftstore.h"
#include "models/manifestapplier.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMessageBox;
class QSplitter;
class QTextBrowser;
class QTimer;

namespace kedascope::models {
class ClusterConnection;
class EditorClusterLookup;
class EditorSession;
class ManifestDocument;
} // namespace kedascope::models

namespace kedascope::ui {

class EditorFormStack;
class EditorMessageBar;
class YamlView;

// The visual editor for a manifest file or a live object: the file's documents on the left with
// the validation findings, the selected document's form beside its YAML (both always in step),
// and Diff, Dry run and Apply against the context it was opened for. Unsaved text is kept as a
// draft until it is saved or discarded.
class EditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    using ConnectionProvider = std::function<models::ClusterConnection *()>;

    explicit EditorWindow(models::DraftStore *drafts, QWidget *parent = nullptr);
    ~EditorWindow() override;

    // The cluster that Diff, Dry run and Apply talk to (the provider follows reconnects).
    void setCluster(const QString &context, ConnectionProvider connection, const QString &defaultNamespace);
    QString context() const { return m_context; }

    // Opens text (a file's, a template's or a live object's); `title` names it when there is no file.
    void openText(const QString &text, const QString &filePath = {}, const QString &title = {});
    // False with the reason when the file cannot be read.
    bool openFile(const QString &filePath, QString *error = nullptr);
    void restoreDraft(const models::Draft &draft);
    bool save();
    bool saveAs(const QString &filePath = {});
    bool isModified() const;

    void validate();
    void diff();
    void dryRun();
    void apply(bool force = false);
    bool isRunning() const;

    int currentDocument() const { return m_current; }
    void setCurrentDocument(int index);
    models::ManifestDocument *document() const;
    models::EditorSession *session() const { return m_session; }
    EditorFormStack *forms() const { return m_forms; }
    YamlView *yamlView() const { return m_yaml; }
    QListWidget *documentList() const { return m_documents; }
    QListWidget *issueList() const { return m_issues; }
    QTextBrowser *results() const { return m_results; }
    EditorMessageBar *messageBar() const { return m_message; }
    QLabel *parseStatus() const { return m_parseStatus; }
    QString draftId() const { return m_draftId; }
    QMessageBox *closeQuestion() const;
    const models::ManifestRun &lastRun() const { return m_lastRun; }

Q_SIGNALS:
    void runFinished(const kedascope::models::ManifestRun &run);
    void saved(const QString &filePath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createDocumentPanel();
    void rebuildDocumentList();
    void bindDocument(models::ManifestDocument *document);
    void updateParseState();
    void updateIssues();
    void issueActivated(QListWidgetItem *item);
    void askAboutComments();
    void updateTitle();
    void updateClusterActions();
    void scheduleDraft();
    void writeDraft();
    void addDocument();
    void removeDocument();
    // Every document's problems that stop `action`; empty when all may be sent.
    QStringList blockingProblems(bool errorsBlock) const;
    QStringList warnings() const;
    void run(models::ManifestRun::Mode mode, bool force, const QString &action);
    void showRun(const models::ManifestRun &run);
    QString fileName() const;

    models::DraftStore *m_drafts;
    models::EditorSession *m_session;
    models::EditorClusterLookup *m_lookup;
    models::ManifestApplier *m_applier;
    QString m_context;
    ConnectionProvider m_connection;
    QString m_defaultNamespace;
    QString m_title;
    QString m_draftId;

    QListWidget *m_documents;
    QListWidget *m_issues;
    EditorFormStack *m_forms;
    YamlView *m_yaml;
    QLabel *m_parseStatus;
    QLabel *m_contextLabel;
    QTextBrowser *m_results;
    EditorMessageBar *m_message;
    QSplitter *m_mainSplitter;
    QTimer *m_draftTimer;
    QAction *m_diff = nullptr;
    QAction *m_dryRun = nullptr;
    QAction *m_apply = nullptr;
    QPointer<QMessageBox> m_closeQuestion;
    QList<QMetaObject::Connection> m_documentConnections;
    models::ManifestRun m_lastRun;
    int m_current = -1;
    bool m_closing = false;
};

} // namespace kedascope::ui
