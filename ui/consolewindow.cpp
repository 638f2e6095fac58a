// SPDX-License-Identifier: Apache-2.0
#include "ui/consolewindow.h"

#include "ui/contexttab.h"
#include "ui/detailspane.h"

#include "models/contextlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kedascope::ui {

namespace {

// Shows a cell's icon only; the text stays available to tooltips and screen readers.
class IconOnlyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text.clear();
        option->decorationAlignment = Qt::AlignCenter;
        option->displayAlignment = Qt::AlignCenter;
    }
};

QIcon stateIcon(ContextTab::WatchState state, qreal devicePixelRatio)
{
    using S = ContextTab::WatchState;
    QColor color(0x8a, 0x8f, 0x98);
    if (state == S::Live)
        color = QColor(0x2e, 0xa0, 0x43);
    else if (state == S::Connecting || state == S::Reconnecting)
        color = QColor(0xd9, 0x8e, 0x04);
    else if (state == S::Forbidden || state == S::Failed)
        color = QColor(0xd0, 0x32, 0x2d);
    const int size = 12;
    QPixmap pixmap(int(size * devicePixelRatio), int(size * devicePixelRatio));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4));
    return QIcon(pixmap);
}

} // namespace

ConsoleWindow::ConsoleWindow(models::ContextListModel *contexts, QWidget *parent)
    : QMainWindow(parent), m_contexts(contexts), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_contextList(new QTableView(this)), m_tabs(new QTabWidget(this)), m_source(new QLabel(this)),
      m_problem(new QLabel(this)), m_startDemo(new QPushButton(tr("Start the &demo cluster"), this)),
      m_emptyHint(new QLabel(this))
{
    setWindowTitle(tr("Kedascope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kedascope.svg")));

    m_contextList->setModel(contexts);
    m_contextList->setAccessibleName(tr("Contexts"));
    m_contextList->setToolTip(tr("Double-click or press Enter to open a context"));
    m_contextList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contextList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contextList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contextList->verticalHeader()->hide();
    m_contextList->horizontalHeader()->hide();
    m_contextList->setShowGrid(false);
    m_contextList->setWordWrap(false);
    // The status shows as its coloured icon; its text is on the tooltip.
    m_contextList->horizontalHeader()->setSectionResizeMode(models::ContextListModel::NameColumn,
                                                            QHeaderView::Stretch);
    m_contextList->horizontalHeader()->setSectionResizeMode(models::ContextListModel::StatusColumn,
                                                            QHeaderView::Fixed);
    m_contextList->horizontalHeader()->resizeSection(
        models::ContextListModel::StatusColumn,
        m_contextList->style()->pixelMetric(QStyle::PM_SmallIconSize) + 10);
    m_contextList->setItemDelegateForColumn(models::ContextListModel::StatusColumn,
                                            new IconOnlyDelegate(m_contextList));
    m_contextList->horizontalHeader()->moveSection(models::ContextListModel::StatusColumn, 0);
    for (int column = 0; column < models::ContextListModel::ColumnCount; ++column)
        m_contextList->setColumnHidden(column, column != models::ContextListModel::NameColumn &&
                                                   column != models::ContextListModel::StatusColumn);
    connect(m_contextList, &QTableView::activated, this,
            [this](const QModelIndex &index) { openContext(m_contexts->contextName(index.row())); });
    connect(contexts, &QAbstractItemModel::modelReset, this, [this] {
        m_emptyHint->setText(m_contexts->rowCount() > 0 ? tr("Double-click a context on the left to open it.")
                                                        : tr("No context to open."));
    });

    m_source->setAccessibleName(tr("Kubeconfig files"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *contextsTitle = new QLabel(tr("Contexts"), this);
    QFont bold = contextsTitle->font();
    bold.setBold(true);
    contextsTitle->setFont(bold);
    leftLayout->addWidget(contextsTitle);
    leftLayout->addWidget(m_contextList, 1);
    leftLayout->addWidget(m_source);

    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAccessibleName(tr("Problem"));
    m_startDemo->setAccessibleName(tr("Start the demo cluster"));
    m_startDemo->setToolTip(tr("Starts kedascope-sim, a demo cluster with KEDA objects, inside Kedascope"));
    connect(m_startDemo, &QPushButton::clicked, this, &ConsoleWindow::demoRequested);
    auto *problemBox = new QWidget(this);
    problemBox->setObjectName(QStringLiteral("problemBox"));
    auto *problemLayout = new QHBoxLayout(problemBox);
    problemLayout->addWidget(m_problem, 1);
    problemLayout->addWidget(m_startDemo);
    problemBox->setVisible(false);

    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open contexts"));
    m_tabs->setVisible(false);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &ConsoleWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto *tab = currentTab())
            statusBar()->showMessage(tr("%1: %2").arg(tab->contextName(), tab->stateText()));
        Q_EMIT currentTabChanged(currentTab());
    });
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setAccessibleName(tr("Hint"));
    m_emptyHint->setText(tr("No context to open."));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(problemBox);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_emptyHint, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1110});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    createMenus();

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("console/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("console/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("console/splitter")).toByteArray());
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *demo = file->addAction(tr("Start the &Demo Cluster"));
    connect(demo, &QAction::triggered, this, &ConsoleWindow::demoRequested);
    file->addSeparator();
    QAction *closeTabAction = file->addAction(tr("&Close Context"));
    closeTabAction->setShortcut(QKeySequence::Close);
    connect(closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy Rows"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &ConsoleWindow::copySelectedRows);
    // Ctrl+C belongs to the table (other widgets copy their own text), so it is bound to the tabs.
    m_tabs->addAction(copy);
    QAction *copyYaml = edit->addAction(tr("Copy as Clean &YAML"));
    copyYaml->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(copyYaml, &QAction::triggered, this, &ConsoleWindow::copyCleanYaml);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Filter…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (auto *tab = currentTab())
            tab->focusFilter();
    });

    QMenu *objects = menuBar()->addMenu(tr("&Object"));
    createPauseActions(objects);
    createEditorActions(file, objects);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction =
        view->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"));
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setToolTip(tr("Read the kubeconfig again and list afresh (F5)"));
    connect(refreshAction, &QAction::triggered, this, &ConsoleWindow::refresh);
    view->addSeparator();
    QAction *next = view->addAction(tr("&Next Context"));
    next->setShortcut(QKeySequence(tr("Ctrl+Tab")));
    connect(next, &QAction::triggered, this, [this] { nextContext(1); });
    QAction *previous = view->addAction(tr("&Previous Context"));
    previous->setShortcut(QKeySequence(tr("Ctrl+Shift+Tab")));
    connect(previous, &QAction::triggered, this, [this] { nextContext(-1); });
    view->addSeparator();
    const QStringList resources{tr("&ScaledObjects"), tr("Scaled&Jobs"), tr("&TriggerAuthentications"),
                                tr("C&lusterTriggerAuthentications")};
    for (int i = 0; i < resources.size(); ++i) {
        QAction *show = view->addAction(resources.at(i));
        show->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(show, &QAction::triggered, this, [this, i] {
            if (auto *tab = currentTab())
                tab->setResource(i);
        });
    }
    view->addSeparator();
    createMonitoringViews(view);
}

