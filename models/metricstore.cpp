// SPDX-License-Identifier: Apache-2.0
#include "models/metricstore.h"

#include <QMetaObject>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace kedascope::models {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr size_t SummaryFanOut = 32;
constexpr size_t MaxGapReasons = 4096;
constexpr size_t MedianWindow = 64;

// What a run of consecutive samples holds; summaries of adjacent runs combine.
struct Summary
{
    qint64 firstTime = 0;
    qint64 lastTime = 0;
    qint64 maxInterval = 0; // between consecutive samples inside the run
    double min = NaN;
    double max = NaN;
    double first = NaN;
    double last = NaN;
    int count = 0;   // samples with a value
    int samples = 0; // all samples, gaps included
    bool hasGap = false;

    void add(qint64 time, double value)
    {
        if (samples == 0)
            firstTime = time;
        else
            maxInterval = std::max(maxInterval, time - lastTime);
        lastTime = time;
        ++samples;
        if (std::isnan(value)) {
            hasGap = true;
            return;
        }
        if (count == 0) {
            min = max = first = value;
        } else {
            min = std::min(min, value);
            max = std::max(max, value);
        }
        last = value;
        ++count;
    }

    void add(const Summary &next)
    {
        if (next.samples == 0)
            return;
        if (samples == 0) {
            *this = next;
            return;
        }
        maxInterval = std::max({maxInterval, next.maxInterval, next.firstTime - lastTime});
        lastTime = next.lastTime;
        samples += next.samples;
        hasGap = hasGap || next.hasGap;
        if (next.count == 0)
            return;
        if (count == 0) {
            min = next.min;
            max = next.max;
            first = next.first;
        } else {
            min = std::min(min, next.min);
            max = std::max(max, next.max);
        }
        last = next.last;
        count += next.count;
    }
};

// Summaries of aligned blocks of `blockSize` samples (block b holds sequence numbers
// [b * blockSize, (b + 1) * blockSize)), in a ring large enough that a slot is reused only once
// its previous block has left the sample ring entirely.
struct SummaryLevel
{
    size_t blockSize = 0;
    size_t slotCount = 0;
    std::vector<Summary> blocks;
};

qint64 columnBoundary(qint64 fromMs, qint64 span, int columns, int column)
{
    const qint64 whole = span / columns;
    const qint64 rest = span % columns;
    return fromMs + whole * column + (rest * column) / columns;
}

} // namespace

struct MetricSeries::Impl
{
    size_t capacity = 1;
    std::vector<qint64> times;
    std::vector<double> values;
    size_t nextSeq = 0; // sequence number of the next sample; sample s lives at s % capacity
    std::vector<SummaryLevel> levels;
    std::deque<std::pair<qint64, QString>> gapReasons;
    qint64 explicitGapThreshold = 0;
    bool hasLastValue = false;
    MetricSample lastValue;

    size_t oldestSeq() const { return nextSeq > capacity ? nextSeq - capacity : 0; }
    size_t count() const { return nextSeq - oldestSeq(); }
    qint64 timeAt(size_t seq) const { return times[seq % capacity]; }
    double valueAt(size_t seq) const { return values[seq % capacity]; }

