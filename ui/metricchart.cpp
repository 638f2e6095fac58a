// SPDX-License-Identifier: Apache-2.0
#include "ui/metricchart.h"

#include "ui/chartinteractionview.h"
#include "ui/chartlegend.h"
#include "ui/chartmarkers.h"
#include "ui/charttimewindow.h"
#include "ui/charttracelayer.h"
#include "ui/chartvalueformat.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QThread>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <thread>

namespace kedascope::ui {

namespace {

constexpr int kPaletteSize = 8;
const QColor kPalette[kPaletteSize] = {QColor(0x1f, 0x6f, 0xb2), QColor(0x2a, 0x9d, 0x8f), QColor(0x8e, 0x44, 0xad),
                                       QColor(0x5f, 0x8a, 0x1e), QColor(0xb5, 0x48, 0x5d), QColor(0x3d, 0x5a, 0x80),
                                       QColor(0x9c, 0x66, 0x44), QColor(0x0f, 0x95, 0xb8)};

double niceStep(double span)
{
    if (!(span > 0))
        return 1;
    const double base = std::pow(10.0, std::floor(std::log10(span)));
    for (double step : {1.0, 2.0, 5.0}) {
        if (span <= step * base * (1 + 1e-9))
            return step * base;
    }
    return 10 * base;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString exactNumber(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

MetricChart::MetricChart(models::MetricStore *store, ChartTimeWindow *window, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_window(window)
    , m_chart(new QChart)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
    , m_legend(new ChartLegend(this))
    , m_layer(new ChartTraceLayer)
    , m_crosshair(new QGraphicsLineItem)
    , m_readoutBox(new QGraphicsRectItem)
    , m_readoutText(new QGraphicsTextItem(m_readoutBox))
    , m_refreshTimer(new QTimer(this))
{
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 2, 8, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timeAxis->setTickCount(7);
    m_timeAxis->setGridLineColor(QColor(0xe4, 0xe7, 0xeb));
    m_valueAxis->setGridLineColor(QColor(0xe4, 0xe7, 0xeb));
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setRange(0, 1);
    m_valueAxis->setTickInterval(0.25);

    m_view = new ChartInteractionView(m_chart, this);
    m_view->setMinimumHeight(150);
    m_view->setFrameShape(QFrame::NoFrame);
    m_chart->scene()->addItem(m_layer);
    m_layer->setZValue(5);
    m_crosshair->setPen(QPen(QColor(0x55, 0x55, 0x55, 140), 1, Qt::DotLine));
    m_crosshair->setZValue(20);
    m_crosshair->hide();
    m_chart->scene()->addItem(m_crosshair);
    m_readoutBox->setBrush(QColor(255, 255, 255, 235));
    m_readoutBox->setPen(QPen(QColor(0xb0, 0xb6, 0xbe)));
    m_readoutBox->setZValue(30);
    m_readoutBox->hide();
    m_chart->scene()->addItem(m_readoutBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Many traces make a legend wider than the chart: it scrolls instead of widening the window.
    auto *legendScroll = new QScrollArea(this);
    legendScroll->setObjectName(QStringLiteral("chartLegendScroll"));
    legendScroll->setWidget(m_legend);
    legendScroll->setWidgetResizable(true);
    legendScroll->setFrameShape(QFrame::NoFrame);
    legendScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    legendScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    legendScroll->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    legendScroll->setFixedHeight(m_legend->sizeHint().height() +
                                 legendScroll->horizontalScrollBar()->sizeHint().height());
    layout->addWidget(legendScroll);
    layout->addWidget(m_view, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &MetricChart::refreshNow);
    connect(m_window, &ChartTimeWindow::changed, this, &MetricChart::scheduleRefresh);
    connect(m_chart, &QChart::plotAreaChanged, this, &MetricChart::scheduleRefresh);
    if (m_store)
        connect(m_store, &models::MetricStore::appended, this, &MetricChart::onAppended);
    connect(m_legend, &ChartLegend::toggled, this, &MetricChart::setTraceVisible);
    connect(m_view, &ChartInteractionView::zoomRequested, m_window, &ChartTimeWindow::zoom);
    connect(m_view, &ChartInteractionView::panRequested, m_window, &ChartTimeWindow::pan);
    connect(m_view, &ChartInteractionView::liveRequested, m_window, [this] { m_window->setFollowLive(true); });
    connect(m_view, &ChartInteractionView::hovered, this, &MetricChart::showReadout);
    connect(m_view, &ChartInteractionView::left, this, &MetricChart::hideReadout);
    scheduleRefresh();
}

MetricChart::~MetricChart() = default;

QColor MetricChart::paletteColor(int index)
{
    return kPalette[((index % kPaletteSize) + kPaletteSize) % kPaletteSize];
}

void MetricChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString MetricChart::title() const
{
    return m_chart->title();
}

void MetricChart::setUnit(const QString &unit)
{
    if (m_unit == unit)
        return;
    m_unit = unit;
    m_valueMax = 0; // forces the axis labels to be redone
    scheduleRefresh();
}

void MetricChart::setTraces(const QList<Trace> &traces)
{
    std::vector<TraceState> states;
    for (const Trace &trace : traces) {
        TraceState state;
        state.trace = trace;
        if (!state.trace.color.isValid())
            state.trace.color = paletteColor(m_nextColor++);
        if (const TraceState *old = traceState(trace.key)) {
            state.visible = old->visible;
            if (!trace.color.isValid())
                state.trace.color = old->trace.color;
        }
        states.push_back(std::move(state));
    }
    m_traces = std::move(states);
    m_legend->clear();
    for (const TraceState &state : m_traces) {
        m_legend->addEntry(state.trace.key, state.trace.label, state.trace.color);
        m_legend->setChecked(state.trace.key, state.visible);
    }
    for (const LevelState &level : m_levels) {
        const QString key = QStringLiteral("level:") + level.level.label;
        m_legend->addEntry(key, level.level.label, level.level.color, true);
        m_legend->setChecked(key, level.visible);
    }
    scheduleRefresh();
}

QStringList MetricChart::traceKeys() const
{
    QStringList keys;
    for (const TraceState &state : m_traces)
        keys << state.trace.key;
    return keys;
}

void MetricChart::setLevels(const QList<Level> &levels)
{
    for (LevelState &state : m_levels) {
        delete state.line;
        delete state.text;
    }
    QHash<QString, bool> wasVisible;
    for (const LevelState &state : m_levels)
        wasVisible.insert(state.level.label, state.visible);
    m_levels.clear();
    for (const Level &level : levels) {
        if (!std::isfinite(level.value))
            continue;
        LevelState state;
        state.level = level;
        state.visible = wasVisible.value(level.label, true);
        state.line = new QGraphicsLineItem;
        state.line->setPen(QPen(level.color, 1.5, level.style));
        state.line->setZValue(4);
        state.text = new QGraphicsSimpleTextItem(
            QStringLiteral("%1 %2").arg(level.label, formatChartValue(level.value, m_unit)));
        state.text->setBrush(level.color.darker(115));
        QFont font = state.text->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        state.text->setFont(font);
        state.text->setZValue(6);
        m_chart->scene()->addItem(state.line);
        m_chart->scene()->addItem(state.text);
        m_levels.push_back(state);
    }
    QList<Trace> traces;
    for (const TraceState &state : m_traces)
        traces << state.trace;
    setTraces(traces); // rebuilds the legend with the levels
}

void MetricChart::setEvents(const models::TimelineEvents &events)
{
    m_events = events;
    std::sort(m_events.begin(), m_events.end(),
              [](const models::TimelineEvent &a, const models::TimelineEvent &b) { return a.lastSeenMs < b.lastSeenMs; });
    qDeleteAll(m_markers);
    m_markers.clear();
    scheduleRefresh();
}

void MetricChart::setTraceVisible(const QString &key, bool visible)
{
    if (key.startsWith(QLatin1String("level:"))) {
        const QString label = key.mid(6);
        for (LevelState &state : m_levels) {
            if (state.level.label == label)
                state.visible = visible;
        }
    }
    for (TraceState &state : m_traces) {
        if (state.trace.key == key)
            state.visible = visible;
    }
    if (m_legend->isChecked(key) != visible)
        m_legend->setChecked(key, visible);
    scheduleRefresh();
}

bool MetricChart::isTraceVisible(const QString &key) const
{
    const TraceState *state = traceState(key);
    return state && state->visible;
}

const MetricChart::TraceState *MetricChart::traceState(const QString &key) const
{
    for (const TraceState &state : m_traces) {
        if (state.trace.key == key)
            return &state;
    }
    return nullptr;
}

void MetricChart::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void MetricChart::onAppended(const QStringList &keys)
{
    for (const TraceState &state : m_traces) {
        if (keys.contains(state.trace.key)) {
            scheduleRefresh();
            return;
        }
    }
}

void MetricChart::refreshNow()
{
    m_refreshTimer->stop();
    const QRectF plot = m_chart->plotArea();
    m_layer->setArea(plot, m_view->devicePixelRatioF());
    // The chart shows whole columns of the clock-pinned grid: following live or panning then moves it
    // by whole columns, and each trace reads only the columns it does not hold complete already.
    const models::ColumnGrid grid = models::ColumnGrid::covering(m_window->fromMs(), m_window->toMs(),
                                                                 m_layer->columns());
    m_fromMs = grid.fromMs;
    m_toMs = grid.toMs();
    decimateTraces(grid);
    updateTimeAxis();
    updateValueAxis();
    m_layer->beginFrame(m_valueMin, m_valueMax);
    for (const TraceState &state : m_traces) {
        if (state.visible)
            m_layer->drawTrace(state.buckets(), state.geometry, state.trace.color);
    }
    m_layer->endFrame();
    placeLevels();
    placeGapBands();
    placeMarkers();
    updateLegendValues();
    Q_EMIT refreshed();
}

void MetricChart::decimateTraces(const models::ColumnGrid &grid)
{
    std::vector<const models::MetricSeries *> sources;
    sources.reserve(m_traces.size());
    for (const TraceState &state : m_traces)
        sources.push_back(m_store && state.visible ? m_store->find(state.trace.key) : nullptr);
    const auto decimateRange = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            TraceState &state = m_traces[i];
            if (sources[i])
                state.decimation.update(*sources[i], grid);
            else
                state.decimation.clear();
            state.geometry = traceGeometry(state.buckets());
        }
    };
    // Over a long history a column's few reads land on a new memory page almost every time, so
    // decimating many series waits on memory more than it computes: split the traces over threads.
    // The store is only read (appends happen on this thread, which waits here); each thread writes
    // its own traces.
    const size_t count = m_traces.size();
    const size_t parts = count < 8 ? 1 : size_t(std::clamp(QThread::idealThreadCount(), 1, 4));
    std::vector<std::thread> helpers;
    for (size_t part = 1; part < parts; ++part)
        helpers.emplace_back(decimateRange, count * part / parts, count * (part + 1) / parts);
    decimateRange(0, count / parts);
    for (std::thread &helper : helpers)
        helper.join();
}

void MetricChart::updateTimeAxis()
{
    if (m_axisFromMs == m_fromMs && m_axisToMs == m_toMs)
        return;
    const qint64 span = m_toMs - m_fromMs;
    QString format = QStringLiteral("HH:mm");
    if (span <= 10 * 60 * 1000)
        format = QStringLiteral("HH:mm:ss");
    else if (span > 30 * 3600 * 1000LL)
        format = QStringLiteral("MMM d HH:mm");
    if (m_timeAxis->format() != format)
        m_timeAxis->setFormat(format);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
    m_axisFromMs = m_fromMs;
    m_axisToMs = m_toMs;
}

void MetricChart::updateValueAxis()
{
    double low = 0;
    double high = 0;
    bool any = false;
    auto include = [&](double value) {
        if (!std::isfinite(value))
            return;
        low = any ? std::min(low, value) : value;
        high = any ? std::max(high, value) : value;
        any = true;
    };
    for (const TraceState &state : m_traces) {
        if (!state.visible)
            continue;
        for (const models::MetricBucket &bucket : state.buckets()) {
            if (bucket.count > 0) {
                include(bucket.min);
                include(bucket.max);
            }
        }
    }
    for (const LevelState &level : m_levels) {
        if (level.visible)
            include(level.level.value);
    }
    low = std::min(low, 0.0);
    if (!any || high <= low)
        high = low + 1;
    // Axis changes are rare: grow at once, shrink only when the data uses less than a quarter.
    const bool fits = high <= m_valueMax && low >= m_valueMin && (high - low) > (m_valueMax - m_valueMin) / 4;
    if (fits)
        return;
    const double step = niceStep((high - low) * 1.08 / 4);
    const double top = std::ceil(high * 1.04 / step) * step;
    const double bottom = low < 0 ? std::floor(low * 1.04 / step) * step : 0.0;
    m_valueMin = bottom;
    m_valueMax = top > bottom ? top : bottom + step;
    const AxisScale scale = axisScaleFor(std::max(std::abs(m_valueMin), std::abs(m_valueMax)), step, m_unit);
    // The axis counts in divided units (its labels); data and levels map through m_valueMin/Max.
    // Qt Charts (6.4) lays the ticks out after each of these calls, and the graphics items made for
    // an intermediate layout stay in the scene: setting 0..300 while the interval was still 0.25 left
    // 1,200 labels and 2,400 lines behind, walked on every repaint (16 ms of a 1200x500 grab). So the
    // interval widens before the range and narrows after it: no intermediate state has more ticks.
    const double interval = step / scale.divisor;
    m_valueAxis->setLabelFormat(scale.labelFormat);
    if (interval > m_valueAxis->tickInterval()) {
        m_valueAxis->setTickInterval(interval);
        m_valueAxis->setRange(m_valueMin / scale.divisor, m_valueMax / scale.divisor);
    } else {
        m_valueAxis->setRange(m_valueMin / scale.divisor, m_valueMax / scale.divisor);
        m_valueAxis->setTickInterval(interval);
    }
}

qreal MetricChart::xAtTime(qint64 timeMs) const
{
    const QRectF plot = m_chart->plotArea();
    const double span = double(std::max<qint64>(1, m_toMs - m_fromMs));
    return plot.left() + double(timeMs - m_fromMs) / span * plot.width();
}

qint64 MetricChart::timeAtX(qreal x) const
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0)
        return m_toMs;
    return m_fromMs + qint64((x - plot.left()) / plot.width() * double(m_toMs - m_fromMs));
}

qreal MetricChart::yAtValue(double value) const
{
    const QRectF plot = m_chart->plotArea();
    return plot.top() + (m_valueMax - value) / (m_valueMax - m_valueMin) * plot.height();
}

void MetricChart::placeLevels()
{
    const QRectF plot = m_chart->plotArea();
    // Labels of levels close together (a target of 5 and an activation of 0) would print over each
    // other at the right edge: each one that would moves left of those already placed.
    std::vector<QRectF> placed;
    for (LevelState &state : m_levels) {
        const qreal y = yAtValue(state.level.value);
        const bool shown = state.visible && y >= plot.top() - 0.5 && y <= plot.bottom() + 0.5;
        state.line->setVisible(shown);
        state.text->setVisible(shown);
        if (!shown)
            continue;
        state.line->setLine(plot.left(), y, plot.right(), y);
        const QRectF textRect = state.text->boundingRect();
        const qreal textY = y - textRect.height() < plot.top() ? y + 1 : y - textRect.height();
        QRectF where(plot.right() - textRect.width() - 4, textY, textRect.width(), textRect.height());
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF &other : placed) {
                if (where.intersects(other)) {
                    where.moveRight(other.left() - 8);
                    moved = true;
                }
            }
        }
        placed.push_back(where);
        state.text->setPos(where.topLeft());
    }
}

