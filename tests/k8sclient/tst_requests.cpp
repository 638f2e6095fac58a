// SPDX-License-Identifier: Apache-2.0
// Requests built without I/O, checked by their exact targets; response decoding without a server.
#include "k8sclient/apiclient.h"
#include "k8sclient/backoff.h"
#include "k8sclient/discovery.h"
#include "k8sclient/gzip.h"
#include "k8sclient/listdecoder.h"
#include "k8sclient/request.h"

#include <QtTest>

#include <zlib.h>

using namespace kedascope::k8s;

Q_DECLARE_METATYPE(kedascope::k8s::Request)
using QueryPairs = std::vector<std::pair<std::string, std::string>>;
Q_DECLARE_METATYPE(QueryPairs)

class TestRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void targets_data();
    void targets();
    void bodiesAndContentTypes();
    void errorFromStatus();
    void errorFromOtherBody();
    void decodesListPage();
    void decodesEmptyListAndKeepsTypeMeta();
    void rejectsBrokenList();
    void decodesWatchEvents();
    void parsesDiscovery();
    void backoffGrowsWithJitterAndResets();
    void inflatesGzip();
    void parsesQueries_data();
    void parsesQueries();
    void parsedQueryRoundTripsThroughTarget();
};

void TestRequests::targets_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");

    const ResourceType &so = resources::scaledObjects();
    const ResourceType &cta = resources::clusterTriggerAuthentications();

    QTest::newRow("core events in a namespace")
        << requests::list(resources::coreEvents(), "payments", {}) << QStringLiteral("GET")
        << QStringLiteral("/api/v1/namespaces/payments/events");
    QTest::newRow("scaledobjects in all namespaces")
        << requests::list(so, "", {}) << QStringLiteral("GET")
        << QStringLiteral("/apis/keda.sh/v1alpha1/scaledobjects");
    QTest::newRow("cluster-scoped ignores the namespace")
        << requests::list(cta, "payments", {}) << QStringLiteral("GET")
        << QStringLiteral("/apis/keda.sh/v1alpha1/clustertriggerauthentications");
    QTest::newRow("cluster-scoped object")
        << requests::get(cta, "", "shared-auth") << QStringLiteral("GET")
        << QStringLiteral("/apis/keda.sh/v1alpha1/clustertriggerauthentications/shared-auth");
    QTest::newRow("get with subresource")
        << requests::get(resources::deployments(), "web", "frontend", "scale") << QStringLiteral("GET")
        << QStringLiteral("/apis/apps/v1/namespaces/web/deployments/frontend/scale");

    ListOptions paged;
    paged.limit = 500;
    paged.continueToken = "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTIzfQ==";
    QTest::newRow("list page with continue")
        << requests::list(so, "", paged) << QStringLiteral("GET")
        << QStringLiteral(
               "/apis/keda.sh/v1alpha1/"
               "scaledobjects?continue=eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTIzfQ%3D%3D&limit=500");

    ListOptions fromCache;
    fromCache.limit = 500;
    fromCache.resourceVersion = "0";
    QTest::newRow("informer's first list")
        << requests::list(so, "payments", fromCache) << QStringLiteral("GET")
        << QStringLiteral(
               "/apis/keda.sh/v1alpha1/namespaces/payments/scaledobjects?limit=500&resourceVersion=0");

    ListOptions selected;
    selected.labelSelector = "app in (web,api),tier!=cache";
    selected.fieldSelector = "reason=KEDAScalerFailed";
    QTest::newRow("selectors are percent-encoded")
        << requests::list(resources::coreEvents(), "", selected) << QStringLiteral("GET")
        << QStringLiteral("/api/v1/"
                          "events?fieldSelector=reason%3DKEDAScalerFailed&labelSelector=app%20in%20%28web%"
                          "2Capi%29%2Ctier%21%3Dcache");

    WatchOptions watch;
    watch.resourceVersion = "4711";
    watch.timeoutSeconds = 300;
    QTest::newRow("watch with bookmarks")
        << requests::watch(so, "payments", watch) << QStringLiteral("GET")
        << QStringLiteral("/apis/keda.sh/v1alpha1/namespaces/payments/"
                          "scaledobjects?allowWatchBookmarks=true&resourceVersion=4711&"
                          "timeoutSeconds=300&watch=true");
    WatchOptions plainWatch;
    plainWatch.allowWatchBookmarks = false;
    QTest::newRow("watch without bookmarks or version")
        << requests::watch(so, "", plainWatch) << QStringLiteral("GET")
        << QStringLiteral("/apis/keda.sh/v1alpha1/scaledobjects?watch=true");

    PatchOptions defaults;
    QTest::newRow("create")
        << requests::create(so, "payments", "{}", defaults) << QStringLiteral("POST")
        << QStringLiteral("/apis/keda.sh/v1alpha1/namespaces/payments/scaledobjects?fieldManager=kedascope");
    PatchOptions dryRunStrict;
    dryRunStrict.dryRun = DryRun::All;
    dryRunStrict.fieldValidation = "Strict";
    QTest::newRow("replace with dry run")
        << requests::replace(so, "payments", "orders", "{}", dryRunStrict) << QStringLiteral("PUT")
        << QStringLiteral("/apis/keda.sh/v1alpha1/namespaces/payments/scaledobjects/"
                          "orders?dryRun=All&fieldManager=kedascope&"
                          "fieldValidation=Strict");
    QTest::newRow("merge patch of status")
        << requests::patch(so, "payments", "orders", PatchType::Merge, "{}", defaults, "status")
        << QStringLiteral("PATCH")
        << QStringLiteral("/apis/keda.sh/v1alpha1/namespaces/payments/scaledobjects/orders/"
                          "status?fieldManager=kedascope");
    PatchOptions forced;
    forced.force = true;
    forced.fieldValidation = "Strict";
    QTest::newRow("forced apply")
        << requests::patch(so, "payments", "orders", PatchType::Apply, "kind: ScaledObject", forced)
        << QStringLiteral("PATCH")
        << QStringLiteral(
               "/apis/keda.sh/v1alpha1/namespaces/payments/scaledobjects/orders?fieldManager=kedascope&"
               "fieldValidation=Strict&force=true");
    QTest::newRow("force is only for apply")
        << requests::patch(so, "payments", "orders", PatchType::Merge, "{}", forced)
        << QStringLiteral("PATCH")
        << QStringLiteral(
               "/apis/keda.sh/v1alpha1/namespaces/payments/scaledobjects/orders?fieldManager=kedascope&"
               "fieldValidation=Strict");
    QTest::newRow("delete") << requests::remove(so, "payments", "orders") << QStringLiteral("DELETE")
                            << QStringLiteral(
                                   "/apis/keda.sh/v1alpha1/namespaces/payments/scaledobjects/orders");
    QTest::newRow("delete dry run")
        << requests::remove(so, "payments", "orders", DryRun::All) << QStringLiteral("DELETE")
        << QStringLiteral("/apis/keda.sh/v1alpha1/namespaces/payments/scaledobjects/orders?dryRun=All");
    QTest::newRow("names are escaped")
        << requests::get(resources::secrets(), "a b", "x/y") << QStringLiteral("GET")
        << QStringLiteral("/api/v1/namespaces/a%20b/secrets/x%2Fy");
}

