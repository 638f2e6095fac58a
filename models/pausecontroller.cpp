// SPDX-License-Identifier: Apache-2.0
#include "models/pausecontroller.h"

#include <QTimer>

#include <algorithm>

namespace kedascope::models {

namespace pause = k8s::pause;

namespace {

std::shared_ptr<k8s::json::Document> parsed(const QByteArray &json)
{
    auto document = k8s::json::parse(std::string_view(json.constData(), size_t(json.size())));
    if (!document || !document->IsObject())
        return nullptr;
    return std::make_shared<k8s::json::Document>(std::move(*document));
}

std::string versionOf(const QByteArray &json)
{
    auto document = parsed(json);
    return document ? k8s::json::stringAt(*document, "metadata.resourceVersion") : std::string();
}

} // namespace

PauseController::PauseController(ClusterConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{}

k8s::Error PauseController::errorOf(const CallResult &result)
{
    k8s::Error error;
    error.kind = result.httpCode > 0 ? k8s::Error::Kind::Api : k8s::Error::Kind::Transport;
    error.code = result.httpCode;
    error.reason = result.reason.toStdString();
    error.message = result.errorMessage.toStdString();
    error.causes = result.causes;
    return error;
}

void PauseController::enqueue(Start start, Done done)
{
    m_queue.emplace_back(std::move(start), std::move(done));
    ++m_pending;
    pump();
}

void PauseController::pump()
{
    while (m_inFlight < maxInFlight && !m_queue.empty() && m_connection) {
        auto [start, done] = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        const auto id = start();
        m_connection->whenFinished(id, this, [this, done = std::move(done)](const CallResult &result) {
            --m_inFlight;
            done(result);
            --m_pending;
            pump();
            if (m_pending == 0 && m_reading)
                finishRead();
        });
    }
}

void PauseController::readObjects(const QList<PauseTarget> &targets)
{
    m_objects.assign(size_t(targets.size()), {});
    m_unreadable.clear();
    m_readError.clear();
    m_reading = true;
    for (int i = 0; i < targets.size(); ++i) {
        const PauseTarget target = targets[i];
        enqueue([this, target] { return m_connection->get(target.type, target.ns, target.name); },
                [this, target, i](const CallResult &result) {
                    m_objects[size_t(i)].type = target.type;
                    if (result.ok)
                        m_objects[size_t(i)].object = parsed(result.json);
                    if (m_objects[size_t(i)].object) {
                        readTarget(size_t(i));
                        return;
                    }
                    pause::PlannedChange unread;
                    unread.object = {target.type, target.ns.toStdString(), target.name.toStdString()};
                    m_unreadable.push_back(pause::failedOutcome(unread, errorOf(result)));
                });
    }
    if (targets.isEmpty())
        QTimer::singleShot(0, this, &PauseController::finishRead);
}

void PauseController::readNamespace(const QString &ns)
{
    m_objects.clear();
    m_unreadable.clear();
    m_readError.clear();
    m_reading = true;
    for (const k8s::ResourceType &type : {k8s::resources::scaledObjects(), k8s::resources::scaledJobs()}) {
        enqueue([this, type, ns] { return m_connection->list(type, ns); },
                [this, type](const CallResult &result) {
                    auto list = result.ok ? parsed(result.json) : nullptr;
                    const k8s::json::Value *items = list ? k8s::json::find(*list, "items") : nullptr;
                    if (!items || !items->IsArray()) {
                        m_readError = result.errorMessage.isEmpty() ? tr("The list could not be read")
                                                                    : result.errorMessage;
                        return;
                    }
                    for (const auto &item : items->GetArray()) {
                        auto document = std::make_shared<k8s::json::Document>();
                        document->CopyFrom(item, document->GetAllocator());
                        m_objects.push_back({type, std::move(document), std::nullopt});
                        readTarget(m_objects.size() - 1);
                    }
                });
    }
}

void PauseController::readTarget(std::size_t index)
{
    const ReadObject &read = m_objects[index];
    const auto target = pause::scaleTargetOf(read.type, *read.object);
    if (!target)
        return;
    const QString ns = QString::fromStdString(k8s::json::stringAt(*read.object, "metadata.namespace"));
    const QString name = QString::fromStdString(target->name);
    const k8s::ResourceType type = target->type;
    const std::shared_ptr<k8s::json::Document> object = read.object;
    enqueue([this, type, ns, name] { return m_connection->get(type, ns, name); },
            [this, object](const CallResult &result) {
                auto workload = result.ok ? parsed(result.json) : nullptr;
                if (!workload)
                    return;
                for (auto &read : m_objects)
                    if (read.object == object)
                        read.replicas = k8s::json::intAt(*workload, "spec.replicas").value_or(1);
            });
}

void PauseController::finishRead()
{
    m_reading = false;
    m_objects.erase(std::remove_if(m_objects.begin(), m_objects.end(), [](const ReadObject &r) { return !r.object; }),
                    m_objects.end());
    Q_EMIT objectsRead();
}

std::vector<pause::PlannedChange> PauseController::plan(pause::Action action, const pause::PauseRequest &request,
                                                        pause::TimePoint now) const
{
    std::vector<pause::PlannedChange> changes;
    for (const auto &read : m_objects)
        changes.push_back(action == pause::Action::Pause
                              ? pause::planPause(read.type, *read.object, request, read.replicas, now)
                              : pause::planResume(read.type, *read.object, read.replicas));
    return changes;
}

void PauseController::run(const std::vector<pause::PlannedChange> &changes)
{
    m_report = {};
    m_report.outcomes = m_unreadable;
    const std::size_t offset = m_report.outcomes.size();
    m_report.outcomes.resize(offset + changes.size());
    m_settled = int(offset);
    m_toSettle = int(m_report.outcomes.size());
    if (changes.empty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(); });
        return;
    }
    for (std::size_t i = 0; i < changes.size(); ++i) {
        if (changes[i].willChange())
            apply(offset + i, changes[i], false);
        else
            settle(offset + i, pause::skippedOutcome(changes[i]));
    }
}

