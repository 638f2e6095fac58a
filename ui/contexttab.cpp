// SPDX-License-Identifier: Apache-2.0
#include "ui/contexttab.h"

#include "ui/cleanyaml.h"
#include "ui/detailspane.h"
#include "ui/statebadgedelegate.h"

#include "models/kubeclusterconnection.h"
#include "models/namespacemodel.h"
#include "models/objectdetailsloader.h"
#include "models/objectfilterproxy.h"
#include "models/scaledjobmodel.h"
#include "models/scaledjobroles.h"
#include "models/scaledobjectmodel.h"
#include "models/scaledobjectroles.h"
#include "models/triggerauthmodel.h"

#include "k8sclient/age.h"
#include "k8sclient/apiclient.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kedascope::ui {

namespace {

constexpr int detailsDelayMs = 150;

// An editable combo box shows Qt::EditRole, which NamespaceModel does not answer; its display
// text serves for both.
class DisplayAsEditProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        return QIdentityProxyModel::data(index, role == Qt::EditRole ? int(Qt::DisplayRole) : role);
    }
};

QString stateColor(ContextTab::WatchState state)
{
    using S = ContextTab::WatchState;
    switch (state) {
    case S::Connecting:
    case S::Reconnecting:
        return QStringLiteral("#d98e04");
    case S::Live:
        return QStringLiteral("#2ea043");
    case S::Stale:
        return QStringLiteral("#8a8f98");
    case S::Forbidden:
    case S::Failed:
        return QStringLiteral("#d0322d");
    }
    return {};
}

} // namespace

