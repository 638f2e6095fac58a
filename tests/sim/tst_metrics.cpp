// SPDX-License-Identifier: Apache-2.0
// What KEDA exposes, exposed by kedascope-sim the same way, over real HTTPS (and plain HTTP for the
// operator's own /metrics): the external metrics API, the operator's Prometheus metrics directly and
// through the service proxy, and the fault control endpoint.
#include "helpers/plainhttp.h"
#include "helpers/simclient.h"
#include "sim/kedametrics.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace kedascope;
using namespace kedascope::test;
using namespace std::chrono_literals;

namespace {

constexpr const char *kExternal = "/apis/external.metrics.k8s.io/v1beta1";
constexpr const char *kProxy = "/api/v1/namespaces/keda/services/";

// The value of the sample `name{labels...}` in Prometheus text, nullopt when there is none.
std::optional<double> sampleValue(const std::string &text, const std::string &name,
                                  const std::map<std::string, std::string> &labels)
{
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind(name + "{", 0) != 0 && line.rfind(name + " ", 0) != 0)
            continue;
        const auto close = line.rfind('}');
        const std::string labelText =
            close == std::string::npos ? std::string() : line.substr(name.size(), close - name.size() + 1);
        bool all = true;
        for (const auto &[key, value] : labels)
            all = all && (labelText.find("{" + key + "=\"" + value + "\"") != std::string::npos ||
                          labelText.find("," + key + "=\"" + value + "\"") != std::string::npos);
        if (all)
            return std::stod(line.substr(line.rfind(' ') + 1));
    }
    return std::nullopt;
}

std::string externalMetricPath(const std::string &ns, const std::string &metric,
                               const std::string &scaledObject)
{
    return std::string(kExternal) + "/namespaces/" + ns + "/" + metric +
           "?labelSelector=scaledobject.keda.sh%2Fname%3D" + scaledObject;
}

