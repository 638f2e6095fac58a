// SPDX-License-Identifier: Apache-2.0
// The informer against the sim: one swapped-in sync, batched and coalesced deltas, resume and re-list.
#include "helpers/simconnection.h"
#include "k8sclient/informer.h"
#include "k8sclient/kubeconfig.h"
#include "sim/faultinjector.h"
#include "sim/simserver.h"
#include "support/testsupport.h"

#include <QtTest>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

using namespace kedascope;
using namespace kedascope::k8s;

namespace {

const ResourceType &so()
{
    return resources::scaledObjects();
}

std::string scaledObjectJson(const std::string &name, const std::string &ns)
{
    return R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":")" + name +
           R"(","namespace":")" + ns + R"("},"spec":{"scaleTargetRef":{"name":")" + name +
           R"("},"triggers":[{"type":"cpu","metricType":"Utilization","metadata":{"value":"50"}}]}})";
}

// What the informer delivered, applied to a map as a model would, plus the callback threads seen.
struct Receiver
{
    std::mutex mutex;
    std::condition_variable changed;
    std::map<std::string, CachedObject> objects;
    int syncs = 0;
    int batches = 0;
    size_t deltas = 0;
    std::vector<Informer::State> states;
    std::vector<Error> errors;
    std::vector<std::thread::id> threads;

    Informer::Callbacks callbacks()
    {
        Informer::Callbacks callbacks;
        callbacks.onSynced = [this](std::vector<CachedObject> all, std::string) {
            std::lock_guard lock(mutex);
            objects.clear();
            for (CachedObject &object : all)
                objects[object.ns + '/' + object.name] = std::move(object);
            ++syncs;
            threads.push_back(std::this_thread::get_id());
            changed.notify_all();
        };
        callbacks.onDeltas = [this](std::vector<WatchDelta> batch) {
            std::lock_guard lock(mutex);
            for (WatchDelta &delta : batch) {
                const std::string key = delta.object.ns + '/' + delta.object.name;
                if (delta.type == WatchDelta::Type::Deleted)
                    objects.erase(key);
                else
                    objects[key] = std::move(delta.object);
            }
            ++batches;
            deltas += batch.size();
            threads.push_back(std::this_thread::get_id());
            changed.notify_all();
        };
        callbacks.onState = [this](Informer::State state, const Error *error) {
            std::lock_guard lock(mutex);
            states.push_back(state);
            if (error)
                errors.push_back(*error);
            changed.notify_all();
        };
        return callbacks;
    }

    template <typename Predicate>
    bool waitFor(Predicate predicate, std::chrono::milliseconds timeout = std::chrono::seconds(15))
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, [&] { return predicate(); });
    }
    size_t count(Informer::State state)
    {
        return static_cast<size_t>(std::count(states.begin(), states.end(), state));
    }
};

} // namespace

class TestInformer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void initialSyncIsSwappedInOnce();
    void changesArriveAsBatchedDeltas();
    void createdAndDeletedWithinABatchIsDropped();
    void resumesWithoutRelistAfterDrop();
    void relistsAfterGone();
    void stopReportsStoppedAndJoins();

private:
    Informer::Options options() const;
    size_t listRequestCount();

    std::unique_ptr<test::RunningSim> m_sim;
    std::shared_ptr<ApiClient> m_client;
    const std::string m_ns = "team-000";
};

void TestInformer::initTestCase()
{
    m_sim = std::make_unique<test::RunningSim>(test::RunningSim::Options{25, 1});
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
    auto client = test::simApiClient(*m_sim, "sim-admin");
    QVERIFY2(client.ok(), client.ok() ? "" : client.error().message.c_str());
    m_client = *client;
}

void TestInformer::cleanupTestCase()
{
    m_client.reset();
    m_sim.reset();
}

void TestInformer::init()
{
    m_sim->server().faults().clear();
    m_sim->server().faults().clearRecordedRequests();
}