void PauseController::apply(std::size_t index, const pause::PlannedChange &change, bool afterConflict)
{
    const auto &object = change.object;
    const QString ns = QString::fromStdString(object.ns);
    const QString name = QString::fromStdString(object.name);
    const QByteArray body = QByteArray::fromStdString(change.patch());
    enqueue(
        [this, type = object.type, ns, name, body] {
            return m_connection->patch(type, ns, name, k8s::PatchType::Merge, body);
        },
        [this, index, change, afterConflict, ns, name](const CallResult &result) {
            if (result.ok) {
                settle(index, pause::doneOutcome(change, versionOf(result.json), afterConflict));
                return;
            }
            if (result.httpCode != 409) {
                settle(index, pause::failedOutcome(change, errorOf(result)));
                return;
            }
            if (afterConflict) {
                settle(index, pause::conflictOutcome(change, {}));
                return;
            }
            enqueue([this, type = change.object.type, ns, name] { return m_connection->get(type, ns, name); },
                    [this, index, change](const CallResult &reread) {
                        auto current = reread.ok ? parsed(reread.json) : nullptr;
                        if (!current) {
                            settle(index, pause::conflictOutcome(change, {}));
                            return;
                        }
                        if (auto rebased = pause::rebase(change, *current))
                            apply(index, *rebased, true);
                        else
                            settle(index, pause::conflictOutcome(
                                              change, k8s::json::stringAt(*current, "metadata.resourceVersion")));
                    });
        });
}

void PauseController::settle(std::size_t index, pause::Outcome outcome)
{
    m_report.outcomes[index] = std::move(outcome);
    ++m_settled;
    Q_EMIT progress(m_settled, m_toSettle);
    if (m_settled == m_toSettle)
        Q_EMIT finished();
}

} // namespace kedascope::models
