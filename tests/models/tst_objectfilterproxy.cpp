// SPDX-License-Identifier: Apache-2.0
#include "helpers/fakeclusterconnection.h"
#include "helpers/objectfactory.h"
#include "models/objectfilterproxy.h"
#include "models/scaledobjectmodel.h"
#include "models/triggerauthmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kedascope;
namespace SO = models::ScaledObjectColumn;

namespace {

models::ObjectList fleet()
{
    test::ScaledObjectSpec kafka;
    kafka.ns = "orders";
    kafka.name = "order-consumer";
    kafka.triggers = {{"kafka", "lag"}};
    kafka.labels = {{"team", "payments"}};
    kafka.maxReplicas = 50;
    kafka.created = "2026-11-01T00:00:00Z";

    test::ScaledObjectSpec paused;
    paused.ns = "orders";
    paused.name = "invoice-worker";
    paused.triggers = {{"rabbitmq", ""}, {"cpu", ""}};
    paused.labels = {{"team", "billing"}};
    paused.paused = "True";
    paused.active = "False";
    paused.maxReplicas = 5;
    paused.created = "2026-11-21T00:00:00Z";

    test::ScaledObjectSpec failing;
    failing.ns = "search";
    failing.name = "indexer";
    failing.triggers = {{"prometheus", ""}};
    failing.ready = "False";
    failing.fallback = "True";
    failing.maxReplicas = 100;
    failing.created = "2026-10-01T00:00:00Z";

    test::ScaledObjectSpec quiet;
    quiet.ns = "search";
    quiet.name = "crawler";
    quiet.triggers = {{"cron", ""}};
    quiet.labels = {{"team", "payments"}};
    quiet.active = "False";
    quiet.maxReplicas = 9;
    quiet.created = "2026-11-15T00:00:00Z";

    return {test::scaledObject(kafka), test::scaledObject(paused), test::scaledObject(failing),
            test::scaledObject(quiet)};
}

QStringList visibleNames(const QAbstractItemModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, SO::Name).data().toString());
    return names;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

} // namespace

class TestObjectFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void namespaceChoice();
    void sortsByAge();
    void sortsByReplicas();
    void followsDeltasWhileFilteredAndSorted();
    void worksOverTriggerAuthentications();

private:
    std::unique_ptr<test::FakeClusterConnection> m_connection;
    std::unique_ptr<models::ScaledObjectModel> m_model;
    std::unique_ptr<models::ObjectFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestObjectFilterProxy::init()
{
    m_connection = std::make_unique<test::FakeClusterConnection>();
    m_model = std::make_unique<models::ScaledObjectModel>();
    m_model->setConnection(m_connection.get());
    m_proxy = std::make_unique<models::ObjectFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_connection->sendSync(k8s::resources::scaledObjects(), fleet());
}

void TestObjectFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_connection.reset();
}

void TestObjectFilterProxy::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *name : names)
            result.append(QString::fromLatin1(name));
        return result;
    };
    QTest::newRow("empty") << QString() << list({"crawler", "indexer", "invoice-worker", "order-consumer"});
    QTest::newRow("name part") << QStringLiteral("CONSUM") << list({"order-consumer"});
    QTest::newRow("namespace text") << QStringLiteral("search") << list({"crawler", "indexer"});
    QTest::newRow("label") << QStringLiteral("team=payments") << list({"crawler", "order-consumer"});
    QTest::newRow("label value must match") << QStringLiteral("team=pay") << list({});
    QTest::newRow("trigger type") << QStringLiteral("type:kafka") << list({"order-consumer"});
    QTest::newRow("second trigger") << QStringLiteral("type:CPU") << list({"invoice-worker"});
    QTest::newRow("paused") << QStringLiteral("is:paused") << list({"invoice-worker"});
    QTest::newRow("fallback") << QStringLiteral("is:fallback") << list({"indexer"});
    QTest::newRow("failing") << QStringLiteral("is:failing") << list({"indexer"});
    QTest::newRow("inactive") << QStringLiteral("is:inactive") << list({"crawler", "invoice-worker"});
    QTest::newRow("active") << QStringLiteral("is:active") << list({"indexer", "order-consumer"});
    QTest::newRow("unknown state") << QStringLiteral("is:sleepy") << list({});
    QTest::newRow("namespace") << QStringLiteral("ns:orders") << list({"invoice-worker", "order-consumer"});
    QTest::newRow("namespace is exact") << QStringLiteral("namespace:order") << list({});
    QTest::newRow("all words") << QStringLiteral("team=payments  is:inactive") << list({"crawler"});
    QTest::newRow("negated") << QStringLiteral("-is:inactive -type:kafka") << list({"indexer"});
}

