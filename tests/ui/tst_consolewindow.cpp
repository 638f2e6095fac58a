// SPDX-License-Identifier: Apache-2.0
// The console window against the real in-process kedascope-sim over HTTPS on 127.0.0.1.
#include "models/contextlistmodel.h"
#include "models/objectroles.h"
#include "models/scaledobjectroles.h"
#include "sim/faultinjector.h"
#include "sim/simserver.h"
#include "support/testsupport.h"
#include "ui/consolewindow.h"
#include "ui/contexttab.h"
#include "ui/detailspane.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/kubeconfig.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <thread>

using namespace kedascope;
namespace SO = models::ScaledObjectColumn;
using WatchState = models::ClusterConnection::WatchState;

namespace {

constexpr int timeoutMs = 20000;
// The informers retry with a jittered backoff that grows to 30 s; a restart is seen within two rounds.
constexpr int recoveryTimeoutMs = 70000;
constexpr int objectCount = 30;

// With a state directory, a sim restarted on the same port keeps its CA, certificates and tokens.
std::unique_ptr<sim::SimServer> startSim(const QTemporaryDir &dir, int port, bool keepIdentity = false)
{
    sim::SimOptions options;
    options.port = port;
    if (keepIdentity)
        options.stateDirectory = dir.filePath(QStringLiteral("sim-state")).toStdString();
    options.kubeconfigOut = dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    options.scaledObjects = objectCount;
    options.namespaces = 3;
    auto server = std::make_unique<sim::SimServer>(options);
    const auto started = server->start();
    if (!started)
        qFatal("sim: %s", started.error().message.c_str());
    return server;
}

k8s::Kubeconfig::LoadOptions loadOptions(const QTemporaryDir &dir)
{
    k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    return options;
}

k8s::Kubeconfig loadKubeconfig(const QTemporaryDir &dir)
{
    auto config = k8s::Kubeconfig::load(loadOptions(dir));
    if (!config)
        qFatal("kubeconfig: %s", config.error().message.c_str());
    return config.value();
}

int proxyRowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, SO::Name).data(models::NameRole).toString() == name)
            return row;
    return -1;
}

k8s::Status mergePatch(const k8s::Kubeconfig &config, const QString &ns, const QString &name,
                       const char *body)
{
    auto resolved = config.resolve("sim-admin");
    if (!resolved)
        return resolved.error();
    auto client = k8s::ApiClient::create(resolved.value());
    if (!client)
        return client.error();
    k8s::Status status = k8s::Unit{};
    std::thread writer([&] {
        const auto patched = client.value()->patch(k8s::resources::scaledObjects(), ns.toStdString(),
                                                   name.toStdString(), k8s::PatchType::Merge, body);
        if (!patched)
            status = patched.error();
    });
    writer.join();
    return status;
}

// ContextListModel probes on detached threads; a probe still running when the process exits can
// crash in the TLS library's teardown, so each test lets them finish.
bool probesFinished(const models::ContextListModel &contexts)
{
    for (int row = 0; row < contexts.rowCount(); ++row)
        if (contexts.index(row, 0)
                .data(models::ContextListModel::ProbeStateRole)
                .value<models::ContextListModel::ProbeState>() ==
            models::ContextListModel::ProbeState::Probing)
            return false;
    return true;
}

} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void followsTheClusterThroughAnOutage();
    void forbiddenContextDoesNotBlockTheOthers();
    void remembersContextsResourceNamespaceAndColumns();
    void offersTheDemoClusterWithoutAKubeconfig();

private:
    QTemporaryDir m_configHome;
};

void TestConsoleWindow::initTestCase()
{
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", m_configHome.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("KedascopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consolewindow"));
}

void TestConsoleWindow::init()
{
    QSettings().clear();
}