Informer::Options TestInformer::options() const
{
    Informer::Options options;
    options.ns = m_ns;
    options.pageSize = 10;
    options.batchInterval = std::chrono::milliseconds(300);
    options.backoffMin = std::chrono::milliseconds(50);
    options.backoffMax = std::chrono::milliseconds(200);
    return options;
}

size_t TestInformer::listRequestCount()
{
    const auto recorded = m_sim->server().faults().recordedRequests();
    const std::string first = "/apis/keda.sh/v1alpha1/namespaces/team-000/scaledobjects?limit=";
    return static_cast<size_t>(std::count_if(recorded.begin(), recorded.end(), [&](const auto &r) {
        return r.method == "GET" && r.target.rfind(first, 0) == 0; // continued pages start with continue=
    }));
}

void TestInformer::initialSyncIsSwappedInOnce()
{
    Receiver receiver;
    Informer informer(m_client, so(), options(), receiver.callbacks());
    informer.start();
    QVERIFY(receiver.waitFor([&] { return receiver.count(Informer::State::Watching) == 1; }));
    std::lock_guard lock(receiver.mutex);
    QCOMPARE(receiver.syncs, 1);
    QCOMPARE(receiver.batches, 0);
    QCOMPARE(receiver.objects.size(), size_t(25)); // three pages of 10, delivered as one
    QCOMPARE(informer.size(), size_t(25));
    size_t jsonBytes = 0;
    for (const auto &entry : receiver.objects)
        jsonBytes += entry.second.json.size();
    QVERIFY(informer.cacheBytes() >= jsonBytes);
    QVERIFY(informer.cacheBytes() <= 2 * jsonBytes);
    QVERIFY(receiver.threads.front() != std::this_thread::get_id());
}

void TestInformer::changesArriveAsBatchedDeltas()
{
    Receiver receiver;
    Informer informer(m_client, so(), options(), receiver.callbacks());
    informer.start();
    QVERIFY(receiver.waitFor([&] { return receiver.count(Informer::State::Watching) == 1; }));

    const int created = 12;
    for (int i = 0; i < created; ++i)
        QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("batch-" + std::to_string(i), m_ns)).ok());
    QVERIFY(receiver.waitFor([&] { return receiver.objects.size() == size_t(25 + created); }));
    {
        std::lock_guard lock(receiver.mutex);
        QVERIFY2(receiver.batches < created, QByteArray::number(receiver.batches).constData());
        QCOMPARE(receiver.deltas, size_t(created));
        QCOMPARE(receiver.syncs, 1);
    }
    QCOMPARE(informer.size(), size_t(25 + created));

    for (int i = 0; i < created; ++i)
        QVERIFY(m_client->remove(so(), m_ns, "batch-" + std::to_string(i)).ok());
    QVERIFY(receiver.waitFor([&] { return receiver.objects.size() == size_t(25); }));
    QCOMPARE(informer.size(), size_t(25));
}

void TestInformer::createdAndDeletedWithinABatchIsDropped()
{
    Receiver receiver;
    Informer::Options slow = options();
    slow.batchInterval = std::chrono::milliseconds(2000);
    Informer informer(m_client, so(), slow, receiver.callbacks());
    informer.start();
    QVERIFY(receiver.waitFor([&] { return receiver.count(Informer::State::Watching) == 1; }));

    QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("fleeting-so", m_ns)).ok());
    QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("lasting-so", m_ns)).ok());
    QVERIFY(
        m_client->patch(so(), m_ns, "lasting-so", PatchType::Merge, R"({"metadata":{"labels":{"v":"2"}}})")
            .ok());
    QVERIFY(m_client->remove(so(), m_ns, "fleeting-so").ok());
    QVERIFY(receiver.waitFor([&] { return receiver.batches == 1; }));
    std::lock_guard lock(receiver.mutex);
    QCOMPARE(receiver.deltas, size_t(1)); // lasting-so, added with its latest state
    QVERIFY(receiver.objects.count(m_ns + "/lasting-so"));
    QVERIFY(receiver.objects[m_ns + "/lasting-so"].json.find(R"("v":"2")") != std::string::npos);
    QVERIFY(!receiver.objects.count(m_ns + "/fleeting-so"));
    QVERIFY(m_client->remove(so(), m_ns, "lasting-so").ok());
}

