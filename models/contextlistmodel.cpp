// SPDX-License-Identifier: Apache-2.0
#include "models/contextlistmodel.h"

#include "k8sclient/apiclient.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QMetaObject>
#include <QPointer>

#include <thread>

namespace kedascope::models {

ContextListModel::ContextListModel(QObject *parent) : QAbstractTableModel(parent) {}

// Probes are joined, never detached: a probe still running at exit would outlive the
// objects it reports to.
ContextListModel::~ContextListModel()
{
    for (auto &probe : m_probes)
        if (probe.joinable())
            probe.join();
}

void ContextListModel::setKubeconfig(const k8s::Kubeconfig &config)
{
    beginResetModel();
    ++m_generation;
    m_config = config;
    m_currentContext = QString::fromStdString(config.currentContext());
    m_rows.clear();
    for (const auto &context : config.contexts()) {
        Row row;
        row.context = context;
        auto resolved = config.resolve(context.name);
        if (resolved)
            row.server = QString::fromStdString(resolved->server);
        else
            row.resolveError = QString::fromStdString(resolved.error().message);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void ContextListModel::probeAll()
{
    const quint64 generation = m_generation;
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        Row &row = m_rows[i];
        if (!row.resolveError.isEmpty())
            continue;
        row.probe = ProbeState::Probing;
        Q_EMIT dataChanged(index(i, StatusColumn), index(i, StatusColumn));
        auto resolved = m_config.resolve(row.context.name);
        QPointer<ContextListModel> self(this);
        const QString name = QString::fromStdString(row.context.name);
        m_probes.emplace_back([self, generation, name, config = resolved.value()] {
            bool ok = false;
            QString detail;
            k8s::ApiClient::Options options;
            options.requestTimeout = std::chrono::seconds(10);
            options.maxRetries = 0;
            auto client = k8s::ApiClient::create(config, options);
            if (!client) {
                detail = QString::fromStdString(client.error().message);
            } else {
                auto version = client.value()->serverVersion();
                ok = version.ok();
                detail = QString::fromStdString(ok ? version.value() : version.error().message);
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, name, ok, detail] {
                    if (self)
                        self->applyProbe(generation, name, ok, detail);
                },
                Qt::QueuedConnection);
        });
    }
}

void ContextListModel::applyProbe(quint64 generation, const QString &context, bool ok, const QString &detail)
{
    if (generation != m_generation)
        return;
    const int row = rowOfContext(context);
    if (row < 0)
        return;
    m_rows[row].probe = ok ? ProbeState::Reachable : ProbeState::Failed;
    m_rows[row].probeDetail = detail;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
    Q_EMIT probeFinished(context);
}

QColor ContextListModel::stateColor(const Row &row)
{
    if (!row.resolveError.isEmpty())
        return QColor(0xc0, 0x39, 0x2b);
    switch (row.probe) {
    case ProbeState::Reachable:
        return QColor(0x2e, 0x9d, 0x4f);
    case ProbeState::Failed:
        return QColor(0xc0, 0x39, 0x2b);
    case ProbeState::Probing:
        return QColor(0xe0, 0xa8, 0x00);
    case ProbeState::NotProbed:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

int ContextListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContextListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContextListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const bool current = QString::fromStdString(row.context.name) == m_currentContext;
    if (role == IsCurrentRole)
        return current;
    if (role == ProbeStateRole)
        return QVariant::fromValue(row.probe);
    if (role == Qt::FontRole && current) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return stateColor(row);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return row.resolveError.isEmpty() ? row.probeDetail : row.resolveError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(row.context.name);
    case ClusterColumn:
        return QString::fromStdString(row.context.cluster);
    case UserColumn:
        return QString::fromStdString(row.context.user);
    case NamespaceColumn:
        return row.context.ns.empty() ? QStringLiteral("default") : QString::fromStdString(row.context.ns);
    case ServerColumn:
        return row.server;
    case StatusColumn:
        if (!row.resolveError.isEmpty())
            return tr("Configuration error: %1").arg(row.resolveError);
        switch (row.probe) {
        case ProbeState::NotProbed:
            return tr("Not connected");
        case ProbeState::Probing:
            return tr("Connecting…");
        case ProbeState::Reachable:
            return tr("Connected (Kubernetes %1)").arg(row.probeDetail);
        case ProbeState::Failed:
            return tr("Unreachable: %1").arg(row.probeDetail);
        }
    }
    return {};
}

QVariant ContextListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Context");
    case ClusterColumn:
        return tr("Cluster");
    case UserColumn:
        return tr("User");
    case NamespaceColumn:
        return tr("Namespace");
    case ServerColumn:
        return tr("Server");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QString ContextListModel::contextName(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? QString::fromStdString(m_rows[row].context.name)
                                                            : QString();
}

int ContextListModel::rowOfContext(const QString &name) const
{
    const std::string wanted = name.toStdString();
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i)
        if (m_rows[i].context.name == wanted)
            return i;
    return -1;
}

} // namespace kedascope::models
