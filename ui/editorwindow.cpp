// SPDX-License-Identifier: Apache-2.0
#include "ui/editorwindow.h"

#include "ui/editorformstack.h"
#include "ui/editormessagebar.h"
#include "ui/yamlview.h"

#include "models/editorclusterlookup.h"
#include "models/editorsession.h"
#include "models/manifestdocument.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace {

using Severity = k8s::ManifestIssue::Severity;

enum IssueRole { DocumentRole = Qt::UserRole + 1, LineRole, ColumnRole, FieldRole };

const char newDocumentText[] = "apiVersion: keda.sh/v1alpha1\n"
                               "kind: ScaledObject\n"
                               "metadata:\n"
                               "  name: my-scaledobject\n"
                               "spec:\n"
                               "  scaleTargetRef:\n"
                               "    name: my-deployment\n"
                               "  triggers: []\n";

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

EditorWindow::EditorWindow(models::DraftStore *drafts, QWidget *parent)
    : QMainWindow(parent), m_drafts(drafts), m_session(new models::EditorSession(this)),
      m_lookup(new models::EditorClusterLookup(this)), m_applier(new models::ManifestApplier(this)),
      m_draftId(models::DraftStore::newId()), m_documents(new QListWidget(this)), m_issues(new QListWidget(this)),
      m_forms(new EditorFormStack(m_lookup, this)), m_yaml(new YamlView(this)), m_parseStatus(new QLabel(this)),
      m_contextLabel(new QLabel(this)), m_results(new QTextBrowser(this)), m_message(new EditorMessageBar(this)),
      m_mainSplitter(new QSplitter(Qt::Vertical, this)), m_draftTimer(new QTimer(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/icons/kedascope.svg")));
    m_yaml->setAccessibleName(tr("YAML"));
    m_parseStatus->setWordWrap(true);
    m_parseStatus->setAccessibleName(tr("YAML status"));
    m_results->setAccessibleName(tr("Results"));
    m_results->setPlaceholderText(
        tr("Diff against cluster, Dry run and Apply report here: what would change, what the server said."));
    m_results->setOpenLinks(false);

    auto *yamlPanel = new QWidget(this);
    auto *yamlLayout = new QVBoxLayout(yamlPanel);
    yamlLayout->setContentsMargins(0, 0, 0, 0);
    yamlLayout->addWidget(heading(tr("YAML"), yamlPanel));
    yamlLayout->addWidget(m_yaml, 1);
    yamlLayout->addWidget(m_parseStatus);

    auto *formPanel = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPanel);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(heading(tr("Form"), formPanel));
    formLayout->addWidget(m_forms, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(createDocumentPanel());
    top->addWidget(formPanel);
    top->addWidget(yamlPanel);
    top->setStretchFactor(1, 3);
    top->setStretchFactor(2, 2);
    top->setChildrenCollapsible(false);
    top->setSizes({180, 660, 440});

    m_mainSplitter->addWidget(top);
    m_mainSplitter->addWidget(m_results);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({560, 140});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
    createActions();

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, &EditorWindow::writeDraft);
    connect(m_session, &models::EditorSession::documentsChanged, this, &EditorWindow::rebuildDocumentList);
    connect(m_session, &models::EditorSession::documentEdited, this, [this](int index) {
        if (QListWidgetItem *item = m_documents->item(index))
            item->setText(m_session->title(index));
        scheduleDraft();
        updateTitle();
    });
    connect(m_session, &models::EditorSession::issuesChanged, this, &EditorWindow::updateIssues);
    connect(m_session, &models::EditorSession::modifiedChanged, this, &EditorWindow::updateTitle);
    connect(m_applier, &models::ManifestApplier::finished, this, &EditorWindow::showRun);
    connect(m_applier, &models::ManifestApplier::progress, this, [this](int done, int total) {
        if (m_applier->isRunning())
            statusBar()->showMessage(tr("Talking to %1… %2 of %3").arg(m_context).arg(done).arg(total));
    });
    connect(m_yaml, &YamlView::textEdited, this, [this](const QString &text) {
        models::ManifestDocument *current = document();
        if (!current)
            return;
        if (current->regenerationPending())
            m_message->clear(); // the typed text wins over the waiting form edit
        current->setText(text);
    });
    connect(m_documents, &QListWidget::currentRowChanged, this, &EditorWindow::setCurrentDocument);
    connect(m_issues, &QListWidget::itemActivated, this, &EditorWindow::issueActivated);
    connect(m_issues, &QListWidget::itemClicked, this, &EditorWindow::issueActivated);

    resize(1280, 800);
    updateClusterActions();
    updateTitle();
}

