// SPDX-License-Identifier: Apache-2.0
#include "ui/editorlauncher.h"

#include "ui/cleanyaml.h"
#include "ui/consolewindow.h"
#include "ui/contexttab.h"
#include "ui/editorfilechooser.h"
#include "ui/editorwindow.h"

#include "models/clusterconnection.h"

#include "k8sclient/scalercatalog.h"
#include "k8sclient/scalertemplate.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace kedascope::ui {

namespace keda = k8s::keda;

EditorLauncher::EditorLauncher(ConsoleWindow *console, QMenu *file, QMenu *objects)
    : QObject(console), m_console(console), m_drafts(std::make_unique<models::DraftStore>())
{
    createFileActions(file);
    objects->addSeparator();
    QAction *edit = objects->addAction(tr("&Edit…"));
    edit->setObjectName(QStringLiteral("editObject"));
    edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    edit->setToolTip(tr("Open the selected object in the editor as clean YAML"));
    connect(edit, &QAction::triggered, this, &EditorLauncher::editCurrent);
    QAction *exportAction = objects->addAction(tr("E&xport as Clean YAML…"));
    exportAction->setToolTip(tr("Save the selected object without status, managedFields or server-set metadata"));
    connect(exportAction, &QAction::triggered, this, &EditorLauncher::exportCurrent);
    connect(objects, &QMenu::aboutToShow, this, [this, edit, exportAction] {
        const bool selected = m_console->currentTab() && m_console->currentTab()->currentObject();
        edit->setEnabled(selected);
        exportAction->setEnabled(selected);
    });
    console->installEventFilter(this);
}

EditorLauncher::~EditorLauncher() = default;

void EditorLauncher::createFileActions(QMenu *file)
{
    QAction *first = file->actions().value(0);
    auto *templates = new QMenu(tr("&New from Template"), file);
    templates->addMenu(templateMenu(QStringLiteral("ScaledObject"), templates));
    templates->addMenu(templateMenu(QStringLiteral("ScaledJob"), templates));
    file->insertMenu(first, templates);
    auto *open = new QAction(tr("&Open Manifest…"), file);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] { openFile(); });
    file->insertAction(first, open);
    auto *restore = new QAction(tr("&Restore Editor Drafts…"), file);
    connect(restore, &QAction::triggered, this, &EditorLauncher::offerDrafts);
    connect(file, &QMenu::aboutToShow, this, [this, restore] { restore->setEnabled(!m_drafts->orphaned().isEmpty()); });
    file->insertAction(first, restore);
    file->insertSeparator(first);
}

QMenu *EditorLauncher::templateMenu(const QString &kind, QMenu *parent)
{
    auto *menu = new QMenu(kind, parent);
    std::vector<const keda::ScalerType *> scalers;
    for (const auto &scaler : keda::ScalerCatalog::builtIn().types())
        scalers.push_back(&scaler);
    std::sort(scalers.begin(), scalers.end(),
              [](const keda::ScalerType *a, const keda::ScalerType *b) { return a->title < b->title; });
    for (const keda::ScalerType *scaler : scalers) {
        const QString type = QString::fromStdString(scaler->type);
        QAction *action = menu->addAction(QString::fromStdString(scaler->title));
        action->setToolTip(QString::fromStdString(scaler->description));
        action->setData(type);
        connect(action, &QAction::triggered, this, [this, kind, type] { newFromTemplate(kind, type); });
    }
    return menu;
}

EditorWindow *EditorLauncher::createWindow(ContextTab *tab)
{
    auto *window = new EditorWindow(m_drafts.get());
    if (tab) {
        QPointer<ContextTab> guarded(tab);
        const QString ns = tab->currentNamespace().isEmpty() ? QStringLiteral("default") : tab->currentNamespace();
        window->setCluster(tab->contextName(), [guarded]() -> models::ClusterConnection * {
            return guarded ? guarded->connection() : nullptr;
        }, ns);
    }
    m_windows.removeAll(nullptr);
    m_windows << window;
    return window;
}

QList<EditorWindow *> EditorLauncher::windows() const
{
    QList<EditorWindow *> open;
    for (const auto &window : m_windows) {
        if (window)
            open << window;
    }
    return open;
}

EditorWindow *EditorLauncher::openText(const QString &text, const QString &filePath, const QString &title)
{
    EditorWindow *window = createWindow(m_console->currentTab());
    window->openText(text, filePath, title);
    window->show();
    Q_EMIT editorOpened(window);
    return window;
}

EditorWindow *EditorLauncher::openFile(const QString &filePath)
{
    QString path = filePath;
    if (path.isEmpty())
        path = chooseFile(m_console, {false, tr("Open Manifest"), QDir::homePath()});
    if (path.isEmpty())
        return nullptr;
    EditorWindow *window = createWindow(m_console->currentTab());
    QString error;
    if (!window->openFile(path, &error)) {
        delete window;
        m_console->statusBar()->showMessage(error);
        return nullptr;
    }
    window->show();
    Q_EMIT editorOpened(window);
    return window;
}

