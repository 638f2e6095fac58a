// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/clusterconnection.h"

#include "k8sclient/apiclient.h"

#include <chrono>
#include <future>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kedascope::models {

// ClusterConnection over k8sclient: one Informer per watched type, its callbacks (on the informer's
// thread) collected into a per-watch mailbox that the GUI thread drains once per queued flush, so
// everything that arrived while the GUI thread was busy goes out as one batch.
class KubeClusterConnection : public ClusterConnection
{
    Q_OBJECT
public:
    explicit KubeClusterConnection(std::shared_ptr<k8s::ApiClient> client, QObject *parent = nullptr);
    ~KubeClusterConnection() override;

    // How long an informer gathers watch events before handing them over (a frame or so).
    void setBatchInterval(std::chrono::milliseconds interval) { m_batchInterval = interval; }
    const std::shared_ptr<k8s::ApiClient> &client() const { return m_client; }

    QString contextName() const override;
    void watch(const k8s::ResourceType &type, const QString &ns) override;
    void unwatch(const k8s::ResourceType &type) override;
    bool isWatching(const k8s::ResourceType &type) const override;
    JobId get(const k8s::ResourceType &type, const QString &ns, const QString &name) override;
    JobId patch(const k8s::ResourceType &type, const QString &ns, const QString &name,
                k8s::PatchType patchType, const QByteArray &body,
                const k8s::PatchOptions &options = {}) override;
    JobId list(const k8s::ResourceType &type, const QString &ns, const k8s::ListOptions &options = {}) override;
    JobId apply(const k8s::ResourceType &type, const QString &ns, const QString &name, const QByteArray &manifest,
                const k8s::PatchOptions &options = {}) override;
    JobId create(const k8s::ResourceType &type, const QString &ns, const QByteArray &body,
                 const k8s::PatchOptions &options = {}) override;
    JobId remove(const k8s::ResourceType &type, const QString &ns, const QString &name,
                 k8s::DryRun dryRun = k8s::DryRun::No) override;
    JobId getPath(const QString &pathAndQuery) override;

private:
    struct Mailbox;
    struct Watch
    {
        std::shared_ptr<Mailbox> mailbox;
        std::unique_ptr<k8s::Informer> informer;
    };
    struct CallGuard;

    void flush(const std::shared_ptr<Mailbox> &mailbox);
    void retire(Watch watch);
    JobId runCall(std::function<CallResult()> work);

    std::shared_ptr<k8s::ApiClient> m_client;
    std::chrono::milliseconds m_batchInterval{30};
    std::map<std::string, Watch> m_watches;    // by apiVersion/resource
    std::vector<std::future<void>> m_stopping; // informers being stopped off the GUI thread
    std::shared_ptr<CallGuard> m_callGuard;
};

} // namespace kedascope::models