    // The first sequence number whose time is >= t (or > t when `after`).
    size_t search(qint64 t, bool after) const
    {
        size_t lo = oldestSeq();
        size_t hi = nextSeq;
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            const qint64 mt = timeAt(mid);
            if (mt < t || (after && mt == t))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    void push(qint64 time, double value)
    {
        const size_t slot = nextSeq % capacity;
        if (slot == times.size()) {
            if (times.size() == times.capacity()) {
                const size_t grown = std::min(capacity, std::max<size_t>(64, times.size() * 2));
                times.reserve(grown);
                values.reserve(grown);
            }
            times.push_back(time);
            values.push_back(value);
        } else {
            times[slot] = time;
            values[slot] = value;
        }
        for (SummaryLevel &level : levels) {
            const size_t block = nextSeq / level.blockSize;
            const size_t blockSlot = block % level.slotCount;
            if (blockSlot == level.blocks.size()) {
                if (level.blocks.size() == level.blocks.capacity())
                    level.blocks.reserve(std::min(level.slotCount, std::max<size_t>(8, level.blocks.size() * 2)));
                level.blocks.emplace_back();
            }
            if (nextSeq % level.blockSize == 0)
                level.blocks[blockSlot] = Summary();
            level.blocks[blockSlot].add(time, value);
        }
        ++nextSeq;
    }

    // Combines the samples [begin, end) from whole blocks where aligned ones fit, raw samples elsewhere.
    Summary summarize(size_t begin, size_t end, DecimationCost *cost) const
    {
        Summary result;
        size_t pos = begin;
        while (pos < end) {
            const SummaryLevel *best = nullptr;
            for (const SummaryLevel &level : levels) {
                if (pos % level.blockSize != 0 || pos + level.blockSize > end)
                    break;
                best = &level;
            }
            if (best) {
                result.add(best->blocks[(pos / best->blockSize) % best->slotCount]);
                pos += best->blockSize;
                if (cost)
                    ++cost->summariesRead;
            } else {
                result.add(timeAt(pos), valueAt(pos));
                ++pos;
                if (cost)
                    ++cost->samplesRead;
            }
        }
        return result;
    }

    qint64 medianInterval() const
    {
        const size_t n = count();
        if (n < 2)
            return 0;
        const size_t intervals = std::min(n - 1, MedianWindow);
        std::vector<qint64> deltas;
        deltas.reserve(intervals);
        for (size_t i = 0; i < intervals; ++i) {
            const size_t seq = nextSeq - 1 - i;
            deltas.push_back(timeAt(seq) - timeAt(seq - 1));
        }
        std::nth_element(deltas.begin(), deltas.begin() + deltas.size() / 2, deltas.end());
        return deltas[deltas.size() / 2];
    }
};

MetricSeries::MetricSeries(size_t capacity) : d(std::make_shared<Impl>())
{
    d->capacity = std::max<size_t>(1, capacity);
    for (size_t blockSize = SummaryFanOut; blockSize <= d->capacity; blockSize *= SummaryFanOut) {
        SummaryLevel level;
        level.blockSize = blockSize;
        level.slotCount = d->capacity / blockSize + 2;
        d->levels.push_back(level);
    }
}

void MetricSeries::append(qint64 timeMs, double value)
{
    if (d->nextSeq > 0 && timeMs < lastTimeMs())
        return;
    d->push(timeMs, value);
    if (!std::isnan(value)) {
        d->hasLastValue = true;
        d->lastValue = {timeMs, value};
    }
}

void MetricSeries::appendGap(qint64 timeMs, const QString &reason)
{
    if (d->nextSeq > 0 && timeMs < lastTimeMs())
        return;
    d->push(timeMs, NaN);
    d->gapReasons.emplace_back(timeMs, reason);
    const qint64 oldest = firstTimeMs();
    while (!d->gapReasons.empty() &&
           (d->gapReasons.size() > MaxGapReasons || d->gapReasons.front().first < oldest))
        d->gapReasons.pop_front();
}

size_t MetricSeries::size() const
{
    return d->count();
}

size_t MetricSeries::capacity() const
{
    return d->capacity;
}

MetricSample MetricSeries::at(size_t index) const
{
    const size_t seq = d->oldestSeq() + index;
    if (seq >= d->nextSeq)
        return {};
    return {d->timeAt(seq), d->valueAt(seq)};
}

qint64 MetricSeries::firstTimeMs() const
{
    return isEmpty() ? 0 : d->timeAt(d->oldestSeq());
}

qint64 MetricSeries::lastTimeMs() const
{
    return isEmpty() ? 0 : d->timeAt(d->nextSeq - 1);
}

bool MetricSeries::lastValue(MetricSample *sample) const
{
    if (!d->hasLastValue || d->lastValue.timeMs < firstTimeMs())
        return false;
    if (sample)
        *sample = d->lastValue;
    return true;
}

QString MetricSeries::lastGapReason() const
{
    if (isEmpty() || !std::isnan(d->valueAt(d->nextSeq - 1)) || d->gapReasons.empty())
        return {};
    return d->gapReasons.back().second;
}

QString MetricSeries::gapReason(qint64 timeMs) const
{
    const auto after = std::upper_bound(d->gapReasons.begin(), d->gapReasons.end(), timeMs,
                                        [](qint64 t, const auto &entry) { return t < entry.first; });
    if (after == d->gapReasons.begin())
        return {};
    return std::prev(after)->second;
}

void MetricSeries::setGapThresholdMs(qint64 ms)
{
    d->explicitGapThreshold = std::max<qint64>(0, ms);
}

qint64 MetricSeries::gapThresholdMs() const
{
    if (d->explicitGapThreshold > 0)
        return d->explicitGapThreshold;
    return 3 * d->medianInterval();
}

std::vector<MetricBucket> MetricSeries::decimate(qint64 fromMs, qint64 toMs, int columns) const
{
    return decimate(fromMs, toMs, columns, nullptr);
}

std::vector<MetricBucket> MetricSeries::decimate(qint64 fromMs, qint64 toMs, int columns,
                                                 DecimationCost *cost) const
{
    std::vector<MetricBucket> buckets;
    if (columns <= 0 || toMs <= fromMs)
        return buckets;
    buckets.resize(size_t(columns));
    const qint64 span = toMs - fromMs;
    const qint64 threshold = gapThresholdMs();
    const size_t oldest = d->oldestSeq();
    size_t begin = d->search(fromMs, false);
    if (cost)
        ++cost->searches;
    for (int column = 0; column < columns; ++column) {
        MetricBucket &bucket = buckets[size_t(column)];
        bucket.fromMs = columnBoundary(fromMs, span, columns, column);
        bucket.toMs = columnBoundary(fromMs, span, columns, column + 1);
        const size_t end = d->search(bucket.toMs, false);
        if (cost)
            ++cost->searches;
        const Summary summary = d->summarize(begin, end, cost);
        bucket.count = summary.count;
        bucket.min = summary.min;
        bucket.max = summary.max;
        bucket.first = summary.first;
        bucket.last = summary.last;
        bucket.gap = summary.hasGap;
        if (summary.samples > 0 && threshold > 0) {
            if (summary.maxInterval > threshold)
                bucket.gap = true;
            if (begin > oldest && d->timeAt(begin) - d->timeAt(begin - 1) > threshold)
                bucket.gap = true;
        }
        begin = end;
    }
    return buckets;
}

std::vector<MetricSample> MetricSeries::samples(qint64 fromMs, qint64 toMs) const
{
    std::vector<MetricSample> result;
    if (toMs < fromMs)
        return result;
    const size_t end = d->search(toMs, true);
    for (size_t seq = d->search(fromMs, false); seq < end; ++seq)
        result.push_back({d->timeAt(seq), d->valueAt(seq)});
    return result;
}

size_t MetricSeries::bytesPerSample()
{
    // The sample itself plus its share of every summary level above it.
    double bytes = sizeof(qint64) + sizeof(double);
    for (size_t blockSize = SummaryFanOut; blockSize <= 86400; blockSize *= SummaryFanOut)
        bytes += double(sizeof(Summary)) / double(blockSize);
    return size_t(std::ceil(bytes));
}

size_t MetricSeries::memoryBytes() const
{
    size_t bytes = sizeof(Impl) + d->times.capacity() * sizeof(qint64) + d->values.capacity() * sizeof(double);
    for (const SummaryLevel &level : d->levels)
        bytes += level.blocks.capacity() * sizeof(Summary);
    for (const auto &entry : d->gapReasons)
        bytes += sizeof(entry) + size_t(entry.second.size()) * sizeof(QChar);
    return bytes;
}

bool MetricInfo::operator==(const MetricInfo &other) const
{
    const auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
    return label == other.label && unit == other.unit && source == other.source &&
           triggerType == other.triggerType && same(target, other.target) &&
           same(activation, other.activation) && metricType == other.metricType &&
           same(minReplicas, other.minReplicas) && same(maxReplicas, other.maxReplicas) &&
           same(pausedReplicas, other.pausedReplicas) && pollingIntervalMs == other.pollingIntervalMs;
}

MetricStore::MetricStore(QObject *parent) : QObject(parent) {}

MetricStore::~MetricStore()
{
    qDeleteAll(m_series);
}

size_t MetricStore::capacityForRetention() const
{
    return size_t(std::max<qint64>(1, m_retentionSeconds / std::max<qint64>(1, m_resolutionSeconds)));
}

void MetricStore::setRetention(qint64 retentionSeconds, qint64 resolutionSeconds)
{
    m_retentionSeconds = std::max<qint64>(1, retentionSeconds);
    m_resolutionSeconds = std::max<qint64>(1, resolutionSeconds);
    const size_t capacity = capacityForRetention();
    for (MetricSeries *series : std::as_const(m_series)) {
        if (series->capacity() == capacity)
            continue;
        MetricSeries resized(capacity);
        const size_t keep = std::min(series->size(), capacity);
        for (size_t i = series->size() - keep; i < series->size(); ++i) {
            const MetricSample sample = series->at(i);
            if (std::isnan(sample.value))
                resized.appendGap(sample.timeMs, series->gapReason(sample.timeMs));
            else
                resized.append(sample.timeMs, sample.value);
        }
        resized.setGapThresholdMs(series->d->explicitGapThreshold);
        *series = resized;
    }
}

qint64 MetricStore::retentionSeconds() const
{
    return m_retentionSeconds;
}

qint64 MetricStore::resolutionSeconds() const
{
    return m_resolutionSeconds;
}

MetricSeries &MetricStore::series(const QString &key)
{
    auto it = m_series.find(key);
    if (it == m_series.end())
        it = m_series.insert(key, new MetricSeries(capacityForRetention()));
    return **it;
}

const MetricSeries *MetricStore::find(const QString &key) const
{
    return m_series.value(key, nullptr);
}

QStringList MetricStore::keys() const
{
    QStringList result = m_series.keys();
    result.sort();
    return result;
}

QStringList MetricStore::keysWithPrefix(const QString &prefix) const
{
    QStringList result;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        if (it.key().startsWith(prefix))
            result.append(it.key());
    }
    result.sort();
    return result;
}

