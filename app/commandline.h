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
    int demoScaledObjects = 0; // 0: the built-in demo scenario
    QString screenshot;        // grab the window to this PNG once the table is filled, then quit
    QString screenshotView;    // what to show first: console (default), charts, fleet, events, editor
    int screenshotDelaySeconds = 0; // how long the view collects live data before the picture
    QString screenshotObject;       // the row to select (by name); empty: the first
    bool dark = false;         // Fusion style with a dark palette
};

// Parses kubectl-style options (--kubeconfig, --context, --namespace/-n, --demo); exits on --help,
// --version and bad arguments, as command-line tools do.
CommandLine parseCommandLine(const QCoreApplication &app);

} // namespace kedascope::app