void TestRequests::targets()
{
    QFETCH(Request, request);
    QFETCH(QString, method);
    QFETCH(QString, target);
    QCOMPARE(QString::fromStdString(request.method), method);
    QCOMPARE(QString::fromStdString(request.target()), target);
}

void TestRequests::bodiesAndContentTypes()
{
    const ResourceType &so = resources::scaledObjects();
    const Request apply = requests::patch(so, "ns", "n", PatchType::Apply, "a: b", {});
    QCOMPARE(apply.contentType, std::string("application/apply-patch+yaml"));
    QCOMPARE(apply.body, std::string("a: b"));
    QCOMPARE(requests::patch(so, "ns", "n", PatchType::Json, "[]", {}).contentType,
             std::string("application/json-patch+json"));
    QCOMPARE(requests::patch(so, "ns", "n", PatchType::Merge, "{}", {}).contentType,
             std::string("application/merge-patch+json"));
    QCOMPARE(requests::create(so, "ns", "{}", {}).contentType, std::string("application/json"));
    QVERIFY(requests::watch(so, "ns", {}).stream);
    QVERIFY(!requests::list(so, "ns", {}).stream);
}

void TestRequests::errorFromStatus()
{
    Response response;
    response.status = 422;
    response.headers["retry-after"] = "3";
    response.body = R"({"kind":"Status","apiVersion":"v1","status":"Failure",
        "message":"ScaledObject.keda.sh \"orders\" is invalid: spec.maxReplicaCount: Invalid value: 0",
        "reason":"Invalid","details":{"name":"orders","causes":[{"reason":"FieldValueInvalid",
        "message":"Invalid value: 0","field":"spec.maxReplicaCount"}]},"code":422})";
    const Error error =
        errorFromResponse(response, requests::get(resources::scaledObjects(), "ns", "orders"));
    QCOMPARE(error.kind, Error::Kind::Api);
    QCOMPARE(error.code, 422);
    QCOMPARE(error.reason, std::string("Invalid"));
    QVERIFY(error.message.find("is invalid") != std::string::npos);
    QCOMPARE(error.causes.size(), size_t(1));
    QCOMPARE(error.causes[0].field, std::string("spec.maxReplicaCount"));
    QCOMPARE(error.causes[0].reason, std::string("FieldValueInvalid"));
    QCOMPARE(error.retryAfterSeconds.value_or(-1), 3);
}

