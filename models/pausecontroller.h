// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"

#include "k8sclient/pauseoutcome.h"
#include "k8sclient/pauseplan.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kedascope::models {

struct PauseTarget
{
    k8s::ResourceType type;
    QString ns;
    QString name;
};

// Pauses and resumes through a ClusterConnection with the plan kedascope-ctl uses (k8sclient's
// pauseplan.h): reads the objects and their scale targets' replicas, plans from what it read (again
// and again as a dialog changes the mode, without reading anew), and runs the plan with at most
// maxInFlight requests at once. A 409 is answered by a re-read: the patch is sent once more only
// when the annotations it changes are as planned, otherwise the object is reported as a conflict.
class PauseController : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxInFlight = 16;

    explicit PauseController(ClusterConnection *connection, QObject *parent = nullptr);

    ClusterConnection *connection() const { return m_connection; }

    // Reads the named objects; objectsRead() follows.
    void readObjects(const QList<PauseTarget> &targets);
    // Reads every ScaledObject and ScaledJob in `ns`; objectsRead() follows.
    void readNamespace(const QString &ns);

    struct ReadObject
    {
        k8s::ResourceType type;
        std::shared_ptr<k8s::json::Document> object;
        std::optional<long long> replicas; // the scale target's spec.replicas, when known
    };
    const std::vector<ReadObject> &objects() const { return m_objects; }
    // Objects that could not be read, as Failed outcomes (a run reports them too).
    const std::vector<k8s::pause::Outcome> &unreadable() const { return m_unreadable; }
    // The namespace listing itself failed (empty otherwise).
    QString readError() const { return m_readError; }

    std::vector<k8s::pause::PlannedChange> plan(k8s::pause::Action action, const k8s::pause::PauseRequest &request,
                                                k8s::pause::TimePoint now) const;
    // Patches every change that changes something; finished() carries the outcomes (plus unreadable()).
    void run(const std::vector<k8s::pause::PlannedChange> &changes);

    bool isBusy() const { return m_pending > 0; }
    const k8s::pause::RunReport &lastReport() const { return m_report; }

Q_SIGNALS:
    void objectsRead();
    void progress(int finished, int total);
    void finished();

private:
    using Start = std::function<ClusterConnection::JobId()>;
    using Done = std::function<void(const CallResult &)>;
    void enqueue(Start start, Done done);
    void pump();
    void callDone();
    void readReplicas();
    void readTarget(std::size_t index);
    void finishRead();
    void apply(std::size_t index, const k8s::pause::PlannedChange &change, bool afterConflict);
    void settle(std::size_t index, k8s::pause::Outcome outcome);
    static k8s::Error errorOf(const CallResult &result);

    QPointer<ClusterConnection> m_connection;
    std::vector<ReadObject> m_objects;
    std::vector<k8s::pause::Outcome> m_unreadable;
    QString m_readError;
    k8s::pause::RunReport m_report;
    std::deque<std::pair<Start, Done>> m_queue;
    int m_inFlight = 0;
    int m_pending = 0; // calls queued or in flight, plus follow-ups still to come
    int m_settled = 0;
    int m_toSettle = 0;
    bool m_reading = false;
    quint64 m_generation = 0;
};

} // namespace kedascope::models