QList<QRectF> MetricChart::levelLabelRects() const
{
    QList<QRectF> rects;
    for (const LevelState &state : m_levels) {
        if (state.text->isVisible())
            rects << state.text->sceneBoundingRect();
    }
    return rects;
}

QString MetricChart::gapReasonFor(const QString &key, const TraceGap &gap) const
{
    const models::MetricSeries *series = m_store ? m_store->find(key) : nullptr;
    if (!series)
        return {};
    return series->gapReason(gap.toMs - 1);
}

void MetricChart::placeGapBands()
{
    qDeleteAll(m_gapBands);
    m_gapBands.clear();
    m_gapBandReasons.clear();
    const QRectF plot = m_chart->plotArea();
    for (const TraceState &state : m_traces) {
        if (!state.visible)
            continue;
        for (const TraceGap &gap : state.geometry.gaps) {
            const qreal left = std::max(plot.left(), xAtTime(gap.fromMs));
            const qreal right = std::min(plot.right(), xAtTime(gap.toMs));
            if (right <= left)
                continue;
            const QString reason = gapReasonFor(state.trace.key, gap);
            auto *band = new ChartGapBand(QRectF(left, plot.top(), right - left, plot.height()),
                                          m_traces.size() > 1 ? state.trace.label + QStringLiteral(": ") + reason
                                                              : reason);
            m_chart->scene()->addItem(band);
            m_gapBands << band;
            m_gapBandReasons << reason;
        }
    }
}