void TestRequests::errorFromOtherBody()
{
    Response response;
    response.status = 502;
    response.body = "<html>" + std::string(300, 'x') + "</html>";
    const Error error = errorFromResponse(response, requests::list(resources::scaledObjects(), "", {}));
    QCOMPARE(error.code, 502);
    QCOMPARE(error.message,
             "HTTP 502 from GET /apis/keda.sh/v1alpha1/scaledobjects: <html>" + std::string(194, 'x'));

    response.body.clear();
    QCOMPARE(errorFromResponse(response, requests::list(resources::scaledObjects(), "", {})).message,
             std::string("HTTP 502 from GET /apis/keda.sh/v1alpha1/scaledobjects"));
}

void TestRequests::decodesListPage()
{
    const std::string body = R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObjectList",
        "metadata":{"resourceVersion":"812","continue":"tok"},
        "items":[{"metadata":{"name":"a","namespace":"n1","uid":"u1","resourceVersion":"800"},"spec":{"x":[1, 2]}},
                 {"kind":"Special","metadata":{"name":"b","namespace":"n2"}}]})";
    auto page = decodeListPage(body, "ignored/v1", "Ignored");
    QVERIFY2(page.ok(), page.ok() ? "" : page.error().message.c_str());
    QCOMPARE(page->resourceVersion, std::string("812"));
    QCOMPARE(page->continueToken, std::string("tok"));
    QCOMPARE(page->items.size(), size_t(2));
    QCOMPARE(page->items[0],
             std::string(R"({"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":)"
                         R"({"name":"a","namespace":"n1","uid":"u1","resourceVersion":"800"},)"
                         R"("spec":{"x":[1,2]}})"));
    QCOMPARE(page->items[1], std::string(R"({"apiVersion":"keda.sh/v1alpha1","kind":"Special","metadata":)"
                                         R"({"name":"b","namespace":"n2"}})"));

    auto decoded = decodeList(body, "", "");
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->objects[0].ns, std::string("n1"));
    QCOMPARE(decoded->objects[0].name, std::string("a"));
    QCOMPARE(decoded->objects[0].uid, std::string("u1"));
    QCOMPARE(decoded->objects[0].resourceVersion, std::string("800"));
}

void TestRequests::decodesEmptyListAndKeepsTypeMeta()
{
    auto page = decodeListPage(R"({"metadata":{"resourceVersion":"5"},"items":[{}]})", "v1", "Event");
    QVERIFY(page.ok());
    QCOMPARE(page->items.at(0), std::string(R"({"apiVersion":"v1","kind":"Event"})"));
    auto none =
        decodeListPage(R"({"kind":"EventList","metadata":{"resourceVersion":"5"},"items":null})", "v1", "");
    QVERIFY(none.ok());
    QVERIFY(none->items.empty());
    QCOMPARE(none->resourceVersion, std::string("5"));
}

