// SPDX-License-Identifier: Apache-2.0
// The watcher's state machine against the sim: list, watch, bookmarks, resume, 410 re-list, errors.
#include "helpers/simconnection.h"
#include "k8sclient/kubeconfig.h"
#include "k8sclient/watcher.h"
#include "sim/faultinjector.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QtTest>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

using namespace kedascope;
using namespace kedascope::k8s;

namespace {

const ResourceType &so()
{
    return resources::scaledObjects();
}

// `isolation` labels the object for a test whose watcher selects on it (see TestWatcher::isolated).
std::string scaledObjectJson(const std::string &name, const std::string &ns,
                             const std::string &isolation = {})
{
    const std::string labels = isolation.empty() ? "" : R"(,"labels":{"watcher-test":")" + isolation + "\"}";
    return R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":")" + name +
           R"(","namespace":")" + ns + "\"" + labels + R"(},"spec":{"scaleTargetRef":{"name":")" + name +
           R"("},"triggers":[{"type":"cpu","metricType":"Utilization","metadata":{"value":"50"}}]}})";
}

// Everything the watcher reported, for waiting on with a deadline.
struct Log
{
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::pair<std::vector<CachedObject>, std::string>> lists;
    std::vector<WatchEvent> events;
    std::vector<std::string> bookmarks;
    std::vector<WatcherState> states;
    std::vector<Error> errors;
    struct Transition
    {
        WatcherState state;
        std::optional<Error> error;
        std::chrono::steady_clock::time_point at;
    };
    std::vector<Transition> transitions;

    template <typename Predicate>
    bool waitFor(Predicate predicate, std::chrono::milliseconds timeout = std::chrono::seconds(15))
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, [&] { return predicate(); });
    }
    Watcher::Sink sink()
    {
        Watcher::Sink sink;
        sink.onListed = [this](std::vector<CachedObject> objects, std::string rv) {
            std::lock_guard lock(mutex);
            lists.emplace_back(std::move(objects), std::move(rv));
            changed.notify_all();
        };
        sink.onEvent = [this](WatchEvent event) {
            std::lock_guard lock(mutex);
            events.push_back(std::move(event));
            changed.notify_all();
        };
        sink.onBookmark = [this](const std::string &rv) {
            std::lock_guard lock(mutex);
            bookmarks.push_back(rv);
            changed.notify_all();
        };
        sink.onState = [this](WatcherState state, const Error *error) {
            std::lock_guard lock(mutex);
            states.push_back(state);
            if (error)
                errors.push_back(*error);
            transitions.push_back({state, error ? std::optional<Error>(*error) : std::nullopt,
                                   std::chrono::steady_clock::now()});
            changed.notify_all();
        };
        return sink;
    }
    // "listing, backoff (403 ...), watching" for failure messages; call with the mutex held.
    QByteArray history() const
    {
        std::string text;
        for (const Transition &t : transitions) {
            text += (text.empty() ? "" : ", ") + stateName(t.state);
            if (t.error)
                text += " (" + std::to_string(t.error->code) + ' ' + t.error->message + ')';
        }
        return QByteArray::fromStdString(text);
    }
    size_t count(WatcherState state)
    {
        return static_cast<size_t>(std::count(states.begin(), states.end(), state));
    }
};

// Runs a watcher on a thread of its own until destroyed.
class RunningWatcher
{
public:
    RunningWatcher(std::shared_ptr<ApiClient> client, Watcher::Options options, Log &log)
        : m_watcher(std::move(client), so(), std::move(options))
    {
        m_thread = std::thread([this, &log] { m_watcher.run(m_cancel, log.sink()); });
    }
    ~RunningWatcher()
    {
        m_cancel.cancel();
        m_thread.join();
    }

private:
    Watcher m_watcher;
    CancelToken m_cancel;
    std::thread m_thread;
};

} // namespace

class TestWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void listsThenWatchesChanges();
    void pagesTheInitialList();
    void bookmarksOnlyAdvanceTheVersion();
    void resumesFromLastVersionAfterDrop();
    void relistsAfterHistoryIsCompacted();
    void relistsAfterHttpGone();
    void forbiddenWatchReportsTheStatus();
    void throttledWatchHonoursRetryAfter();
    void streamCutMidObjectResumes();

private:
    std::vector<sim::FaultInjector::RecordedRequest> watchRequests(const std::string &isolation = {});
    std::vector<sim::FaultInjector::RecordedRequest> listRequests(const std::string &isolation = {});
    Watcher::Options fastOptions(const std::string &isolation = {}) const;
    // The request prefix of this test's watches: a request a watcher of an earlier test had sent just
    // before it stopped may reach the sim late, and must neither take this test's faults nor be counted.
    std::string isolatedWatchPrefix(const std::string &isolation) const;

    std::unique_ptr<test::RunningSim> m_sim;
    std::shared_ptr<ApiClient> m_client;
    const std::string m_ns = "team-000";
    const std::string m_collection = "/apis/keda.sh/v1alpha1/namespaces/team-000/scaledobjects";
};

void TestWatcher::initTestCase()
{
    m_sim = std::make_unique<test::RunningSim>(test::RunningSim::Options{3, 1});
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
    auto client = test::simApiClient(*m_sim, "sim-admin");
    QVERIFY2(client.ok(), client.ok() ? "" : client.error().message.c_str());
    m_client = *client;
}

void TestWatcher::cleanupTestCase()
{
    m_client.reset();
    m_sim.reset();
}

void TestWatcher::init()
{
    m_sim->server().faults().clear();
    m_sim->server().faults().clearRecordedRequests();
}

std::string TestWatcher::isolatedWatchPrefix(const std::string &isolation) const
{
    return m_collection + "?allowWatchBookmarks=true&labelSelector=watcher-test%3D" + isolation + '&';
}

Watcher::Options TestWatcher::fastOptions(const std::string &isolation) const
{
    Watcher::Options options;
    options.ns = m_ns;
    if (!isolation.empty())
        options.labelSelector = "watcher-test=" + isolation;
    options.backoffMin = std::chrono::milliseconds(50);
    options.backoffMax = std::chrono::milliseconds(200);
    return options;
}

std::vector<sim::FaultInjector::RecordedRequest> TestWatcher::watchRequests(const std::string &isolation)
{
    const std::string selector = isolation.empty() ? "" : "labelSelector=watcher-test%3D" + isolation;
    auto recorded = m_sim->server().faults().recordedRequests();
    recorded.erase(std::remove_if(recorded.begin(), recorded.end(),
                                  [&](const auto &r) {
                                      return r.target.rfind(m_collection + '?', 0) != 0 ||
                                             r.target.find("watch=true") == std::string::npos ||
                                             r.target.find(selector) == std::string::npos;
                                  }),
                   recorded.end());
    return recorded;
}

std::vector<sim::FaultInjector::RecordedRequest> TestWatcher::listRequests(const std::string &isolation)
{
    const std::string selector = isolation.empty() ? "" : "labelSelector=watcher-test%3D" + isolation;
    auto recorded = m_sim->server().faults().recordedRequests();
    recorded.erase(std::remove_if(recorded.begin(), recorded.end(),
                                  [&](const auto &r) {
                                      const bool collection = r.target == m_collection ||
                                                              r.target.rfind(m_collection + '?', 0) == 0;
                                      return r.method != "GET" || !collection ||
                                             r.target.find("watch=true") != std::string::npos ||
                                             r.target.find(selector) == std::string::npos;
                                  }),
                   recorded.end());
    return recorded;
}

