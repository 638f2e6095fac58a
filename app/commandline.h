// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kedascope::app {

struct CommandLine
{
    QString kubeconfig;
    QString context;
    QString ns;
    bool demo = false;
    int demoScaledObjects = 60;
};

// Parses kubectl-style options (--kubeconfig, --context, --namespace/-n, --demo); exits on --help,
// --version and bad arguments, as command-line tools do.
CommandLine parseCommandLine(const QCoreApplication &app);

} // namespace kedascope::app