void TestObjectFilterProxy::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->filterText(), text);
    QCOMPARE(sorted(visibleNames(*m_proxy)), expected);
}

void TestObjectFilterProxy::namespaceChoice()
{
    m_proxy->setNamespace(QStringLiteral("search"));
    QCOMPARE(sorted(visibleNames(*m_proxy)),
             QStringList({QStringLiteral("crawler"), QStringLiteral("indexer")}));
    m_proxy->setFilterText(QStringLiteral("is:fallback"));
    QCOMPARE(visibleNames(*m_proxy), QStringList({QStringLiteral("indexer")}));
    m_proxy->setNamespace(QString());
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestObjectFilterProxy::sortsByAge()
{
    // Ascending by creation time: the oldest object first, as kubectl --sort-by=.metadata.creationTimestamp.
    m_proxy->sort(SO::Age, Qt::AscendingOrder);
    QCOMPARE(visibleNames(*m_proxy),
             QStringList({QStringLiteral("indexer"), QStringLiteral("order-consumer"),
                          QStringLiteral("crawler"), QStringLiteral("invoice-worker")}));
    m_proxy->sort(SO::Age, Qt::DescendingOrder);
    QCOMPARE(visibleNames(*m_proxy).first(), QStringLiteral("invoice-worker"));
}

void TestObjectFilterProxy::sortsByReplicas()
{
    // By value, not by text ("100" < "5" as strings).
    m_proxy->sort(SO::MaxReplicas, Qt::AscendingOrder);
    QCOMPARE(visibleNames(*m_proxy),
             QStringList({QStringLiteral("invoice-worker"), QStringLiteral("crawler"),
                          QStringLiteral("order-consumer"), QStringLiteral("indexer")}));

    m_model->setHpaReplicas(QStringLiteral("search"), QStringLiteral("keda-hpa-crawler"), {12, 12});
    m_model->setHpaReplicas(QStringLiteral("orders"), QStringLiteral("keda-hpa-order-consumer"), {3, 4});
    m_proxy->sort(SO::CurrentReplicas, Qt::DescendingOrder);
    QCOMPARE(visibleNames(*m_proxy).mid(0, 2),
             QStringList({QStringLiteral("crawler"), QStringLiteral("order-consumer")}));
    // Changing replicas re-sorts (dynamic sort) without a reset.
    QSignalSpy reset(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_model->setHpaReplicas(QStringLiteral("orders"), QStringLiteral("keda-hpa-order-consumer"), {30, 30});
    QCOMPARE(visibleNames(*m_proxy).first(), QStringLiteral("order-consumer"));
    QCOMPARE(reset.count(), 0);
}

void TestObjectFilterProxy::followsDeltasWhileFilteredAndSorted()
{
    m_proxy->setFilterText(QStringLiteral("is:paused"));
    m_proxy->sort(SO::Name, Qt::AscendingOrder);
    QCOMPARE(visibleNames(*m_proxy), QStringList({QStringLiteral("invoice-worker")}));

    test::ScaledObjectSpec nowPaused;
    nowPaused.ns = "search";
    nowPaused.name = "crawler";
    nowPaused.resourceVersion = "7";
    nowPaused.paused = "True";
    test::ScaledObjectSpec added;
    added.ns = "orders";
    added.name = "archiver";
    added.resourceVersion = "8";
    added.annotations = {{"autoscaling.keda.sh/paused", "true"}};
    m_connection->sendDeltas(k8s::resources::scaledObjects(),
                             {test::modified(test::scaledObject(nowPaused)),
                              test::added(test::scaledObject(added)),
                              test::deleted(test::scaledObject("orders", "invoice-worker", "9"))});
    QCOMPARE(visibleNames(*m_proxy), QStringList({QStringLiteral("archiver"), QStringLiteral("crawler")}));
}

void TestObjectFilterProxy::worksOverTriggerAuthentications()
{
    test::FakeClusterConnection connection;
    models::TriggerAuthModel model(models::TriggerAuthModel::Kind::TriggerAuthentication);
    model.setConnection(&connection);
    models::ObjectFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    connection.sendSync(k8s::resources::triggerAuthentications(),
                        {test::triggerAuth("a", "one", "1", "{}"), test::triggerAuth("b", "two", "1", "{}")});
    proxy.setFilterText(QStringLiteral("two"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("is:paused"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("-is:paused"));
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestObjectFilterProxy)
#include "tst_objectfilterproxy.moc"
