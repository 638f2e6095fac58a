// SPDX-License-Identifier: Apache-2.0
// A scenario's faults: entries fire on the sim clock, seen over real HTTPS: at t=40 every open
// watch stream ends, at t=60 two GETs of one path get 429 with Retry-After, and from t=80 an
// entry with `every` keeps arming a 503.
#include "helpers/simclient.h"
#include "sim/simserver.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <functional>
#include <thread>

using namespace kedascope;
using namespace kedascope::test;
using namespace std::chrono_literals;

namespace {

constexpr double kSpeed = 20;
constexpr double kDropAt = 40;
constexpr double kFailAt = 60;
constexpr const char *kFailedPath = "/api/v1/namespaces/faulty/configmaps";

// Polls `condition` until it holds or `timeout` (real time) passes.
bool waitFor(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        std::this_thread::sleep_for(20ms);
    }
    return condition();
}

std::string scenarioYaml()
{
    return "podStartupSeconds: 1\n"
           "objects:\n"
           "  - {apiVersion: v1, kind: Namespace, metadata: {name: faulty}}\n"
           "faults:\n"
           "  - {at: " +
           std::to_string(kDropAt) +
           ", action: dropWatches}\n"
           "  - {at: " +
           std::to_string(kFailAt) + ", action: fail, method: GET, path: " + kFailedPath +
           ", code: 429, retryAfter: 3, count: 2}\n"
           "  - {at: 80, every: 20, action: fail, path: /apis/apps/v1/deployments, code: 503}\n";
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

class TestScenarioFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const std::string path = m_dir.filePath(QStringLiteral("faults.yaml")).toStdString();
        std::ofstream(path) << scenarioYaml();
        sim::SimOptions options;
        options.keda = true;
        options.speed = kSpeed;
        options.scenarioFile = path;
        m_server = std::make_unique<sim::SimServer>(options);
        m_started = std::chrono::steady_clock::now(); // the sim clock starts after this
        auto started = m_server->start();
        QVERIFY2(started.ok(), started ? "" : started.error().message.c_str());
        m_client = std::make_unique<SimClient>(*m_server);
        // Opened before the drop is due (2 s of real time at this speed).
        m_watch = m_client->stream(std::string(kFailedPath) + "?watch=true");
        m_answeredBeforeFail = m_client->get(kFailedPath).status;
    }
    void cleanupTestCase()
    {
        m_watch.reset();
        m_client.reset();
        m_server.reset();
    }

    void dropWatchesFiresAtItsTime()
    {
        QCOMPARE(m_watch->status(), 200);
        QVERIFY(m_watch->ended(15s));
        QVERIFY2(secondsSince(m_started) >= kDropAt / kSpeed,
                 ("the watch ended after " + std::to_string(secondsSince(m_started)) + " s").c_str());
        auto later = m_client->stream(std::string(kFailedPath) + "?watch=true");
        QCOMPARE(later->status(), 200);
        QVERIFY(!later->ended(300ms)); // a one-shot entry fired once
    }

    void failAnswers429WithRetryAfter()
    {
        QCOMPARE(m_answeredBeforeFail, 200);
        HttpResult failed;
        QVERIFY(waitFor(
            [&] {
                failed = m_client->get(kFailedPath);
                return failed.status != 200;
            },
            15s));
        QVERIFY2(secondsSince(m_started) >= kFailAt / kSpeed,
                 ("429 came after " + std::to_string(secondsSince(m_started)) + " s").c_str());
        QCOMPARE(failed.status, 429);
        QCOMPARE(failed.header("retry-after"), std::string("3"));
        QCOMPARE(stringAt(parseJson(failed.body), "kind"), std::string("Status"));
        QCOMPARE(m_client->get(std::string(kFailedPath) + "?limit=5").status, 429); // count: 2
        QCOMPARE(m_client->get(kFailedPath).status, 200);
        QCOMPARE(m_client->get("/api/v1/namespaces/faulty").status, 200); // other paths unaffected
    }

    void repeatingEntryFiresAgain()
    {
        // Each firing arms one 503. Served, then refused again: only a repeat arms it anew.
        const auto statusIs = [&](int expected) {
            return [this, expected] { return m_client->get("/apis/apps/v1/deployments").status == expected; };
        };
        QVERIFY(waitFor(statusIs(503), 20s));
        QVERIFY(waitFor(statusIs(200), 5s));
        QVERIFY(waitFor(statusIs(503), 20s));
        QVERIFY(waitFor(statusIs(200), 5s));
        QVERIFY(waitFor(statusIs(503), 20s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<SimClient> m_client;
    std::unique_ptr<SimClient::Stream> m_watch;
    std::chrono::steady_clock::time_point m_started;
    int m_answeredBeforeFail = 0;
};

QTEST_GUILESS_MAIN(TestScenarioFaults)
#include "tst_scenariofaults.moc"
