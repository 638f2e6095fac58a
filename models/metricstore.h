// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricinfo.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace kedascope::models {

// One sample: milliseconds since the epoch (UTC) and a value. A NaN value is a gap: the source was
// asked and failed, so charts break the line there instead of drawing zero.
struct MetricSample
{
    qint64 timeMs = 0;
    double value = 0;
};

// What one pixel column of a chart covers: the extremes, plus the first and last sample so a line
// can be joined to its neighbours. `gap` is set when the column holds a gap sample or when the
// distance to the previous sample exceeds the series' gap threshold. A column with no samples
// (count 0, gap false) holds nothing: draw the line across it. min/max/first/last are NaN when count is 0.
struct MetricBucket
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int count = 0; // samples with a value (gaps excluded)
    double min = 0;
    double max = 0;
    double first = 0;
    double last = 0;
    bool gap = false;
    // What `gap` was decided from, so it can be decided again for another threshold: whether a gap
    // sample lies in the column, and its longest interval between samples (the one from the sample
    // before it included). Intervals of IntervalCapMs or more may read as IntervalCapMs unless the
    // threshold was that large.
    bool holdsGapSample = false;
    qint64 maxIntervalMs = 0;
    static constexpr qint64 IntervalCapMs = 2147483647; // about 24.8 days, what a qint32 holds
};

// How much work a decimation did: raw samples read plus precomputed block summaries read. Tests use
// it to check that the cost depends on the column count, not on the history length.
struct DecimationCost
{
    size_t samplesRead = 0;
    size_t summariesRead = 0;
    size_t searches = 0; // binary searches for column boundaries
};

// A series' samples in a ring buffer of fixed capacity (retention / resolution), oldest dropped
// first. Appends must come in time order; an older sample than the last is ignored.
class MetricSeries
{
public:
    explicit MetricSeries(size_t capacity);

    void append(qint64 timeMs, double value);
    void appendGap(qint64 timeMs, const QString &reason);
    size_t size() const;
    size_t capacity() const;
    bool isEmpty() const { return size() == 0; }
    MetricSample at(size_t index) const; // 0 is the oldest kept
    qint64 firstTimeMs() const;
    qint64 lastTimeMs() const;
    // The last sample with a value (not a gap), if any.
    bool lastValue(MetricSample *sample) const;
    QString lastGapReason() const; // why the newest gap happened; empty if the newest sample has a value
    // Why the gap at `timeMs` happened (the newest gap sample at or before it); empty if none is known.
    QString gapReason(qint64 timeMs) const;

    // Samples farther apart than this are drawn as a gap (default: three times the median interval).
    void setGapThresholdMs(qint64 ms);
    qint64 gapThresholdMs() const;

    // Min/max per column over [fromMs, toMs) split into `columns` equal buckets. Each column costs
    // O(log of its width) reads: aligned block summaries (8, 64, 512, ... samples) where they fit,
    // at most seven samples at either end, and a boundary search that starts where the previous
    // column's width predicts; nothing depends on the history outside the window. Const and free of
    // side effects: several threads may decimate (different or the same series) while none appends.
    std::vector<MetricBucket> decimate(qint64 fromMs, qint64 toMs, int columns) const;
    std::vector<MetricBucket> decimate(qint64 fromMs, qint64 toMs, int columns, DecimationCost *cost) const;
    // Every sample in [fromMs, toMs], gaps included (for CSV export and tooltips).
    std::vector<MetricSample> samples(qint64 fromMs, qint64 toMs) const;

    // Distinct for every history: a series rebuilt (new retention) or made again gets a new one, so
    // whoever keeps what it read from a series can tell its history was replaced.
    std::uint64_t identity() const;

    static size_t bytesPerSample();
    size_t memoryBytes() const; // what this series holds on the heap now

private:
    friend class MetricStore;
    struct Impl;
    std::shared_ptr<Impl> d;
};

// All series of one console, by key. Keys name what is measured, e.g.
//   "<context>/<namespace>/<scaledobject>/trigger/<index>"            a trigger's metric value
//   "<context>/<namespace>/<scaledobject>/replicas/current|desired"    the HPA/scale replicas
//   "<context>/keda/<metric name>{<labels>}"                           KEDA's operator metrics
// (see the metrickeys namespace below for the exact spellings; a ScaledObject's keys all start with
// metrickeys::objectPrefix()).
// Writers (pollers on the GUI thread) append; readers (charts) decimate. appended() is emitted at
// most once per event-loop pass with the keys that grew.
class MetricStore : public QObject
{
    Q_OBJECT
public:
    explicit MetricStore(QObject *parent = nullptr);
    ~MetricStore() override;

    // Retention and resolution set every series' capacity (default 24 h at 1 s: 86,400 samples).
    void setRetention(qint64 retentionSeconds, qint64 resolutionSeconds);
    qint64 retentionSeconds() const;
    qint64 resolutionSeconds() const;

    MetricSeries &series(const QString &key); // created on first use
    const MetricSeries *find(const QString &key) const;
    QStringList keys() const;
    QStringList keysWithPrefix(const QString &prefix) const;
    void remove(const QString &key);

    void append(const QString &key, qint64 timeMs, double value);
    void appendGap(const QString &key, qint64 timeMs, const QString &reason);

    // Per-series metadata (label, unit, target and activation lines, replica bounds).
    void setInfo(const QString &key, const MetricInfo &info);
    MetricInfo info(const QString &key) const; // default MetricInfo when none was set
    bool hasInfo(const QString &key) const;

Q_SIGNALS:
    void appended(const QStringList &keys);
    void infoChanged(const QString &key);
    void removed(const QString &key);

private:
    size_t capacityForRetention() const;
    void scheduleNotify(const QString &key);
    void notifyPending();

    QHash<QString, MetricInfo> m_info;

    QHash<QString, MetricSeries *> m_series;
    QStringList m_pending;
    bool m_notifyScheduled = false;
    qint64 m_retentionSeconds = 24 * 3600;
    qint64 m_resolutionSeconds = 1;
};

// The store's key spellings, shared by the pollers that write and the charts that read.
namespace metrickeys {
// "<context>/<namespace>/<name>/": every series about one ScaledObject starts with this.
QString objectPrefix(const QString &context, const QString &ns, const QString &name);
// A trigger's current value from the external metrics API.
QString trigger(const QString &context, const QString &ns, const QString &name, int triggerIndex);
// The same trigger's keda_scaler_metrics_value history from a Prometheus server.
QString triggerHistory(const QString &context, const QString &ns, const QString &name, int triggerIndex);
QString replicasCurrent(const QString &context, const QString &ns, const QString &name);
QString replicasDesired(const QString &context, const QString &ns, const QString &name);
// KEDA operator metrics about one object: per trigger (scalerIndex >= 0) or per object (-1), e.g.
// "<prefix>keda/keda_scaler_metrics_value/0", "<prefix>keda/keda_scaled_object_errors_total".
QString operatorMetric(const QString &context, const QString &ns, const QString &name, const QString &metric,
                       int scalerIndex = -1);
// Operator metrics about no object: "<context>/keda/<metric>{a="1",b="2"}" (labels sorted by name).
QString operatorGlobal(const QString &context, const QString &metric,
                       const QList<QPair<QString, QString>> &labels);
} // namespace metrickeys

} // namespace kedascope::models