void ConsoleWindow::setKubeconfig(const k8s::Kubeconfig &config, const QString &description,
                                  std::optional<k8s::Kubeconfig::LoadOptions> reload)
{
    m_config = config;
    m_reload = std::move(reload);
    m_contexts->setKubeconfig(config);
    m_contexts->probeAll();
    m_source->setText(description);
}

void ConsoleWindow::setProblem(const QString &message, bool offerDemo)
{
    m_problem->setText(message);
    m_startDemo->setVisible(offerDemo);
    m_problem->parentWidget()->setVisible(!message.isEmpty() || offerDemo);
}

ContextTab *ConsoleWindow::tabAt(int index) const
{
    return qobject_cast<ContextTab *>(m_tabs->widget(index));
}

ContextTab *ConsoleWindow::tabFor(const QString &context) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<ContextTab *>(m_tabs->widget(i)); tab && tab->contextName() == context)
            return tab;
    return nullptr;
}

ContextTab *ConsoleWindow::currentTab() const
{
    return qobject_cast<ContextTab *>(m_tabs->currentWidget());
}

int ConsoleWindow::tabCount() const
{
    return m_tabs->count();
}

ContextTab *ConsoleWindow::openContext(const QString &context, const QString &ns)
{
    if (auto *tab = tabFor(context)) {
        m_tabs->setCurrentWidget(tab);
        if (!ns.isEmpty())
            tab->setNamespace(ns);
        return tab;
    }
    if (!m_config.findContext(context.toStdString()))
        return nullptr;
    auto *tab = new ContextTab(context, m_config, m_tabs);
    if (!ns.isEmpty())
        tab->setNamespace(ns);
    connect(tab, &ContextTab::stateChanged, this, [this, tab] { updateTabState(tab); });
    connect(tab, &ContextTab::tableFilled, this, [this, tab] { Q_EMIT firstTableFilled(tab); });
    const int index = m_tabs->addTab(tab, context);
    Q_EMIT tabOpened(tab);
    m_tabs->setCurrentIndex(index);
    m_tabs->setVisible(true);
    m_emptyHint->setVisible(false);
    updateTabState(tab);
    const int row = m_contexts->rowOfContext(context);
    if (row >= 0)
        m_contextList->selectRow(row);
    return tab;
}

