// SPDX-License-Identifier: Apache-2.0
#include "models/manifestapplier.h"

#include "k8sclient/cleanmanifest.h"
#include "k8sclient/json.h"
#include "k8sclient/manifestfile.h"

#include <algorithm>

namespace kedascope::models {

namespace json = k8s::json;
using Kind = ObjectOutcome::Kind;
using Mode = ManifestRun::Mode;

namespace {

std::optional<json::Document> parseBytes(const QByteArray &bytes)
{
    return json::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string cleanedText(const json::Value &object)
{
    json::Document copy;
    copy.CopyFrom(object, copy.GetAllocator());
    k8s::cleanManifest(copy);
    return json::serialize(copy);
}

QString displayName(const k8s::ResourceType &type, const QString &name)
{
    QString kind = qs(type.kind).toLower();
    if (!type.group.empty())
        kind += QLatin1Char('.') + qs(type.group);
    return kind + QLatin1Char('/') + name;
}

} // namespace

bool ManifestRun::succeeded() const
{
    return !stoppedBeforeApply &&
           std::all_of(outcomes.begin(), outcomes.end(), [](const ObjectOutcome &o) { return o.succeeded(); });
}

bool ManifestRun::hasConflicts() const
{
    return std::any_of(outcomes.begin(), outcomes.end(),
                       [](const ObjectOutcome &o) { return o.kind == ObjectOutcome::Kind::Conflict; });
}

ManifestApplier::ManifestApplier(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ManifestRun>();
}

void ManifestApplier::start(ClusterConnection *connection, const std::vector<QByteArray> &objects, Mode mode,
                            bool force, const QString &defaultNamespace)
{
    cancel();
    m_connection = connection;
    m_items.clear();
    m_run = ManifestRun();
    m_run.mode = mode;
    m_run.force = force;
    m_stage = Stage::Read;
    m_index = 0;
    m_running = true;
    bool prepared = true;
    for (const QByteArray &bytes : objects) {
        Item item;
        ObjectOutcome outcome;
        auto object = parseBytes(bytes);
        const std::string apiVersion = object ? json::stringAt(*object, "apiVersion") : std::string();
        const std::string kind = object ? json::stringAt(*object, "kind") : std::string();
        item.name = object ? qs(json::stringAt(*object, "metadata.name")) : QString();
        const auto type = k8s::knownResourceType(apiVersion, kind);
        if (type)
            item.type = *type;
        else
            item.type.kind = kind;
        outcome.type = item.type;
        outcome.name = item.name;
        outcome.title = displayName(item.type, item.name);
        if (!object || !object->IsObject() || item.name.isEmpty()) {
            outcome.kind = Kind::Invalid;
            outcome.message = tr("The document has no metadata.name.");
            prepared = false;
        } else if (!type) {
            outcome.kind = Kind::Invalid;
            outcome.message = tr("Kedascope does not apply %1 objects (%2); use kubectl for them.")
                                  .arg(qs(kind), qs(apiVersion));
            prepared = false;
        } else {
            if (type->namespaced) {
                item.ns = qs(json::stringAt(*object, "metadata.namespace"));
                if (item.ns.isEmpty()) {
                    item.ns = defaultNamespace.isEmpty() ? QStringLiteral("default") : defaultNamespace;
                    json::setString(json::ensureObject(*object, "metadata", object->GetAllocator()), "namespace",
                                    item.ns.toStdString(), object->GetAllocator());
                }
            }
            item.secret = type->group.empty() && type->kind == "Secret";
            item.body = QByteArray::fromStdString(json::serialize(*object));
        }
        outcome.ns = item.ns;
        m_items.push_back(std::move(item));
        m_run.outcomes.push_back(std::move(outcome));
    }
    if (!connection) {
        for (auto &outcome : m_run.outcomes) {
            if (outcome.kind == Kind::Skipped) {
                outcome.kind = Kind::Failed;
                outcome.message = tr("No cluster: open a context first.");
            }
        }
        prepared = false;
    }
    if (!prepared && mode == Mode::Apply) {
        m_run.stoppedBeforeApply = true;
        finish();
        return;
    }
    next();
}

void ManifestApplier::cancel()
{
    if (m_connection)
        m_connection->forgetJobs(this);
    m_running = false;
}

bool ManifestApplier::skipped(size_t index) const
{
    if (m_items[index].body.isEmpty())
        return true;
    const ObjectOutcome &outcome = m_run.outcomes[index];
    if (m_stage == Stage::Read)
        return outcome.kind != Kind::Skipped;
    return outcome.kind != Kind::Skipped && !outcome.succeeded(); // its live object could not be read
}

// Walks the items of the current stage, skipping those that already failed, then moves on.
void ManifestApplier::next()
{
    while (m_index < m_items.size() && skipped(m_index))
        ++m_index;
    Q_EMIT progress(int(m_index), int(m_items.size()));
    if (!m_connection) {
        finish();
        return;
    }
    if (m_index < m_items.size()) {
        if (m_stage == Stage::Read)
            read(m_index);
        else
            send(m_index, m_stage == Stage::DryRun);
        return;
    }
    m_index = 0;
    if (m_stage == Stage::Read) {
        if (m_run.mode == Mode::Diff) {
            for (size_t i = 0; i < m_items.size(); ++i) {
                ObjectOutcome &outcome = m_run.outcomes[i];
                if (outcome.kind != Kind::Skipped)
                    continue;
                outcome.kind = Kind::Compared;
                if (m_items[i].secret) {
                    outcome.message = tr("Secret values are not read, so this Secret is not compared.");
                    continue;
                }
                auto desired = parseBytes(m_items[i].body);
                auto live = m_items[i].live.isEmpty() ? std::nullopt : parseBytes(m_items[i].live);
                outcome.diff = k8s::diffManifest(*desired, live ? &*live : nullptr);
            }
            finish();
            return;
        }
        // Read outcomes stay Skipped until sent; only a failed read stops the apply here.
        const bool readFailed = std::any_of(m_run.outcomes.begin(), m_run.outcomes.end(), [](const ObjectOutcome &o) {
            return o.kind != Kind::Skipped && !o.succeeded();
        });
        if (m_run.mode == Mode::Apply && readFailed) {
            m_run.stoppedBeforeApply = true;
            finish();
            return;
        }
        m_stage = Stage::DryRun;
        next();
        return;
    }
    if (m_stage == Stage::DryRun && m_run.mode == Mode::Apply) {
        if (!m_run.succeeded()) {
            m_run.stoppedBeforeApply = true;
            finish();
            return;
        }
        m_stage = Stage::Apply;
        next();
        return;
    }
    finish();
}

void ManifestApplier::read(size_t index)
{
    Item &item = m_items[index];
    if (item.secret) {
        ++m_index;
        next();
        return;
    }
    const auto job = m_connection->get(item.type, item.ns, item.name);
    m_connection->whenFinished(job, this, [this, index](const CallResult &result) {
        Item &item = m_items[index];
        ObjectOutcome &outcome = m_run.outcomes[index];
        if (result.ok) {
            item.live = result.json;
            outcome.liveExists = true;
        } else if (result.httpCode != 404) {
            record(index, result);
        }
        ++m_index;
        next();
    });
}

void ManifestApplier::send(size_t index, bool dryRun)
{
    const Item &item = m_items[index];
    k8s::PatchOptions options;
    options.fieldManager = "kedascope";
    options.force = m_run.force;
    options.dryRun = dryRun ? k8s::DryRun::All : k8s::DryRun::No;
    const auto job = m_connection->apply(item.type, item.ns, item.name, item.body, options);
    m_connection->whenFinished(job, this, [this, index](const CallResult &result) {
        record(index, result);
        ++m_index;
        next();
    });
}

void ManifestApplier::record(size_t index, const CallResult &result)
{
    const Item &item = m_items[index];
    ObjectOutcome &outcome = m_run.outcomes[index];
    outcome.message.clear();
    outcome.conflicts.clear();
    outcome.causes = result.causes;
    outcome.serverWarnings = result.warnings;
    if (!result.ok) {
        outcome.message = result.errorMessage;
        if (result.httpCode == 409) {
            outcome.kind = Kind::Conflict;
            k8s::Error error;
            error.code = 409;
            error.message = result.errorMessage.toStdString();
            error.causes = result.causes;
            outcome.conflicts = k8s::parseConflicts(error);
        } else if (result.httpCode == 422 || result.httpCode == 400) {
            outcome.kind = Kind::Invalid;
        } else if (result.httpCode == 403) {
            outcome.kind = Kind::Forbidden;
        } else {
            outcome.kind = Kind::Failed;
        }
        return;
    }
    if (item.secret) {
        outcome.kind = Kind::Applied;
        return;
    }
    if (item.live.isEmpty()) {
        outcome.kind = Kind::Created;
        return;
    }
    auto live = parseBytes(item.live);
    auto answer = parseBytes(result.json);
    outcome.kind = live && answer && cleanedText(*live) == cleanedText(*answer) ? Kind::Unchanged : Kind::Updated;
}

void ManifestApplier::finish()
{
    m_running = false;
    Q_EMIT progress(int(m_items.size()), int(m_items.size()));
    Q_EMIT finished(m_run);
}

QString outcomeText(const ObjectOutcome &outcome, bool dryRun)
{
    const QString &name = outcome.title;
    switch (outcome.kind) {
    case Kind::Created:
        return dryRun ? ManifestApplier::tr("%1 would be created (server dry run)").arg(name)
                      : ManifestApplier::tr("%1 created").arg(name);
    case Kind::Updated:
        return dryRun ? ManifestApplier::tr("%1 would be updated (server dry run)").arg(name)
                      : ManifestApplier::tr("%1 updated").arg(name);
    case Kind::Unchanged:
        return dryRun ? ManifestApplier::tr("%1 would stay unchanged (server dry run)").arg(name)
                      : ManifestApplier::tr("%1 unchanged").arg(name);
    case Kind::Applied:
        return dryRun ? ManifestApplier::tr("%1 would be applied (server dry run)").arg(name)
                      : ManifestApplier::tr("%1 applied").arg(name);
    case Kind::Compared:
        if (!outcome.diff)
            return ManifestApplier::tr("%1: %2").arg(name, outcome.message);
        if (!outcome.liveExists)
            return ManifestApplier::tr("%1 is not on the cluster: it would be created").arg(name);
        return outcome.diff->identical() ? ManifestApplier::tr("%1 is the same as on the cluster").arg(name)
                                         : ManifestApplier::tr("%1 differs from the cluster in %n field(s)", nullptr,
                                                               int(outcome.diff->changes.size()))
                                               .arg(name);
    case Kind::Conflict:
        return ManifestApplier::tr("%1: conflict: other field managers own fields it sets").arg(name);
    case Kind::Invalid:
        return ManifestApplier::tr("%1 refused as invalid: %2").arg(name, outcome.message);
    case Kind::Forbidden:
        return ManifestApplier::tr("%1 forbidden: %2").arg(name, outcome.message);
    case Kind::Failed:
        return ManifestApplier::tr("%1 failed: %2").arg(name, outcome.message);
    case Kind::Skipped:
        return ManifestApplier::tr("%1 not sent").arg(name);
    }
    return name;
}

} // namespace kedascope::models
