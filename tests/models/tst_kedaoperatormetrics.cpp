// SPDX-License-Identifier: Apache-2.0
// KedaOperatorMetrics scraping kedascope-sim's KEDA operator endpoint, through the API server's service
// proxy over HTTPS and directly by URL, on 127.0.0.1.
#include "models/kedaoperatormetrics.h"
#include "helpers/democluster.h"
#include "models/kubeclusterconnection.h"
#include "models/metricstore.h"

#include "helpers/fakeclusterconnection.h"
#include "k8sclient/kubeconfig.h"
#include "sim/faultinjector.h"
#include "sim/kedametrics.h"
#include "sim/simserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>
#include <memory>

using namespace kedascope;

using test::DemoCluster;
using test::lastValue;

namespace {

constexpr int timeoutMs = 30000;
const QString kValue = QStringLiteral("keda_scaler_metrics_value");

models::WatchedObject object(const QString &ns, const QString &name)
{
    models::WatchedObject watched;
    watched.ns = ns;
    watched.name = name;
    return watched;
}

bool endsWithGap(const models::MetricStore &store, const QString &key)
{
    const models::MetricSeries *series = store.find(key);
    return series && !series->isEmpty() && std::isnan(series->at(series->size() - 1).value);
}

// A loopback port nobody listens on: bound to 0, read, released.
int unusedLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

sim::KedaMetrics::ScalerKey scalerKey(const std::string &ns, const std::string &name, int index,
                                      const std::string &metric)
{
    sim::KedaMetrics::ScalerKey key;
    key.ns = ns;
    key.scaledObject = name;
    key.triggerIndex = index;
    key.scaler = "rabbitmq";
    key.metricName = metric;
    return key;
}

} // namespace

class TestKedaOperatorMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalNames_data();
    void canonicalNames();
    void proxyScrapeStoresWatchedObjects();
    void failingScalerIsAGapNotZero();
    void forbiddenProxyIsAGapWithTheReason();
    void scrapesAUrlAndReportsARefusedOne();
    void oldMetricNamesAreStoredUnderTodays();
};

void TestKedaOperatorMetrics::canonicalNames_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("today") << "keda_scaler_metrics_value"
                           << "keda_scaler_metrics_value";
    QTest::newRow("adapter value") << "keda_metrics_adapter_scaler_metrics_value"
                                   << "keda_scaler_metrics_value";
    QTest::newRow("adapter errors") << "keda_metrics_adapter_scaler_errors"
                                    << "keda_scaler_detail_errors_total";
    QTest::newRow("adapter object errors") << "keda_metrics_adapter_scaled_object_errors"
                                           << "keda_scaled_object_errors_total";
    QTest::newRow("2.16 scaler errors") << "keda_scaler_errors"
                                        << "keda_scaler_detail_errors_total";
    QTest::newRow("2.13 latency") << "keda_scaler_metrics_latency"
                                  << "keda_scaler_metrics_latency_seconds";
    QTest::newRow("other adapter") << "keda_metrics_adapter_scaler_active"
                                   << "keda_scaler_active";
    QTest::newRow("not keda") << "go_goroutines"
                              << "go_goroutines";
}

void TestKedaOperatorMetrics::canonicalNames()
{
    QFETCH(QString, written);
    QFETCH(QString, canonical);
    QCOMPARE(models::KedaOperatorMetrics::canonicalName(written), canonical);
}

void TestKedaOperatorMetrics::proxyScrapeStoresWatchedObjects()
{
    DemoCluster cluster;
    models::MetricStore store;
    models::KedaOperatorMetrics metrics(cluster.connection.get(), &store);
    qint64 now = 1'700'000'000'000;
    metrics.setClock([&now] { return now += 1000; });
    metrics.setIntervalMs(200);
    QCOMPARE(metrics.intervalMs(), qint64(200));
    QSignalSpy scraped(&metrics, &models::KedaOperatorMetrics::scraped);
    metrics.setWatched({object(QStringLiteral("shop"), QStringLiteral("orders-consumer")),
                        object(QStringLiteral("payments"), QStringLiteral("ledger-writer"))});

    const QString context = cluster.connection->contextName();
    const QString value = models::metrickeys::operatorMetric(context, QStringLiteral("shop"),
                                                             QStringLiteral("orders-consumer"), kValue, 0);
    QTRY_VERIFY_WITH_TIMEOUT(lastValue(store, value) ==
                                 cluster.server->metrics()
                                     .currentValue("shop", "orders-consumer", "s0-rabbitmq-orders")
                                     .value_or(-1),
                             timeoutMs);
    QVERIFY(store.find(value)->lastTimeMs() > 1'700'000'000'000);
    QCOMPARE(store.info(value).triggerType, QStringLiteral("rabbitmq"));
    QVERIFY(store.info(value).label.contains(QStringLiteral("s0-rabbitmq-orders")));
    QVERIFY(!store.info(value).source.isEmpty());

    const QString latency =
        models::metrickeys::operatorMetric(context, QStringLiteral("shop"), QStringLiteral("orders-consumer"),
                                           QStringLiteral("keda_scaler_metrics_latency_seconds"), 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, latency)), timeoutMs);
    QCOMPARE(store.info(latency).unit, QStringLiteral("s"));
    const QString active =
        models::metrickeys::operatorMetric(context, QStringLiteral("shop"), QStringLiteral("orders-consumer"),
                                           QStringLiteral("keda_scaler_active"), 0);
    QVERIFY(lastValue(store, active) == 0 || lastValue(store, active) == 1);
    // Per object: ledger-writer is paused by its annotation.
    const QString paused = models::metrickeys::operatorMetric(context, QStringLiteral("payments"),
                                                              QStringLiteral("ledger-writer"),
                                                              QStringLiteral("keda_scaled_object_paused"));
    QTRY_COMPARE_WITH_TIMEOUT(lastValue(store, paused), 1.0, timeoutMs);
    // Objects nobody watches are not stored.
    QVERIFY(store
                .keysWithPrefix(models::metrickeys::objectPrefix(context, QStringLiteral("shop"),
                                                                 QStringLiteral("checkout-api")))
                .isEmpty());
    QVERIFY(metrics.lastError().isEmpty());
    QVERIFY(!scraped.isEmpty() && scraped.last().at(0).toInt() > 0);
}