bool ConsoleWindow::restoreSession()
{
    QSettings settings;
    const QStringList open = settings.value(QStringLiteral("console/openContexts")).toStringList();
    const QString current = settings.value(QStringLiteral("console/currentContext")).toString();
    for (const QString &context : open)
        openContext(context);
    if (auto *tab = tabFor(current))
        m_tabs->setCurrentWidget(tab);
    return m_tabs->count() > 0;
}

void ConsoleWindow::updateTabState(ContextTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->setTabIcon(index, stateIcon(tab->state(), devicePixelRatioF()));
    m_tabs->setTabToolTip(index, tr("%1: %2").arg(tab->contextName(), tab->stateText()));
    if (tab == currentTab())
        statusBar()->showMessage(tr("%1: %2").arg(tab->contextName(), tab->stateText()));
}

void ConsoleWindow::closeTab(int index)
{
    auto *tab = qobject_cast<ContextTab *>(m_tabs->widget(index));
    if (!tab)
        return;
    tab->saveSettings();
    m_tabs->removeTab(index);
    tab->deleteLater();
    m_tabs->setVisible(m_tabs->count() > 0);
    m_emptyHint->setVisible(m_tabs->count() == 0);
}

void ConsoleWindow::refresh()
{
    if (m_reload) {
        auto config = k8s::Kubeconfig::load(*m_reload);
        if (config) {
            m_config = config.value();
            m_contexts->setKubeconfig(m_config);
        } else {
            setProblem(QString::fromStdString(config.error().message));
        }
    }
    m_contexts->probeAll();
    if (auto *tab = currentTab())
        tab->reconnect(m_config);
}

void ConsoleWindow::nextContext(int step)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

void ConsoleWindow::copySelectedRows() const
{
    if (auto *tab = currentTab()) {
        const QString text = tab->selectedRowsText();
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    }
}

void ConsoleWindow::copyCleanYaml() const
{
    if (auto *tab = currentTab())
        tab->details()->copyCleanYaml();
}

void ConsoleWindow::saveSession() const
{
    QSettings settings;
    QStringList open;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<ContextTab *>(m_tabs->widget(i))) {
            open << tab->contextName();
            tab->saveSettings();
        }
    settings.setValue(QStringLiteral("console/openContexts"), open);
    settings.setValue(QStringLiteral("console/currentContext"),
                      currentTab() ? currentTab()->contextName() : QString());
    settings.setValue(QStringLiteral("console/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("console/state"), saveState());
    settings.setValue(QStringLiteral("console/splitter"), m_splitter->saveState());
}

void ConsoleWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

} // namespace kedascope::ui