void TestConsoleWindow::followsTheClusterThroughAnOutage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto server = startSim(dir, 0, true);
    const int port = server->port();
    const auto config = loadKubeconfig(dir);

    models::ContextListModel contexts;
    ui::ConsoleWindow window(&contexts);
    window.setKubeconfig(config, QString(), loadOptions(dir));
    ui::ContextTab *tab = window.openContext(QStringLiteral("sim-admin"));
    QVERIFY(tab);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The table fills and says it is live.
    QTableView *table = tab->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), objectCount, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), WatchState::Live, timeoutMs);
    QVERIFY(tab->bannerText().isEmpty());
    QVERIFY(!table->accessibleName().isEmpty());
    QVERIFY(!tab->filterEdit()->placeholderText().isEmpty());
    // Every control a user can reach has a name a screen reader can say.
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) ||
            (qobject_cast<QLineEdit *>(widget) && !qobject_cast<QComboBox *>(widget->parent()));
        if (control && widget->isVisible() && !qobject_cast<QAbstractItemView *>(widget->parent()))
            QVERIFY2(!widget->accessibleName().isEmpty() || !widget->toolTip().isEmpty(),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                                widget->objectName()));
    }

    // Select a row: the details show that object.
    const int row = 5;
    const QString name = table->model()->index(row, SO::Name).data(models::NameRole).toString();
    const QString ns = table->model()->index(row, SO::Name).data(models::NamespaceRole).toString();
    table->selectRow(row);
    QTRY_COMPARE_WITH_TIMEOUT(tab->details()->objectKey(), ns + QLatin1Char('/') + name, timeoutMs);
    QVERIFY(tab->details()->summaryText().contains(QStringLiteral("Target")));
    QVERIFY(tab->details()->yamlText().contains(QStringLiteral("name: ") + name));

    // Copy as clean YAML: a manifest without status or server-set fields.
    window.copyCleanYaml();
    const QString clean = QApplication::clipboard()->text();
    QCOMPARE(clean, tab->details()->cleanYaml());
    QVERIFY(clean.contains(QStringLiteral("name: ") + name));
    QVERIFY(clean.contains(QStringLiteral("spec:")));
    for (const char *server_set : {"status:", "managedFields", "uid:", "resourceVersion", "creationTimestamp",
                                   "generation:", "last-applied-configuration"})
        QVERIFY2(!clean.contains(QLatin1String(server_set)), server_set);

    // Ctrl+C copies the selected rows.
    window.copySelectedRows();
    QVERIFY(QApplication::clipboard()->text().contains(name));

    // A change on the cluster updates the row in place; the selection stays on it.
    QVERIFY(mergePatch(config, ns, name, R"({"spec":{"maxReplicaCount":77}})").ok());
    QTRY_COMPARE_WITH_TIMEOUT(
        table->model()->index(proxyRowOf(table->model(), name), SO::MaxReplicas).data().toString(),
        QStringLiteral("77"), timeoutMs);
    QCOMPARE(table->currentIndex().data(models::NameRole).toString(), name);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(tab->details()->yamlText().contains(QStringLiteral("maxReplicaCount: 77")),
                             timeoutMs);

    // The filter box filters with the proxy's syntax.
    tab->filterEdit()->setText(name);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    tab->filterEdit()->setText(QStringLiteral("ns:") + ns);
    QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < objectCount);
    tab->filterEdit()->setText(QStringLiteral("-") + name);
    QCOMPARE(table->model()->rowCount(), objectCount - 1);
    tab->filterEdit()->clear();
    QCOMPARE(table->model()->rowCount(), objectCount);

    // The server goes away: the rows stay, marked stale, with their age.
    server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(tab->isStale(), timeoutMs);
    QVERIFY2(tab->bannerText().contains(QStringLiteral("Stale")), qPrintable(tab->bannerText()));
    QVERIFY(table->property("stale").toBool());
    QCOMPARE(table->model()->rowCount(), objectCount);

    QCOMPARE(tab->details()->objectKey(), ns + QLatin1Char('/') + name); // the details stay too

    // The sim restarted on the same port with the same identity: the connection trusts it and the
    // informers' backoff brings the view back to life on its own, without F5.
    server.reset();
    server = startSim(dir, port, true);
    auto *connectionBefore = tab->connection();
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), WatchState::Live, recoveryTimeoutMs);
    QCOMPARE(window.currentTab(), tab);
    QCOMPARE(tab->connection(), connectionBefore);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), objectCount, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isStale(), timeoutMs);
    QVERIFY2(tab->bannerText().isEmpty(), qPrintable(tab->bannerText()));
    QVERIFY(!table->property("stale").toBool());
    // The restarted cluster is the one shown: the change made before the restart is gone with the old one.
    auto maxReplicasOfPatched = [table, &name] {
        const int patchedRow = proxyRowOf(table->model(), name);
        return patchedRow < 0 ? QString()
                              : table->model()->index(patchedRow, SO::MaxReplicas).data().toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!maxReplicasOfPatched().isEmpty() && maxReplicasOfPatched() != QStringLiteral("77"),
                             timeoutMs);

    // A restart with a new identity is not trusted: F5 re-reads the kubeconfig and connects again.
    server.reset();
    QVERIFY(QDir(dir.filePath(QStringLiteral("sim-state"))).removeRecursively());
    server = startSim(dir, port, true);
    window.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(window.currentTab()->state(), WatchState::Live, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentTab()->table()->model()->rowCount(), objectCount, timeoutMs);
    QVERIFY(window.currentTab()->bannerText().isEmpty());
    QVERIFY(!window.currentTab()->table()->property("stale").toBool());
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(probesFinished(contexts), timeoutMs);
}

