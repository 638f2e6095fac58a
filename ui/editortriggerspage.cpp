// SPDX-License-Identifier: Apache-2.0
#include "ui/editortriggerspage.h"

#include "ui/editortriggerform.h"
#include "ui/editortriggerlist.h"

#include "models/editorsession.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>

namespace kedascope::ui {

namespace {
const models::FieldPath triggersPath = models::path(QStringLiteral("spec.triggers"));
}

EditorTriggersPage::EditorTriggersPage(models::EditorClusterLookup *lookup, QWidget *parent)
    : EditorFormPart(parent), m_list(new EditorTriggerList(this)), m_form(new EditorTriggerForm(lookup, this))
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    m_list->setMinimumWidth(m_list->minimumSizeHint().width());
    splitter->setSizes({140, 460});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    connect(m_list, &EditorTriggerList::currentChanged, this, &EditorTriggersPage::showTrigger);
}

void EditorTriggersPage::setDocument(models::ManifestDocument *document)
{
    m_document = document;
    m_form->setDocument(document);
    m_list->setDocument(document, triggersPath);
}

void EditorTriggersPage::showTrigger(int index)
{
    m_form->setTrigger(index < 0 ? models::FieldPath() : triggersPath.index(index));
    m_form->showIssues(m_issues);
}

void EditorTriggersPage::refresh()
{
    m_list->refresh();
    m_form->refresh();
}

void EditorTriggersPage::showIssues(const std::vector<models::EditorIssue> &issues)
{
    m_issues = issues;
    m_form->showIssues(issues);
}

bool EditorTriggersPage::focusField(const models::FieldPath &path)
{
    if (!path.startsWith(triggersPath))
        return false;
    if (path.size() >= 3) {
        if (const int *index = std::get_if<int>(&path.segments()[2]))
            m_list->setCurrentIndex(*index);
    }
    if (!m_form->focusField(path))
        revealWidget(m_list->list());
    return true;
}

} // namespace kedascope::ui