void MetricChart::placeMarkers()
{
    const QRectF plot = m_chart->plotArea();
    const auto begin = std::lower_bound(m_events.begin(), m_events.end(), m_fromMs,
                                        [](const models::TimelineEvent &e, qint64 t) { return e.lastSeenMs < t; });
    const auto end = std::upper_bound(m_events.begin(), m_events.end(), m_toMs,
                                      [](qint64 t, const models::TimelineEvent &e) { return t < e.lastSeenMs; });
    const int wanted = int(end - begin);
    bool same = wanted == m_markers.size();
    for (int i = 0; same && i < wanted; ++i)
        same = m_markers.at(i)->event().uid == (begin + i)->uid
               && m_markers.at(i)->event().lastSeenMs == (begin + i)->lastSeenMs;
    if (!same) {
        qDeleteAll(m_markers);
        m_markers.clear();
        for (auto it = begin; it != end; ++it) {
            auto *marker = new ChartEventMarker(*it);
            m_chart->scene()->addItem(marker);
            m_markers << marker;
        }
    }
    for (ChartEventMarker *marker : std::as_const(m_markers))
        marker->place(xAtTime(marker->event().lastSeenMs), plot.top() + 10, plot.bottom());
}

void MetricChart::updateLegendValues()
{
    for (const TraceState &state : m_traces) {
        const models::MetricSeries *series = m_store ? m_store->find(state.trace.key) : nullptr;
        models::MetricSample last;
        QString text;
        QString detail;
        if (series && !series->lastGapReason().isEmpty()) {
            text = tr("read failed");
            detail = series->lastGapReason();
        } else if (series && series->lastValue(&last)) {
            text = formatChartValue(last.value, m_unit);
        }
        m_legend->setValueText(state.trace.key, text, detail);
    }
}

