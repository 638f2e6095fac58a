// SPDX-License-Identifier: Apache-2.0
#include "ui/objectchartpanel.h"

#include "ui/charttimewindow.h"
#include "ui/metricchart.h"

#include "models/metricstore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace kedascope::ui {

namespace {

const QColor kTargetColor(0xc0, 0x39, 0x2b);
const QColor kActivationColor(0xd9, 0x8e, 0x04);
const QColor kBoundColor(0x7f, 0x8c, 0x8d);
const QColor kPausedColor(0x8e, 0x44, 0xad);
constexpr int kChartHeight = 190;

QString operatorValueKey(const QString &prefix, const QString &index)
{
    return prefix + QStringLiteral("keda/keda_scaler_metrics_value/") + index;
}

} // namespace

ObjectChartPanel::ObjectChartPanel(models::MetricStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_window(new ChartTimeWindow(this))
    , m_range(new QComboBox(this))
    , m_live(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_chartArea(new QWidget)
    , m_chartLayout(new QVBoxLayout(m_chartArea))
{
    setAccessibleName(tr("Charts"));
    for (int preset = ChartTimeWindow::FiveMinutes; preset <= ChartTimeWindow::Custom; ++preset)
        m_range->addItem(ChartTimeWindow::presetName(ChartTimeWindow::Preset(preset)), preset);
    m_range->setCurrentIndex(m_window->preset());
    m_range->setAccessibleName(tr("Time range"));
    m_range->setToolTip(tr("The time range the charts show; Custom… picks a fixed range"));
    connect(m_range, qOverload<int>(&QComboBox::activated), this, [this](int row) {
        const auto preset = ChartTimeWindow::Preset(m_range->itemData(row).toInt());
        if (preset == ChartTimeWindow::Custom)
            chooseCustomRange();
        else
            m_window->setPreset(preset);
    });
    connect(m_window, &ChartTimeWindow::changed, this, [this] { m_range->setCurrentIndex(m_window->preset()); });

    m_live->setCheckable(true);
    m_live->setChecked(true);
    m_live->setText(tr("Live"));
    m_live->setAccessibleName(tr("Follow live"));
    m_live->setToolTip(tr("Checked: the charts follow the clock. Unchecked: frozen (End returns to live)"));
    connect(m_live, &QToolButton::toggled, m_window, &ChartTimeWindow::setFollowLive);
    connect(m_window, &ChartTimeWindow::followChanged, this, [this](bool follow) {
        m_live->setChecked(follow);
        m_live->setText(follow ? tr("Live") : tr("Frozen"));
    });

    auto *png = new QToolButton(this);
    png->setText(tr("PNG…"));
    png->setToolTip(tr("Export the charts as a PNG image"));
    png->setAccessibleName(tr("Export as PNG"));
    connect(png, &QToolButton::clicked, this, [this] { exportInteractively(true); });
    auto *csvButton = new QToolButton(this);
    csvButton->setText(tr("CSV…"));
    csvButton->setToolTip(tr("Export the samples in the shown range as CSV"));
    csvButton->setAccessibleName(tr("Export as CSV"));
    connect(csvButton, &QToolButton::clicked, this, [this] { exportInteractively(false); });

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setAccessibleName(tr("Charted object"));
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_live);
    bar->addWidget(png);
    bar->addWidget(csvButton);

    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->setSpacing(4);
    m_chartLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_chartArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Chart notes"));
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_hint);

    if (m_store) {
        connect(m_store, &models::MetricStore::appended, this, &ObjectChartPanel::onAppended);
        connect(m_store, &models::MetricStore::infoChanged, this, [this](const QString &key) {
            if (!m_name.isEmpty() && key.startsWith(models::metrickeys::objectPrefix(m_context, m_ns, m_name)))
                updateLevels();
        });
        connect(m_store, &models::MetricStore::removed, this, [this] { rebuild(); });
    }
    setObject({}, {}, {});
}

void ObjectChartPanel::setObject(const QString &context, const QString &ns, const QString &name)
{
    if (context == m_context && ns == m_ns && name == m_name && (!m_charts.isEmpty() || name.isEmpty()))
        return;
    m_context = context;
    m_ns = ns;
    m_name = name;
    m_events.clear();
    m_shownKeys.clear();
    m_title->setText(name.isEmpty() ? tr("No ScaledObject selected") : tr("ScaledObject %1/%2").arg(ns, name));
    rebuild();
}

void ObjectChartPanel::setEvents(const models::TimelineEvents &events)
{
    m_events = events;
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setEvents(events);
}

