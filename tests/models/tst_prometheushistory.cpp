// SPDX-License-Identifier: Apache-2.0
// PrometheusHistory against a real Prometheus (Debian's `prometheus`) scraping kedascope-sim's KEDA operator
// endpoint, all on 127.0.0.1; failures from the same server (a bad query), a closed port and the sim's HTTPS
// API server refusing a wrong token.
#include "models/metricstore.h"
#include "models/prometheushistory.h"

#include "sim/kedametrics.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>
#include <memory>
#include <set>

using namespace kedascope;

namespace {

constexpr int timeoutMs = 60000;
constexpr const char *kPrometheusBinary = "/usr/bin/prometheus";
const QString kContext = QStringLiteral("sim-admin");

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

models::WatchedObject object(const QString &ns, const QString &name)
{
    models::WatchedObject watched;
    watched.ns = ns;
    watched.name = name;
    return watched;
}

double lastValue(const models::MetricStore &store, const QString &key)
{
    models::MetricSample sample;
    const models::MetricSeries *series = store.find(key);
    return series && series->lastValue(&sample) ? sample.value : std::nan("");
}

std::set<double> valuesOf(const models::MetricStore &store, const QString &key)
{
    std::set<double> values;
    if (const models::MetricSeries *series = store.find(key)) {
        for (size_t i = 0; i < series->size(); ++i) {
            if (!std::isnan(series->at(i).value)) // NaN would break the set's order
                values.insert(series->at(i).value);
        }
    }
    return values;
}

bool endsWithGap(const models::MetricStore &store, const QString &key)
{
    const models::MetricSeries *series = store.find(key);
    return series && !series->isEmpty() && std::isnan(series->at(series->size() - 1).value);
}

sim::KedaMetrics::ScalerKey probeKey()
{
    sim::KedaMetrics::ScalerKey key;
    key.ns = "shop";
    key.scaledObject = "history-probe";
    key.triggerIndex = 0;
    key.scaler = "rabbitmq";
    key.metricName = "s0-rabbitmq-probe";
    return key;
}

} // namespace

class TestPrometheusHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void selectorQuotesNames();
    void liveValuesThenHistoryOfTheLastHour();
    void queryWindowFollowsTheClock();
    void badQueryIsAGapWithTheServersMessage();
    void refusedAndUnauthorizedAreGaps();

private:
    k8s::prom::ServerConfig prometheus() const;

    std::unique_ptr<test::RunningSim> m_sim;
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    int m_webPort = 0;
};

void TestPrometheusHistory::initTestCase()
{
    QVERIFY2(QFileInfo(QString::fromLatin1(kPrometheusBinary)).isExecutable(),
             "Prometheus is not installed: apt-get install -y --no-install-recommends prometheus");
    m_sim = std::make_unique<test::RunningSim>();
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
    m_sim->server().metrics().setSample(probeKey(), {37.5, 0.02, true, false});

    // The target's own `namespace` label makes Prometheus rename KEDA's to exported_namespace.
    m_webPort = unusedLoopbackPort();
    const QString config = test::writeFile(
        m_dir, QStringLiteral("prometheus.yml"),
        QByteArray("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                   "scrape_configs:\n  - job_name: keda-operator\n    scrape_interval: 1s\n"
                   "    scrape_timeout: 1s\n    static_configs:\n      - targets: ['127.0.0.1:") +
            QByteArray::number(m_sim->server().metricsPort()) +
            "']\n        labels:\n          namespace: keda\n");
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.start(QString::fromLatin1(kPrometheusBinary),
                       {QStringLiteral("--config.file=") + config,
                        QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                        QStringLiteral("--web.listen-address=127.0.0.1:") + QString::number(m_webPort),
                        QStringLiteral("--log.level=warn")});
    QVERIFY(m_prometheus.waitForStarted(10000));
}

void TestPrometheusHistory::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10000)) {
            m_prometheus.kill();
            m_prometheus.waitForFinished(5000);
        }
    }
    m_sim.reset();
}

k8s::prom::ServerConfig TestPrometheusHistory::prometheus() const
{
    k8s::prom::ServerConfig config;
    config.url = "http://127.0.0.1:" + std::to_string(m_webPort);
    config.timeout = std::chrono::seconds(10);
    return config;
}

void TestPrometheusHistory::selectorQuotesNames()
{
    const QString selector = models::PrometheusHistory::selectorFor(
        {object(QStringLiteral("shop"), QStringLiteral("b.consumer")),
         object(QStringLiteral("x"), QStringLiteral("a")), object(QStringLiteral("y"), QStringLiteral("a"))});
    QCOMPARE(selector, QStringLiteral(R"(keda_scaler_metrics_value{scaledObject=~"a|b\\.consumer"})"));
}