QString MetricChart::readoutAt(qint64 timeMs) const
{
    const qint64 span = std::max<qint64>(1, m_toMs - m_fromMs);
    const qint64 columnMs = std::max<qint64>(1, span / std::max(1, plotColumns()));
    QStringList lines;
    lines << formatChartTime(timeMs, span > 20 * 3600 * 1000LL);
    for (const TraceState &state : m_traces) {
        if (!state.visible)
            continue;
        const models::MetricSeries *series = m_store ? m_store->find(state.trace.key) : nullptr;
        if (!series)
            continue;
        bool inGap = false;
        for (const TraceGap &gap : state.geometry.gaps) {
            if (timeMs >= gap.fromMs && timeMs <= gap.toMs) {
                const QString reason = gapReasonFor(state.trace.key, gap);
                lines << tr("%1: no data (%2)").arg(state.trace.label,
                                                   reason.isEmpty() ? tr("no samples arrived") : reason);
                inGap = true;
                break;
            }
        }
        if (inGap)
            continue;
        const qint64 reach = std::max<qint64>({columnMs * 2, series->gapThresholdMs(), 5000});
        const std::vector<models::MetricSample> near = series->samples(timeMs - reach, timeMs + columnMs);
        const models::MetricSample *best = nullptr;
        for (const models::MetricSample &sample : near) {
            if (std::isnan(sample.value))
                continue;
            if (!best || std::llabs(sample.timeMs - timeMs) < std::llabs(best->timeMs - timeMs))
                best = &sample;
        }
        if (!best)
            continue;
        const QString shown = formatChartValue(best->value, m_unit);
        const QString exact = exactNumber(best->value);
        QString line = QStringLiteral("%1: %2").arg(state.trace.label, shown);
        if (!shown.startsWith(exact + QLatin1Char(' ')) && shown != exact)
            line += QStringLiteral(" (%1)").arg(exact);
        line += QStringLiteral("  @ %1").arg(formatChartTime(best->timeMs));
        lines << line;
    }
    for (const LevelState &level : m_levels) {
        if (level.visible)
            lines << QStringLiteral("%1: %2").arg(level.level.label, formatChartValue(level.level.value, m_unit));
    }
    for (const models::TimelineEvent &event : m_events) {
        if (std::llabs(event.lastSeenMs - timeMs) <= columnMs * 4)
            lines << QStringLiteral("%1 %2: %3").arg(event.warning ? QStringLiteral("⚠") : QStringLiteral("•"),
                                                    event.reason, event.message);
    }
    return lines.join(QLatin1Char('\n'));
}

