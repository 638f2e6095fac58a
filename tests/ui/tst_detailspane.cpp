// SPDX-License-Identifier: Apache-2.0
// The details pane against the real in-process kedascope-sim with KEDA's behaviour (controller, HPAs,
// events, external metrics API), over HTTPS on 127.0.0.1.
#include "models/contextlistmodel.h"
#include "models/objectdetailsloader.h"
#include "models/objectroles.h"
#include "models/scaledobjectroles.h"
#include "sim/simserver.h"
#include "ui/consolewindow.h"
#include "ui/contexttab.h"
#include "ui/detailspane.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/kubeconfig.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <thread>

using namespace kedascope;
namespace SO = models::ScaledObjectColumn;

namespace {

constexpr int timeoutMs = 30000;

k8s::Kubeconfig::LoadOptions loadOptions(const QTemporaryDir &dir)
{
    k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    return options;
}

// Writes through a client of its own, off the GUI thread, as another user of the cluster would.
k8s::Status write(const k8s::Kubeconfig &config, const std::function<k8s::Status(k8s::ApiClient &)> &change)
{
    auto resolved = config.resolve("sim-admin");
    if (!resolved)
        return resolved.error();
    auto client = k8s::ApiClient::create(resolved.value());
    if (!client)
        return client.error();
    k8s::Status status = k8s::Unit{};
    std::thread writer([&] { status = change(*client.value()); });
    writer.join();
    return status;
}

template <typename T>
k8s::Status statusOf(const k8s::Result<T> &result)
{
    if (!result)
        return result.error();
    return k8s::Unit{};
}

int rowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, SO::Name).data(models::NameRole).toString() == name)
            return row;
    return -1;
}

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void showsHpaEventsAuthenticationAndMetricValues();
    void followsThePaletteIntoDarkMode();

private:
    QTemporaryDir m_configHome;
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimServer> m_sim;
    k8s::Kubeconfig m_config;
};

void TestDetailsPane::initTestCase()
{
    QVERIFY(m_configHome.isValid() && m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_configHome.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("KedascopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_detailspane"));
    QSettings().clear();

    // The demo cluster with KEDA's controller.
    sim::SimOptions options;
    options.kubeconfigOut = m_dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    options.keda = true;
    m_sim = std::make_unique<sim::SimServer>(options);
    const auto started = m_sim->start();
    QVERIFY2(started.ok(), started.ok() ? "" : started.error().message.c_str());
    auto config = k8s::Kubeconfig::load(loadOptions(m_dir));
    QVERIFY(config.ok());
    m_config = config.value();

    // orders-consumer's trigger takes its host from a TriggerAuthentication.
    const auto prepared = write(m_config, [](k8s::ApiClient &client) {
        const auto created = client.create(
            k8s::resources::triggerAuthentications(), "shop",
            R"({"apiVersion":"keda.sh/v1alpha1","kind":"TriggerAuthentication",)"
            R"("metadata":{"name":"rabbitmq-auth","namespace":"shop"},"spec":{)"
            R"("secretTargetRef":[{"parameter":"host","name":"rabbitmq-conn","key":"host"}],)"
            R"("env":[{"parameter":"password","name":"RABBITMQ_PASSWORD","containerName":"consumer"}]}})",
            {});
        if (!created)
            return statusOf(created);
        return statusOf(client.patch(
            k8s::resources::scaledObjects(), "shop", "orders-consumer", k8s::PatchType::Merge,
            R"({"spec":{"triggers":[{"type":"rabbitmq","metadata":{"protocol":"amqp","queueName":"orders",)"
            R"("mode":"QueueLength","value":"20","hostFromEnv":"RABBITMQ_HOST"},)"
            R"("authenticationRef":{"name":"rabbitmq-auth"}}]}})"));
    });
    QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
}

void TestDetailsPane::cleanupTestCase()
{
    m_sim.reset();
}