sim::KedaMetrics::ScalerKey scalerKey(const std::string &ns, const std::string &name,
                                      const std::string &scaler, const std::string &metric, int index = 0)
{
    sim::KedaMetrics::ScalerKey key;
    key.ns = ns;
    key.scaledObject = name;
    key.scaler = scaler;
    key.metricName = metric;
    key.triggerIndex = index;
    return key;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<RunningSim>(RunningSim::Options{12, 2});
        QVERIFY2(m_sim->ok(), m_sim->error().c_str());
        QVERIFY(m_sim->server().metricsPort() > 0);
    }
    void cleanupTestCase() { m_sim.reset(); }

    void externalMetricsDiscovery()
    {
        SimClient client(m_sim->server());
        auto groups = parseJson(client.get("/apis").body);
        bool found = false;
        for (const auto &g : groups["groups"].GetArray())
            found =
                found || stringAt(g, "preferredVersion.groupVersion") == "external.metrics.k8s.io/v1beta1";
        QVERIFY(found);

        auto r = client.get(kExternal);
        QCOMPARE(r.status, 200);
        auto list = parseJson(r.body);
        QCOMPARE(stringAt(list, "kind"), std::string("APIResourceList"));
        QCOMPARE(stringAt(list, "groupVersion"), std::string("external.metrics.k8s.io/v1beta1"));
        QCOMPARE(list["resources"].Size(), 1u);
        const auto &entry = list["resources"][0];
        QCOMPARE(stringAt(entry, "name"), std::string("externalmetrics"));
        QCOMPARE(stringAt(entry, "kind"), std::string("ExternalMetricValueList"));
        QVERIFY(entry["namespaced"].GetBool());
        QCOMPARE(std::string(entry["verbs"][0].GetString()), std::string("get"));
    }

    void externalMetricValuesAsQuantities_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("quantity");
        QTest::newRow("integer") << 42.0 << "42";
        QTest::newRow("fraction") << 1.5 << "1500m";
        QTest::newRow("thousands") << 2000.0 << "2k";
        QTest::newRow("not a multiple of 1000") << 1500.0 << "1500";
        QTest::newRow("millions") << 3000000.0 << "3M";
        QTest::newRow("zero") << 0.0 << "0";
        QTest::newRow("sub-milli truncated") << 0.0125 << "12m";
        QTest::newRow("negative") << -2.5 << "-2500m";
    }
    void externalMetricValuesAsQuantities()
    {
        QFETCH(double, value);
        QFETCH(QString, quantity);
        auto &metrics = m_sim->server().metrics();
        metrics.setSample(scalerKey("team-000", "orders-consumer-0000", "rabbitmq", "s0-rabbitmq-orders"),
                          {value, 0.01, value > 0, false});
        SimClient client(m_sim->server());
        auto r = client.get(externalMetricPath("team-000", "s0-rabbitmq-orders", "orders-consumer-0000"));
        QCOMPARE(r.status, 200);
        auto doc = parseJson(r.body);
        QCOMPARE(stringAt(doc, "kind"), std::string("ExternalMetricValueList"));
        QCOMPARE(stringAt(doc, "apiVersion"), std::string("external.metrics.k8s.io/v1beta1"));
        QCOMPARE(doc["items"].Size(), 1u);
        const auto &item = doc["items"][0];
        QCOMPARE(stringAt(item, "metricName"), std::string("s0-rabbitmq-orders"));
        QVERIFY(item["metricLabels"].IsNull());
        QCOMPARE(QString::fromStdString(stringAt(item, "value")), quantity);
        const std::string timestamp = stringAt(item, "timestamp");
        QVERIFY2(timestamp.size() == 20 && timestamp.back() == 'Z', timestamp.c_str());
    }

    void selectorIsRequired()
    {
        SimClient client(m_sim->server());
        for (const std::string query : {"", "?labelSelector=app%3Dorders-consumer-0000"}) {
            auto r = client.get(std::string(kExternal) + "/namespaces/team-000/s0-rabbitmq-orders" + query);
            QCOMPARE(r.status, 500);
            auto doc = parseJson(r.body);
            QCOMPARE(stringAt(doc, "kind"), std::string("Status"));
            QCOMPARE(stringAt(doc, "message"), std::string("scaledObject name is not specified"));
            QVERIFY(!doc.HasMember("reason")); // a plain error from KEDA's provider carries none
            QCOMPARE(intAt(doc, "code"), 500LL);
        }
        // The selector may carry other labels too, and `==`.
        auto r = client.get(std::string(kExternal) +
                            "/namespaces/team-000/s0-rabbitmq-orders?labelSelector=team%3Dx,"
                            "scaledobject.keda.sh%2Fname%3D%3Dorders-consumer-0000");
        QCOMPARE(r.status, 200);
    }

    void unknownObjectMetricAndFailingScaler()
    {
        SimClient client(m_sim->server());
        auto &metrics = m_sim->server().metrics();
        metrics.setSample(scalerKey("team-000", "orders-consumer-0000", "rabbitmq", "s0-rabbitmq-orders"),
                          {7, 0.01, true, false});

        auto missing = client.get(externalMetricPath("team-000", "s0-rabbitmq-orders", "nope"));
        QCOMPARE(missing.status, 500);
        QCOMPARE(stringAt(parseJson(missing.body), "message"),
                 std::string("rpc error: code = Unknown desc = error when getting metric values "
                             "scaledobjects.keda.sh \"nope\" not found"));

        auto wrongMetric = client.get(externalMetricPath("team-000", "s1-kafka-x", "orders-consumer-0000"));
        QCOMPARE(wrongMetric.status, 500);
        QCOMPARE(stringAt(parseJson(wrongMetric.body), "message"),
                 std::string("rpc error: code = Unknown desc = error when getting metric values no matching "
                             "metrics found for s1-kafka-x"));

        metrics.setSample(scalerKey("team-000", "orders-consumer-0000", "rabbitmq", "s0-rabbitmq-orders"),
                          {7, 0.01, true, true});
        auto failing =
            client.get(externalMetricPath("team-000", "s0-rabbitmq-orders", "orders-consumer-0000"));
        QCOMPARE(failing.status, 500);
        QCOMPARE(stringAt(parseJson(failing.body), "message"),
                 std::string("rpc error: code = Unknown desc = error when getting metric values "
                             "metric:s0-rabbitmq-orders encountered error"));

        metrics.setSample(scalerKey("team-000", "orders-consumer-0000", "rabbitmq", "s0-rabbitmq-orders"),
                          {7, 0.01, true, false});
        QCOMPARE(
            client.get(externalMetricPath("team-000", "s0-rabbitmq-orders", "orders-consumer-0000")).status,
            200);

        auto write = client.request("POST", externalMetricPath("team-000", "s0-rabbitmq-orders", "x"), "{}",
                                    "application/json");
        QCOMPARE(write.status, 405);
        QCOMPARE(client.get(std::string(kExternal) + "/namespaces/team-000").status, 404);
    }

    void seededObjectsFallBackToTheirHpaStatus()
    {
        // email-sender-0002 (team-000) is seeded active, with a kafka trigger and an HPA; the controller
        // has not sampled it in this test: its value is what the HPA last saw, in total.
        SimClient client(m_sim->server());
        const std::string name = "email-sender-0002";
        auto so = parseJson(client.get(scaledObjectPath("team-000", name)).body);
        const std::string metric = std::string(so["status"]["externalMetricNames"][0].GetString());
        auto hpa = parseJson(
            client.get("/apis/autoscaling/v2/namespaces/team-000/horizontalpodautoscalers/keda-hpa-" + name)
                .body);
        const long long replicas = intAt(hpa, "status.currentReplicas");
        const long long average =
            std::stoll(stringAt(hpa["status"]["currentMetrics"][0], "external.current.averageValue"));
        QVERIFY(replicas > 0);
        auto r = client.get(externalMetricPath("team-000", metric, name));
        QCOMPARE(r.status, 200);
        QCOMPARE(stringAt(parseJson(r.body)["items"][0], "value"), std::to_string(average * replicas));

        // Viewers read it too, as `kubectl get --raw` with a read-only token.
        SimClient viewer(m_sim->server(), SimClient::Auth::ViewerToken);
        QCOMPARE(viewer.get(externalMetricPath("team-000", metric, name)).status, 200);
    }

    void operatorMetricsExposition()
    {
        auto &metrics = m_sim->server().metrics();
        const auto key = scalerKey("team-001", "payments-worker-0001", "kafka", "s0-kafka-orders-topic");
        metrics.setSample(key, {12.5, 0.25, true, false});
        metrics.countScalerError(key);
        metrics.countScalerError(key);
        metrics.countObjectError("team-001", "payments-worker-0001", false);
        metrics.countObjectError("team-001", "nightly-batch", true);
        metrics.setPaused("team-001", "payments-worker-0001", true);
        metrics.setScaleLoopLatency("team-001", "payments-worker-0001", false, 0.003);
        metrics.setRegistered("team-001", "scaled_object", 6);
        auto jobKey = scalerKey("team-001", "nightly-batch", "rabbitmq", "s0-rabbitmq-batch");
        jobKey.isScaledJob = true;
        metrics.setSample(jobKey, {3, 0.1, false, false});

        auto r = plainGet(m_sim->server().metricsPort(), "/metrics");
        QCOMPARE(r.status, 200);
        const std::string &text = r.body;
        for (const char *type :
             {"# TYPE keda_build_info gauge", "# TYPE keda_scaler_metrics_value gauge",
              "# TYPE keda_scaler_metrics_latency_seconds gauge", "# TYPE keda_scaler_active gauge",
              "# TYPE keda_scaler_detail_errors_total counter", "# TYPE keda_scaled_object_paused gauge",
              "# TYPE keda_scaled_object_errors_total counter", "# TYPE keda_scaled_job_errors_total counter",
              "# TYPE keda_trigger_registered_total gauge", "# TYPE keda_resource_registered_total gauge",
              "# TYPE keda_internal_scale_loop_latency_seconds gauge",
              "# TYPE keda_scaler_empty_upstream_responses_total counter"})
            QVERIFY2(text.find(type) != std::string::npos, type);

        const std::map<std::string, std::string> scaler = {{"namespace", "team-001"},
                                                           {"metric", "s0-kafka-orders-topic"},
                                                           {"scaledObject", "payments-worker-0001"},
                                                           {"scaler", "kafka"},
                                                           {"triggerIndex", "0"},
                                                           {"type", "scaledobject"}};
        QCOMPARE(sampleValue(text, "keda_scaler_metrics_value", scaler), std::optional<double>(12.5));
        QCOMPARE(sampleValue(text, "keda_scaler_metrics_latency_seconds", scaler),
                 std::optional<double>(0.25));
        QCOMPARE(sampleValue(text, "keda_scaler_active", scaler), std::optional<double>(1));
        QCOMPARE(sampleValue(text, "keda_scaler_detail_errors_total", scaler), std::optional<double>(2));
        QCOMPARE(
            sampleValue(text, "keda_scaler_metrics_value",
                        {{"scaledObject", "nightly-batch"}, {"type", "scaledjob"}, {"scaler", "rabbitmq"}}),
            std::optional<double>(3));
        QCOMPARE(sampleValue(text, "keda_scaled_object_paused",
                             {{"namespace", "team-001"}, {"scaledObject", "payments-worker-0001"}}),
                 std::optional<double>(1));
        QCOMPARE(sampleValue(text, "keda_scaled_object_errors_total",
                             {{"namespace", "team-001"}, {"scaledObject", "payments-worker-0001"}}),
                 std::optional<double>(1));
        QCOMPARE(sampleValue(text, "keda_scaled_job_errors_total",
                             {{"namespace", "team-001"}, {"scaledJob", "nightly-batch"}}),
                 std::optional<double>(1));
        QCOMPARE(
            sampleValue(
                text, "keda_internal_scale_loop_latency_seconds",
                {{"namespace", "team-001"}, {"type", "scaledobject"}, {"resource", "payments-worker-0001"}}),
            std::optional<double>(0.003));
        QCOMPARE(sampleValue(text, "keda_resource_registered_total",
                             {{"namespace", "team-001"}, {"type", "scaled_object"}}),
                 std::optional<double>(6));
        QVERIFY(sampleValue(text, "keda_trigger_registered_total", {{"type", "kafka"}}).value_or(0) >= 1);
        QCOMPARE(sampleValue(text, "keda_build_info", {{"version", "2.17.0"}}), std::optional<double>(1));

        // A deleted object's series are gone at the next scrape; a failing scaler has no value.
        metrics.forget("team-001", "payments-worker-0001");
        metrics.setSample(jobKey, {3, 0.1, false, true});
        const std::string after = plainGet(m_sim->server().metricsPort(), "/metrics").body;
        QVERIFY(!sampleValue(after, "keda_scaler_metrics_value", scaler));
        QVERIFY(!sampleValue(after, "keda_scaled_object_paused", {{"scaledObject", "payments-worker-0001"}}));
        QVERIFY(!sampleValue(after, "keda_scaler_metrics_value", {{"scaledObject", "nightly-batch"}}));
        QCOMPARE(sampleValue(after, "keda_scaler_active", {{"scaledObject", "nightly-batch"}}),
                 std::optional<double>(0));
    }

    void takenMetricsPortIsAnError()
    {
        sim::SimOptions options;
        options.metricsPort = m_sim->server().metricsPort();
        sim::SimServer second(options);
        auto started = second.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message.find("cannot serve operator metrics on 127.0.0.1:" +
                                              std::to_string(options.metricsPort)) != std::string::npos,
                 started.error().message.c_str());
    }

    void servedThroughTheServiceProxy_data()
    {
        QTest::addColumn<QString>("service");
        QTest::newRow("keda-operator:metrics") << "keda-operator:metrics";
        QTest::newRow("by port number") << "keda-operator:8080";
        QTest::newRow("with scheme") << "http:keda-operator:metrics";
        QTest::newRow("keda-operator-metrics:metrics") << "keda-operator-metrics:metrics";
    }
    void servedThroughTheServiceProxy()
    {
        QFETCH(QString, service);
        m_sim->server().metrics().setSample(
            scalerKey("team-000", "orders-consumer-0000", "rabbitmq", "s0-rabbitmq-orders"),
            {9, 0.01, true, false});
        SimClient client(m_sim->server());
        auto r = client.get(kProxy + service.toStdString() + "/proxy/metrics");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").rfind("text/plain; version=0.0.4", 0) == 0);
        QCOMPARE(sampleValue(r.body, "keda_scaler_metrics_value",
                             {{"scaledObject", "orders-consumer-0000"}, {"metric", "s0-rabbitmq-orders"}}),
                 std::optional<double>(9));
        QVERIFY(r.body.find("# TYPE keda_build_info gauge") != std::string::npos);
    }

    void serviceProxyErrors()
    {
        SimClient client(m_sim->server());
        // The keda namespace's Services match the proxy paths.
        auto svc = parseJson(client.get("/api/v1/namespaces/keda/services/keda-operator").body);
        bool metricsPort = false;
        for (const auto &p : svc["spec"]["ports"].GetArray())
            metricsPort = metricsPort || (stringAt(p, "name") == "metrics" && intAt(p, "port") == 8080);
        QVERIFY(metricsPort);

        auto missing = client.get(std::string(kProxy) + "nope:metrics/proxy/metrics");
        QCOMPARE(missing.status, 404);
        QCOMPARE(stringAt(parseJson(missing.body), "message"), std::string("services \"nope\" not found"));

        auto otherPort = client.get(std::string(kProxy) + "keda-operator:metricsservice/proxy/metrics");
        QCOMPARE(otherPort.status, 503);
        QCOMPARE(stringAt(parseJson(otherPort.body), "message"),
                 std::string("no endpoints available for service \"keda-operator:metricsservice\""));

        auto noPort = client.get(std::string(kProxy) + "keda-operator:9999/proxy/metrics");
        QCOMPARE(noPort.status, 503);
        QCOMPARE(stringAt(parseJson(noPort.body), "reason"), std::string("ServiceUnavailable"));

        auto otherPath = client.get(std::string(kProxy) + "keda-operator:metrics/proxy/");
        QCOMPARE(otherPath.status, 404);
        QCOMPARE(otherPath.body, std::string("404 page not found\n"));
    }

    void controlNeedsTheAdminCertificate()
    {
        const std::string body = R"({"action":"fail","method":"GET","path":"/version","code":500})";
        SimClient token(m_sim->server(), SimClient::Auth::AdminToken);
        QCOMPARE(token.request("POST", "/sim/v1/faults", body, "application/json").status, 403);
        SimClient anonymous(m_sim->server(), SimClient::Auth::None);
        QCOMPARE(anonymous.request("POST", "/sim/v1/faults", body, "application/json").status, 401);
        SimClient admin(m_sim->server());
        QCOMPARE(admin.get("/sim/v1/faults").status, 405);
        auto bad = admin.request("POST", "/sim/v1/faults", R"({"action":"explode"})", "application/json");
        QCOMPARE(bad.status, 400);
        QVERIFY(stringAt(parseJson(bad.body), "message").find("unknown action") != std::string::npos);
        QCOMPARE(admin.request("POST", "/sim/v1/faults", "not json", "application/json").status, 400);
        QCOMPARE(admin.get("/version").status, 200); // nothing was armed
    }

    void controlFailWithRetryAfter()
    {
        SimClient admin(m_sim->server());
        auto armed = control(
            R"({"action":"fail","method":"GET","path":"/apis/keda.sh","code":429,"count":2,"retryAfter":2})");
        QCOMPARE(armed, 200);
        for (int i = 0; i < 2; ++i) {
            auto r = admin.get(scaledObjectsPath("team-000"));
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("retry-after"), std::string("2"));
            QCOMPARE(stringAt(parseJson(r.body), "reason"), std::string("TooManyRequests"));
        }
        QCOMPARE(admin.get(scaledObjectsPath("team-000")).status, 200);
        QCOMPARE(control(R"({"action":"fail","path":"/api/v1/namespaces","code":503,"count":1})"), 200);
        QCOMPARE(admin.get("/api/v1/namespaces").status, 503);
        QCOMPARE(admin.get("/api/v1/namespaces").status, 200);
    }

    void controlStallAndClear()
    {
        SimClient admin(m_sim->server());
        QCOMPARE(
            control(R"({"action":"stall","method":"GET","path":"/api/v1/namespaces/keda","delayMs":700})"),
            200);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(admin.get("/api/v1/namespaces/keda").status, 200);
        QVERIFY2(timer.elapsed() >= 650, QByteArray::number(timer.elapsed()).constData());

        QCOMPARE(control(R"({"action":"fail","path":"/api/v1/namespaces/default","code":500,"count":5})"),
                 200);
        QCOMPARE(control(R"({"action":"clear"})"), 200);
        QCOMPARE(admin.get("/api/v1/namespaces/default").status, 200);
    }

    void controlDropWatches()
    {
        SimClient admin(m_sim->server());
        auto stream =
            admin.stream(scaledObjectsPath("team-000") + "?watch=true&resourceVersion=" + listVersion(admin));
        QCOMPARE(stream->status(), 200);
        QVERIFY(!stream->ended(300ms));
        QCOMPARE(control(R"({"action":"dropWatches"})"), 200);
        QVERIFY(stream->ended(5s));
        QVERIFY(stream->endedCleanly());
    }

    void controlGoneAnswersTheNextWatchWith410()
    {
        SimClient admin(m_sim->server());
        const std::string version = listVersion(admin);
        QCOMPARE(control(R"({"action":"gone"})"), 200);
        auto stream = admin.stream(scaledObjectsPath("team-000") + "?watch=true&resourceVersion=" + version);
        QCOMPARE(stream->status(), 200);
        auto line = stream->nextLine(5s);
        QVERIFY(line);
        auto event = parseJson(*line);
        QCOMPARE(stringAt(event, "type"), std::string("ERROR"));
        QCOMPARE(intAt(event, "object.code"), 410LL);
        QVERIFY(stream->ended(5s));
        QVERIFY(std::stoll(listVersion(admin)) > std::stoll(version));
    }

    void controlRestart()
    {
        SimClient admin(m_sim->server());
        const std::string version = listVersion(admin);
        auto stream = admin.stream(scaledObjectsPath("team-000") + "?watch=true&resourceVersion=" + version);
        QCOMPARE(stream->status(), 200);
        QCOMPARE(control(R"({"action":"restart"})"), 200);
        QVERIFY(stream->ended(5s));
        auto resumed = admin.stream(scaledObjectsPath("team-000") + "?watch=true&resourceVersion=" + version);
        auto line = resumed->nextLine(5s);
        QVERIFY(line);
        QCOMPARE(intAt(parseJson(*line), "object.code"), 410LL);
        const std::string fresh = listVersion(admin);
        QVERIFY(std::stoll(fresh) > std::stoll(version));
        auto relisted = admin.stream(scaledObjectsPath("team-000") + "?watch=true&resourceVersion=" + fresh);
        QCOMPARE(relisted->status(), 200);
        QVERIFY(!relisted->ended(500ms));
    }

    void controlExpireTokens()
    {
        SimClient before(m_sim->server(), SimClient::Auth::AdminToken);
        SimClient viewerBefore(m_sim->server(), SimClient::Auth::ViewerToken);
        QCOMPARE(before.get("/api/v1/namespaces").status, 200);
        QCOMPARE(control(R"({"action":"expireTokens"})"), 200);
        auto expired = before.get("/api/v1/namespaces");
        QCOMPARE(expired.status, 401);
        QCOMPARE(stringAt(parseJson(expired.body), "reason"), std::string("Unauthorized"));
        QCOMPARE(viewerBefore.get("/api/v1/namespaces").status, 401);
        // The client certificate is not a token: it keeps working.
        QCOMPARE(SimClient(m_sim->server()).get("/api/v1/namespaces").status, 200);

        // Re-reading the kubeconfig file re-authenticates.
        std::ifstream file(m_sim->kubeconfigPath());
        std::stringstream text;
        text << file.rdbuf();
        QCOMPARE(text.str(), m_sim->server().kubeconfigYaml());
        const auto fresh = SimCredentials::fromKubeconfig(text.str());
        QVERIFY(fresh.adminToken != before.credentials().adminToken);
        QCOMPARE(SimClient(m_sim->server().port(), fresh, SimClient::Auth::AdminToken)
                     .get("/api/v1/namespaces")
                     .status,
                 200);
        QCOMPARE(SimClient(m_sim->server().port(), fresh, SimClient::Auth::ViewerToken)
                     .get("/api/v1/namespaces")
                     .status,
                 200);
    }

private:
    int control(const std::string &body)
    {
        SimClient admin(m_sim->server());
        return admin.request("POST", "/sim/v1/faults", body, "application/json").status;
    }
    static std::string listVersion(const SimClient &client)
    {
        return stringAt(parseJson(client.get(scaledObjectsPath("team-000")).body),
                        "metadata.resourceVersion");
    }

    std::unique_ptr<RunningSim> m_sim;
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