ContextTab::ContextTab(const QString &contextName, const k8s::Kubeconfig &config, QWidget *parent)
    : QWidget(parent), m_contextName(contextName), m_namespaces(new models::NamespaceModel(this)),
      m_proxy(new models::ObjectFilterProxy(this)), m_banner(new QLabel(this)), m_status(new QLabel(this)),
      m_namespaceBox(new QComboBox(this)), m_resourceBox(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)), m_details(new DetailsPane(this)),
      m_detailsLoader(new models::ObjectDetailsLoader(this)), m_splitter(new QSplitter(Qt::Vertical, this)), m_detailsTimer(new QTimer(this)),
      m_clock(new QTimer(this))
{
    setAccessibleName(tr("Context %1").arg(contextName));
    m_models[ScaledObjects] = new models::ScaledObjectModel(this);
    m_models[ScaledJobs] = new models::ScaledJobModel(this);
    m_models[TriggerAuthentications] =
        new models::TriggerAuthModel(models::TriggerAuthModel::Kind::TriggerAuthentication, this);
    m_models[ClusterTriggerAuthentications] =
        new models::TriggerAuthModel(models::TriggerAuthModel::Kind::ClusterTriggerAuthentication, this);
    for (auto *model : m_models) {
        m_namespaces->followObjects(model);
        // Queued: the model marks itself synced only after its reset signal.
        connect(
            model, &QAbstractItemModel::modelReset, this, [this, model] { checkFilled(model); },
            Qt::QueuedConnection);
        connect(model, &models::ObjectTableModel::caughtUp, this, [this, model] { checkFilled(model); });
        connect(model, &QAbstractItemModel::rowsInserted, this, &ContextTab::updateStatus);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ContextTab::updateStatus);
    }

    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAccessibleName(tr("Connection problem"));
    m_banner->setVisible(false);
    m_status->setAccessibleName(tr("Connection state"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *namespaceNames = new DisplayAsEditProxy(this);
    namespaceNames->setSourceModel(m_namespaces);
    m_namespaceBox->setModel(namespaceNames);
    m_namespaceBox->setEditable(true);
    m_namespaceBox->setInsertPolicy(QComboBox::NoInsert);
    m_namespaceBox->setAccessibleName(tr("Namespace"));
    m_namespaceBox->setToolTip(tr("The namespace to show; type to search"));
    m_namespaceBox->setMinimumContentsLength(16);
    m_namespaceBox->completer()->setFilterMode(Qt::MatchContains);
    m_namespaceBox->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_namespaceBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // A reset of the namespace list would leave the picker empty: point it at the namespace again.
    auto reselect = [this] {
        const int row = m_namespaces->rowOfNamespace(m_namespace);
        if (row >= 0 && m_namespaceBox->currentIndex() != row)
            m_namespaceBox->setCurrentIndex(row);
    };
    connect(m_namespaces, &QAbstractItemModel::modelReset, this, reselect, Qt::QueuedConnection);
    connect(m_namespaces, &QAbstractItemModel::rowsInserted, this, reselect, Qt::QueuedConnection);
    connect(m_namespaces, &QAbstractItemModel::rowsRemoved, this, reselect, Qt::QueuedConnection);
    connect(m_namespaceBox, qOverload<int>(&QComboBox::activated), this,
            [this](int row) { setNamespace(m_namespaces->namespaceAt(row)); });

    m_resourceBox->addItems({tr("ScaledObjects"), tr("ScaledJobs"), tr("TriggerAuthentications"),
                             tr("ClusterTriggerAuthentications")});
    m_resourceBox->setAccessibleName(tr("Resource"));
    m_resourceBox->setToolTip(tr("The kind of KEDA object to list"));
    connect(m_resourceBox, qOverload<int>(&QComboBox::activated), this, &ContextTab::setResource);

    m_filter->setPlaceholderText(tr(
        "Filter: name, key=value, type:kafka, ns:team-a, is:paused|fallback|failing|inactive|active, -word"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setToolTip(tr("Words that must all match: text in the name or namespace, a label key=value, "
                            "type:TRIGGER, ns:NAMESPACE, is:paused, is:fallback, is:failing, is:inactive, "
                            "is:active. A leading - negates a word."));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &models::ObjectFilterProxy::setFilterText);

    m_proxy->setDynamicSortFilter(true);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Objects"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ContextTab::showHeaderMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_detailsTimer->start(0);
        Q_EMIT selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContextTab::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int current = m_table->currentIndex().row();
                if (current >= topLeft.row() && current <= bottomRight.row())
                    m_detailsTimer->start(detailsDelayMs);
            });
    m_detailsTimer->setSingleShot(true);
    connect(m_detailsTimer, &QTimer::timeout, this, &ContextTab::requestDetails);
    connect(m_details, &DetailsPane::objectShown, this, &ContextTab::detailsShown);
    connect(m_detailsLoader, &models::ObjectDetailsLoader::detailsChanged, this,
            [this] { m_details->showDetails(m_detailsLoader->details()); });
    // The details are read again every polling interval only while they can be seen.
    connect(m_details, &DetailsPane::visibilityChanged, m_detailsLoader,
            &models::ObjectDetailsLoader::setPolling);

    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (isStale())
            updateBanner();
        if (QTime::currentTime().second() % 10 == 0)
            currentModel()->refreshTimes();
    });
    m_clock->start();

    auto *controls = new QHBoxLayout;
    auto *namespaceLabel = new QLabel(tr("&Namespace:"), this);
    namespaceLabel->setBuddy(m_namespaceBox);
    auto *resourceLabel = new QLabel(tr("&Show:"), this);
    resourceLabel->setBuddy(m_resourceBox);
    controls->addWidget(resourceLabel);
    controls->addWidget(m_resourceBox);
    controls->addWidget(namespaceLabel);
    controls->addWidget(m_namespaceBox);
    controls->addWidget(m_filter, 1);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_table, 1);
    upperLayout->addWidget(m_status);
    m_splitter->addWidget(upper);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    QSettings settings;
    m_namespace = settings.value(QStringLiteral("contexts/%1/namespace").arg(m_contextName)).toString();
    m_resource = std::clamp(settings.value(QStringLiteral("contexts/%1/resource").arg(m_contextName)).toInt(),
                            0, int(ResourceCount) - 1);
    // The context's own namespace is not applied: the console starts with the whole cluster.
    if (const auto *context = config.findContext(contextName.toStdString()))
        m_kubeconfigUser = QString::fromStdString(context->user);
    m_splitter->restoreState(settings.value(QStringLiteral("console/detailsSplitter")).toByteArray());

    m_resourceBox->setCurrentIndex(m_resource);
    m_proxy->setSourceModel(currentModel());
    restoreHeader();
    setDelegates();
    buildConnection(config);
    setNamespace(m_namespace);
}

ContextTab::~ContextTab()
{
    for (auto *model : m_models)
        model->setConnection(nullptr);
    m_namespaces->setConnection(nullptr);
}

