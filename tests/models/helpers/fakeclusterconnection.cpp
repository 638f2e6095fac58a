// SPDX-License-Identifier: Apache-2.0
#include "fakeclusterconnection.h"

#include "k8sclient/json.h"

#include <QTimer>

namespace kedascope::test {

FakeClusterConnection::FakeClusterConnection(QObject *parent) : ClusterConnection(parent) {}

void FakeClusterConnection::watch(const k8s::ResourceType &type, const QString &ns)
{
    m_watches[type.resource] = ns;
}

void FakeClusterConnection::unwatch(const k8s::ResourceType &type)
{
    m_watches.erase(type.resource);
}

bool FakeClusterConnection::isWatching(const k8s::ResourceType &type) const
{
    return m_watches.count(type.resource) > 0;
}

QString FakeClusterConnection::watchedNamespace(const k8s::ResourceType &type) const
{
    auto found = m_watches.find(type.resource);
    return found == m_watches.end() ? QString() : found->second;
}

std::string FakeClusterConnection::objectKey(const k8s::ResourceType &type, const std::string &ns,
                                             const std::string &name)
{
    return type.resource + '/' + ns + '/' + name;
}

void FakeClusterConnection::putObject(const k8s::ResourceType &type, const k8s::CachedObject &object)
{
    m_objects[objectKey(type, object.ns, object.name)] = object;
}

void FakeClusterConnection::sendSync(const k8s::ResourceType &type, const models::ObjectList &objects)
{
    Q_EMIT synced(type, objects);
}

void FakeClusterConnection::sendDeltas(const k8s::ResourceType &type, const models::DeltaList &batch)
{
    Q_EMIT deltas(type, batch);
}

void FakeClusterConnection::sendState(const k8s::ResourceType &type, WatchState state, const QString &message,
                                      int code)
{
    Q_EMIT stateChanged(type, state, message, code);
}

void FakeClusterConnection::finishLater(JobId id, models::CallResult result)
{
    QTimer::singleShot(0, this, [this, id, result] { Q_EMIT callFinished(id, result); });
}

static models::CallResult notFound(const QString &name)
{
    models::CallResult result;
    result.httpCode = 404;
    result.reason = QStringLiteral("NotFound");
    result.errorMessage = QStringLiteral("\"%1\" not found").arg(name);
    return result;
}

models::ClusterConnection::JobId FakeClusterConnection::get(const k8s::ResourceType &type, const QString &ns,
                                                            const QString &name)
{
    const JobId id = nextJobId();
    auto found = m_objects.find(objectKey(type, ns.toStdString(), name.toStdString()));
    if (found == m_objects.end()) {
        finishLater(id, notFound(name));
    } else {
        models::CallResult result;
        result.ok = true;
        result.json = QByteArray::fromStdString(found->second.json);
        finishLater(id, result);
    }
    return id;
}

models::ClusterConnection::JobId
FakeClusterConnection::patch(const k8s::ResourceType &type, const QString &ns, const QString &name,
                             k8s::PatchType patchType, const QByteArray &body, const k8s::PatchOptions &)
{
    const JobId id = nextJobId();
    auto found = m_objects.find(objectKey(type, ns.toStdString(), name.toStdString()));
    if (found == m_objects.end()) {
        finishLater(id, notFound(name));
        return id;
    }
    auto patchDocument = k8s::json::parse(body.toStdString());
    if (patchType != k8s::PatchType::Merge || !patchDocument) {
        models::CallResult result;
        result.httpCode = patchType != k8s::PatchType::Merge ? 415 : 400;
        result.reason = patchType != k8s::PatchType::Merge ? QStringLiteral("UnsupportedMediaType")
                                                           : QStringLiteral("BadRequest");
        result.errorMessage = QStringLiteral("the fake applies JSON merge patches only");
        finishLater(id, result);
        return id;
    }
    const std::string expectedVersion = k8s::json::stringAt(*patchDocument, "metadata.resourceVersion");
    if (!expectedVersion.empty() && expectedVersion != found->second.resourceVersion) {
        models::CallResult result;
        result.httpCode = 409;
        result.reason = QStringLiteral("Conflict");
        result.errorMessage = QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been "
                                             "modified; please apply your changes to the latest version and try again")
                                  .arg(QString::fromStdString(type.resource + '.' + type.group), name);
        finishLater(id, result);
        return id;
    }
    auto document = k8s::json::parse(found->second.json);
    k8s::json::mergePatch(*document, *patchDocument, document->GetAllocator());
    const std::string version = std::to_string(std::stoll(found->second.resourceVersion) + 1);
    k8s::json::setString(k8s::json::ensureObject(*document, "metadata", document->GetAllocator()),
                         "resourceVersion", version, document->GetAllocator());
    found->second.resourceVersion = version;
    found->second.json = k8s::json::serialize(*document);

