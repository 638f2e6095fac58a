// SPDX-License-Identifier: Apache-2.0
#include "models/kubeclusterconnection.h"

#include "k8sclient/json.h"
#include "k8sclient/manifestapply.h"

#include <QMetaObject>

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

namespace kedascope::models {

namespace {

std::string watchKey(const k8s::ResourceType &type)
{
    return type.apiVersion() + '/' + type.resource;
}

std::string objectKey(const k8s::CachedObject &object)
{
    return object.ns + '/' + object.name;
}

CallResult failedCall(const k8s::Error &error)
{
    CallResult call;
    call.httpCode = error.code;
    call.reason = QString::fromStdString(error.reason);
    call.errorMessage = QString::fromStdString(error.message);
    call.causes = error.causes;
    return call;
}

CallResult toCallResult(const k8s::Result<k8s::json::Document> &result)
{
    if (!result.ok())
        return failedCall(result.error());
    CallResult call;
    call.ok = true;
    call.json = QByteArray::fromStdString(k8s::json::serialize(result.value()));
    return call;
}

CallResult toCallResult(const k8s::Result<k8s::ListPage> &result)
{
    if (!result.ok())
        return failedCall(result.error());
    std::string text = R"({"apiVersion":"v1","kind":"List","metadata":{"resourceVersion":)";
    text += k8s::json::quoted(result->resourceVersion);
    text += R"(},"items":[)";
    for (size_t i = 0; i < result->items.size(); ++i) {
        if (i > 0)
            text += ',';
        text += result->items[i];
    }
    text += "]}";
    CallResult call;
    call.ok = true;
    call.json = QByteArray::fromStdString(text);
    return call;
}

CallResult toCallResult(const k8s::Status &status)
{
    if (!status.ok())
        return failedCall(status.error());
    CallResult call;
    call.ok = true;
    return call;
}

CallResult toCallResult(const k8s::Result<k8s::Response> &result, const k8s::Request &request)
{
    if (!result.ok())
        return failedCall(result.error());
    if (result->status < 200 || result->status > 299)
        return failedCall(k8s::errorFromResponse(result.value(), request));
    CallResult call;
    call.ok = true;
    call.json = QByteArray::fromStdString(result->body);
    if (const auto warning = result->headers.find("warning"); warning != result->headers.end())
        for (const std::string &text : k8s::parseWarnings(warning->second))
            call.warnings.append(QString::fromStdString(text));
    return call;
}

} // namespace

struct KubeClusterConnection::Mailbox
{
    struct StateReport
    {
        WatchState state;
        QString message;
        int httpCode;
    };

    explicit Mailbox(KubeClusterConnection *owner, k8s::ResourceType type)
        : owner(owner), type(std::move(type))
    {}

    // Informer thread; the caller holds `mutex`.
    void scheduleFlush(const std::shared_ptr<Mailbox> &self)
    {
        if (!owner || flushScheduled)
            return;
        flushScheduled = true;
        KubeClusterConnection *target = owner;
        QMetaObject::invokeMethod(
            target, [target, self] { target->flush(self); }, Qt::QueuedConnection);
    }

    std::optional<StateReport> mapState(k8s::WatcherState state, const k8s::Error *error) const
    {
        using S = k8s::WatcherState;
        const QString message = error ? QString::fromStdString(error->message) : QString();
        const int code = error ? error->code : 0;
        switch (state) {
        case S::Empty:
        case S::Listing:
            return StateReport{everSynced ? WatchState::Reconnecting : WatchState::Connecting, message, code};
        case S::Listed:
        case S::Watching:
            return StateReport{WatchState::Live, {}, 0};
        case S::Backoff:
            if (error && error->kind == k8s::Error::Kind::Api && error->code == 403)
                return StateReport{WatchState::Forbidden, message, code};
            if (error && (error->kind == k8s::Error::Kind::Auth || error->kind == k8s::Error::Kind::Tls ||
                          error->kind == k8s::Error::Kind::Config ||
                          (error->kind == k8s::Error::Kind::Api && (code == 401 || code == 404))))
                return StateReport{WatchState::Failed, message, code};
            return StateReport{everSynced ? WatchState::Stale : WatchState::Reconnecting, message, code};
        case S::Stopped:
            return std::nullopt;
        }
        return std::nullopt;
    }

