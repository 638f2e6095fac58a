// SPDX-License-Identifier: Apache-2.0
#include "ui/detailspane.h"

#include "ui/cleanyaml.h"
#include "ui/detailssummary.h"

#include "k8sclient/json.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <string_view>

namespace kedascope::ui {

namespace {

QString keyOf(const QByteArray &json)
{
    const auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    if (!document || !document->IsObject() || !document->HasMember("metadata"))
        return {};
    const auto &metadata = (*document)["metadata"];
    auto field = [&metadata](const char *name) {
        return metadata.HasMember(name) && metadata[name].IsString()
                   ? QString::fromUtf8(metadata[name].GetString())
                   : QString();
    };
    return field("namespace") + QLatin1Char('/') + field("name");
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_summary(new QTextBrowser(this)), m_yaml(new QPlainTextEdit(this)),
      m_copyClean(new QPushButton(tr("Copy as clean YAML"), this))
{
    setAccessibleName(tr("Details"));
    m_title->setAccessibleName(tr("Selected object"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setOpenLinks(false);
    m_yaml->setAccessibleName(tr("YAML"));
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyClean->setAccessibleName(tr("Copy as clean YAML"));
    m_copyClean->setToolTip(tr("Copy the object as a manifest, without status and server-set fields"));
    connect(m_copyClean, &QPushButton::clicked, this, &DetailsPane::copyCleanYaml);

    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    m_tabs->setAccessibleName(tr("Details views"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_copyClean);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    showNothing();
}

void DetailsPane::showObject(const QByteArray &json)
{
    m_json = json;
    m_key = keyOf(json);
    m_title->setText(m_key.startsWith(QLatin1Char('/')) ? m_key.mid(1) : m_key);
    const int scroll = m_summary->verticalScrollBar() ? m_summary->verticalScrollBar()->value() : 0;
    m_summary->setHtml(DetailsSummary::html(json));
    m_summary->verticalScrollBar()->setValue(scroll);
    const int yamlScroll = m_yaml->verticalScrollBar()->value();
    m_yaml->setPlainText(objectYaml(json));
    m_yaml->verticalScrollBar()->setValue(yamlScroll);
    m_copyClean->setEnabled(true);
    Q_EMIT objectShown();
}

void DetailsPane::showNothing(const QString &message)
{
    m_json.clear();
    m_key.clear();
    m_title->setText(message.isEmpty() ? tr("Select an object to see its details.") : message);
    m_summary->clear();
    m_yaml->clear();
    m_copyClean->setEnabled(false);
}

QString DetailsPane::summaryText() const
{
    return m_summary->toPlainText();
}

QString DetailsPane::yamlText() const
{
    return m_yaml->toPlainText();
}

QString DetailsPane::cleanYaml() const
{
    return m_json.isEmpty() ? QString() : cleanObjectYaml(m_json);
}

void DetailsPane::copyCleanYaml() const
{
    const QString yaml = cleanYaml();
    if (!yaml.isEmpty())
        QApplication::clipboard()->setText(yaml);
}

} // namespace kedascope::ui
