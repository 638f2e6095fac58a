// SPDX-License-Identifier: Apache-2.0
// The editor window's files and drafts: open, save, autosave, and the question on close.
#include "ui/editorwindow.h"

#include "ui/editorfilechooser.h"

#include "models/editorsession.h"

#include "k8sclient/manifestfile.h"

#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>

namespace kedascope::ui {

bool EditorWindow::openFile(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(filePath), file.errorString());
        return false;
    }
    openText(QString::fromUtf8(file.readAll()), QFileInfo(filePath).absoluteFilePath());
    return true;
}

void EditorWindow::restoreDraft(const models::Draft &draft)
{
    openText(draft.text, draft.filePath, draft.title);
    m_draftId = draft.id;
    m_session->setModified(true);
    if (m_drafts)
        m_drafts->claim(m_draftId);
    statusBar()->showMessage(tr("Restored the draft saved %1").arg(QLocale().toString(draft.savedAt.toLocalTime(),
                                                                                         QLocale::ShortFormat)));
    updateTitle();
}

bool EditorWindow::save()
{
    if (m_session->filePath().isEmpty())
        return saveAs();
    QSaveFile file(m_session->filePath());
    const QByteArray bytes = m_session->text().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_results->setHtml(tr("<h3>Not saved</h3><p>%1 cannot be written: %2</p>")
                               .arg(QDir::toNativeSeparators(m_session->filePath()).toHtmlEscaped(),
                                    file.errorString().toHtmlEscaped()));
        return false;
    }
    m_session->setModified(false);
    m_draftTimer->stop();
    if (m_drafts)
        m_drafts->discard(m_draftId);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_session->filePath())));
    updateTitle();
    Q_EMIT saved(m_session->filePath());
    return true;
}

bool EditorWindow::saveAs(const QString &filePath)
{
    QString target = filePath;
    if (target.isEmpty()) {
        QString suggested = m_session->filePath();
        if (suggested.isEmpty()) {
            const QString name = m_session->count() > 0 && !m_session->fileDocument(0).name.empty()
                                     ? QString::fromStdString(m_session->fileDocument(0).name)
                                     : tr("manifest");
            suggested = QDir::home().filePath(name + QStringLiteral(".yaml"));
        }
        target = chooseFile(this, {true, tr("Save Manifest As"), suggested});
        if (target.isEmpty())
            return false;
    }
    m_session->setFilePath(QFileInfo(target).absoluteFilePath());
    return save();
}

void EditorWindow::scheduleDraft()
{
    if (m_drafts)
        m_draftTimer->start();
}

void EditorWindow::writeDraft()
{
    if (!m_drafts || !isModified())
        return;
    models::Draft draft;
    draft.id = m_draftId;
    draft.title = fileName();
    draft.filePath = m_session->filePath();
    draft.context = m_context;
    draft.text = m_session->text();
    if (!m_drafts->save(draft))
        statusBar()->showMessage(tr("The draft could not be written to %1")
                                     .arg(QDir::toNativeSeparators(m_drafts->directory())));
}

void EditorWindow::closeEvent(QCloseEvent *event)
{
    if (!isModified() || m_closing) {
        if (m_drafts)
            m_drafts->discard(m_draftId);
        event->accept();
        return;
    }
    event->ignore();
    if (m_closeQuestion)
        return;
    // Window-modal and opened, not exec()'d: nothing waits on it, so tests can answer it.
    m_closeQuestion = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                                      tr("%1 has changes that are not saved.").arg(fileName()),
                                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    m_closeQuestion->setInformativeText(tr("Save them to a file, or discard them?"));
    m_closeQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_closeQuestion, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Save && !save())
            return;
        if (answer == QMessageBox::Cancel)
            return;
        m_closing = true;
        QTimer::singleShot(0, this, &QWidget::close);
    });
    m_closeQuestion->open();
}

QMessageBox *EditorWindow::closeQuestion() const
{
    return m_closeQuestion;
}

} // namespace kedascope::ui