EditorWindow::~EditorWindow()
{
    m_draftTimer->stop();
    // A window that goes without the user deciding (the application quits) keeps its draft to offer later;
    // one closed with Discard (m_closing) has had its draft removed already.
    if (m_drafts && isModified() && !m_closing)
        writeDraft();
    if (m_drafts)
        m_drafts->release(m_draftId);
    m_applier->cancel();
}

QWidget *EditorWindow::createDocumentPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Documents"), panel));
    m_documents->setAccessibleName(tr("Documents"));
    m_documents->setTextElideMode(Qt::ElideMiddle); // kind and name both stay readable
    m_documents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_documents, 2);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), panel);
    add->setToolTip(tr("Add a ScaledObject document to the file"));
    auto *remove = new QPushButton(tr("Remove"), panel);
    remove->setToolTip(tr("Remove the selected document from the file"));
    connect(add, &QPushButton::clicked, this, &EditorWindow::addDocument);
    connect(remove, &QPushButton::clicked, this, &EditorWindow::removeDocument);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    layout->addWidget(heading(tr("Problems"), panel));
    m_issues->setAccessibleName(tr("Problems"));
    m_issues->setToolTip(tr("Click a problem to go to its field and line"));
    m_issues->setWordWrap(true);
    m_issues->setTextElideMode(Qt::ElideNone);
    layout->addWidget(m_issues, 3);
    panel->setMinimumWidth(200);
    return panel;
}

void EditorWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    QAction *saveAsAction = file->addAction(tr("Save &As…"));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close"));
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    QMenu *cluster = menuBar()->addMenu(tr("&Cluster"));
    QAction *validateAction = cluster->addAction(tr("&Validate"));
    validateAction->setShortcut(QKeySequence(Qt::Key_F7));
    validateAction->setToolTip(tr("Check every document against KEDA's schema and admission rules (F7)"));
    connect(validateAction, &QAction::triggered, this, &EditorWindow::validate);
    m_diff = cluster->addAction(tr("&Diff against Cluster"));
    m_diff->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(m_diff, &QAction::triggered, this, &EditorWindow::diff);
    m_dryRun = cluster->addAction(tr("D&ry Run"));
    m_dryRun->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(m_dryRun, &QAction::triggered, this, &EditorWindow::dryRun);
    m_apply = cluster->addAction(tr("&Apply"));
    m_apply->setShortcut(QKeySequence(tr("Ctrl+Return")));
    connect(m_apply, &QAction::triggered, this, [this] { apply(false); });

    QToolBar *bar = addToolBar(tr("Editor"));
    bar->setObjectName(QStringLiteral("editorToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(saveAction);
    bar->addSeparator();
    bar->addAction(validateAction);
    bar->addAction(m_diff);
    bar->addAction(m_dryRun);
    bar->addAction(m_apply);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_contextLabel->setAccessibleName(tr("Context"));
    m_contextLabel->setContentsMargins(0, 0, 8, 0);
    bar->addWidget(m_contextLabel);
}

void EditorWindow::setCluster(const QString &context, ConnectionProvider connection, const QString &defaultNamespace)
{
    m_context = context;
    m_connection = std::move(connection);
    m_defaultNamespace = defaultNamespace;
    m_lookup->setConnection(m_connection ? m_connection() : nullptr, defaultNamespace);
    updateClusterActions();
    updateTitle();
}

void EditorWindow::updateClusterActions()
{
    const bool connected = m_connection && m_connection();
    const QString none = tr("Open a context in the console to compare, dry-run or apply");
    m_diff->setEnabled(connected);
    m_dryRun->setEnabled(connected);
    m_apply->setEnabled(connected);
    m_diff->setToolTip(connected ? tr("Compare each document with the live object (Ctrl+D)") : none);
    m_dryRun->setToolTip(connected ? tr("Send every document with dryRun=All: the server checks, nothing changes")
                                   : none);
    m_apply->setToolTip(connected ? tr("Server-side apply as field manager \"kedascope\", after a dry run of "
                                       "every document")
                                  : none);
    m_contextLabel->setText(connected ? tr("Context: %1").arg(m_context) : tr("No cluster"));
}

void EditorWindow::openText(const QString &text, const QString &filePath, const QString &title)
{
    m_forms->setDocument(nullptr);
    bindDocument(nullptr);
    m_current = -1;
    m_title = title;
    m_message->clear();
    m_results->clear();
    m_session->load(text, filePath);
    if (m_session->count() == 0)
        m_session->addDocument(QString());
    m_session->setModified(false);
    if (m_drafts)
        m_drafts->discard(m_draftId);
    updateTitle();
}

bool EditorWindow::isModified() const
{
    return m_session->isModified();
}

models::ManifestDocument *EditorWindow::document() const
{
    return m_current >= 0 && m_current < m_session->count() ? m_session->document(m_current) : nullptr;
}

void EditorWindow::rebuildDocumentList()
{
    const int wanted = std::clamp(m_current, 0, std::max(0, m_session->count() - 1));
    {
        const QSignalBlocker blocker(m_documents);
        m_documents->clear();
        for (int i = 0; i < m_session->count(); ++i) {
            m_documents->addItem(m_session->title(i));
            m_documents->item(i)->setToolTip(m_session->title(i));
        }
    }
    m_current = -1;
    if (m_session->count() > 0) {
        m_documents->setCurrentRow(wanted);
        setCurrentDocument(wanted);
    }
    updateIssues();
}

void EditorWindow::setCurrentDocument(int index)
{
    if (index < 0 || index >= m_session->count() || index == m_current)
        return;
    m_current = index;
    if (m_documents->currentRow() != index) {
        const QSignalBlocker blocker(m_documents);
        m_documents->setCurrentRow(index);
    }
    models::ManifestDocument *current = m_session->document(index);
    bindDocument(current);
    m_yaml->resetText(current->text());
    m_forms->setDocument(current);
    updateParseState();
    updateIssues();
}

void EditorWindow::bindDocument(models::ManifestDocument *current)
{
    for (const auto &connection : std::as_const(m_documentConnections))
        disconnect(connection);
    m_documentConnections.clear();
    if (!current)
        return;
    m_documentConnections << connect(current, &models::ManifestDocument::textRegenerated, m_yaml,
                                     &YamlView::replaceText);
    m_documentConnections << connect(current, &models::ManifestDocument::jsonChanged, m_forms,
                                     &EditorFormStack::refresh);
    m_documentConnections << connect(current, &models::ManifestDocument::parseStateChanged, this,
                                     &EditorWindow::updateParseState);
    m_documentConnections << connect(current, &models::ManifestDocument::commentsWouldBeLost, this,
                                     &EditorWindow::askAboutComments);
}

void EditorWindow::askAboutComments()
{
    m_message->showMessage(EditorMessageBar::Tone::Question,
                           tr("This form change rewrites the YAML, and the comments in it would be lost. "
                              "Rewrite the YAML, or undo the form change and keep the text as it is?"));
    m_message->addButton(tr("Rewrite YAML"), QStringLiteral("rewriteYaml"), [this] {
        if (auto *current = document())
            current->acceptRegeneration();
    });
    m_message->addButton(tr("Keep the Text"), QStringLiteral("keepText"), [this] {
        if (auto *current = document())
            current->rejectRegeneration();
    });
}

void EditorWindow::updateParseState()
{
    const models::ManifestDocument *current = document();
    const auto error = current ? current->parseError() : std::nullopt;
    m_forms->setEnabled(!error);
    if (error) {
        m_parseStatus->setText(tr("<b>Line %1, column %2:</b> %3 — the form shows the last version that parsed.")
                                   .arg(error->line)
                                   .arg(error->column)
                                   .arg(error->message.toHtmlEscaped()));
        m_parseStatus->setStyleSheet(QStringLiteral("color: #c62828;"));
    } else {
        m_parseStatus->setText(tr("The YAML parses; the form follows it."));
        m_parseStatus->setStyleSheet(QString());
    }
    updateIssues();
}

void EditorWindow::updateIssues()
{
    const QSignalBlocker blocker(m_issues);
    m_issues->clear();
    QList<YamlMarker> markers;
    std::vector<models::EditorIssue> formIssues;
    int errors = 0;
    int warningCount = 0;
    for (int i = 0; i < m_session->count(); ++i) {
        const models::ManifestDocument *doc = m_session->document(i);
        const QString title = m_session->title(i);
        const auto addItem = [&](Severity severity, const QString &text, int line, int column, const QString &field) {
            const QStyle::StandardPixmap icon = severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                                : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                : QStyle::SP_MessageBoxInformation;
            auto *item = new QListWidgetItem(style()->standardIcon(icon), text, m_issues);
            item->setToolTip(tr("%1\n%2").arg(title, text));
            item->setData(DocumentRole, i);
            item->setData(LineRole, line);
            item->setData(ColumnRole, column);
            item->setData(FieldRole, field);
            errors += severity == Severity::Error;
            warningCount += severity == Severity::Warning;
            if (i == m_current && line > 0)
                markers << YamlMarker{line, column, text, severity == Severity::Error};
        };
        const QString prefix = m_session->count() > 1 ? tr("%1: ").arg(i + 1) : QString();
        if (const auto error = doc->parseError()) {
            addItem(Severity::Error,
                    prefix + tr("Line %1, column %2: %3").arg(error->line).arg(error->column).arg(error->message),
                    error->line, error->column, QString());
            continue;
        }
        for (const auto &issue : m_session->issues(i)) {
            const QString text = issue.fieldText.isEmpty() ? prefix + issue.message
                                                           : prefix + tr("%1: %2").arg(issue.fieldText, issue.message);
            addItem(issue.severity, text, issue.line, issue.column, issue.fieldText);
            if (i == m_current)
                formIssues.push_back(issue);
        }
    }
    m_yaml->setMarkers(markers);
    m_forms->showIssues(formIssues);
    if (errors == 0 && warningCount == 0)
        statusBar()->showMessage(tr("No problems found"));
    else
        statusBar()->showMessage(tr("%n error(s)", nullptr, errors) + tr(", ") +
                                 tr("%n warning(s)", nullptr, warningCount));
}

void EditorWindow::issueActivated(QListWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(DocumentRole).toInt();
    setCurrentDocument(index);
    const int line = item->data(LineRole).toInt();
    const QString field = item->data(FieldRole).toString();
    if (line > 0)
        m_yaml->goTo(line, std::max(1, item->data(ColumnRole).toInt()));
    if (!field.isEmpty()) {
        if (const auto path = models::FieldPath::parse(field))
            m_forms->focusField(*path);
    }
}

void EditorWindow::validate()
{
    m_session->validateNow();
    updateIssues();
    if (m_issues->count() > 0) {
        m_issues->setCurrentRow(0);
        m_issues->setFocus();
    }
}

void EditorWindow::addDocument()
{
    const int index = m_session->addDocument(QString::fromLatin1(newDocumentText));
    setCurrentDocument(index);
}

void EditorWindow::removeDocument()
{
    if (m_session->count() <= 1 || m_current < 0)
        return;
    m_forms->setDocument(nullptr);
    bindDocument(nullptr);
    const int removed = m_current;
    m_current = std::max(0, removed - 1);
    m_session->removeDocument(removed);
}

QString EditorWindow::fileName() const
{
    if (!m_session->filePath().isEmpty())
        return QFileInfo(m_session->filePath()).fileName();
    return m_title.isEmpty() ? tr("Untitled") : m_title;
}

void EditorWindow::updateTitle()
{
    setWindowModified(isModified());
    const QString cluster = m_context.isEmpty() ? QString() : tr(" — %1").arg(m_context);
    setWindowTitle(tr("%1[*]%2 — Kedascope Editor").arg(fileName(), cluster));
}

} // namespace kedascope::ui
