// SPDX-License-Identifier: Apache-2.0
#include "ui/detailspane.h"

#include "ui/cleanyaml.h"
#include "ui/detailssections.h"
#include "ui/detailssummary.h"

#include "k8sclient/json.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
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

enum Tab { SummaryTab, ScalingTab, EventsTab, AuthenticationTab, YamlTab };

QString keyOf(const QByteArray &json)
{
    const auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    if (!document || !document->IsObject())
        return {};
    return QString::fromStdString(k8s::json::stringAt(*document, "metadata.namespace")) + QLatin1Char('/') +
           QString::fromStdString(k8s::json::stringAt(*document, "metadata.name"));
}

QString kindOf(const QByteArray &json)
{
    const auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    return document && document->IsObject() ? QString::fromStdString(k8s::json::stringAt(*document, "kind"))
                                            : QString();
}

// Sets the HTML of a view, keeping where the user had scrolled to.
void setHtmlKeepingScroll(QTextBrowser *view, const QString &html)
{
    const int scroll = view->verticalScrollBar()->value();
    view->setHtml(html);
    view->verticalScrollBar()->setValue(scroll);
}

QTextBrowser *newView(const QString &name, QWidget *parent)
{
    auto *view = new QTextBrowser(parent);
    view->setAccessibleName(name);
    view->setOpenLinks(false);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_summary(newView(tr("Summary"), this)), m_scaling(newView(tr("Scaling"), this)),
      m_events(newView(tr("Events"), this)), m_authentication(newView(tr("Authentication"), this)),
      m_yaml(new QPlainTextEdit(this)), m_copyClean(new QPushButton(tr("Copy as clean YAML"), this))
{
    setAccessibleName(tr("Details"));
    m_title->setAccessibleName(tr("Selected object"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_yaml->setAccessibleName(tr("YAML"));
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setFrameShape(QFrame::NoFrame);
    m_copyClean->setAccessibleName(tr("Copy as clean YAML"));
    m_copyClean->setToolTip(tr("Copy the object as a manifest, without status and server-set fields"));
    connect(m_copyClean, &QPushButton::clicked, this, &DetailsPane::copyCleanYaml);

    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_scaling, tr("Scaling"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(m_authentication, tr("Authentication"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    m_tabs->setTabToolTip(ScalingTab, tr("The HPA KEDA manages and the scale target's replicas"));
    m_tabs->setTabToolTip(EventsTab, tr("The latest Kubernetes events about this object"));
    m_tabs->setTabToolTip(AuthenticationTab,
                          tr("The TriggerAuthentications the triggers use: where each parameter comes from"));
    m_tabs->setAccessibleName(tr("Details views"));
    m_tabs->setDocumentMode(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_copyClean);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    showNothing();
}

void DetailsPane::setObjectJson(const QByteArray &json)
{
    m_json = json;
    m_key = keyOf(json);
    m_title->setText(m_key.startsWith(QLatin1Char('/')) ? m_key.mid(1) : m_key);
    const int yamlScroll = m_yaml->verticalScrollBar()->value();
    m_yaml->setPlainText(objectYaml(json));
    m_yaml->verticalScrollBar()->setValue(yamlScroll);
    m_copyClean->setEnabled(true);
}

void DetailsPane::showObject(const QByteArray &json)
{
    m_details.reset();
    setObjectJson(json);
    render();
    Q_EMIT objectShown();
}

void DetailsPane::showDetails(const models::ObjectDetails &details)
{
    if (!details.object.loaded()) {
        if (details.object.state == models::DetailsPartState::Failed)
            showNothing(tr("%1 could not be read: %2").arg(details.name, details.object.error));
        return;
    }
    const bool newObject = details.objectJson != m_json;
    m_details = details;
    if (newObject)
        setObjectJson(details.objectJson);
    render();
    if (newObject)
        Q_EMIT objectShown();
    Q_EMIT detailsUpdated();
}

void DetailsPane::render()
{
    const html::Colors colors = html::Colors::from(palette());
    const QString style = html::styleSheet(colors);
    for (QTextBrowser *view : {m_summary, m_scaling, m_events, m_authentication})
        view->document()->setDefaultStyleSheet(style);
    const models::ObjectDetails *details = m_details ? &*m_details : nullptr;
    setHtmlKeepingScroll(m_summary, DetailsSummary::html(m_json, details, colors));

    const QString kind = details ? details->kind : kindOf(m_json);
    const bool scaledObject = kind == QLatin1String("ScaledObject");
    const bool scaled = scaledObject || kind == QLatin1String("ScaledJob");
    m_tabs->setTabVisible(ScalingTab, scaledObject);
    m_tabs->setTabVisible(EventsTab, !m_json.isEmpty());
    m_tabs->setTabVisible(AuthenticationTab, scaled);
    if (!details) {
        m_scaling->clear();
        m_events->clear();
        m_authentication->clear();
        m_tabs->setTabText(EventsTab, tr("Events"));
        m_tabs->setTabText(AuthenticationTab, tr("Authentication"));
        return;
    }
    setHtmlKeepingScroll(m_scaling, DetailsSections::scaling(*details, colors));
    setHtmlKeepingScroll(m_events, DetailsSections::events(*details, colors));
    setHtmlKeepingScroll(m_authentication, DetailsSections::authentication(*details, colors));
    m_tabs->setTabText(EventsTab, DetailsSections::eventsTitle(*details));
    m_tabs->setTabText(AuthenticationTab, DetailsSections::authenticationTitle(*details));
}

void DetailsPane::showNothing(const QString &message)
{
    m_json.clear();
    m_key.clear();
    m_details.reset();
    m_title->setText(message.isEmpty() ? tr("Select an object to see its details.") : message);
    for (QTextBrowser *view : {m_summary, m_scaling, m_events, m_authentication})
        view->clear();
    m_yaml->clear();
    m_copyClean->setEnabled(false);
}

void DetailsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_json.isEmpty())
        render();
}

void DetailsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT visibilityChanged(true);
}

void DetailsPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    Q_EMIT visibilityChanged(false);
}

QString DetailsPane::summaryText() const
{
    return m_summary->toPlainText();
}

QString DetailsPane::scalingText() const
{
    return m_scaling->toPlainText();
}

QString DetailsPane::eventsText() const
{
    return m_events->toPlainText();
}

QString DetailsPane::authenticationText() const
{
    return m_authentication->toPlainText();
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
