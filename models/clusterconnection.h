// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/informer.h"
#include "k8sclient/request.h"
#include "k8sclient/resourcetype.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace kedascope::models {

using ObjectList = std::vector<k8s::CachedObject>;
using DeltaList = std::vector<k8s::WatchDelta>;

// The outcome of a call: the response's JSON (an object, a List, or a raw path's body), or the
// API's error with its causes (422 field errors, server-side apply conflicts).
struct CallResult
{
    bool ok = false;
    QByteArray json;
    int httpCode = 0;
    QString reason;
    QString errorMessage;
    std::vector<k8s::StatusCause> causes;
    QStringList warnings; // the API server's Warning headers (e.g. fields it dropped)
};

// One cluster context as the models and the UI see it: watches delivered on the GUI thread as
// signals (whole lists after each (re-)list, then batches of changes), and asynchronous calls
// answered by job id. Implemented over k8sclient (KubeClusterConnection) and by an in-memory fake
// in the tests.
class ClusterConnection : public QObject
{
    Q_OBJECT
public:
    enum class WatchState { Connecting, Live, Reconnecting, Stale, Forbidden, Failed };
    Q_ENUM(WatchState)
    using JobId = quint64;
    using ResultCallback = std::function<void(const CallResult &)>;

    explicit ClusterConnection(QObject *parent = nullptr);
    ~ClusterConnection() override;

    virtual QString contextName() const = 0;

    // Starts watching `type` in `ns` (empty: all namespaces), replacing any watch of that type:
    // nothing from the previous watch is delivered afterwards.
    virtual void watch(const k8s::ResourceType &type, const QString &ns) = 0;
    virtual void unwatch(const k8s::ResourceType &type) = 0;
    virtual bool isWatching(const k8s::ResourceType &type) const = 0;

    // Each returns a job id at once; its result comes later through callFinished.
    virtual JobId get(const k8s::ResourceType &type, const QString &ns, const QString &name) = 0;
    virtual JobId patch(const k8s::ResourceType &type, const QString &ns, const QString &name,
                        k8s::PatchType patchType, const QByteArray &body,
                        const k8s::PatchOptions &options = {}) = 0;
    // A List ({"items": [...]}, each item with apiVersion and kind) of `type` in `ns` (empty: all).
    virtual JobId list(const k8s::ResourceType &type, const QString &ns,
                       const k8s::ListOptions &options = {}) = 0;
    // Server-side apply of a YAML or JSON manifest (options: field manager, force, dry run).
    virtual JobId apply(const k8s::ResourceType &type, const QString &ns, const QString &name,
                        const QByteArray &manifest, const k8s::PatchOptions &options = {}) = 0;
    virtual JobId create(const k8s::ResourceType &type, const QString &ns, const QByteArray &body,
                         const k8s::PatchOptions &options = {}) = 0;
    virtual JobId remove(const k8s::ResourceType &type, const QString &ns, const QString &name,
                         k8s::DryRun dryRun = k8s::DryRun::No) = 0;
    // A GET of any API path with its query, e.g. the external metrics API or a service proxy;
    // the body, whatever its type, comes back in CallResult::json.
    virtual JobId getPath(const QString &pathAndQuery) = 0;

    // The state last reported for `type`'s watch (Connecting before the first report), and its error.
    WatchState watchState(const k8s::ResourceType &type) const;
    QString watchError(const k8s::ResourceType &type) const;

    // Calls `callback` with the result of job `id` if `receiver` still exists then. A receiver
    // that changes context or namespace calls forgetJobs(receiver) so old answers are dropped.
    void whenFinished(JobId id, QObject *receiver, ResultCallback callback);
    void forgetJobs(const QObject *receiver);

Q_SIGNALS:
    void synced(const kedascope::k8s::ResourceType &type, const kedascope::models::ObjectList &objects);
    void deltas(const kedascope::k8s::ResourceType &type, const kedascope::models::DeltaList &batch);
    void stateChanged(const kedascope::k8s::ResourceType &type,
                      kedascope::models::ClusterConnection::WatchState state, const QString &errorMessage,
                      int httpCode);
    void callFinished(kedascope::models::ClusterConnection::JobId id,
                      const kedascope::models::CallResult &result);

protected:
    JobId nextJobId() { return ++m_lastJobId; }

private:
    void deliverToReceiver(JobId id, const CallResult &result);
    void recordState(const k8s::ResourceType &type, WatchState state, const QString &errorMessage);
    static QString typeKey(const k8s::ResourceType &type);

    struct ReportedState
    {
        WatchState state = WatchState::Connecting;
        QString errorMessage;
    };
    QHash<QString, ReportedState> m_states;

    struct PendingCallback
    {
        QPointer<QObject> receiver;
        ResultCallback callback;
    };
    QHash<JobId, PendingCallback> m_callbacks;
    JobId m_lastJobId = 0;
};

QString watchStateName(ClusterConnection::WatchState state);

} // namespace kedascope::models

Q_DECLARE_METATYPE(kedascope::k8s::ResourceType)
Q_DECLARE_METATYPE(kedascope::k8s::CachedObject)
Q_DECLARE_METATYPE(kedascope::k8s::WatchDelta)
Q_DECLARE_METATYPE(kedascope::models::CallResult)
