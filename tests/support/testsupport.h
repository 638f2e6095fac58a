// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>

namespace kedascope::sim {
class SimServer;
}
namespace kedascope::k8s {
class ApiClient;
}

namespace kedascope::test {

// A kedascope-sim started in-process on 127.0.0.1 with a free port, writing its
// kubeconfig into a temporary directory. Stopped when destroyed.
class RunningSim
{
public:
    struct Options
    {
        int scaledObjects = 0;
        int namespaces = 1;
    };
    RunningSim();
    explicit RunningSim(Options options);
    ~RunningSim();

    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }
    std::string kubeconfigPath() const;
    std::string serverUrl() const;
    sim::SimServer &server() { return *m_server; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimServer> m_server;
    std::string m_error;
};

// A client of `context` in the kubeconfig at `kubeconfigPath` (empty: its current context); the
// test stops when there is none. Its calls block: use it off the GUI thread when a window waits.
std::shared_ptr<k8s::ApiClient> clientFor(const std::string &kubeconfigPath, const std::string &context = {});

// Writes `text` to a file in `dir` and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text);

} // namespace kedascope::test