void TestDetailsPane::showsHpaEventsAuthenticationAndMetricValues()
{
    models::ContextListModel contexts;
    ui::ConsoleWindow window(&contexts);
    window.setKubeconfig(m_config, QString(), loadOptions(m_dir));
    ui::ContextTab *tab = window.openContext(QStringLiteral("sim-admin"));
    QVERIFY(tab);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTableView *table = tab->table();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(table->model(), QStringLiteral("orders-consumer")) >= 0, timeoutMs);
    table->selectRow(rowOf(table->model(), QStringLiteral("orders-consumer")));
    ui::DetailsPane *details = tab->details();
    QTRY_COMPARE_WITH_TIMEOUT(details->objectKey(), QStringLiteral("shop/orders-consumer"), timeoutMs);

    // The HPA KEDA made, with its replicas and conditions, and the Deployment's /scale.
    const auto &gathered = tab->detailsLoader()->details();
    QTRY_VERIFY_WITH_TIMEOUT(gathered.hpa.loaded() && gathered.scale.loaded(), timeoutMs);
    QCOMPARE(gathered.hpa.name, QStringLiteral("keda-hpa-orders-consumer"));
    QVERIFY(gathered.hpa.currentReplicas >= 0);
    const QString scaling = details->scalingText();
    QVERIFY2(scaling.contains(QStringLiteral("keda-hpa-orders-consumer")), qPrintable(scaling));
    QVERIFY(scaling.contains(QStringLiteral("Current replicas")));
    QVERIFY(scaling.contains(QStringLiteral("Desired replicas")));
    QVERIFY(scaling.contains(QStringLiteral("AbleToScale")));
    QVERIFY(scaling.contains(QStringLiteral("ScalingActive")));
    QVERIFY(scaling.contains(QStringLiteral("Deployment/orders-consumer")));
    QVERIFY(scaling.contains(QStringLiteral("Replicas wanted (spec)")));
    QVERIFY(details->summaryText().contains(QStringLiteral("Replicas now")));

    // Events about this object, newest first.
    QTRY_VERIFY_WITH_TIMEOUT(gathered.events.loaded() && !gathered.events.events.empty(), timeoutMs);
    QVERIFY2(details->eventsText().contains(QStringLiteral("KEDAScalersStarted")) ||
                 details->eventsText().contains(QStringLiteral("ScaledObjectReady")),
             qPrintable(details->eventsText()));
    for (std::size_t i = 1; i < gathered.events.events.size(); ++i)
        QVERIFY(gathered.events.events[i - 1].lastSeen >= gathered.events.events[i].lastSeen);
    QVERIFY(details->views()->tabText(2).startsWith(QStringLiteral("Events (")));

    // The TriggerAuthentication: its name and where each parameter comes from.
    QTRY_VERIFY_WITH_TIMEOUT(gathered.auths.size() == 1 && gathered.auths[0].loaded(), timeoutMs);
    const QString auth = details->authenticationText();
    QVERIFY2(auth.contains(QStringLiteral("TriggerAuthentication rabbitmq-auth")), qPrintable(auth));
    QVERIFY(auth.contains(QStringLiteral("Secret rabbitmq-conn, key host")));
    QVERIFY(auth.contains(QStringLiteral("env RABBITMQ_PASSWORD in container consumer")));

    // The trigger's live value from the external metrics API, with its target and the cost note.
    QTRY_VERIFY_WITH_TIMEOUT(!gathered.triggers.empty() && gathered.triggers[0].loaded(), timeoutMs);
    const auto &trigger = gathered.triggers[0];
    QCOMPARE(trigger.metricName, QStringLiteral("s0-rabbitmq-orders"));
    QVERIFY(trigger.number.has_value());
    QCOMPARE(trigger.target, QStringLiteral("20"));
    const QString summary = details->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("s0-rabbitmq-orders")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Each read makes KEDA query the event source")));
    QVERIFY(!summary.contains(QStringLiteral("reading…")));
    // TEMP-SHOTS
    if (qEnvironmentVariableIsSet("KEDASCOPE_SHOTS_DIR")) {
        const QString shots = qEnvironmentVariable("KEDASCOPE_SHOTS_DIR");
        for (int dark = 0; dark < 2; ++dark) {
            if (dark) {
                QPalette palette;
                palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
                palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
                palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
                palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
                palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
                palette.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x31));
                palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
                QApplication::setPalette(palette);
            }
            for (int view = 0; view < 4; ++view) {
                details->views()->setCurrentIndex(view);
                QTest::qWait(200);
                window.grab().save(shots + QStringLiteral("/tab%1-%2.png").arg(view).arg(dark));
            }
        }
        QApplication::setPalette(QPalette());
        for (int resource : {1, 2}) {
            tab->setResource(resource);
            QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, timeoutMs);
            table->selectRow(0);
            QTRY_VERIFY_WITH_TIMEOUT(!details->objectKey().isEmpty(), timeoutMs);
            QTest::qWait(500);
            details->views()->setCurrentIndex(0);
            window.grab().save(shots + QStringLiteral("/resource%1.png").arg(resource));
        }
        tab->setResource(0);
    }

    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&contexts] {
            for (int row = 0; row < contexts.rowCount(); ++row)
                if (contexts.index(row, 0)
                        .data(models::ContextListModel::ProbeStateRole)
                        .value<models::ContextListModel::ProbeState>() ==
                    models::ContextListModel::ProbeState::Probing)
                    return false;
            return true;
        }(),
        timeoutMs);
}