QStringList ObjectChartPanel::triggerIndexes() const
{
    QStringList indexes;
    if (!m_store || m_name.isEmpty())
        return indexes;
    const QString prefix = models::metrickeys::objectPrefix(m_context, m_ns, m_name);
    static const QRegularExpression pattern(
        QStringLiteral("^(?:trigger/(\\d+)(?:/history)?|keda/keda_scaler_metrics_value/(\\d+))$"));
    for (const QString &key : m_store->keysWithPrefix(prefix)) {
        const auto match = pattern.match(key.mid(prefix.size()));
        if (!match.hasMatch())
            continue;
        const QString index = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        if (!indexes.contains(index))
            indexes << index;
    }
    std::sort(indexes.begin(), indexes.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return indexes;
}

void ObjectChartPanel::onAppended(const QStringList &keys)
{
    if (m_name.isEmpty())
        return;
    const QString prefix = models::metrickeys::objectPrefix(m_context, m_ns, m_name);
    for (const QString &key : keys) {
        if (key.startsWith(prefix) && !m_shownKeys.contains(key)) {
            rebuild();
            return;
        }
    }
}

void ObjectChartPanel::rebuild()
{
    QStringList wanted;
    const QString prefix = models::metrickeys::objectPrefix(m_context, m_ns, m_name);
    const QStringList indexes = triggerIndexes();
    if (m_store && !m_name.isEmpty()) {
        for (const QString &key : m_store->keysWithPrefix(prefix))
            wanted << key;
        std::sort(wanted.begin(), wanted.end());
    }
    if (!m_name.isEmpty() && wanted == m_shownKeys && !m_charts.isEmpty()) {
        updateLevels();
        return;
    }
    m_shownKeys = wanted;
    qDeleteAll(m_charts);
    m_charts.clear();
    m_replicaChart = nullptr;
    if (!m_name.isEmpty()) {
        for (const QString &index : indexes) {
            const int i = index.toInt();
            const QString valueKey = models::metrickeys::trigger(m_context, m_ns, m_name, i);
            const QString historyKey = models::metrickeys::triggerHistory(m_context, m_ns, m_name, i);
            const QString operatorKey = operatorValueKey(prefix, index);
            QList<MetricChart::Trace> traces;
            if (wanted.contains(valueKey))
                traces << MetricChart::Trace{valueKey, tr("value"), MetricChart::paletteColor(0)};
            if (wanted.contains(historyKey))
                traces << MetricChart::Trace{historyKey, tr("history (Prometheus)"), MetricChart::paletteColor(2)};
            if (wanted.contains(operatorKey))
                traces << MetricChart::Trace{operatorKey, tr("KEDA operator"), MetricChart::paletteColor(1)};
            auto *chart = new MetricChart(m_store, m_window, m_chartArea);
            chart->setObjectName(QStringLiteral("triggerChart%1").arg(index));
            chart->setMinimumHeight(kChartHeight);
            chart->setTraces(traces);
            m_charts << chart;
        }
        const QString current = models::metrickeys::replicasCurrent(m_context, m_ns, m_name);
        const QString desired = models::metrickeys::replicasDesired(m_context, m_ns, m_name);
        if (wanted.contains(current) || wanted.contains(desired)) {
            m_replicaChart = new MetricChart(m_store, m_window, m_chartArea);
            m_replicaChart->setObjectName(QStringLiteral("replicaChart"));
            m_replicaChart->setTitle(tr("Replicas"));
            m_replicaChart->setMinimumHeight(kChartHeight);
            m_replicaChart->setTraces({{current, tr("current"), MetricChart::paletteColor(0)},
                                       {desired, tr("desired"), MetricChart::paletteColor(4)}});
            m_charts << m_replicaChart;
        }
        QList<MetricChart::Trace> latency;
        for (const QString &index : indexes) {
            const QString key = prefix + QStringLiteral("keda/keda_scaler_metrics_latency_seconds/") + index;
            if (wanted.contains(key))
                latency << MetricChart::Trace{key, tr("trigger %1").arg(index), {}};
        }
        if (!latency.isEmpty()) {
            auto *chart = new MetricChart(m_store, m_window, m_chartArea);
            chart->setObjectName(QStringLiteral("latencyChart"));
            chart->setTitle(tr("Scaler latency (KEDA operator)"));
            chart->setUnit(QStringLiteral("s"));
            chart->setMinimumHeight(kChartHeight - 30);
            chart->setTraces(latency);
            m_charts << chart;
        }
    }
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setEvents(m_events);
        m_chartLayout->insertWidget(i, m_charts[i], 1);
    }
    updateLevels();
    updateHint();
    Q_EMIT chartsRebuilt();
}