void TestWatcher::listsThenWatchesChanges()
{
    Log log;
    RunningWatcher running(m_client, fastOptions(), log);
    QVERIFY(log.waitFor([&] { return log.count(WatcherState::Watching) == 1; }));
    {
        std::lock_guard lock(log.mutex);
        QCOMPARE(log.lists.size(), size_t(1));
        QVERIFY(log.lists[0].first.size() >= 3);
        QVERIFY(!log.lists[0].second.empty());
        for (const CachedObject &object : log.lists[0].first) {
            QCOMPARE(object.ns, m_ns);
            QVERIFY(!object.uid.empty());
            QVERIFY(object.json.find(R"("kind":"ScaledObject")") != std::string::npos);
        }
        const std::vector<WatcherState> expected{WatcherState::Empty, WatcherState::Listing,
                                                 WatcherState::Listed, WatcherState::Watching};
        QCOMPARE(log.states, expected);
    }

    QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("watched-so", m_ns)).ok());
    QVERIFY(
        m_client->patch(so(), m_ns, "watched-so", PatchType::Merge, R"({"metadata":{"labels":{"x":"y"}}})")
            .ok());
    QVERIFY(m_client->remove(so(), m_ns, "watched-so").ok());
    QVERIFY(log.waitFor([&] { return log.events.size() >= 3; }));
    std::lock_guard lock(log.mutex);
    QCOMPARE(log.events[0].type, WatchEvent::Type::Added);
    QCOMPARE(log.events[1].type, WatchEvent::Type::Modified);
    QCOMPARE(log.events[2].type, WatchEvent::Type::Deleted);
    QCOMPARE(log.events[0].object.name, std::string("watched-so"));
    QVERIFY(log.events[1].object.json.find(R"("x":"y")") != std::string::npos);

    const auto watches = watchRequests();
    QCOMPARE(watches.size(), size_t(1));
    QVERIFY2(watches[0].target.find("allowWatchBookmarks=true") != std::string::npos,
             watches[0].target.c_str());
    QVERIFY2(watches[0].target.find("resourceVersion=" + log.lists[0].second + "&timeoutSeconds=300") !=
                 std::string::npos,
             watches[0].target.c_str());
}

void TestWatcher::pagesTheInitialList()
{
    Log log;
    Watcher::Options options = fastOptions();
    options.pageSize = 1;
    RunningWatcher running(m_client, options, log);
    QVERIFY(log.waitFor([&] { return log.count(WatcherState::Watching) == 1; }));
    std::lock_guard lock(log.mutex);
    QCOMPARE(log.lists.size(), size_t(1));
    QVERIFY(log.lists[0].first.size() >= 3);
    const auto lists = listRequests();
    QVERIFY(!lists.empty());
    QCOMPARE(lists[0].target, m_collection + "?limit=1&resourceVersion=0");
    for (size_t i = 1; i < lists.size(); ++i) // later pages follow the continue token
        QVERIFY2(lists[i].target.rfind(m_collection + "?continue=", 0) == 0, lists[i].target.c_str());
}

void TestWatcher::bookmarksOnlyAdvanceTheVersion()
{
    Log log;
    RunningWatcher running(m_client, fastOptions("bookmarks"), log);
    QVERIFY(log.waitFor([&] { return log.count(WatcherState::Watching) == 1; }));
    std::string listed;
    {
        std::lock_guard lock(log.mutex);
        listed = log.lists.at(0).second;
    }
    // another resource moves the store's version on; the ScaledObject watch learns it from a bookmark
    auto deployments = m_client->listPage(resources::deployments(), m_ns, {});
    QVERIFY(deployments.ok() && !deployments->items.empty());
    auto deployment = json::parse(deployments->items.front());
    const std::string name = json::stringAt(*json::find(*deployment, "metadata"), "name");
    QVERIFY(m_client
                ->patch(resources::deployments(), m_ns, name, PatchType::Merge,
                        R"({"metadata":{"labels":{"bookmark":"test"}}})")
                .ok());
    QVERIFY(log.waitFor(
        [&] {
            return std::any_of(log.bookmarks.begin(), log.bookmarks.end(),
                               [&](const std::string &rv) { return std::stoull(rv) > std::stoull(listed); });
        },
        std::chrono::seconds(20)));
    std::string bookmarked;
    {
        std::lock_guard lock(log.mutex);
        QVERIFY(log.events.empty());
        bookmarked = log.bookmarks.back();
    }
    m_sim->server().faults().dropWatches();
    QTRY_VERIFY_WITH_TIMEOUT(watchRequests("bookmarks").size() >= 2, 15000); // the sim's side: poll
    const auto watches = watchRequests("bookmarks");
    QVERIFY2(watches[1].target.find("resourceVersion=" + bookmarked + '&') != std::string::npos,
             watches[1].target.c_str());
}