void TestRequests::rejectsBrokenList()
{
    auto page = decodeListPage(R"({"items":[{"metadata":)", "v1", "Event");
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Error::Kind::Decode);
}

void TestRequests::decodesWatchEvents()
{
    auto added =
        decodeWatchEvent(R"({"type":"ADDED","object":{"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",)"
                         R"("metadata":{"name":"a","namespace":"n","uid":"u","resourceVersion":"9"}}})");
    QVERIFY(added.ok());
    QCOMPARE(added->type, WatchEvent::Type::Added);
    QCOMPARE(added->object.name, std::string("a"));
    QCOMPARE(added->object.resourceVersion, std::string("9"));
    QVERIFY(added->object.json.find("\"kind\":\"ScaledObject\"") != std::string::npos);

    auto bookmark = decodeWatchEvent(
        R"({"type":"BOOKMARK","object":{"kind":"ScaledObject","metadata":{"resourceVersion":"12"}}})");
    QVERIFY(bookmark.ok());
    QCOMPARE(bookmark->type, WatchEvent::Type::Bookmark);
    QCOMPARE(bookmark->object.resourceVersion, std::string("12"));

    auto gone = decodeWatchEvent(R"({"type":"ERROR","object":{"kind":"Status","code":410,"reason":"Expired",)"
                                 R"x("message":"too old resource version: 1 (5)"}})x");
    QVERIFY(gone.ok());
    QCOMPARE(gone->type, WatchEvent::Type::Error);
    QCOMPARE(gone->code, 410);
    QCOMPARE(gone->reason, std::string("Expired"));

    QVERIFY(!decodeWatchEvent(R"({"type":"ADDED","object":{"metadata")").ok());
    QVERIFY(!decodeWatchEvent(R"({"type":"STRANGE","object":{}})").ok());
}

void TestRequests::parsesDiscovery()
{
    auto core = discovery::parseCoreVersions(R"({"kind":"APIVersions","versions":["v1"]})");
    QVERIFY(core.ok());
    QCOMPARE(core->size(), size_t(1));
    auto groups = discovery::parseGroupVersions(
        R"({"kind":"APIGroupList","groups":[{"name":"apps","versions":[{"groupVersion":"apps/v1","version":"v1"}]},
            {"name":"keda.sh","versions":[{"groupVersion":"keda.sh/v1alpha1","version":"v1alpha1"}]}]})");
    QVERIFY(groups.ok());
    QCOMPARE(groups->size(), size_t(2));
    QCOMPARE(groups->at(1), std::string("keda.sh/v1alpha1"));
    QCOMPARE(discovery::pathFor("v1"), std::string("/api/v1"));
    QCOMPARE(discovery::pathFor("keda.sh/v1alpha1"), std::string("/apis/keda.sh/v1alpha1"));

    auto list = discovery::parseResourceList(
        R"({"kind":"APIResourceList","groupVersion":"keda.sh/v1alpha1","resources":[
            {"name":"scaledobjects","singularName":"scaledobject","namespaced":true,"kind":"ScaledObject",
             "shortNames":["so"],"verbs":["get","list"]},
            {"name":"scaledobjects/status","singularName":"","namespaced":true,"kind":"ScaledObject"},
            {"name":"clustertriggerauthentications","namespaced":false,"kind":"ClusterTriggerAuthentication"}]})",
        "keda.sh/v1alpha1");
    QVERIFY(list.ok());
    QCOMPARE(list->resources.size(), size_t(2));
    const ResourceType &so = list->resources[0];
    QCOMPARE(so.group, std::string("keda.sh"));
    QCOMPARE(so.version, std::string("v1alpha1"));
    QCOMPARE(so.kind, std::string("ScaledObject"));
    QCOMPARE(so.singular, std::string("scaledobject"));
    QCOMPARE(so.shortNames, std::vector<std::string>{"so"});
    QVERIFY(so.namespaced);
    QVERIFY(!list->resources[1].namespaced);
}