void MetricStore::remove(const QString &key)
{
    delete m_series.take(key);
    m_info.remove(key);
    m_pending.removeAll(key);
    Q_EMIT removed(key);
}

void MetricStore::append(const QString &key, qint64 timeMs, double value)
{
    series(key).append(timeMs, value);
    scheduleNotify(key);
}

void MetricStore::appendGap(const QString &key, qint64 timeMs, const QString &reason)
{
    series(key).appendGap(timeMs, reason);
    scheduleNotify(key);
}

void MetricStore::setInfo(const QString &key, const MetricInfo &info)
{
    auto it = m_info.find(key);
    if (it != m_info.end() && *it == info)
        return;
    m_info.insert(key, info);
    Q_EMIT infoChanged(key);
}

MetricInfo MetricStore::info(const QString &key) const
{
    return m_info.value(key);
}

bool MetricStore::hasInfo(const QString &key) const
{
    return m_info.contains(key);
}

void MetricStore::scheduleNotify(const QString &key)
{
    if (!m_pending.contains(key))
        m_pending.append(key);
    if (m_notifyScheduled)
        return;
    m_notifyScheduled = true;
    QMetaObject::invokeMethod(this, &MetricStore::notifyPending, Qt::QueuedConnection);
}

void MetricStore::notifyPending()
{
    m_notifyScheduled = false;
    if (m_pending.isEmpty())
        return;
    QStringList keys;
    keys.swap(m_pending);
    Q_EMIT appended(keys);
}

