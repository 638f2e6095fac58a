// SPDX-License-Identifier: Apache-2.0
#include "ui/fleetmodel.h"

#include "ui/chartvalueformat.h"

#include "models/metricstore.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kedascope::ui {

namespace {
constexpr int kSparklineColumns = 48;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

FleetModel::FleetModel(models::MetricStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &FleetModel::refresh);
    if (m_store) {
        connect(m_store, &models::MetricStore::appended, this, [this] {
            if (!m_timer.isActive())
                m_timer.start();
        });
    }
}

void FleetModel::setContext(const QString &context)
{
    m_context = context;
    refresh();
}

void FleetModel::setOrder(Order order)
{
    m_order = order;
    refresh();
}

void FleetModel::setLimit(int rows)
{
    m_limit = std::max(1, rows);
    refresh();
}

void FleetModel::setSparklineSpanMs(qint64 ms)
{
    m_sparklineSpanMs = std::max<qint64>(1000, ms);
    refresh();
}

void FleetModel::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

void FleetModel::refresh()
{
    m_timer.stop();
    std::vector<Row> rows;
    if (m_store && !m_context.isEmpty()) {
        // <context>/<ns>/<name>/trigger/<i> or <context>/<ns>/<name>/keda/keda_scaler_metrics_value/<i>
        static const QRegularExpression pattern(
            QStringLiteral("^([^/]+)/([^/]+)/(trigger|keda/keda_scaler_metrics_value)/(\\d+)$"));
        const QString prefix = m_context + QLatin1Char('/');
        const qint64 now = m_now();
        QHash<QString, size_t> byTrigger;
        for (const QString &key : m_store->keysWithPrefix(prefix)) {
            const auto match = pattern.match(key.mid(prefix.size()));
            if (!match.hasMatch() || match.captured(1) == QLatin1String("keda"))
                continue;
            const bool fromOperator = match.captured(3) != QLatin1String("trigger");
            const QString id = match.captured(1) + QLatin1Char('/') + match.captured(2) + QLatin1Char('/') +
                               match.captured(4);
            const auto known = byTrigger.constFind(id);
            if (known != byTrigger.cend() && fromOperator)
                continue; // the external metrics API's value wins: it is what the HPA sees
            const models::MetricSeries *series = m_store->find(key);
            if (!series)
                continue;
            Row row;
            row.ns = match.captured(1);
            row.name = match.captured(2);
            row.trigger = match.captured(4).toInt();
            row.key = key;
            models::MetricSample last;
            row.value = series->lastValue(&last) ? last.value : kNaN;
            row.gapReason = series->lastGapReason();
            const models::MetricInfo info = m_store->info(
                fromOperator ? models::metrickeys::trigger(m_context, row.ns, row.name, row.trigger) : key);
            row.label = info.label.isEmpty() ? m_store->info(key).label : info.label;
            row.unit = info.unit;
            row.target = info.target;
            row.ratio = std::isfinite(row.value) && info.target > 0 ? row.value / info.target : kNaN;
            for (const models::MetricBucket &bucket :
                 series->decimate(now - m_sparklineSpanMs, now, kSparklineColumns))
                row.sparkline << (bucket.count > 0 ? bucket.max : kNaN);
            if (known != byTrigger.cend()) {
                rows[*known] = row;
            } else {
                byTrigger.insert(id, rows.size());
                rows.push_back(row);
            }
        }
        const auto rank = [this](const Row &row) {
            const double v = m_order == Order::ByRatio ? row.ratio : row.value;
            return std::isfinite(v) ? v : -std::numeric_limits<double>::infinity();
        };
        std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
            if (rank(a) != rank(b))
                return rank(a) > rank(b);
            return std::tie(a.ns, a.name, a.trigger) < std::tie(b.ns, b.name, b.trigger);
        });
        if (int(rows.size()) > m_limit)
            rows.resize(size_t(m_limit));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectColumn:
            return QString(row.ns + QLatin1Char('/') + row.name);
        case TriggerColumn:
            return row.label.isEmpty() ? tr("trigger %1").arg(row.trigger)
                                       : tr("%1: %2").arg(row.trigger).arg(row.label);
        case ValueColumn:
            return std::isfinite(row.value) ? formatChartValue(row.value, row.unit) : tr("no data");
        case TargetColumn:
            return std::isfinite(row.target) ? formatChartValue(row.target, row.unit) : QString();
        case RatioColumn:
            return std::isfinite(row.ratio) ? QStringLiteral("%1 %").arg(std::lround(row.ratio * 100)) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!row.gapReason.isEmpty())
            return tr("No data now: %1").arg(row.gapReason);
        if (index.column() == ValueColumn && std::isfinite(row.value))
            return QString::number(row.value, 'g', 12);
        if (index.column() == TrendColumn)
            return tr("The last %n minute(s); double-click to chart", nullptr, int(m_sparklineSpanMs / 60000));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= ValueColumn && index.column() <= RatioColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == TrendColumn)
            return tr("trend");
        return data(index, Qt::DisplayRole);
    case SparklineRole:
        return row.sparkline;
    case NamespaceRole:
        return row.ns;
    case NameRole:
        return row.name;
    case RatioRole:
        return row.ratio;
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ObjectColumn:
        return tr("ScaledObject");
    case TriggerColumn:
        return tr("Trigger");
    case ValueColumn:
        return tr("Value");
    case TargetColumn:
        return tr("Target");
    case RatioColumn:
        return tr("Of target");
    case TrendColumn:
        return tr("Trend");
    default:
        return {};
    }
}

} // namespace kedascope::ui