void ContextTab::buildConnection(const k8s::Kubeconfig &config)
{
    if (m_connection) {
        for (auto *model : m_models)
            model->setConnection(nullptr);
        m_namespaces->setConnection(nullptr);
        m_connection->deleteLater();
    }
    m_filled = false;
    m_details->showNothing();
    m_detailsLoader->clear();
    const auto resolved = config.resolve(m_contextName.toStdString());
    if (!resolved) {
        applyState(WatchState::Failed, QString::fromStdString(resolved.error().message), 0);
        return;
    }
    auto client = k8s::ApiClient::create(resolved.value());
    if (!client) {
        applyState(WatchState::Failed, QString::fromStdString(client.error().message), 0);
        return;
    }
    m_connection = new models::KubeClusterConnection(client.value(), this);
    for (auto *model : m_models)
        model->setConnection(m_connection);
    m_namespaces->setConnection(m_connection);
    m_detailsLoader->setConnection(m_connection);
    connect(m_connection, &models::ClusterConnection::stateChanged, this,
            [this](const k8s::ResourceType &type, WatchState state, const QString &message, int httpCode) {
                if (type == currentType())
                    applyState(state, message, httpCode);
            });
    connect(m_connection, &models::ClusterConnection::synced, this, [this](const k8s::ResourceType &type) {
        if (type == currentType()) {
            m_lastLive = QDateTime::currentDateTimeUtc();
            checkFilled(currentModel());
        }
    });
    connect(m_connection, &models::ClusterConnection::deltas, this, [this](const k8s::ResourceType &type) {
        if (type == currentType())
            m_lastLive = QDateTime::currentDateTimeUtc();
    });
    applyState(WatchState::Connecting, {}, 0);
    Q_EMIT connectionReplaced();
}

models::ClusterConnection *ContextTab::connection() const
{
    return m_connection;
}

QList<ContextTab::ObjectRef> ContextTab::selectedObjects() const
{
    auto rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<ObjectRef> objects;
    for (const QModelIndex &row : rows)
        objects.append({currentType(), row.data(models::NamespaceRole).toString(),
                        row.data(models::NameRole).toString()});
    return objects;
}

std::optional<ContextTab::ObjectRef> ContextTab::currentObject() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return ObjectRef{currentType(), current.data(models::NamespaceRole).toString(),
                     current.data(models::NameRole).toString()};
}

void ContextTab::checkFilled(models::ObjectTableModel *model)
{
    if (model == currentModel() && model->hasSynced() && !model->isParsing() && !m_filled) {
        m_filled = true;
        if (!m_headerRestored)
            fitColumns();
        Q_EMIT tableFilled();
    }
    updateStatus();
}

void ContextTab::fitColumns()
{
    // Header-wide sections are as wide as their title; the header's own size hint keeps room for a
    // sort arrow in every section, which costs a screen's width over fourteen columns.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false); // a stretched section would always fill the width
    const QFontMetrics headerFont(header->font());
    for (int column = 0; column < header->count(); ++column) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              std::max(static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(column),
                                       headerFont.horizontalAdvance(title) + 20));
    }
    // Wide text columns give way first, so that every column fits without scrolling.
    const int minimum = header->fontMetrics().horizontalAdvance(QStringLiteral("namespace-1"));
    const int available = m_table->viewport()->width();
    int total = header->length();
    while (total > available) {
        // The name (column 0) gives way last.
        int widest = -1;
        for (int column = header->count() - 1; column >= 0; --column)
            if (!header->isSectionHidden(column) && header->sectionSize(column) > minimum &&
                (widest < 0 || (column > 0 && header->sectionSize(column) > header->sectionSize(widest))))
                widest = column;
        if (widest < 0)
            break;
        const int shrink = std::min(total - available, std::max(1, header->sectionSize(widest) - minimum));
        header->resizeSection(widest, header->sectionSize(widest) - std::min(shrink, 8));
        total = header->length();
    }
    header->setStretchLastSection(true);
}

void ContextTab::reconnect(const k8s::Kubeconfig &config)
{
    buildConnection(config);
    startWatches();
}

void ContextTab::startWatches()
{
    if (!m_connection)
        return;
    m_filled = currentModel()->hasSynced();
    m_connection->watch(currentType(), watchNamespace());
    if (m_resource == ScaledObjects)
        m_connection->watch(k8s::resources::hpas(), watchNamespace());
    else if (m_connection->isWatching(k8s::resources::hpas()))
        m_connection->unwatch(k8s::resources::hpas());
    if (!m_connection->isWatching(k8s::resources::namespaces()))
        m_connection->watch(k8s::resources::namespaces(), QString());
    applyState(m_connection->watchState(currentType()), m_connection->watchError(currentType()), 0);
}