void MetricChart::showReadout(const QPointF &scenePosition)
{
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(scenePosition)) {
        hideReadout();
        return;
    }
    m_crosshair->setLine(scenePosition.x(), plot.top(), scenePosition.x(), plot.bottom());
    m_crosshair->show();
    const QString text = readoutAt(timeAtX(scenePosition.x()));
    m_readoutText->setPlainText(text);
    const QRectF textRect = m_readoutText->boundingRect();
    m_readoutBox->setRect(QRectF(QPointF(0, 0), textRect.size()));
    qreal x = scenePosition.x() + 12;
    if (x + textRect.width() > plot.right())
        x = scenePosition.x() - 12 - textRect.width();
    qreal y = std::max(plot.top(), std::min(scenePosition.y() + 12, plot.bottom() - textRect.height()));
    m_readoutBox->setPos(std::max(plot.left(), x), y);
    m_readoutBox->show();
}

void MetricChart::hideReadout()
{
    m_crosshair->hide();
    m_readoutBox->hide();
}

int MetricChart::plotColumns() const
{
    return m_layer->columns();
}

int MetricChart::drawnPoints(const QString &key) const
{
    const TraceState *state = traceState(key);
    return state && state->visible ? state->geometry.points : 0;
}

int MetricChart::segmentCount(const QString &key) const
{
    const TraceState *state = traceState(key);
    return state && state->visible ? int(state->geometry.segments.size()) : 0;
}