void ObjectChartPanel::updateLevels()
{
    if (!m_store)
        return;
    for (MetricChart *chart : std::as_const(m_charts)) {
        const QStringList keys = chart->traceKeys();
        if (keys.isEmpty())
            continue;
        models::MetricInfo info;
        for (const QString &key : keys) {
            if (m_store->hasInfo(key)) {
                info = m_store->info(key);
                break;
            }
        }
        QList<MetricChart::Level> levels;
        if (chart == m_replicaChart) {
            levels << MetricChart::Level{tr("min"), info.minReplicas, kBoundColor, Qt::DotLine}
                   << MetricChart::Level{tr("max"), info.maxReplicas, kBoundColor, Qt::DashLine}
                   << MetricChart::Level{tr("paused at"), info.pausedReplicas, kPausedColor, Qt::DashDotLine};
        } else if (chart->objectName().startsWith(QLatin1String("triggerChart"))) {
            const QString index = chart->objectName().mid(12);
            QString title = tr("Trigger %1").arg(index);
            if (!info.label.isEmpty())
                title += QStringLiteral(": ") + info.label;
            if (!info.triggerType.isEmpty())
                title += QStringLiteral(" (%1)").arg(info.triggerType);
            if (!info.metricType.isEmpty())
                title += QStringLiteral(" — %1").arg(info.metricType);
            chart->setTitle(title);
            chart->setUnit(info.unit);
            levels << MetricChart::Level{tr("target"), info.target, kTargetColor, Qt::DashLine}
                   << MetricChart::Level{tr("activation"), info.activation, kActivationColor, Qt::DotLine};
        } else {
            continue;
        }
        chart->setLevels(levels);
    }
    updateHint();
}

void ObjectChartPanel::updateHint()
{
    QStringList lines;
    if (m_name.isEmpty()) {
        lines << tr("Select a ScaledObject in the table to chart its triggers and replicas.");
    } else if (m_charts.isEmpty()) {
        lines << tr("No values recorded for %1/%2 yet; they appear with the first poll.").arg(m_ns, m_name);
    }
    qint64 interval = 0;
    if (m_store) {
        for (const QString &key : std::as_const(m_shownKeys))
            interval = std::max(interval, m_store->info(key).pollingIntervalMs);
    }
    QString note = tr("Each read of the external metrics API makes KEDA query the trigger's source (a queue, a "
                      "database), unless the trigger sets useCachedMetrics.");
    if (interval > 0)
        note += QLatin1Char(' ') + tr("Read every %1 s.").arg(interval / 1000);
    lines << note;
    lines << tr("Wheel or +/− zoom, drag or arrow keys pan, End returns to live; click a legend entry to hide it.");
    m_hint->setText(lines.join(QLatin1Char('\n')));
}

QString ObjectChartPanel::csv() const
{
    QString text;
    for (MetricChart *chart : m_charts) {
        QString part = chart->csv();
        if (!text.isEmpty())
            part = part.mid(part.indexOf(QLatin1Char('\n')) + 1);
        text += part;
    }
    return text.isEmpty() ? QStringLiteral("series,key,time_ms,time_utc,value,note\n") : text;
}

bool ObjectChartPanel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(csv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ObjectChartPanel::exportPng(const QString &path, QString *error)
{
    for (MetricChart *chart : std::as_const(m_charts))
        chart->refreshNow();
    QImage image(m_chartArea->size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    image.fill(palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        painter.setPen(palette().color(QPalette::WindowText));
        m_chartArea->render(&painter);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("could not write %1").arg(path);
        return false;
    }
    return true;
}

void ObjectChartPanel::exportInteractively(bool asPng)
{
    QString base = m_name.isEmpty() ? QStringLiteral("charts") : m_ns + QLatin1Char('-') + m_name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, asPng ? tr("Export Charts as PNG") : tr("Export Chart Data as CSV"),
        base + (asPng ? QStringLiteral(".png") : QStringLiteral(".csv")),
        asPng ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(asPng ? exportPng(path, &error) : exportCsv(path, &error)))
        QMessageBox::warning(this, tr("Export Failed"), tr("%1 was not written: %2").arg(path, error));
}

void ObjectChartPanel::chooseCustomRange()
{
    Q_EMIT customRangeRequested();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom Time Range"));
    auto *from = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_window->fromMs()), &dialog);
    auto *to = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(m_window->toMs()), &dialog);
    for (QDateTimeEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    from->setAccessibleName(tr("From"));
    to->setAccessibleName(tr("To"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && from->dateTime() < to->dateTime())
        m_window->setRange(from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch());
    m_range->setCurrentIndex(m_window->preset());
}

} // namespace kedascope::ui
