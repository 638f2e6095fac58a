// SPDX-License-Identifier: Apache-2.0
#include "ui/editortriggerlist.h"

#include "models/manifestdocument.h"

#include "k8sclient/scalercatalog.h"
#include "k8sclient/scalertemplate.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

namespace kedascope::ui {

EditorTriggerList::EditorTriggerList(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_add(new QPushButton(tr("Add…"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_up(new QPushButton(tr("Up"), this)),
      m_down(new QPushButton(tr("Down"), this))
{
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 2);
    layout->addWidget(m_add, 1, 0);
    layout->addWidget(m_remove, 1, 1);
    layout->addWidget(m_up, 2, 0);
    layout->addWidget(m_down, 2, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        Q_EMIT currentChanged(row);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        QStringList types;
        for (const auto &scaler : k8s::keda::ScalerCatalog::builtIn().types())
            types << QString::fromStdString(scaler.type);
        bool ok = false;
        const QString type =
            QInputDialog::getItem(this, tr("Add Trigger"), tr("Scaler type:"), types, 0, true, &ok);
        if (ok && !type.trimmed().isEmpty())
            addTrigger(type.trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, &EditorTriggerList::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    updateButtons();
}

void EditorTriggerList::setDocument(models::ManifestDocument *document, const models::FieldPath &triggersPath)
{
    m_document = document;
    m_path = triggersPath;
    refresh();
    setCurrentIndex(m_list->count() > 0 ? 0 : -1);
}

void EditorTriggerList::refresh()
{
    const int current = m_list->currentRow();
    const int count = m_document ? m_document->arraySize(m_path) : 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int i = 0; i < count; ++i) {
            const auto trigger = m_path.index(i);
            const QString type = m_document->stringValue(trigger.key(QStringLiteral("type")));
            const QString name = m_document->stringValue(trigger.key(QStringLiteral("name")));
            QString label = type.isEmpty() ? tr("(no type)") : type;
            if (!name.isEmpty())
                label += QStringLiteral(" — ") + name;
            m_list->addItem(label);
        }
        m_list->setCurrentRow(std::min(current, count - 1));
    }
    updateButtons();
    if (m_list->currentRow() != current)
        Q_EMIT currentChanged(m_list->currentRow());
}

int EditorTriggerList::currentIndex() const
{
    return m_list->currentRow();
}

void EditorTriggerList::setCurrentIndex(int index)
{
    if (m_list->currentRow() == index)
        Q_EMIT currentChanged(index);
    else
        m_list->setCurrentRow(index);
}

void EditorTriggerList::addTrigger(const QString &type)
{
    if (!m_document)
        return;
    const auto *scaler = k8s::keda::ScalerCatalog::builtIn().find(type.toStdString());
    k8s::json::Document trigger;
    if (scaler) {
        trigger = k8s::keda::triggerTemplate(*scaler);
    } else {
        trigger.SetObject();
        trigger.AddMember("type", k8s::json::Value(type.toStdString(), trigger.GetAllocator()), trigger.GetAllocator());
        trigger.AddMember("metadata", k8s::json::Value(rapidjson::kObjectType), trigger.GetAllocator());
    }
    m_document->appendItem(m_path, trigger);
    refresh();
    setCurrentIndex(m_list->count() - 1);
}

void EditorTriggerList::removeCurrent()
{
    const int row = m_list->currentRow();
    if (!m_document || row < 0)
        return;
    m_document->removeItem(m_path, row);
    refresh();
    Q_EMIT currentChanged(m_list->currentRow());
}

void EditorTriggerList::move(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (!m_document || row < 0 || target < 0 || target >= m_list->count())
        return;
    m_document->moveItem(m_path, row, target);
    refresh();
    setCurrentIndex(target);
}

void EditorTriggerList::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace kedascope::ui