std::vector<TraceGap> MetricChart::gaps(const QString &key) const
{
    const TraceState *state = traceState(key);
    return state ? state->geometry.gaps : std::vector<TraceGap>{};
}

QStringList MetricChart::gapReasons(const QString &) const
{
    return m_gapBandReasons;
}

QList<ChartEventMarker *> MetricChart::markers() const
{
    return m_markers;
}

double MetricChart::valueAxisMax() const
{
    return m_valueMax;
}

QString MetricChart::csv() const
{
    QString text = QStringLiteral("series,key,time_ms,time_utc,value,note\n");
    for (const TraceState &state : m_traces) {
        const models::MetricSeries *series = m_store ? m_store->find(state.trace.key) : nullptr;
        if (!series || !state.visible)
            continue;
        for (const models::MetricSample &sample : series->samples(m_fromMs, m_toMs)) {
            const bool gap = std::isnan(sample.value);
            text += csvField(state.trace.label) + QLatin1Char(',') + csvField(state.trace.key) + QLatin1Char(',')
                    + QString::number(sample.timeMs) + QLatin1Char(',')
                    + QDateTime::fromMSecsSinceEpoch(sample.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)
                    + QLatin1Char(',') + (gap ? QString() : exactNumber(sample.value)) + QLatin1Char(',')
                    + (gap ? csvField(tr("no data: %1").arg(series->gapReason(sample.timeMs))) : QString())
                    + QLatin1Char('\n');
        }
    }
    return text;
}

bool MetricChart::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(csv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool MetricChart::exportPng(const QString &path, QString *error)
{
    hideReadout();
    refreshNow();
    const QPixmap pixmap = grab();
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("could not write %1").arg(path);
        return false;
    }
    return true;
}

void MetricChart::exportInteractively(bool asPng)
{
    const QString name = title().isEmpty() ? QStringLiteral("chart") : title();
    QString safeName = name;
    safeName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, asPng ? tr("Export Chart as PNG") : tr("Export Chart Data as CSV"),
        safeName + (asPng ? QStringLiteral(".png") : QStringLiteral(".csv")),
        asPng ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = asPng ? exportPng(path, &error) : exportCsv(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Failed"), tr("%1 was not written: %2").arg(path, error));
}

void MetricChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export as &PNG…"), this, [this] { exportInteractively(true); });
    menu.addAction(tr("Export Data as &CSV…"), this, [this] { exportInteractively(false); });
    menu.addAction(tr("Copy &Image"), this, [this] {
        hideReadout();
        QApplication::clipboard()->setPixmap(grab());
    });
    menu.addSeparator();
    QAction *live = menu.addAction(tr("Follow &Live"), this, [this] { m_window->setFollowLive(true); });
    live->setEnabled(!m_window->followsLive());
    menu.exec(event->globalPos());
}

} // namespace kedascope::ui