void TestConsoleWindow::forbiddenContextDoesNotBlockTheOthers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto server = startSim(dir, 0);
    const auto config = loadKubeconfig(dir);
    server->faults().failNext("GET", "/apis/keda.sh/v1alpha1/namespaces/locked/scaledobjects", 403, 100000);

    models::ContextListModel contexts;
    ui::ConsoleWindow window(&contexts);
    window.setKubeconfig(config, QString(), loadOptions(dir));
    ui::ContextTab *viewer = window.openContext(QStringLiteral("sim-viewer"), QStringLiteral("locked"));
    ui::ContextTab *admin = window.openContext(QStringLiteral("sim-admin"));
    QVERIFY(viewer && admin);
    QCOMPARE(window.tabCount(), 2);
    window.show();

    QTRY_COMPARE_WITH_TIMEOUT(admin->table()->model()->rowCount(), objectCount, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->state(), WatchState::Forbidden, timeoutMs);
    QVERIFY2(viewer->bannerText().contains(QStringLiteral("Forbidden")), qPrintable(viewer->bannerText()));
    QVERIFY2(viewer->bannerText().contains(QStringLiteral("locked")), qPrintable(viewer->bannerText()));
    QCOMPARE(admin->state(), WatchState::Live);

    // Ctrl+Tab / Ctrl+Shift+Tab move between the open contexts.
    QCOMPARE(window.currentTab(), admin);
    window.nextContext(1);
    QCOMPARE(window.currentTab(), viewer);
    window.nextContext(-1);
    QCOMPARE(window.currentTab(), admin);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(probesFinished(contexts), timeoutMs);
}

void TestConsoleWindow::remembersContextsResourceNamespaceAndColumns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto server = startSim(dir, 0);
    const auto config = loadKubeconfig(dir);
    {
        models::ContextListModel contexts;
        ui::ConsoleWindow window(&contexts);
        window.setKubeconfig(config, QString(), loadOptions(dir));
        ui::ContextTab *tab = window.openContext(QStringLiteral("sim-admin"));
        QVERIFY(tab);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(tab->table()->model()->rowCount(), objectCount, timeoutMs);
        tab->table()->horizontalHeader()->setSectionHidden(SO::Target, true);
        tab->setResource(ui::ContextTab::ScaledJobs);
        tab->setNamespace(QStringLiteral("team-b"));
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(probesFinished(contexts), timeoutMs);
    }
    models::ContextListModel contexts;
    ui::ConsoleWindow window(&contexts);
    window.setKubeconfig(config, QString(), loadOptions(dir));
    QVERIFY(window.restoreSession());
    ui::ContextTab *tab = window.currentTab();
    QVERIFY(tab);
    QCOMPARE(tab->contextName(), QStringLiteral("sim-admin"));
    QCOMPARE(tab->resource(), int(ui::ContextTab::ScaledJobs));
    QCOMPARE(tab->currentNamespace(), QStringLiteral("team-b"));
    QTRY_COMPARE_WITH_TIMEOUT(tab->namespaceBox()->currentText(), QStringLiteral("team-b"), timeoutMs);
    tab->setResource(ui::ContextTab::ScaledObjects);
    QVERIFY(tab->table()->horizontalHeader()->isSectionHidden(SO::Target));
    QVERIFY(!tab->table()->horizontalHeader()->isSectionHidden(SO::Name));
    // Settings never hold credentials.
    QFile settingsFile(QSettings().fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray stored = settingsFile.readAll();
    QVERIFY(!stored.contains("token"));
    QVERIFY(!stored.contains("BEGIN"));
    QTRY_VERIFY_WITH_TIMEOUT(probesFinished(contexts), timeoutMs);
}

void TestConsoleWindow::offersTheDemoClusterWithoutAKubeconfig()
{
    models::ContextListModel contexts;
    ui::ConsoleWindow window(&contexts);
    window.setProblem(QStringLiteral("No kubeconfig"), true);
    window.show();
    QSignalSpy demo(&window, &ui::ConsoleWindow::demoRequested);
    QPushButton *start = nullptr;
    for (QPushButton *button : window.findChildren<QPushButton *>())
        if (button->isVisible() && button->accessibleName() == QStringLiteral("Start the demo cluster"))
            start = button;
    QVERIFY(start);
    start->click();
    QCOMPARE(demo.count(), 1);
    QCOMPARE(window.tabCount(), 0);
    QVERIFY(!window.openContext(QStringLiteral("missing")));
}

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