void TestKedaOperatorMetrics::failingScalerIsAGapNotZero()
{
    DemoCluster cluster;
    // An object of our own that the controller does not touch: its scaler fails, KEDA drops the value.
    cluster.server->metrics().setSample(scalerKey("shop", "legacy-worker", 0, "s0-rabbitmq-legacy"),
                                        {12, 0.02, true, false});
    models::MetricStore store;
    models::KedaOperatorMetrics metrics(cluster.connection.get(), &store);
    qint64 now = 1'700'000'000'000;
    metrics.setClock([&now] { return now += 1000; });
    metrics.setIntervalMs(200);
    metrics.setWatched({object(QStringLiteral("shop"), QStringLiteral("legacy-worker"))});
    const QString value =
        models::metrickeys::operatorMetric(cluster.connection->contextName(), QStringLiteral("shop"),
                                           QStringLiteral("legacy-worker"), kValue, 0);
    QTRY_COMPARE_WITH_TIMEOUT(lastValue(store, value), 12.0, timeoutMs);

    cluster.server->metrics().setSample(scalerKey("shop", "legacy-worker", 0, "s0-rabbitmq-legacy"),
                                        {0, 0.5, false, true});
    QTRY_VERIFY_WITH_TIMEOUT(endsWithGap(store, value), timeoutMs);
    const models::MetricSeries *series = store.find(value);
    QVERIFY(series->lastGapReason().contains(QStringLiteral("s0-rabbitmq-legacy")));
    QCOMPARE(lastValue(store, value), 12.0); // the last real value, never a 0 for the failure
}

void TestKedaOperatorMetrics::forbiddenProxyIsAGapWithTheReason()
{
    DemoCluster cluster;
    models::MetricStore store;
    models::KedaOperatorMetrics metrics(cluster.connection.get(), &store);
    qint64 now = 1'700'000'000'000;
    metrics.setClock([&now] { return now += 1000; });
    metrics.setIntervalMs(200);
    QSignalSpy failed(&metrics, &models::KedaOperatorMetrics::failed);
    QSignalSpy scraped(&metrics, &models::KedaOperatorMetrics::scraped);
    const QString value =
        models::metrickeys::operatorMetric(cluster.connection->contextName(), QStringLiteral("shop"),
                                           QStringLiteral("orders-consumer"), kValue, 0);

    // Forbidden before anything was stored: the value series still gets the gap.
    cluster.server->faults().failNext("GET", models::KedaOperatorMetrics::defaultProxyPath().toStdString(),
                                      403, 1);
    metrics.setWatched({object(QStringLiteral("shop"), QStringLiteral("orders-consumer"))});
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeoutMs);
    const QString reason = failed.first().at(0).toString();
    QVERIFY2(reason.contains(QStringLiteral("injected fault")), qPrintable(reason));
    QCOMPARE(metrics.lastError(), reason);
    QVERIFY(endsWithGap(store, value));
    QCOMPARE(store.find(value)->lastGapReason(), reason);

    // It recovers on the next scrape; a later 403 gaps every series it had.
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, value)) && !endsWithGap(store, value), timeoutMs);
    QVERIFY(metrics.lastError().isEmpty());
    cluster.server->faults().failNext("GET", models::KedaOperatorMetrics::defaultProxyPath().toStdString(),
                                      403, 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, timeoutMs);
    const QStringList keys = store.keysWithPrefix(models::metrickeys::objectPrefix(
        cluster.connection->contextName(), QStringLiteral("shop"), QStringLiteral("orders-consumer")));
    QVERIFY(keys.size() >= 3);
    for (const QString &key : keys) {
        const models::MetricSeries *series = store.find(key);
        bool gapped = false;
        for (size_t i = 0; i < series->size(); ++i) {
            const models::MetricSample sample = series->at(i);
            gapped = gapped || (std::isnan(sample.value) && series->gapReason(sample.timeMs) == reason);
        }
        QVERIFY2(gapped, qPrintable(key));
    }
}