const k8s::ResourceType &ContextTab::currentType() const
{
    return currentModel()->resourceType();
}

QString ContextTab::watchNamespace() const
{
    return m_resource == ClusterTriggerAuthentications ? QString() : m_namespace;
}

void ContextTab::setResource(int resource)
{
    if (resource < 0 || resource >= ResourceCount)
        return;
    if (resource != m_resource) {
        saveHeader();
        if (m_connection)
            m_connection->unwatch(currentType());
        currentModel()->clear();
        m_resource = resource;
        m_proxy->setSourceModel(currentModel());
        restoreHeader();
        setDelegates();
        m_details->showNothing();
        m_detailsLoader->clear();
    }
    m_resourceBox->setCurrentIndex(resource);
    m_namespaceBox->setEnabled(resource != ClusterTriggerAuthentications);
    m_proxy->setNamespace(watchNamespace());
    startWatches();
    updateStatus();
}

void ContextTab::setNamespace(const QString &ns)
{
    m_namespace = ns;
    if (!ns.isEmpty())
        m_namespaces->addSeen({ns});
    m_namespaceBox->setCurrentIndex(std::max(0, m_namespaces->rowOfNamespace(ns)));
    m_proxy->setNamespace(watchNamespace());
    setResource(m_resource);
}

QString ContextTab::resourceKey(int resource) const
{
    static const char *const keys[] = {"scaledobjects", "scaledjobs", "triggerauthentications",
                                       "clustertriggerauthentications"};
    return QString::fromLatin1(keys[resource]);
}

void ContextTab::setDelegates()
{
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        m_table->setItemDelegateForColumn(column, nullptr);
    qDeleteAll(findChildren<StateBadgeDelegate *>());
    auto badge = [this](int column, StateBadgeDelegate::Kind kind) {
        m_table->setItemDelegateForColumn(column, new StateBadgeDelegate(kind, m_table));
    };
    using Kind = StateBadgeDelegate::Kind;
    if (m_resource == ScaledObjects) {
        badge(models::ScaledObjectColumn::Ready, Kind::Ready);
        badge(models::ScaledObjectColumn::Active, Kind::Active);
        badge(models::ScaledObjectColumn::Fallback, Kind::Fallback);
        badge(models::ScaledObjectColumn::Paused, Kind::Paused);
    } else if (m_resource == ScaledJobs) {
        badge(models::ScaledJobColumn::Ready, Kind::Ready);
        badge(models::ScaledJobColumn::Active, Kind::Active);
        badge(models::ScaledJobColumn::Paused, Kind::Paused);
    }
}

void ContextTab::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction *action = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveHeader();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Fit columns to contents")), &QAction::triggered, this, [this] {
        fitColumns();
        saveHeader();
    });
    menu.exec(header->viewport()->mapToGlobal(position));
}

void ContextTab::restoreHeader()
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, false);
    const QByteArray state =
        QSettings().value(QStringLiteral("console/header/%1").arg(resourceKey(m_resource))).toByteArray();
    m_headerRestored = !state.isEmpty() && header->restoreState(state);
    if (!m_headerRestored)
        m_table->sortByColumn(0, Qt::AscendingOrder);
}

void ContextTab::saveHeader() const
{
    QSettings().setValue(QStringLiteral("console/header/%1").arg(resourceKey(m_resource)),
                         m_table->horizontalHeader()->saveState());
}

void ContextTab::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("contexts/%1/namespace").arg(m_contextName), m_namespace);
    settings.setValue(QStringLiteral("contexts/%1/resource").arg(m_contextName), m_resource);
    settings.setValue(QStringLiteral("console/detailsSplitter"), m_splitter->saveState());
    saveHeader();
}

void ContextTab::applyState(WatchState state, const QString &message, int httpCode)
{
    if (state == WatchState::Live)
        m_lastLive = QDateTime::currentDateTimeUtc();
    m_state = state;
    m_stateMessage = message;
    m_stateCode = httpCode;
    m_table->setProperty("stale", isStale());
    QPalette palette = this->palette();
    if (isStale())
        palette.setColor(QPalette::Text, palette.color(QPalette::Disabled, QPalette::Text));
    m_table->setPalette(palette);
    m_table->viewport()->update();
    updateBanner();
    updateStatus();
    Q_EMIT stateChanged();
}