void TestPrometheusHistory::liveValuesThenHistoryOfTheLastHour()
{
    // Instant queries keep the series live while Prometheus gathers samples.
    models::MetricStore live;
    models::PrometheusHistory history(kContext, &live);
    history.setIntervalMs(300);
    history.setStepSeconds(1);
    QSignalSpy updated(&history, &models::PrometheusHistory::updated);
    QSignalSpy failed(&history, &models::PrometheusHistory::failed);
    history.setServer(prometheus());
    QVERIFY(history.isConfigured());
    history.setWatched({object(QStringLiteral("shop"), QStringLiteral("history-probe")),
                        object(QStringLiteral("shop"), QStringLiteral("orders-consumer"))});
    QCOMPARE(history.watched().size(), 2);
    const QString probe = models::metrickeys::triggerHistory(kContext, QStringLiteral("shop"),
                                                             QStringLiteral("history-probe"), 0);
    // Until Prometheus is ready its answers are failures; then the probe's value arrives under `shop`,
    // read from exported_namespace.
    QTRY_COMPARE_WITH_TIMEOUT(lastValue(live, probe), 37.5, timeoutMs);
    QCOMPARE(live.info(probe).label, QStringLiteral("s0-rabbitmq-probe"));
    QCOMPARE(live.info(probe).triggerType, QStringLiteral("rabbitmq"));
    QVERIFY(history.lastError().isEmpty());

    m_sim->server().metrics().setSample(probeKey(), {4, 0.02, true, false});
    QTRY_COMPARE_WITH_TIMEOUT(lastValue(live, probe), 4.0, timeoutMs);
    QVERIFY(!updated.isEmpty());

    // A console opened now loads the hour behind it in one query_range: both values are in it.
    models::MetricStore store;
    models::PrometheusHistory opened(kContext, &store);
    opened.setStepSeconds(1);
    QSignalSpy loaded(&opened, &models::PrometheusHistory::historyLoaded);
    opened.setServer(prometheus());
    opened.setWatched({object(QStringLiteral("shop"), QStringLiteral("history-probe"))});
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, timeoutMs);
    QCOMPARE(loaded.first().at(0).toInt(), 1);
    const std::set<double> values = valuesOf(store, probe);
    QVERIFY(values.count(37.5) && values.count(4.0));
    const models::MetricSeries *series = store.find(probe);
    QVERIFY2(series->size() >= 2, qPrintable(QString::number(series->size())));
    QVERIFY(series->lastTimeMs() - series->firstTimeMs() >= 1000);
    QVERIFY(std::abs(series->lastTimeMs() - QDateTime::currentMSecsSinceEpoch()) < 120000);
}

void TestPrometheusHistory::queryWindowFollowsTheClock()
{
    models::MetricStore store;
    models::PrometheusHistory history(kContext, &store);
    // Two hours ago, Prometheus (started a minute ago) had nothing.
    const qint64 twoHoursAgo = QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000;
    history.setClock([twoHoursAgo] { return twoHoursAgo; });
    history.setHistorySeconds(600);
    QSignalSpy loaded(&history, &models::PrometheusHistory::historyLoaded);
    history.setServer(prometheus());
    history.setWatched({object(QStringLiteral("shop"), QStringLiteral("history-probe"))});
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, timeoutMs);
    QCOMPARE(loaded.first().at(0).toInt(), 0);
    QVERIFY(!store.find(models::metrickeys::triggerHistory(kContext, QStringLiteral("shop"),
                                                           QStringLiteral("history-probe"), 0)));
}

void TestPrometheusHistory::badQueryIsAGapWithTheServersMessage()
{
    models::MetricStore store;
    models::PrometheusHistory history(kContext, &store);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    history.setClock([&now] { return now += 1000; });
    // An hour at 10 ms steps is more points than Prometheus answers for.
    history.setStepSeconds(0.01);
    QSignalSpy failed(&history, &models::PrometheusHistory::failed);
    history.setServer(prometheus());
    history.setWatched({object(QStringLiteral("shop"), QStringLiteral("history-probe"))});
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), timeoutMs);
    const QString reason = failed.first().at(0).toString();
    QVERIFY2(reason.contains(QStringLiteral("bad_data")) && reason.contains(QStringLiteral("400")),
             qPrintable(reason));
    QCOMPARE(history.lastError(), reason);
    const QString key = models::metrickeys::triggerHistory(kContext, QStringLiteral("shop"),
                                                           QStringLiteral("history-probe"), 0);
    QVERIFY(endsWithGap(store, key));
    QCOMPARE(store.find(key)->lastGapReason(), reason);
    QVERIFY(valuesOf(store, key).count(0.0) == 0);
}

void TestPrometheusHistory::refusedAndUnauthorizedAreGaps()
{
    models::MetricStore store;
    models::PrometheusHistory history(kContext, &store);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    history.setClock([&now] { return now += 1000; });
    QSignalSpy failed(&history, &models::PrometheusHistory::failed);
    const QString key = models::metrickeys::triggerHistory(kContext, QStringLiteral("shop"),
                                                           QStringLiteral("history-probe"), 0);

    k8s::prom::ServerConfig closed;
    closed.url = "http://127.0.0.1:" + std::to_string(unusedLoopbackPort());
    closed.timeout = std::chrono::seconds(5);
    history.setServer(closed);
    history.setWatched({object(QStringLiteral("shop"), QStringLiteral("history-probe"))});
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeoutMs);
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(failed.first().at(0).toString()));
    QVERIFY(endsWithGap(store, key));

    // An HTTPS server that refuses the token (the sim's API server, trusted through its CA).
    k8s::prom::ServerConfig wrongToken;
    wrongToken.url = m_sim->serverUrl();
    wrongToken.caPem = m_sim->server().caPem();
    wrongToken.bearerToken = "not-the-token-0123456789";
    history.setServer(wrongToken);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, timeoutMs);
    const QString reason = failed.at(1).at(0).toString();
    QVERIFY2(reason.contains(QStringLiteral("401")), qPrintable(reason));
    QVERIFY(!reason.contains(QStringLiteral("not-the-token")));
    QCOMPARE(store.find(key)->lastGapReason(), reason);

    history.setServer({});
    QVERIFY(!history.isConfigured());
}

QTEST_GUILESS_MAIN(TestPrometheusHistory)
#include "tst_prometheushistory.moc"