void TestKedaOperatorMetrics::scrapesAUrlAndReportsARefusedOne()
{
    DemoCluster cluster;
    models::MetricStore store;
    models::KedaOperatorMetrics metrics(cluster.connection.get(), &store);
    metrics.setIntervalMs(200);
    k8s::prom::ServerConfig direct;
    direct.url = "http://127.0.0.1:" + std::to_string(cluster.server->metricsPort()) + "/metrics";
    metrics.setUrl(direct);
    QSignalSpy failed(&metrics, &models::KedaOperatorMetrics::failed);
    metrics.setWatched({object(QStringLiteral("shop"), QStringLiteral("orders-consumer"))});
    const QString value =
        models::metrickeys::operatorMetric(cluster.connection->contextName(), QStringLiteral("shop"),
                                           QStringLiteral("orders-consumer"), kValue, 0);
    QTRY_VERIFY_WITH_TIMEOUT(std::isfinite(lastValue(store, value)), timeoutMs);
    QVERIFY(failed.isEmpty());
    // Not one request went through the API server's proxy.
    for (const auto &request : cluster.server->faults().recordedRequests())
        QVERIFY(request.target.find("/proxy/") == std::string::npos);

    k8s::prom::ServerConfig refused;
    refused.url = "http://127.0.0.1:" + std::to_string(unusedLoopbackPort()) + "/metrics";
    refused.timeout = std::chrono::seconds(5);
    metrics.setUrl(refused);
    metrics.scrapeNow();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), timeoutMs);
    const QString reason = failed.first().at(0).toString();
    QVERIFY2(reason.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(reason));
    QTRY_VERIFY_WITH_TIMEOUT(endsWithGap(store, value), timeoutMs);
    QCOMPARE(store.find(value)->lastGapReason(), metrics.lastError());

    // An empty URL goes back to the service proxy.
    metrics.setUrl({});
    QTRY_VERIFY_WITH_TIMEOUT(!endsWithGap(store, value), timeoutMs);
}

// No sim exports the names of KEDA before 2.14; a fake answers the proxy path with such a scrape.
void TestKedaOperatorMetrics::oldMetricNamesAreStoredUnderTodays()
{
    test::FakeClusterConnection connection;
    models::CallResult answer;
    answer.ok = true;
    answer.json = QByteArrayLiteral(
        "# TYPE keda_metrics_adapter_scaler_metrics_value gauge\n"
        "keda_metrics_adapter_scaler_metrics_value{namespace=\"shop\",metric=\"s0-rabbitmq-orders\","
        "scaledObject=\"orders-consumer\",scaler=\"rabbitmq\",scalerIndex=\"0\"} 42\n"
        "# TYPE keda_metrics_adapter_scaled_object_errors counter\n"
        "keda_metrics_adapter_scaled_object_errors{namespace=\"shop\",scaledObject=\"orders-consumer\"} 3\n"
        "# TYPE keda_scaler_metrics_latency gauge\n"
        "keda_scaler_metrics_latency{namespace=\"shop\",metric=\"s0-rabbitmq-orders\",scaledObject=\"orders-"
        "consumer\","
        "scaler=\"rabbitmq\",triggerIndex=\"0\",type=\"scaledobject\"} 250\n"
        "keda_scaler_metrics_value{namespace=\"shop\",metric=\"s0-rabbitmq-orders\",scaledObject=\"orders-"
        "consumer\","
        "scaler=\"rabbitmq\",triggerIndex=\"0\",type=\"scaledobject\"} 41\n");
    connection.setPathAnswer(models::KedaOperatorMetrics::defaultProxyPath(), answer);
    models::MetricStore store;
    models::KedaOperatorMetrics metrics(&connection, &store);
    QSignalSpy scraped(&metrics, &models::KedaOperatorMetrics::scraped);
    metrics.setWatched({object(QStringLiteral("shop"), QStringLiteral("orders-consumer"))});
    QTRY_COMPARE_WITH_TIMEOUT(scraped.count(), 1, timeoutMs);
    const auto key = [&](const QString &metric, int index) {
        return models::metrickeys::operatorMetric(connection.contextName(), QStringLiteral("shop"),
                                                  QStringLiteral("orders-consumer"), metric, index);
    };
    QCOMPARE(lastValue(store, key(kValue, 0)), 41.0); // today's name wins over the adapter's
    QCOMPARE(lastValue(store, key(QStringLiteral("keda_scaled_object_errors_total"), -1)), 3.0);
    QCOMPARE(lastValue(store, key(QStringLiteral("keda_scaler_metrics_latency_seconds"), 0)), 0.25); // was ms
}

QTEST_GUILESS_MAIN(TestKedaOperatorMetrics)
#include "tst_kedaoperatormetrics.moc"