void TestRequests::backoffGrowsWithJitterAndResets()
{
    using std::chrono::milliseconds;
    Backoff backoff(milliseconds(800), milliseconds(30000), milliseconds(0));
    milliseconds previous{0};
    for (int i = 0; i < 12; ++i) {
        const milliseconds delay = backoff.next();
        QVERIFY(delay >= milliseconds(600));
        QVERIFY(delay <= milliseconds(30000));
        if (i == 0)
            QVERIFY(delay <= milliseconds(1000));
        if (i > 0 && i < 4)
            QVERIFY(delay > previous / 2);
        previous = delay;
    }
    QVERIFY(previous >= milliseconds(22500)); // capped near the maximum
    backoff.healthy();                        // resetAfter 0: healthy at once
    QVERIFY(backoff.next() <= milliseconds(1000));
    for (int attempt = 0; attempt < 10; ++attempt)
        QVERIFY(retryDelay(attempt) <= milliseconds(5000));
}

void TestRequests::inflatesGzip()
{
    const std::string text = std::string(5000, 'k') + "edascope";
    z_stream stream{};
    QCOMPARE(deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    std::string compressed(deflateBound(&stream, text.size()) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
    stream.avail_in = static_cast<uInt>(text.size());
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = static_cast<uInt>(compressed.size());
    QCOMPARE(deflate(&stream, Z_FINISH), Z_STREAM_END);
    compressed.resize(stream.total_out);
    deflateEnd(&stream);
    QCOMPARE(gunzip(compressed).value_or(""), text);
    QVERIFY(!gunzip("not gzip").has_value());
    QVERIFY(!gunzip(compressed.substr(0, compressed.size() / 2)).has_value());
}

void TestRequests::parsesQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QueryPairs>("pairs");
    QTest::newRow("empty") << QString() << QueryPairs{};
    QTest::newRow("order kept, repeats kept")
        << QStringLiteral("watch=1&b=2&b=3") << QueryPairs{{"watch", "1"}, {"b", "2"}, {"b", "3"}};
    QTest::newRow("plus is a space") << QStringLiteral("q=a+b") << QueryPairs{{"q", "a b"}};
    QTest::newRow("percent escapes, either case")
        << QStringLiteral("labelSelector=scaledobject.keda.sh%2Fname%3Dorders&x=%2f%2B")
        << QueryPairs{{"labelSelector", "scaledobject.keda.sh/name=orders"}, {"x", "/+"}};
    QTest::newRow("the first = splits") << QStringLiteral("fieldSelector=involvedObject.name=a,type!=Normal")
                                        << QueryPairs{{"fieldSelector", "involvedObject.name=a,type!=Normal"}};
    QTest::newRow("key without value") << QStringLiteral("pretty&limit=") << QueryPairs{{"pretty", ""}, {"limit", ""}};
    QTest::newRow("empty parts skipped") << QStringLiteral("&a=1&&b=2&") << QueryPairs{{"a", "1"}, {"b", "2"}};
    QTest::newRow("escaped key and utf-8") << QStringLiteral("na%6De=caf%C3%A9") << QueryPairs{{"name", "café"}};
}

void TestRequests::parsesQueries()
{
    QFETCH(QString, query);
    QFETCH(QueryPairs, pairs);
    QCOMPARE(parseQuery(query.toStdString()), pairs);
}

// What parseQuery reads back from a target is what the request held.
void TestRequests::parsedQueryRoundTripsThroughTarget()
{
    ListOptions options;
    options.labelSelector = "app in (a, b),team=shop";
    options.fieldSelector = "metadata.name=x y";
    options.continueToken = "eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTJ9+/=";
    options.limit = 500;
    const Request request = requests::list(resources::scaledObjects(), "shop", options);
    const std::string target = request.target();
    const auto question = target.find('?');
    QVERIFY(question != std::string::npos);
    QCOMPARE(target.substr(0, question), request.path);
    QCOMPARE(parseQuery(target.substr(question + 1)), request.query);
}

QTEST_APPLESS_MAIN(TestRequests)
#include "tst_requests.moc"
