// SPDX-License-Identifier: Apache-2.0
#include "models/metricstore.h"

#include <QMetaObject>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <deque>
#include <limits>

namespace kedascope::models {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Infinity = std::numeric_limits<double>::infinity();
// Level k of the summaries describes aligned blocks of 8^(k+1) samples, each made of eight blocks
// of the level below (level 0: of eight samples). Small blocks keep the samples a column reads one
// by one to a handful (at most seven at either end), whatever the column's width in samples.
constexpr int FanOutShift = 3;
constexpr size_t FanOut = size_t(1) << FanOutShift;
constexpr size_t MaxGapReasons = 4096;
constexpr size_t MedianWindow = 64;
constexpr qint64 SaturatedInterval = MetricBucket::IntervalCapMs;
static_assert(SaturatedInterval == std::numeric_limits<qint32>::max(), "block summaries keep intervals in a qint32");

// What an aligned block holds, kept small (24 bytes: all levels together cost under 3.5 bytes per
// sample). The interval of sample s is t(s) - t(s - 1), so blocks side by side need no joining.
// A block is only read once complete, so count < its size means it holds a gap sample.
struct BlockSummary
{
    double min = Infinity;
    double max = -Infinity;
    qint32 maxInterval = 0; // the largest interval of its samples, capped at SaturatedInterval
    quint32 count = 0;      // samples with a value
};
static_assert(sizeof(BlockSummary) == 24, "block summaries must stay small");

struct SummaryLevel
{
    int shift = 0;          // blocks hold 1 << shift samples; block b holds [b << shift, (b + 1) << shift)
    size_t slotCount = 0;   // ring size, enough for every block that overlaps the sample ring
    size_t newestSlot = 0;  // where the block of the newest sample lives
    std::vector<BlockSummary> blocks;
};

qint64 columnBoundary(qint64 fromMs, qint64 span, int columns, int column)
{
    const qint64 whole = span / columns;
    const qint64 rest = span % columns;
    return fromMs + whole * column + (rest * column) / columns;
}

// Where position `back` steps behind `newest` lives in a ring of `size` slots (back < size).
size_t ringSlot(size_t newest, size_t back, size_t size)
{
    return newest >= back ? newest - back : newest + size - back;
}

} // namespace

struct MetricSeries::Impl
{
    size_t capacity = 1;
    std::vector<MetricSample> ring; // time and value side by side: a column's reads touch one line, not two
    size_t nextSeq = 0;      // sequence number of the next sample; sample s lives at s % capacity
    size_t newestSlot = 0;   // (nextSeq - 1) % capacity, kept up to date so reads need no division
    std::vector<SummaryLevel> levels;
    std::deque<std::pair<qint64, QString>> gapReasons;
    qint64 explicitGapThreshold = 0;
    std::uint64_t identity = 0;
    bool hasLastValue = false;
    MetricSample lastValue;

    size_t oldestSeq() const { return nextSeq > capacity ? nextSeq - capacity : 0; }
    size_t count() const { return nextSeq - oldestSeq(); }
    // Valid for the kept samples, oldestSeq() <= seq < nextSeq.
    size_t slotOf(size_t seq) const { return ringSlot(newestSlot, nextSeq - 1 - seq, capacity); }
    qint64 timeAt(size_t seq) const { return ring[slotOf(seq)].timeMs; }
    double valueAt(size_t seq) const { return ring[slotOf(seq)].value; }
    // Valid for every block that lies wholly among the kept samples (and the newest one).
    const BlockSummary &block(const SummaryLevel &level, size_t index) const
    {
        const size_t newest = (nextSeq - 1) >> level.shift;
        return level.blocks[ringSlot(level.newestSlot, newest - index, level.slotCount)];
    }

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