    models::CallResult result;
    result.ok = true;
    result.json = QByteArray::fromStdString(found->second.json);
    finishLater(id, result);
    const k8s::WatchDelta delta{k8s::WatchDelta::Type::Modified, found->second};
    QTimer::singleShot(0, this, [this, type, delta] { Q_EMIT deltas(type, models::DeltaList{delta}); });
    return id;
}

models::ClusterConnection::JobId FakeClusterConnection::list(const k8s::ResourceType &type, const QString &ns,
                                                             const k8s::ListOptions &)
{
    const JobId id = nextJobId();
    std::string text = R"({"apiVersion":"v1","kind":"List","metadata":{},"items":[)";
    bool first = true;
    for (const auto &[key, object] : m_objects) {
        if (key.rfind(type.resource + '/', 0) != 0 || (!ns.isEmpty() && object.ns != ns.toStdString()))
            continue;
        if (!first)
            text += ',';
        text += object.json;
        first = false;
    }
    text += "]}";
    models::CallResult result;
    result.ok = true;
    result.json = QByteArray::fromStdString(text);
    finishLater(id, result);
    return id;
}

models::ClusterConnection::JobId FakeClusterConnection::apply(const k8s::ResourceType &type, const QString &ns,
                                                              const QString &name, const QByteArray &manifest,
                                                              const k8s::PatchOptions &options)
{
    m_applied.push_back({type.resource, ns, name, manifest, options.dryRun == k8s::DryRun::All});
    const JobId id = nextJobId();
    models::CallResult result = m_applyAnswer;
    if (result.ok && result.json.isEmpty())
        result.json = manifest;
    finishLater(id, result);
    return id;
}

models::ClusterConnection::JobId FakeClusterConnection::create(const k8s::ResourceType &type, const QString &ns,
                                                               const QByteArray &body, const k8s::PatchOptions &)
{
    const JobId id = nextJobId();
    auto document = k8s::json::parse(body.toStdString());
    models::CallResult result;
    if (!document) {
        result.httpCode = 400;
        result.reason = QStringLiteral("BadRequest");
        result.errorMessage = QStringLiteral("the body is not JSON");
    } else {
        k8s::CachedObject object;
        object.ns = ns.toStdString();
        object.name = k8s::json::stringAt(*document, "metadata.name");
        object.resourceVersion = "1";
        object.json = body.toStdString();
        putObject(type, object);
        result.ok = true;
        result.json = body;
    }
    finishLater(id, result);
    return id;
}

models::ClusterConnection::JobId FakeClusterConnection::remove(const k8s::ResourceType &type, const QString &ns,
                                                               const QString &name, k8s::DryRun dryRun)
{
    const JobId id = nextJobId();
    auto found = m_objects.find(objectKey(type, ns.toStdString(), name.toStdString()));
    if (found == m_objects.end()) {
        finishLater(id, notFound(name));
        return id;
    }
    if (dryRun == k8s::DryRun::No)
        m_objects.erase(found);
    models::CallResult result;
    result.ok = true;
    finishLater(id, result);
    return id;
}

models::ClusterConnection::JobId FakeClusterConnection::getPath(const QString &pathAndQuery)
{
    const JobId id = nextJobId();
    m_requestedPaths.push_back(pathAndQuery);
    auto found = m_paths.find(pathAndQuery);
    finishLater(id, found == m_paths.end() ? notFound(pathAndQuery) : found->second);
    return id;
}

void FakeClusterConnection::setPathAnswer(const QString &pathAndQuery, const models::CallResult &answer)
{
    m_paths[pathAndQuery] = answer;
}

} // namespace kedascope::test