void TestWatcher::resumesFromLastVersionAfterDrop()
{
    Log log;
    RunningWatcher running(m_client, fastOptions("resumes"), log);
    QVERIFY(log.waitFor([&] { return log.count(WatcherState::Watching) == 1; }));
    QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("resumed-so", m_ns, "resumes")).ok());
    QVERIFY(log.waitFor([&] { return log.events.size() == 1; }));
    std::string lastVersion;
    {
        std::lock_guard lock(log.mutex);
        lastVersion = log.events[0].object.resourceVersion;
    }

    m_sim->server().faults().dropWatches();
    QVERIFY(log.waitFor([&] { return log.count(WatcherState::Watching) == 2; }));
    QVERIFY(m_client->remove(so(), m_ns, "resumed-so").ok());
    QVERIFY(log.waitFor([&] { return log.events.size() == 2; }));

    std::lock_guard lock(log.mutex);
    QCOMPARE(log.events[1].type, WatchEvent::Type::Deleted);
    QCOMPARE(log.lists.size(), size_t(1)); // no re-list
    QCOMPARE(listRequests("resumes").size(), size_t(1));
    const auto watches = watchRequests("resumes");
    QCOMPARE(watches.size(), size_t(2));
    QVERIFY2(watches[1].target.find("resourceVersion=" + lastVersion + '&') != std::string::npos,
             watches[1].target.c_str());
}

void TestWatcher::relistsAfterHistoryIsCompacted()
{
    Log log;
    RunningWatcher running(m_client, fastOptions("compacted"), log);
    QVERIFY(log.waitFor([&] { return log.count(WatcherState::Watching) == 1; }));
    QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("compacted-so", m_ns, "compacted")).ok());
    QVERIFY(log.waitFor([&] { return log.events.size() == 1; }));

    m_sim->server().faults().compactHistory();
    m_sim->server().faults().dropWatches();
    QVERIFY(log.waitFor([&] { return log.lists.size() == 2 && log.count(WatcherState::Watching) >= 2; }));
    std::lock_guard lock(log.mutex);
    const auto &relisted = log.lists[1].first;
    QVERIFY(std::any_of(relisted.begin(), relisted.end(),
                        [](const CachedObject &o) { return o.name == "compacted-so"; }));
    QVERIFY(std::any_of(log.errors.begin(), log.errors.end(), [](const Error &e) { return e.code == 410; }));
    const auto lists = listRequests("compacted");
    QCOMPARE(lists.size(), size_t(2));
    QCOMPARE(
        lists[1].target,
        m_collection +
            "?labelSelector=watcher-test%3Dcompacted&limit=500"); // the current state, not the watch cache
    QVERIFY(m_client->remove(so(), m_ns, "compacted-so").ok());
}

void TestWatcher::relistsAfterHttpGone()
{
    m_sim->server().faults().failNext("GET", isolatedWatchPrefix("gone"), 410);
    Log log;
    RunningWatcher running(m_client, fastOptions("gone"), log);
    QVERIFY(log.waitFor([&] { return log.lists.size() == 2 && log.count(WatcherState::Watching) >= 2; }));
    std::lock_guard lock(log.mutex);
    QVERIFY(!log.errors.empty());
    QCOMPARE(log.errors.front().code, 410);
}

