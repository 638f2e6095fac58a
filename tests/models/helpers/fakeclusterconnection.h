// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"

#include <map>
#include <string>
#include <vector>

namespace kedascope::test {

// An in-memory ClusterConnection for model tests: the test decides what the "cluster" sends
// (sendSync/sendDeltas/sendState) and keeps objects that get/patch answer from, asynchronously.
class FakeClusterConnection : public models::ClusterConnection
{
    Q_OBJECT
public:
    explicit FakeClusterConnection(QObject *parent = nullptr);

    QString contextName() const override { return QStringLiteral("fake"); }
    void watch(const k8s::ResourceType &type, const QString &ns) override;
    void unwatch(const k8s::ResourceType &type) override;
    bool isWatching(const k8s::ResourceType &type) const override;
    JobId get(const k8s::ResourceType &type, const QString &ns, const QString &name) override;
    // Merge patches change the stored object and are sent as a Modified delta, as a cluster would.
    JobId patch(const k8s::ResourceType &type, const QString &ns, const QString &name,
                k8s::PatchType patchType, const QByteArray &body,
                const k8s::PatchOptions &options = {}) override;
    // Every stored object of `type` in `ns`; selectors are not evaluated.
    JobId list(const k8s::ResourceType &type, const QString &ns, const k8s::ListOptions &options = {}) override;
    // Recorded in applied(); answered with applyAnswer (by default: success echoing the manifest).
    JobId apply(const k8s::ResourceType &type, const QString &ns, const QString &name, const QByteArray &manifest,
                const k8s::PatchOptions &options = {}) override;
    JobId create(const k8s::ResourceType &type, const QString &ns, const QByteArray &body,
                 const k8s::PatchOptions &options = {}) override;
    JobId remove(const k8s::ResourceType &type, const QString &ns, const QString &name,
                 k8s::DryRun dryRun = k8s::DryRun::No) override;
    // Answered from setPathAnswer(); 404 for any other path.
    JobId getPath(const QString &pathAndQuery) override;

    struct AppliedManifest
    {
        std::string resource;
        QString ns;
        QString name;
        QByteArray manifest;
        bool dryRun = false;
    };
    const std::vector<AppliedManifest> &applied() const { return m_applied; }
    void setApplyAnswer(const models::CallResult &answer) { m_applyAnswer = answer; }
    void setPathAnswer(const QString &pathAndQuery, const models::CallResult &answer);
    // Every path getPath() was asked for, in order.
    const std::vector<QString> &requestedPaths() const { return m_requestedPaths; }

    QString watchedNamespace(const k8s::ResourceType &type) const;

    void putObject(const k8s::ResourceType &type, const k8s::CachedObject &object);
    void sendSync(const k8s::ResourceType &type, const models::ObjectList &objects);
    void sendDeltas(const k8s::ResourceType &type, const models::DeltaList &batch);
    void sendState(const k8s::ResourceType &type, WatchState state, const QString &message = {},
                   int code = 0);

private:
    void finishLater(JobId id, models::CallResult result);
    static std::string objectKey(const k8s::ResourceType &type, const std::string &ns,
                                 const std::string &name);

    std::map<std::string, QString> m_watches; // resource -> namespace
    std::map<std::string, k8s::CachedObject> m_objects;
    std::map<QString, models::CallResult> m_paths;
    std::vector<QString> m_requestedPaths;
    std::vector<AppliedManifest> m_applied;
    models::CallResult m_applyAnswer{true, {}, 0, {}, {}, {}, {}};
};

} // namespace kedascope::test
