// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"

#include "k8sclient/manifestapply.h"
#include "k8sclient/manifestdiff.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kedascope::models {

// What one object of the editor's file came to: compared, dry-run or applied.
struct ObjectOutcome
{
    enum class Kind { Created, Updated, Unchanged, Applied, Compared, Conflict, Invalid, Forbidden, Failed, Skipped };

    Kind kind = Kind::Skipped;
    k8s::ResourceType type;
    QString ns;
    QString name;
    QString title; // "scaledobject.keda.sh/orders"
    QString message;
    std::vector<k8s::FieldConflict> conflicts;
    std::vector<k8s::StatusCause> causes;
    std::optional<k8s::ManifestDiff> diff; // Diff runs; not for Secrets (their values are never read)
    QStringList serverWarnings; // the API server's Warning headers for this object (dry run or apply)
    bool liveExists = false;

    bool succeeded() const
    {
        return kind == Kind::Created || kind == Kind::Updated || kind == Kind::Unchanged || kind == Kind::Applied ||
               kind == Kind::Compared;
    }
};

struct ManifestRun
{
    enum class Mode { Diff, DryRun, Apply };
    Mode mode = Mode::Diff;
    bool force = false;
    std::vector<ObjectOutcome> outcomes;
    // Apply: a server dry run of every object comes first; when one fails nothing is applied.
    bool stoppedBeforeApply = false;
    bool succeeded() const;
    bool hasConflicts() const;
};

// Runs the editor's Diff, Dry run and Apply over a cluster connection, one object after the other:
// reads each live object (never a Secret), then compares, dry-runs or applies it with server-side
// apply under the field manager "kedascope". Apply dry-runs every object first and sends nothing
// unless all of them pass, so a file is not half-applied.
class ManifestApplier : public QObject
{
    Q_OBJECT
public:
    explicit ManifestApplier(QObject *parent = nullptr);

    // `objects` are JSON objects; `force` takes conflicting fields over (only when the user chose it).
    void start(ClusterConnection *connection, const std::vector<QByteArray> &objects, ManifestRun::Mode mode,
               bool force, const QString &defaultNamespace);
    bool isRunning() const { return m_running; }
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const kedascope::models::ManifestRun &run);

private:
    enum class Stage { Read, DryRun, Apply };
    void next();
    void read(size_t index);
    void send(size_t index, bool dryRun);
    void finish();
    void record(size_t index, const CallResult &result);
    bool skipped(size_t index) const;

    struct Item
    {
        QByteArray body;
        k8s::ResourceType type;
        QString ns;
        QString name;
        QByteArray live;
        bool secret = false;
    };
    QPointer<ClusterConnection> m_connection;
    std::vector<Item> m_items;
    ManifestRun m_run;
    Stage m_stage = Stage::Read;
    size_t m_index = 0;
    bool m_running = false;
};

QString outcomeText(const ObjectOutcome &outcome, bool dryRun);

} // namespace kedascope::models

Q_DECLARE_METATYPE(kedascope::models::ManifestRun)