void TestDetailsPane::followsThePaletteIntoDarkMode()
{
    ui::DetailsPane pane;
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    models::ObjectDetails details;
    details.kind = QStringLiteral("ScaledObject");
    details.ns = QStringLiteral("shop");
    details.name = QStringLiteral("orders");
    details.object.state = models::DetailsPartState::Loaded;
    details.objectJson = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":"orders",)"
                         R"("namespace":"shop"},"spec":{"scaleTargetRef":{"name":"orders"},"triggers":[)"
                         R"({"type":"kafka","metadata":{"lagThreshold":"10","activationLagThreshold":"2"}}]},)"
                         R"("status":{"externalMetricNames":["s0-kafka-payments"]}})";
    models::TriggerValue failing;
    failing.type = QStringLiteral("kafka");
    failing.metricName = QStringLiteral("s0-kafka-payments");
    failing.state = models::DetailsPartState::Failed;
    failing.httpCode = 500;
    failing.error = QStringLiteral("rpc error: metric:s0-kafka-payments encountered error");
    details.triggers = {failing};
    details.events.state = models::DetailsPartState::Loaded;
    details.events.events = {{QStringLiteral("Warning"), QStringLiteral("KEDAScalerFailed"),
                              QStringLiteral("kafka: broker unreachable"), 3, QDateTime::currentDateTimeUtc()}};
    pane.showDetails(details);

    // The error is shown for the trigger, not a value.
    QVERIFY(pane.summaryText().contains(QStringLiteral("encountered error (HTTP 500)")));
    QVERIFY(pane.eventsText().contains(QStringLiteral("KEDAScalerFailed")));
    QCOMPARE(pane.views()->tabText(2), QStringLiteral("Events (1, 1 warning)"));

    // Light and dark palettes give the document different text colours and error colours.
    QPalette light = pane.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    pane.setPalette(light);
    const QString lightStyle =
        qobject_cast<QTextBrowser *>(pane.views()->widget(0))->document()->defaultStyleSheet();
    QPalette dark = pane.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    pane.setPalette(dark);
    const auto *summary = qobject_cast<QTextBrowser *>(pane.views()->widget(0));
    QVERIFY(summary);
    const QString darkStyle = summary->document()->defaultStyleSheet();
    QVERIFY(darkStyle.contains(QStringLiteral("#e6e6e6")));
    QVERIFY(lightStyle.contains(QStringLiteral("#000000")));
    QVERIFY(summary->toHtml().contains(QStringLiteral("#ff7b72"))); // the dark error colour
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
