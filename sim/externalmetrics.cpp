// SPDX-License-Identifier: Apache-2.0
#include "sim/externalmetrics.h"

#include "k8sclient/age.h"
#include "k8sclient/json.h"
#include "sim/apistatus.h"
#include "sim/kedametrics.h"
#include "sim/objectstore.h"

#include <rapidjson/writer.h>

#include <chrono>
#include <cmath>
#include <cstdint>

namespace kedascope::sim {

namespace json = k8s::json;

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr const char *kPrefix = "/apis/external.metrics.k8s.io/v1beta1";
constexpr const char *kSelectorLabel = "scaledobject.keda.sh/name";

void writeString(Writer &w, const char *key, const std::string &value)
{
    w.Key(key);
    w.String(value.c_str(), static_cast<rapidjson::SizeType>(value.size()));
}

// What the aggregated API server makes of a plain Go error from KEDA's provider: a 500 Status
// with the error text as message and no reason.
ApiResponse providerError(const std::string &message)
{
    return jsonResponse(500, messageStatusJson("Failure", message, 500));
}

// KEDA's operator answers over gRPC; the metrics server passes its error text on.
ApiResponse operatorError(const std::string &message)
{
    return providerError("rpc error: code = Unknown desc = error when getting metric values " + message);
}

std::string discoveryJson()
{
    return R"({"kind":"APIResourceList","apiVersion":"v1","groupVersion":"external.metrics.k8s.io/v1beta1",)"
           R"("resources":[{"name":"externalmetrics","singularName":"","namespaced":true,)"
           R"("kind":"ExternalMetricValueList","verbs":["get"]}]})";
}

// As labels.ConvertSelectorToLabelsMap: "k=v" or "k==v" terms separated by commas.
std::string selectedScaledObject(const std::string &selector)
{
    std::size_t start = 0;
    while (start <= selector.size()) {
        auto end = selector.find(',', start);
        if (end == std::string::npos)
            end = selector.size();
        const std::string term = selector.substr(start, end - start);
        const auto eq = term.find('=');
        if (eq != std::string::npos) {
            auto trim = [](std::string s) {
                const auto first = s.find_first_not_of(' ');
                const auto last = s.find_last_not_of(' ');
                return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
            };
            const std::string key = trim(term.substr(0, eq));
            std::string value = term.substr(eq + 1);
            if (!value.empty() && value.front() == '=')
                value.erase(0, 1);
            if (key == kSelectorLabel)
                return trim(value);
        }
        start = end + 1;
    }
    return {};
}

double parseQuantity(const std::string &text)
{
    if (text.empty())
        return 0;
    static const std::pair<const char *, double> suffixes[] = {
        {"m", 1e-3}, {"k", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12}, {"Ki", 1024.0}, {"Mi", 1048576.0}};
    try {
        std::size_t used = 0;
        const double number = std::stod(text, &used);
        const std::string suffix = text.substr(used);
        if (suffix.empty())
            return number;
        for (const auto &[name, factor] : suffixes)
            if (suffix == name)
                return number * factor;
    } catch (...) {
    }
    return 0;
}

} // namespace

std::string milliQuantity(double value)
{
    auto milli = static_cast<std::int64_t>(value * 1000); // KEDA truncates as int64(value*1000)
    if (milli == 0)
        return "0";
    const bool negative = milli < 0;
    std::uint64_t mantissa =
        negative ? static_cast<std::uint64_t>(-(milli + 1)) + 1 : static_cast<std::uint64_t>(milli);
    static const char *const suffixes[] = {"m", "", "k", "M", "G", "T", "P", "E"};
    std::size_t exponent = 0;
    while (mantissa % 1000 == 0 && exponent + 1 < sizeof suffixes / sizeof *suffixes) {
        mantissa /= 1000;
        ++exponent;
    }
    return (negative ? "-" : "") + std::to_string(mantissa) + suffixes[exponent];
}