void TestWatcher::forbiddenWatchReportsTheStatus()
{
    m_sim->server().faults().failNext("GET", isolatedWatchPrefix("forbidden"), 403);
    Log log;
    RunningWatcher running(m_client, fastOptions("forbidden"), log);
    if (!log.waitFor([&] { return !log.errors.empty(); })) {
        std::string seen;
        for (const auto &r : m_sim->server().faults().recordedRequests())
            seen += r.method + ' ' + r.target + "; ";
        std::lock_guard lock(log.mutex);
        QFAIL(QByteArray(log.history() + " | " + QByteArray::fromStdString(seen)).constData());
    }
    {
        std::lock_guard lock(log.mutex);
        auto failed = std::find_if(log.transitions.begin(), log.transitions.end(),
                                   [](const auto &t) { return t.error.has_value(); });
        QVERIFY2(failed->state == WatcherState::Backoff, log.history().constData());
        const Error &error = *failed->error;
        QCOMPARE(error.kind, Error::Kind::Api);
        QCOMPARE(error.code, 403);
        QCOMPARE(error.reason, std::string("Forbidden"));
        QVERIFY(!error.message.empty());
    }
    // recovers on its own, resuming the watch without a new list
    QVERIFY(log.waitFor([&] { return log.count(WatcherState::Watching) >= 2; }));
    std::lock_guard lock(log.mutex);
    QVERIFY2(log.lists.size() == 1, log.history().constData());
}

void TestWatcher::throttledWatchHonoursRetryAfter()
{
    m_sim->server().faults().failNext("GET", isolatedWatchPrefix("throttled"), 429, 1, 1);
    Log log;
    RunningWatcher running(m_client, fastOptions("throttled"), log);
    QVERIFY(log.waitFor([&] { return !log.errors.empty() && log.states.back() == WatcherState::Watching; }));
    std::lock_guard lock(log.mutex);
    auto failed = std::find_if(log.transitions.begin(), log.transitions.end(),
                               [](const auto &t) { return t.error.has_value(); });
    QVERIFY2(failed->state == WatcherState::Backoff, log.history().constData());
    QCOMPARE(failed->error->code, 429);
    QCOMPARE(failed->error->retryAfterSeconds.value_or(0), 1);
    const auto resumed = std::next(failed);
    QVERIFY2(resumed != log.transitions.end() && resumed->state == WatcherState::Watching,
             log.history().constData());
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(resumed->at - failed->at);
    QVERIFY2(waited >= std::chrono::milliseconds(950),
             QByteArray::number(qint64(waited.count())).constData());
}

void TestWatcher::streamCutMidObjectResumes()
{
    m_sim->server().faults().truncateNext("GET", isolatedWatchPrefix("cut"));
    Log log;
    RunningWatcher running(m_client, fastOptions("cut"), log);
    QVERIFY(log.waitFor([&] { return log.count(WatcherState::Watching) == 1; }));
    QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("cut-so", m_ns, "cut")).ok());
    // the first line is cut: the watch resumes from the list's version and sees the object then
    QVERIFY(log.waitFor([&] { return log.events.size() == 1 && log.count(WatcherState::Watching) == 2; }));
    {
        std::lock_guard lock(log.mutex);
        QCOMPARE(log.events[0].object.name, std::string("cut-so"));
        QVERIFY(!log.errors.empty());
        const Error &error = log.errors.front();
        QCOMPARE(error.kind, Error::Kind::Transport);
        QVERIFY2(error.message.find("ended mid-object") != std::string::npos, error.message.c_str());
        QCOMPARE(log.lists.size(), size_t(1));
    }
    QVERIFY(m_client->remove(so(), m_ns, "cut-so").ok());
}

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