    // The same as search(t, false) for a t whose answer is known to be at or after `from`, starting
    // from a guess (the previous column's width in samples, say) and galloping out from it: the cost
    // grows with the log of how far off the guess was, not with the history, and the probes stay
    // close together in memory.
    size_t searchNear(size_t from, size_t guess, qint64 t) const
    {
        guess = std::clamp(guess, from, nextSeq);
        size_t below = from;     // a position known to have a time < t, when belowKnown
        bool belowKnown = false;
        size_t above = nextSeq;  // a position known to have a time >= t, or nextSeq
        if (guess < nextSeq && timeAt(guess) < t) {
            below = guess;
            belowKnown = true;
            for (size_t step = 1; step < nextSeq - below; step *= 2) {
                const size_t probe = below + step;
                if (timeAt(probe) >= t) {
                    above = probe;
                    break;
                }
                below = probe;
            }
        } else {
            above = guess;
            for (size_t step = 1; step <= above - from; step *= 2) {
                const size_t probe = above - step;
                if (timeAt(probe) < t) {
                    below = probe;
                    belowKnown = true;
                    break;
                }
                above = probe;
            }
        }
        size_t lo = belowKnown ? below + 1 : from;
        size_t hi = above;
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (timeAt(mid) < t)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    void push(qint64 time, double value)
    {
        const qint64 interval = nextSeq > 0 ? std::min(time - ring[newestSlot].timeMs, SaturatedInterval) : 0;
        const size_t slot = nextSeq == 0 ? 0 : (newestSlot + 1 == capacity ? 0 : newestSlot + 1);
        if (slot == ring.size()) {
            if (ring.size() == ring.capacity())
                ring.reserve(std::min(capacity, std::max<size_t>(64, ring.size() * 2)));
            ring.push_back({time, value});
        } else {
            ring[slot] = {time, value};
        }
        newestSlot = slot;
        const bool hasValue = !std::isnan(value);
        for (SummaryLevel &level : levels) {
            if ((nextSeq & ((size_t(1) << level.shift) - 1)) == 0) {
                // The first sample of a new block.
                const size_t blockSlot =
                    nextSeq == 0 ? 0 : (level.newestSlot + 1 == level.slotCount ? 0 : level.newestSlot + 1);
                if (blockSlot == level.blocks.size()) {
                    if (level.blocks.size() == level.blocks.capacity())
                        level.blocks.reserve(
                            std::min(level.slotCount, std::max<size_t>(8, level.blocks.size() * 2)));
                    level.blocks.emplace_back();
                } else {
                    level.blocks[blockSlot] = BlockSummary();
                }
                level.newestSlot = blockSlot;
            }
            BlockSummary &summary = level.blocks[level.newestSlot];
            summary.maxInterval = std::max(summary.maxInterval, qint32(interval));
            if (hasValue) {
                summary.min = std::min(summary.min, value);
                summary.max = std::max(summary.max, value);
                ++summary.count;
            }
        }
        ++nextSeq;
    }

    // What one column gathers from its samples, read one by one or through block summaries.
    struct Column
    {
        double min = Infinity;
        double max = -Infinity;
        qint64 maxInterval = 0; // the largest interval of its samples, the oldest kept sample's excluded
        size_t count = 0;       // samples with a value
        size_t samples = 0;     // all samples, gaps included
        // Where the first and the last samples with a value lie: a run of samples [begin, end) when
        // level < 0, else one block of that level. Resolved to values once the column is read.
        struct Piece
        {
            int level = -1;
            size_t begin = 0;
            size_t end = 0;
        };
        Piece firstPiece;
        Piece lastPiece;
    };

    // Samples [begin, end) one by one, in at most two contiguous stretches of the ring.
    void readSamples(size_t begin, size_t end, Column &column, DecimationCost *cost) const
    {
        qint64 previous = begin > oldestSeq() ? timeAt(begin - 1) : timeAt(begin);
        qint64 maxInterval = column.maxInterval;
        double low = column.min;
        double high = column.max;
        size_t withValue = 0;
        size_t seq = begin;
        while (seq < end) {
            const size_t slot = slotOf(seq);
            const size_t run = std::min(end - seq, capacity - slot);
            const MetricSample *sample = ring.data() + slot;
            for (size_t i = 0; i < run; ++i) {
                maxInterval = std::max(maxInterval, sample[i].timeMs - previous);
                previous = sample[i].timeMs;
                const double value = sample[i].value;
                if (value == value) { // not NaN
                    low = std::min(low, value);
                    high = std::max(high, value);
                    ++withValue;
                }
            }
            seq += run;
        }
        column.maxInterval = maxInterval;
        column.min = low;
        column.max = high;
        column.samples += end - begin;
        if (withValue > 0) {
            if (column.count == 0)
                column.firstPiece = {-1, begin, end};
            column.lastPiece = {-1, begin, end};
            column.count += withValue;
        }
        if (cost)
            cost->samplesRead += end - begin;
    }

    void readBlock(int levelIndex, size_t index, Column &column, qint64 threshold, DecimationCost *cost) const
    {
        const SummaryLevel &level = levels[size_t(levelIndex)];
        const BlockSummary &summary = block(level, index);
        if (cost)
            ++cost->summariesRead;
        if (summary.maxInterval >= SaturatedInterval && threshold >= SaturatedInterval) {
            // The capped interval cannot answer for so large a threshold: read the block's samples.
            readSamples(index << level.shift, (index + 1) << level.shift, column, cost);
            return;
        }
        column.maxInterval = std::max<qint64>(column.maxInterval, summary.maxInterval);
        column.samples += size_t(1) << level.shift;
        if (summary.count == 0)
            return;
        column.min = std::min(column.min, summary.min);
        column.max = std::max(column.max, summary.max);
        if (column.count == 0)
            column.firstPiece = {levelIndex, index, index + 1};
        column.lastPiece = {levelIndex, index, index + 1};
        column.count += summary.count;
    }

    // Combines samples [begin, end) from the largest aligned blocks that fit, single samples elsewhere.
    Column gather(size_t begin, size_t end, qint64 threshold, DecimationCost *cost) const
    {
        Column column;
        size_t pos = begin;
        if (pos < end && pos == oldestSeq()) {
            // The oldest sample's interval reaches a sample that is gone: it is not part of any gap.
            readSamples(pos, pos + 1, column, cost);
            ++pos;
        }
        while (pos < end) {
            int best = -1;
            for (int i = 0; i < int(levels.size()); ++i) {
                const size_t size = size_t(1) << levels[size_t(i)].shift;
                if ((pos & (size - 1)) != 0 || pos + size > end)
                    break;
                best = i;
            }
            if (best >= 0) {
                const int shift = levels[size_t(best)].shift;
                readBlock(best, pos >> shift, column, threshold, cost);
                pos += size_t(1) << shift;
            } else {
                // Up to the next boundary of the smallest blocks, or the end.
                const size_t next = std::min(end, (pos | (FanOut - 1)) + 1);
                readSamples(pos, next, column, cost);
                pos = next;
            }
        }
        return column;
    }

    // The value of the first (or last) sample with a value inside a piece known to hold one.
    double pieceValue(const Column::Piece &piece, bool last, DecimationCost *cost) const
    {
        size_t begin = piece.begin;
        size_t end = piece.end;
        if (piece.level >= 0) {
            // Down through the levels: the first (last) child block with values, then its samples.
            size_t index = piece.begin;
            for (int level = piece.level; level > 0; --level) {
                const SummaryLevel &below = levels[size_t(level - 1)];
                for (size_t k = 0; k < FanOut; ++k) {
                    const size_t child = (index << FanOutShift) + (last ? FanOut - 1 - k : k);
                    if (cost)
                        ++cost->summariesRead;
                    if (block(below, child).count > 0) {
                        index = child;
                        break;
                    }
                }
            }
            begin = index << levels.front().shift;
            end = begin + FanOut;
        }
        for (size_t i = 0; i < end - begin; ++i) {
            const size_t seq = last ? end - 1 - i : begin + i;
            const double value = valueAt(seq);
            if (cost)
                ++cost->samplesRead;
            if (!std::isnan(value))
                return value;
        }
        return NaN;
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
    static std::atomic<std::uint64_t> lastIdentity{0};
    d->identity = ++lastIdentity;
    d->capacity = std::max<size_t>(1, capacity);
    for (int shift = FanOutShift; (size_t(1) << shift) <= d->capacity; shift += FanOutShift) {
        SummaryLevel level;
        level.shift = shift;
        level.slotCount = (d->capacity >> shift) + 2;
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
    size_t begin = d->search(fromMs, false);
    if (cost)
        ++cost->searches;
    size_t width = 0; // the previous column's samples: where the next boundary likely is
    for (int column = 0; column < columns; ++column) {
        MetricBucket &bucket = buckets[size_t(column)];
        bucket.fromMs = columnBoundary(fromMs, span, columns, column);
        bucket.toMs = columnBoundary(fromMs, span, columns, column + 1);
        const size_t end = d->searchNear(begin, begin + width, bucket.toMs);
        if (cost)
            ++cost->searches;
        if (end == begin) {
            bucket.min = bucket.max = bucket.first = bucket.last = NaN;
            continue;
        }
        width = end - begin;
        const Impl::Column gathered = d->gather(begin, end, threshold, cost);
        bucket.count = int(gathered.count);
        if (gathered.count > 0) {
            bucket.min = gathered.min;
            bucket.max = gathered.max;
            bucket.first = d->pieceValue(gathered.firstPiece, false, cost);
            bucket.last = d->pieceValue(gathered.lastPiece, true, cost);
        } else {
            bucket.min = bucket.max = bucket.first = bucket.last = NaN;
        }
        bucket.holdsGapSample = gathered.samples > gathered.count;
        bucket.maxIntervalMs = gathered.maxInterval;
        bucket.gap = bucket.holdsGapSample || (threshold > 0 && bucket.maxIntervalMs > threshold);
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

std::uint64_t MetricSeries::identity() const
{
    return d->identity;
}

size_t MetricSeries::bytesPerSample()
{
    // The sample itself plus its share of every summary level above it (for a day at 1 s).
    double bytes = sizeof(qint64) + sizeof(double);
    for (size_t blockSize = FanOut; blockSize <= 86400; blockSize *= FanOut)
        bytes += double(sizeof(BlockSummary)) / double(blockSize);
    return size_t(std::ceil(bytes));
}

size_t MetricSeries::memoryBytes() const
{
    size_t bytes = sizeof(Impl) + d->ring.capacity() * sizeof(MetricSample);
    for (const SummaryLevel &level : d->levels)
        bytes += level.blocks.capacity() * sizeof(BlockSummary);
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