std::optional<ApiResponse> ExternalMetricsApi::handle(const ApiRequest &request) const
{
    const std::string &path = request.path;
    const std::string prefix = kPrefix;
    if (path.compare(0, prefix.size(), prefix) != 0 ||
        (path.size() > prefix.size() && path[prefix.size()] != '/'))
        return std::nullopt;
    const auto parts = splitPath(path.substr(prefix.size()));
    const bool readOnly = request.method == "GET" || request.method == "HEAD";
    if (!readOnly && (parts.empty() || (parts.size() == 3 && parts[0] == "namespaces")))
        return jsonResponse(405, failureStatusJson(apiError(405, "MethodNotAllowed",
                                                            "the server does not allow this method on the "
                                                            "requested resource")));
    if (parts.empty())
        return jsonResponse(200, discoveryJson());
    if (parts.size() == 3 && parts[0] == "namespaces")
        return metricValue(parts[1], parts[2], request);
    return jsonResponse(404, failureStatusJson(apiError(404, "NotFound",
                                                        "the server could not find the requested resource")));
}

ApiResponse ExternalMetricsApi::metricValue(const std::string &ns, const std::string &metric,
                                            const ApiRequest &request) const
{
    const std::string scaledObject = selectedScaledObject(request.param("labelSelector"));
    if (scaledObject.empty())
        return providerError("scaledObject name is not specified");

    std::optional<double> value;
    bool objectSampled = false;
    const auto snapshot = m_metrics.snapshot();
    for (const auto &[key, sample] : snapshot.samples) {
        if (key.ns != ns || key.scaledObject != scaledObject || key.isScaledJob)
            continue;
        objectSampled = true;
        if (key.metricName != metric)
            continue;
        if (sample.failing)
            return operatorError("metric:" + metric + " encountered error");
        value = sample.value;
    }
    if (!value) {
        if (!m_store.get("scaledobjects.keda.sh", ns, scaledObject))
            return operatorError("scaledobjects.keda.sh \"" + scaledObject + "\" not found");
        if (!objectSampled)
            value = seededValue(ns, scaledObject, metric);
        if (!value)
            return operatorError("no matching metrics found for " + metric);
    }

    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    writeString(w, "kind", "ExternalMetricValueList");
    writeString(w, "apiVersion", kGroupVersion);
    w.Key("metadata");
    w.StartObject();
    w.EndObject();
    w.Key("items");
    w.StartArray();
    w.StartObject();
    writeString(w, "metricName", metric);
    w.Key("metricLabels");
    w.Null();
    writeString(w, "timestamp", k8s::formatTimestamp(std::chrono::system_clock::now()));
    writeString(w, "value", milliQuantity(*value));
    w.EndObject();
    w.EndArray();
    w.EndObject();
    return jsonResponse(200, {buffer.GetString(), buffer.GetSize()});
}

// Before the controller has polled an object (seeded ones), the value is the one its HPA last
// saw: the HPA's current average times its current replicas (KEDA reports the total for
// AverageValue targets), or 0 when the HPA does not hold the metric (e.g. paused objects).
std::optional<double> ExternalMetricsApi::seededValue(const std::string &ns, const std::string &scaledObject,
                                                      const std::string &metric) const
{
    Record so = m_store.get("scaledobjects.keda.sh", ns, scaledObject);
    if (!so)
        return std::nullopt;
    auto doc = json::parse(so->json);
    if (!doc)
        return std::nullopt;
    const json::Value *names = json::find(*doc, "status.externalMetricNames");
    bool known = false;
    if (names && names->IsArray())
        for (const auto &name : names->GetArray())
            known = known || (name.IsString() && metric == name.GetString());
    if (!known)
        return std::nullopt;
    const std::string hpaName = json::stringAt(*doc, "status.hpaName", "keda-hpa-" + scaledObject);
    Record hpa = m_store.get("horizontalpodautoscalers.autoscaling", ns, hpaName);
    if (!hpa)
        return 0.0;
    auto hpaDoc = json::parse(hpa->json);
    if (!hpaDoc)
        return 0.0;
    const auto replicas = json::intAt(*hpaDoc, "status.currentReplicas").value_or(1);
    const json::Value *current = json::find(*hpaDoc, "status.currentMetrics");
    if (!current || !current->IsArray())
        return 0.0;
    for (const auto &entry : current->GetArray()) {
        if (json::stringAt(entry, "external.metric.name") != metric)
            continue;
        const std::string total = json::stringAt(entry, "external.current.value");
        if (!total.empty())
            return parseQuantity(total);
        return parseQuantity(json::stringAt(entry, "external.current.averageValue")) *
               static_cast<double>(replicas);
    }
    return 0.0;
}

} // namespace kedascope::sim
