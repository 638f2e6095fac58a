// SPDX-License-Identifier: Apache-2.0
#include "support/testsupport.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/kubeconfig.h"
#include "sim/simserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kedascope::test {

std::shared_ptr<k8s::ApiClient> clientFor(const std::string &kubeconfigPath, const std::string &context)
{
    k8s::Kubeconfig::LoadOptions options;
    options.explicitPath = kubeconfigPath;
    auto config = k8s::Kubeconfig::load(options);
    if (!config)
        qFatal("kubeconfig: %s", config.error().message.c_str());
    auto resolved = config.value().resolve(context);
    if (!resolved)
        qFatal("context %s: %s", context.c_str(), resolved.error().message.c_str());
    auto client = k8s::ApiClient::create(resolved.value());
    if (!client)
        qFatal("client: %s", client.error().message.c_str());
    return client.value();
}

RunningSim::RunningSim() : RunningSim(Options{}) {}

RunningSim::RunningSim(Options options)
{
    if (!m_dir.isValid()) {
        m_error = "cannot create a temporary directory";
        return;
    }
    sim::SimOptions simOptions;
    simOptions.host = "127.0.0.1";
    simOptions.port = 0;
    simOptions.kubeconfigOut = m_dir.filePath(QStringLiteral("kubeconfig")).toStdString();
    simOptions.scaledObjects = options.scaledObjects;
    simOptions.namespaces = options.namespaces;
    m_server = std::make_unique<sim::SimServer>(simOptions);
    auto started = m_server->start();
    if (!started)
        m_error = started.error().message;
}

RunningSim::~RunningSim()
{
    if (m_server)
        m_server->stop();
}

std::string RunningSim::kubeconfigPath() const
{
    return m_dir.filePath(QStringLiteral("kubeconfig")).toStdString();
}

std::string RunningSim::serverUrl() const
{
    return m_server ? m_server->url() : std::string();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text);
    return path;
}

} // namespace kedascope::test