namespace metrickeys {

QString objectPrefix(const QString &context, const QString &ns, const QString &name)
{
    return context + QLatin1Char('/') + ns + QLatin1Char('/') + name + QLatin1Char('/');
}

QString trigger(const QString &context, const QString &ns, const QString &name, int triggerIndex)
{
    return objectPrefix(context, ns, name) + QStringLiteral("trigger/") + QString::number(triggerIndex);
}

QString triggerHistory(const QString &context, const QString &ns, const QString &name, int triggerIndex)
{
    return trigger(context, ns, name, triggerIndex) + QStringLiteral("/history");
}

QString replicasCurrent(const QString &context, const QString &ns, const QString &name)
{
    return objectPrefix(context, ns, name) + QStringLiteral("replicas/current");
}

QString replicasDesired(const QString &context, const QString &ns, const QString &name)
{
    return objectPrefix(context, ns, name) + QStringLiteral("replicas/desired");
}

QString operatorMetric(const QString &context, const QString &ns, const QString &name, const QString &metric,
                       int scalerIndex)
{
    QString key = objectPrefix(context, ns, name) + QStringLiteral("keda/") + metric;
    if (scalerIndex >= 0)
        key += QLatin1Char('/') + QString::number(scalerIndex);
    return key;
}

QString operatorGlobal(const QString &context, const QString &metric,
                       const QList<QPair<QString, QString>> &labels)
{
    QList<QPair<QString, QString>> sorted = labels;
    std::sort(sorted.begin(), sorted.end());
    QString key = context + QStringLiteral("/keda/") + metric + QLatin1Char('{');
    for (int i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            key += QLatin1Char(',');
        key += sorted[i].first + QStringLiteral("=\"") + sorted[i].second + QLatin1Char('"');
    }
    return key + QLatin1Char('}');
}

} // namespace metrickeys

} // namespace kedascope::models