bool ContextTab::isStale() const
{
    return m_state == WatchState::Stale ||
           (m_state == WatchState::Reconnecting && currentModel()->hasSynced()) ||
           (m_state == WatchState::Failed && currentModel()->hasSynced());
}

QString ContextTab::describeForbidden(const QString &message) const
{
    static const QRegularExpression userPattern(QStringLiteral("User \"([^\"]+)\""));
    static const QRegularExpression verbPattern(QStringLiteral("cannot (\\w+) resource \"([^\"]+)\""));
    const auto user = userPattern.match(message);
    const auto verb = verbPattern.match(message);
    const QString who = user.hasMatch() ? user.captured(1) : m_kubeconfigUser;
    const QString where = watchNamespace().isEmpty() ? tr("in all namespaces")
                                                     : tr("in the namespace %1").arg(watchNamespace());
    QString text;
    if (verb.hasMatch())
        text = tr("Forbidden: the user %1 may not %2 %3 %4.")
                   .arg(who, verb.captured(1), verb.captured(2), where);
    else
        text = tr("Forbidden: the user %1 may not list %2 %3.").arg(who, m_resourceBox->currentText(), where);
    if (!message.isEmpty())
        text += QLatin1Char(' ') + tr("The server said: %1").arg(message);
    if (!watchNamespace().isEmpty() || m_resource == ClusterTriggerAuthentications)
        return text;
    return text + QLatin1Char(' ') + tr("Choose a namespace you may read.");
}

QString ContextTab::bannerText() const
{
    switch (m_state) {
    case WatchState::Connecting:
    case WatchState::Live:
        return {};
    case WatchState::Reconnecting:
    case WatchState::Stale: {
        QString text;
        if (isStale() && m_lastLive.isValid()) {
            const qint64 seconds = m_lastLive.secsTo(QDateTime::currentDateTimeUtc());
            text = tr("Stale: showing what was known %1 ago.")
                       .arg(QString::fromStdString(k8s::formatAge(std::chrono::seconds(seconds))));
        } else {
            text = tr("Reconnecting.");
        }
        text +=
            QLatin1Char(' ') + (m_stateMessage.isEmpty() ? tr("Reconnecting…")
                                                         : tr("Reconnecting after: %1").arg(m_stateMessage));
        return text;
    }
    case WatchState::Forbidden:
        return describeForbidden(m_stateMessage);
    case WatchState::Failed:
        return tr("The connection failed: %1").arg(m_stateMessage) + QLatin1Char(' ') +
               tr("Press F5 to read the kubeconfig again and reconnect.");
    }
    return {};
}

void ContextTab::updateBanner()
{
    const QString text = bannerText();
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { padding: 6px; border-radius: 4px; border: 1px solid %1; }")
            .arg(stateColor(m_state)));
}

QString ContextTab::stateText() const
{
    switch (m_state) {
    case WatchState::Connecting:
        return tr("Connecting to %1…").arg(m_contextName);
    case WatchState::Live:
        return tr("Live");
    case WatchState::Reconnecting:
        return isStale() ? tr("Stale, reconnecting") : tr("Reconnecting");
    case WatchState::Stale:
        return tr("Stale");
    case WatchState::Forbidden:
        return tr("Forbidden");
    case WatchState::Failed:
        return tr("Failed");
    }
    return {};
}

void ContextTab::updateStatus()
{
    const QString dot = QStringLiteral("<span style=\"color:%1\">&#9679;</span> ").arg(stateColor(m_state));
    QString text = dot + stateText().toHtmlEscaped();
    if (currentModel()->hasSynced())
        text += QStringLiteral(" — ") +
                tr("%1 of %n object(s) shown", nullptr, currentModel()->rowCount()).arg(m_proxy->rowCount());
    m_status->setText(text);
    m_status->setAccessibleDescription(stateText());
}

void ContextTab::requestDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detailsLoader->clear();
        m_details->showNothing();
        return;
    }
    // The same object again (it changed on the cluster) is read again, keeping what is shown.
    m_detailsLoader->setObject(currentType(), current.data(models::NamespaceRole).toString(),
                               current.data(models::NameRole).toString());
}

void ContextTab::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QString ContextTab::selectedRowsText() const
{
    QStringList lines;
    const QHeaderView *header = m_table->horizontalHeader();
    auto rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (!header->isSectionHidden(column))
                cells << m_proxy->index(row.row(), column).data().toString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ContextTab::selectedCleanYaml() const
{
    return m_details->cleanYaml();
}

} // namespace kedascope::ui