EditorWindow *EditorLauncher::newFromTemplate(const QString &kind, const QString &scalerType)
{
    const keda::ScalerType *scaler = keda::ScalerCatalog::builtIn().find(scalerType.toStdString());
    if (!scaler)
        return nullptr;
    ContextTab *tab = m_console->currentTab();
    keda::TemplateOptions options;
    options.ns = tab ? tab->currentNamespace().toStdString() : std::string();
    const bool job = kind == QLatin1String("ScaledJob");
    options.name = scaler->type + (job ? "-scaledjob" : "-scaledobject");
    const std::string authName = scaler->type + "-auth";
    const std::string auth = keda::triggerAuthenticationTemplate(*scaler, authName, scaler->type + "-secret", options.ns);
    if (!auth.empty())
        options.authenticationRef = authName;
    const std::string object = job ? keda::scaledJobTemplate(*scaler, options) : keda::scaledObjectTemplate(*scaler, options);
    const QString text = auth.empty() ? QString::fromStdString(object)
                                      : QString::fromStdString(auth) + QStringLiteral("---\n") +
                                            QString::fromStdString(object);
    EditorWindow *window = openText(text, {}, tr("New %1 (%2)").arg(kind, QString::fromStdString(scaler->title)));
    window->setCurrentDocument(window->documentList()->count() - 1);
    return window;
}

void EditorLauncher::readCurrent(const std::function<void(const QString &, const QString &)> &done)
{
    ContextTab *tab = m_console->currentTab();
    const auto object = tab ? tab->currentObject() : std::nullopt;
    if (!object) {
        m_console->statusBar()->showMessage(tr("Select an object in the table first."));
        return;
    }
    models::ClusterConnection *connection = tab->connection();
    const ContextTab::ObjectRef ref = *object;
    const auto job = connection->get(ref.type, ref.ns, ref.name);
    connection->whenFinished(job, this, [this, ref, done](const models::CallResult &result) {
        if (!result.ok) {
            m_console->statusBar()->showMessage(
                tr("%1 could not be read: %2").arg(ref.name, result.errorMessage));
            return;
        }
        done(cleanObjectYaml(result.json), ref.name);
    });
}

void EditorLauncher::editCurrent()
{
    QPointer<ContextTab> tab = m_console->currentTab();
    readCurrent([this, tab](const QString &yaml, const QString &name) {
        EditorWindow *window = createWindow(tab);
        window->openText(yaml, {}, name);
        window->show();
        Q_EMIT editorOpened(window);
    });
}

void EditorLauncher::exportCurrent()
{
    readCurrent([this](const QString &yaml, const QString &name) {
        const QString path = chooseFile(m_console, {true, tr("Export as Clean YAML"),
                                                    QDir::home().filePath(name + QStringLiteral(".yaml"))});
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        const QByteArray bytes = yaml.toUtf8();
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        const QString message = ok ? tr("Exported %1 to %2").arg(name, QDir::toNativeSeparators(path))
                                   : tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path),
                                                                        file.errorString());
        m_console->statusBar()->showMessage(message);
        Q_EMIT exported(path, ok, message);
    });
}

bool EditorLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_console && event->type() == QEvent::Show && !m_offered) {
        m_offered = true;
        m_console->removeEventFilter(this);
        QTimer::singleShot(0, this, &EditorLauncher::offerDrafts);
    }
    return QObject::eventFilter(watched, event);
}

void EditorLauncher::offerDrafts()
{
    const QList<models::Draft> drafts = m_drafts->orphaned();
    if (drafts.isEmpty() || m_draftQuestion)
        return;
    QStringList names;
    for (const auto &draft : drafts)
        names << tr("%1 (%2)").arg(draft.title, QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat));
    // Opened, not exec()'d: start-up goes on, and a test can answer it.
    m_draftQuestion = new QMessageBox(QMessageBox::Question, tr("Restore Editor Drafts"),
                                      tr("Kedascope did not close normally last time. %n editor draft(s) "
                                         "with unsaved changes can be restored.",
                                         nullptr, int(drafts.size())),
                                      QMessageBox::NoButton, m_console);
    m_draftQuestion->setObjectName(QStringLiteral("restoreDraftsQuestion"));
    m_draftQuestion->setDetailedText(names.join(QLatin1Char('\n')));
    m_draftQuestion->setInformativeText(names.mid(0, 5).join(QLatin1Char('\n')));
    QPushButton *restore = m_draftQuestion->addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreDrafts"));
    QPushButton *discard = m_draftQuestion->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardDrafts"));
    QPushButton *later = m_draftQuestion->addButton(tr("Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterDrafts"));
    m_draftQuestion->setDefaultButton(restore);
    m_draftQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_draftQuestion, &QMessageBox::buttonClicked, this, [this, restore, discard](QAbstractButton *button) {
        if (button == restore)
            restoreDrafts();
        else if (button == discard)
            discardDrafts();
    });
    m_draftQuestion->open();
}

void EditorLauncher::restoreDrafts()
{
    for (const auto &draft : m_drafts->orphaned()) {
        if (!m_drafts->claim(draft.id))
            continue;
        EditorWindow *window = createWindow(draft.context.isEmpty() ? nullptr : m_console->tabFor(draft.context));
        window->restoreDraft(draft);
        window->show();
        Q_EMIT editorOpened(window);
    }
}

void EditorLauncher::discardDrafts()
{
    for (const auto &draft : m_drafts->orphaned())
        m_drafts->discard(draft.id);
}

QMessageBox *EditorLauncher::draftQuestion() const
{
    return m_draftQuestion;
}

} // namespace kedascope::ui
