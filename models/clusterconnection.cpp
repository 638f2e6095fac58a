// SPDX-License-Identifier: Apache-2.0
#include "models/clusterconnection.h"

namespace kedascope::models {

ClusterConnection::ClusterConnection(QObject *parent) : QObject(parent)
{
    connect(this, &ClusterConnection::callFinished, this, &ClusterConnection::deliverToReceiver);
    connect(this, &ClusterConnection::stateChanged, this,
            [this](const k8s::ResourceType &type, WatchState state, const QString &errorMessage) {
                recordState(type, state, errorMessage);
            });
}

ClusterConnection::~ClusterConnection() = default;

QString ClusterConnection::typeKey(const k8s::ResourceType &type)
{
    return QString::fromStdString(type.apiVersion() + '/' + type.resource);
}

void ClusterConnection::recordState(const k8s::ResourceType &type, WatchState state,
                                    const QString &errorMessage)
{
    m_states.insert(typeKey(type), ReportedState{state, errorMessage});
}

ClusterConnection::WatchState ClusterConnection::watchState(const k8s::ResourceType &type) const
{
    return m_states.value(typeKey(type)).state;
}

QString ClusterConnection::watchError(const k8s::ResourceType &type) const
{
    return m_states.value(typeKey(type)).errorMessage;
}

void ClusterConnection::whenFinished(JobId id, QObject *receiver, ResultCallback callback)
{
    m_callbacks.insert(id, PendingCallback{QPointer<QObject>(receiver), std::move(callback)});
}

void ClusterConnection::forgetJobs(const QObject *receiver)
{
    for (auto it = m_callbacks.begin(); it != m_callbacks.end();) {
        if (it->receiver == receiver || it->receiver.isNull())
            it = m_callbacks.erase(it);
        else
            ++it;
    }
}

void ClusterConnection::deliverToReceiver(JobId id, const CallResult &result)
{
    const auto found = m_callbacks.constFind(id);
    if (found == m_callbacks.constEnd())
        return;
    const PendingCallback pending = *found;
    m_callbacks.erase(found);
    if (pending.receiver)
        pending.callback(result);
}

QString watchStateName(ClusterConnection::WatchState state)
{
    switch (state) {
    case ClusterConnection::WatchState::Connecting:
        return ClusterConnection::tr("Connecting");
    case ClusterConnection::WatchState::Live:
        return ClusterConnection::tr("Live");
    case ClusterConnection::WatchState::Reconnecting:
        return ClusterConnection::tr("Reconnecting");
    case ClusterConnection::WatchState::Stale:
        return ClusterConnection::tr("Stale");
    case ClusterConnection::WatchState::Forbidden:
        return ClusterConnection::tr("Forbidden");
    case ClusterConnection::WatchState::Failed:
        return ClusterConnection::tr("Failed");
    }
    return {};
}

} // namespace kedascope::models
