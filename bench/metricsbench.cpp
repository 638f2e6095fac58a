// SPDX-License-Identifier: Apache-2.0
#include "metricsbench.h"

#include "models/metricstore.h"

#include "k8sclient/prometheustext.h"
#include "sim/kedametrics.h"
#include "sim/metricsexposition.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace kedascope::bench {

namespace {

constexpr int scaledObjects = 10000;
constexpr int namespaces = 200;
constexpr int parseRuns = 7;
constexpr int storeSeries = 50;

// What the KEDA operator of a large cluster exports: 10,000 ScaledObjects with one or two triggers each,
// serialized by prometheus-cpp exactly as the sim (and KEDA's Go client) writes it.
std::string largeScrape()
{
    static const char *const scalers[] = {"rabbitmq", "kafka", "aws-sqs-queue", "prometheus", "redis"};
    sim::KedaMetrics metrics;
    for (int i = 0; i < scaledObjects; ++i) {
        const std::string ns = "team-" + std::to_string(i % namespaces);
        const std::string name = "consumer-" + std::to_string(i);
        const int triggers = 1 + i % 2;
        for (int t = 0; t < triggers; ++t) {
            sim::KedaMetrics::ScalerKey key;
            key.ns = ns;
            key.scaledObject = name;
            key.triggerIndex = t;
            key.scaler = scalers[(i + t) % 5];
            key.metricName = "s" + std::to_string(t) + '-' + key.scaler + "-queue-" + std::to_string(i);
            const bool failing = i % 97 == 0;
            metrics.setSample(key, {double(i % 500) + 0.25 * t, 0.001 * double(i % 40), i % 3 == 0, failing});
            if (failing)
                metrics.countScalerError(key);
        }
        metrics.setPaused(ns, name, i % 50 == 0);
        if (i % 13 == 0)
            metrics.countObjectError(ns, name, false);
        metrics.setScaleLoopLatency(ns, name, false, 0.002);
    }
    for (int n = 0; n < namespaces; ++n)
        metrics.setRegistered("team-" + std::to_string(n), "scaled_object", scaledObjects / namespaces);
    return sim::operatorMetricsText(metrics);
}

int parseFigure()
{
    const std::string text = largeScrape();
    std::vector<double> rates;
    size_t samples = 0;
    for (int run = 0; run < parseRuns; ++run) {
        bool ok = true;
        const double ms = millisecondsOf([&] {
            const auto parsed = k8s::prom::parseText(text);
            ok = parsed.ok();
            samples = ok ? parsed->samples.size() : 0;
        });
        if (!ok) {
            std::fprintf(stderr, "metrics: the scrape did not parse\n");
            return 1;
        }
        rates.push_back(double(text.size()) / 1e6 / (ms / 1000.0));
    }
    std::fprintf(stderr, "metrics: %.1f MB scrape, %zu samples\n", double(text.size()) / 1e6, samples);
    report("metrics_parse_mb_per_s", median(rates), "MB/s");
    return 0;
}

// 50 series filled to the store's default capacity (24 h at 1 s), one gap in a thousand.
int storeFigure()
{
    models::MetricStore store;
    const qint64 capacity = store.retentionSeconds() / store.resolutionSeconds();
    const qint64 start = 1'700'000'000'000;
    size_t bytes = 0;
    size_t samples = 0;
    for (int s = 0; s < storeSeries; ++s) {
        models::MetricSeries &series = store.series(QStringLiteral("bench/ns/so-%1/trigger/0").arg(s));
        for (qint64 i = 0; i < capacity; ++i) {
            if (i % 1000 == 999)
                series.appendGap(start + i * 1000, QStringLiteral("scaler error"));
            else
                series.append(start + i * 1000, std::sin(double(i) / 300.0) * 100.0);
        }
        bytes += series.memoryBytes();
        samples += series.size();
    }
    if (samples == 0)
        return 1;
    report("metricstore_bytes_per_sample", double(bytes) / double(samples), "B");
    return 0;
}

} // namespace

FigureGroup metricsFigures()
{
    return {"metrics", {"metrics_parse_mb_per_s", "metricstore_bytes_per_sample"}, [] {
                return parseFigure() | storeFigure();
            }};
}

} // namespace kedascope::bench