void TestInformer::resumesWithoutRelistAfterDrop()
{
    Receiver receiver;
    Informer informer(m_client, so(), options(), receiver.callbacks());
    informer.start();
    QVERIFY(receiver.waitFor([&] { return receiver.count(Informer::State::Watching) == 1; }));
    // an event through the stream: the server has the watch open before it is dropped
    QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("before-drop-so", m_ns)).ok());
    QVERIFY(receiver.waitFor([&] { return receiver.objects.count(m_ns + "/before-drop-so") == 1; }));

    m_sim->server().faults().dropWatches();
    QVERIFY(receiver.waitFor([&] { return receiver.count(Informer::State::Watching) == 2; }));
    QVERIFY(m_client->remove(so(), m_ns, "before-drop-so").ok());
    QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("after-drop-so", m_ns)).ok());
    QVERIFY(receiver.waitFor([&] {
        return receiver.objects.count(m_ns + "/after-drop-so") == 1 &&
               receiver.objects.count(m_ns + "/before-drop-so") == 0;
    }));
    {
        std::lock_guard lock(receiver.mutex);
        QCOMPARE(receiver.syncs, 1);
    }
    QCOMPARE(listRequestCount(), size_t(1));
    QVERIFY(m_client->remove(so(), m_ns, "after-drop-so").ok());
}

void TestInformer::relistsAfterGone()
{
    Receiver receiver;
    Informer informer(m_client, so(), options(), receiver.callbacks());
    informer.start();
    QVERIFY(receiver.waitFor([&] { return receiver.count(Informer::State::Watching) == 1; }));

    QVERIFY(m_client->create(so(), m_ns, scaledObjectJson("before-gone-so", m_ns)).ok());
    QVERIFY(receiver.waitFor([&] { return receiver.objects.count(m_ns + "/before-gone-so") == 1; }));
    QVERIFY(m_client->remove(so(), m_ns, "before-gone-so").ok());
    QVERIFY(receiver.waitFor([&] { return receiver.objects.count(m_ns + "/before-gone-so") == 0; }));

    m_sim->server().faults().compactHistory();
    m_sim->server().faults().dropWatches();
    QVERIFY(receiver.waitFor([&] { return receiver.syncs == 2; }));
    {
        std::lock_guard lock(receiver.mutex);
        QCOMPARE(receiver.objects.size(), size_t(25));
        QVERIFY(std::any_of(receiver.errors.begin(), receiver.errors.end(),
                            [](const Error &e) { return e.code == 410; }));
    }
    QCOMPARE(listRequestCount(), size_t(2));
    QVERIFY(receiver.waitFor([&] { return receiver.states.back() == Informer::State::Watching; }));
}

void TestInformer::stopReportsStoppedAndJoins()
{
    Receiver receiver;
    auto informer = std::make_unique<Informer>(m_client, so(), options(), receiver.callbacks());
    informer->start();
    QVERIFY(receiver.waitFor([&] { return receiver.count(Informer::State::Watching) == 1; }));
    QElapsedTimer timer;
    timer.start();
    informer->stop();
    QVERIFY(timer.elapsed() < 5000);
    std::lock_guard lock(receiver.mutex);
    QCOMPARE(receiver.states.back(), Informer::State::Stopped);
    const auto delivery = receiver.threads.front();
    QVERIFY(std::all_of(receiver.threads.begin(), receiver.threads.end(),
                        [&](std::thread::id id) { return id == delivery; }));
}

QTEST_GUILESS_MAIN(TestInformer)
#include "tst_informer.moc"