    std::mutex mutex;
    KubeClusterConnection *owner; // null once the watch is replaced or the connection is gone
    const k8s::ResourceType type;
    bool flushScheduled = false;
    bool everSynced = false;
    std::optional<ObjectList> synced;
    DeltaList deltas;
    std::unordered_map<std::string, size_t> deltaSlots; // where each object's latest delta waits
    std::vector<StateReport> states;
    std::optional<StateReport> lastState;
};

struct KubeClusterConnection::CallGuard
{
    std::mutex mutex;
    KubeClusterConnection *owner;
};

KubeClusterConnection::KubeClusterConnection(std::shared_ptr<k8s::ApiClient> client, QObject *parent)
    : ClusterConnection(parent), m_client(std::move(client)), m_callGuard(std::make_shared<CallGuard>())
{
    m_callGuard->owner = this;
}

KubeClusterConnection::~KubeClusterConnection()
{
    {
        std::lock_guard lock(m_callGuard->mutex);
        m_callGuard->owner = nullptr;
    }
    auto watches = std::move(m_watches);
    m_watches.clear();
    for (auto &entry : watches)
        retire(std::move(entry.second));
    m_stopping.clear(); // waits for every informer to stop
}

QString KubeClusterConnection::contextName() const
{
    return QString::fromStdString(m_client->config().contextName);
}

void KubeClusterConnection::watch(const k8s::ResourceType &type, const QString &ns)
{
    unwatch(type);
    auto mailbox = std::make_shared<Mailbox>(this, type);
    std::weak_ptr<Mailbox> weak = mailbox;

    k8s::Informer::Callbacks callbacks;
    callbacks.onSynced = [weak](std::vector<k8s::CachedObject> all, std::string) {
        auto box = weak.lock();
        if (!box)
            return;
        std::lock_guard lock(box->mutex);
        box->synced = std::move(all);
        box->deltas.clear(); // the list supersedes whatever was still waiting
        box->deltaSlots.clear();
        box->everSynced = true;
        box->scheduleFlush(box);
    };
    callbacks.onDeltas = [weak](std::vector<k8s::WatchDelta> batch) {
        auto box = weak.lock();
        if (!box)
            return;
        std::lock_guard lock(box->mutex);
        for (auto &delta : batch) {
            auto [slot, fresh] = box->deltaSlots.emplace(objectKey(delta.object), box->deltas.size());
            if (fresh)
                box->deltas.push_back(std::move(delta));
            else
                box->deltas[slot->second] = std::move(delta); // the models apply the latest state
        }
        box->scheduleFlush(box);
    };
    callbacks.onState = [weak](k8s::WatcherState state, const k8s::Error *error) {
        auto box = weak.lock();
        if (!box)
            return;
        std::lock_guard lock(box->mutex);
        auto report = box->mapState(state, error);
        if (!report)
            return;
        if (box->lastState && box->lastState->state == report->state &&
            box->lastState->message == report->message)
            return;
        box->lastState = report;
        box->states.push_back(*report);
        box->scheduleFlush(box);
    };

    k8s::Informer::Options options;
    options.ns = ns.toStdString();
    options.batchInterval = m_batchInterval;
    Watch watch;
    watch.mailbox = mailbox;
    watch.informer = std::make_unique<k8s::Informer>(m_client, type, options, std::move(callbacks));
    watch.informer->start();
    m_watches.emplace(watchKey(type), std::move(watch));
}

void KubeClusterConnection::unwatch(const k8s::ResourceType &type)
{
    auto found = m_watches.find(watchKey(type));
    if (found == m_watches.end())
        return;
    Watch watch = std::move(found->second);
    m_watches.erase(found);
    retire(std::move(watch));
}

bool KubeClusterConnection::isWatching(const k8s::ResourceType &type) const
{
    return m_watches.count(watchKey(type)) > 0;
}

void KubeClusterConnection::retire(Watch watch)
{
    {
        std::lock_guard lock(watch.mailbox->mutex);
        watch.mailbox->owner = nullptr;
    }
    m_stopping.erase(std::remove_if(m_stopping.begin(), m_stopping.end(),
                                    [](const std::future<void> &stopping) {
                                        return stopping.wait_for(std::chrono::seconds(0)) ==
                                               std::future_status::ready;
                                    }),
                     m_stopping.end());
    // Stopping joins the informer's threads, which may be mid-request: not on the GUI thread.
    m_stopping.push_back(std::async(std::launch::async, [informer = std::move(watch.informer)]() mutable {
        informer->stop();
        informer.reset();
    }));
}

void KubeClusterConnection::flush(const std::shared_ptr<Mailbox> &mailbox)
{
    std::optional<ObjectList> synced;
    DeltaList deltas;
    std::vector<Mailbox::StateReport> states;
    {
        std::lock_guard lock(mailbox->mutex);
        mailbox->flushScheduled = false;
        if (!mailbox->owner)
            return;
        synced.swap(mailbox->synced);
        deltas.swap(mailbox->deltas);
        mailbox->deltaSlots.clear();
        states.swap(mailbox->states);
    }
    const k8s::ResourceType type = mailbox->type;
    if (synced)
        Q_EMIT this->synced(type, *synced);
    if (!deltas.empty())
        Q_EMIT this->deltas(type, deltas);
    for (const auto &report : states)
        Q_EMIT stateChanged(type, report.state, report.message, report.httpCode);
}

ClusterConnection::JobId KubeClusterConnection::runCall(std::function<CallResult()> work)
{
    const JobId id = nextJobId();
    std::thread([guard = m_callGuard, id, work = std::move(work)] {
        const CallResult result = work();
        std::lock_guard lock(guard->mutex);
        if (KubeClusterConnection *owner = guard->owner)
            QMetaObject::invokeMethod(
                owner, [owner, id, result] { Q_EMIT owner->callFinished(id, result); }, Qt::QueuedConnection);
    }).detach();
    return id;
}

ClusterConnection::JobId KubeClusterConnection::get(const k8s::ResourceType &type, const QString &ns,
                                                    const QString &name)
{
    return runCall([client = m_client, type, ns = ns.toStdString(), name = name.toStdString()] {
        return toCallResult(client->get(type, ns, name));
    });
}

ClusterConnection::JobId KubeClusterConnection::patch(const k8s::ResourceType &type, const QString &ns,
                                                      const QString &name, k8s::PatchType patchType,
                                                      const QByteArray &body,
                                                      const k8s::PatchOptions &options)
{
    return runCall([client = m_client, type, ns = ns.toStdString(), name = name.toStdString(), patchType,
                    body = body.toStdString(), options] {
        return toCallResult(client->patch(type, ns, name, patchType, body, options));
    });
}

ClusterConnection::JobId KubeClusterConnection::list(const k8s::ResourceType &type, const QString &ns,
                                                     const k8s::ListOptions &options)
{
    return runCall([client = m_client, type, ns = ns.toStdString(), options] {
        return toCallResult(client->listAll(type, ns, options));
    });
}

ClusterConnection::JobId KubeClusterConnection::apply(const k8s::ResourceType &type, const QString &ns,
                                                      const QString &name, const QByteArray &manifest,
                                                      const k8s::PatchOptions &options)
{
    return runCall([client = m_client, type, ns = ns.toStdString(), name = name.toStdString(),
                    manifest = manifest.toStdString(), options] {
        const k8s::Request request = k8s::requests::patch(type, ns, name, k8s::PatchType::Apply, manifest, options);
        return toCallResult(client->send(request), request);
    });
}

ClusterConnection::JobId KubeClusterConnection::create(const k8s::ResourceType &type, const QString &ns,
                                                       const QByteArray &body, const k8s::PatchOptions &options)
{
    return runCall([client = m_client, type, ns = ns.toStdString(), body = body.toStdString(), options] {
        return toCallResult(client->create(type, ns, body, options));
    });
}

ClusterConnection::JobId KubeClusterConnection::remove(const k8s::ResourceType &type, const QString &ns,
                                                       const QString &name, k8s::DryRun dryRun)
{
    return runCall([client = m_client, type, ns = ns.toStdString(), name = name.toStdString(), dryRun] {
        return toCallResult(client->remove(type, ns, name, dryRun));
    });
}

ClusterConnection::JobId KubeClusterConnection::getPath(const QString &pathAndQuery)
{
    return runCall([client = m_client, target = pathAndQuery.toStdString()] {
        k8s::Request request;
        const size_t question = target.find('?');
        request.path = target.substr(0, question);
        if (question != std::string::npos)
            request.query = k8s::parseQuery(target.substr(question + 1));
        request.accept = "application/json, text/plain;q=0.9, */*;q=0.8";
        return toCallResult(client->send(request), request);
    });
}

} // namespace kedascope::models
