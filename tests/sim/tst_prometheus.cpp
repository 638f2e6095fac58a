// SPDX-License-Identifier: Apache-2.0
// A real Prometheus server (Debian's `prometheus` package) scrapes the sim's KEDA operator metrics;
// a PromQL query_range for keda_scaler_metrics_value returns the values the sim exported.
#include "helpers/plainhttp.h"
#include "helpers/simclient.h"
#include "sim/kedametrics.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <set>

using namespace kedascope;
using namespace kedascope::test;

namespace {

constexpr const char *kPrometheusBinary = "/usr/bin/prometheus";

// A port nobody listens on right now: bound to 0, read, released.
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int port = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

std::string percentEncode(const std::string &text)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QString::fromLatin1(kPrometheusBinary)).isExecutable(),
                 "Prometheus is not installed: run `apt-get install -y --no-install-recommends prometheus` "
                 "(Debian's package provides /usr/bin/prometheus)");
        m_sim = std::make_unique<RunningSim>();
        QVERIFY2(m_sim->ok(), m_sim->error().c_str());
        QVERIFY(m_sim->server().metricsPort() > 0);
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase()
    {
        stopPrometheus();
        m_sim.reset();
    }

    void queryRangeReturnsTheSimsValues()
    {
        sim::KedaMetrics::ScalerKey key;
        key.ns = "team-000";
        key.scaledObject = "orders-consumer";
        key.scaler = "rabbitmq";
        key.metricName = "s0-rabbitmq-orders";
        m_sim->server().metrics().setSample(key, {37.5, 0.02, true, false});

        startPrometheus();
        QVERIFY(m_prometheus.state() == QProcess::Running);
        const int port = m_webPort;

        QDeadlineTimer ready(60000);
        int readyStatus = 0;
        while (!ready.hasExpired() && m_prometheus.state() == QProcess::Running) {
            readyStatus = plainGet(port, "/-/ready").status;
            if (readyStatus == 200)
                break;
            QTest::qWait(100);
        }
        QVERIFY2(readyStatus == 200,
                 qPrintable(QStringLiteral("Prometheus did not become ready: ") + prometheusLog()));

        const std::string query =
            R"(keda_scaler_metrics_value{scaledObject="orders-consumer",metric="s0-rabbitmq-orders"})";
        auto valuesSeen = [&]() {
            const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
            const std::string target = "/api/v1/query_range?query=" + percentEncode(query) +
                                       "&start=" + std::to_string(now - 120) +
                                       "&end=" + std::to_string(now + 1) + "&step=1";
            std::set<std::string> values;
            auto r = plainGet(port, target);
            if (r.status != 200)
                return values;
            auto doc = parseJson(r.body);
            if (stringAt(doc, "status") != "success")
                return values;
            for (const auto &series : doc["data"]["result"].GetArray()) {
                if (stringAt(series, "metric.__name__") != "keda_scaler_metrics_value" ||
                    stringAt(series, "metric.namespace") != "team-000" ||
                    stringAt(series, "metric.scaler") != "rabbitmq" ||
                    stringAt(series, "metric.type") != "scaledobject" ||
                    stringAt(series, "metric.triggerIndex") != "0")
                    continue;
                for (const auto &point : series["values"].GetArray())
                    values.insert(point[1].GetString());
            }
            return values;
        };

        QDeadlineTimer firstValue(60000);
        while (!firstValue.hasExpired() && !valuesSeen().count("37.5"))
            QTest::qWait(250);
        QVERIFY2(valuesSeen().count("37.5"),
                 qPrintable(QStringLiteral("no sample of 37.5 in query_range: ") + prometheusLog()));

        // A new value from the sim reaches Prometheus too, alongside the old one in the range.
        m_sim->server().metrics().setSample(key, {4, 0.02, true, false});
        QDeadlineTimer secondValue(60000);
        while (!secondValue.hasExpired() && !valuesSeen().count("4"))
            QTest::qWait(250);
        const auto values = valuesSeen();
        QVERIFY2(values.count("4") && values.count("37.5"),
                 qPrintable(QStringLiteral("query_range lacks 4 and 37.5: ") + prometheusLog()));

        stopPrometheus();
    }

private:
    void startPrometheus()
    {
        m_webPort = freeLoopbackPort();
        const QString config = writeFile(
            m_dir, QStringLiteral("prometheus.yml"),
            QByteArray("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                       "scrape_configs:\n  - job_name: keda-operator\n    scrape_interval: 1s\n"
                       "    scrape_timeout: 1s\n    static_configs:\n      - targets: ['127.0.0.1:") +
                QByteArray::number(m_sim->server().metricsPort()) + "']\n");
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(QString::fromLatin1(kPrometheusBinary),
                           {QStringLiteral("--config.file=") + config,
                            QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                            QStringLiteral("--web.listen-address=127.0.0.1:") + QString::number(m_webPort),
                            QStringLiteral("--log.level=warn")});
        m_prometheus.waitForStarted(10000);
    }

    void stopPrometheus()
    {
        if (m_prometheus.state() == QProcess::NotRunning)
            return;
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10000)) {
            m_prometheus.kill();
            m_prometheus.waitForFinished(5000);
        }
    }

    QString prometheusLog() { return QString::fromLocal8Bit(m_prometheus.readAll()).right(2000); }

    QTemporaryDir m_dir;
    QProcess m_prometheus;
    int m_webPort = 0;
    std::unique_ptr<RunningSim> m_sim;
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
