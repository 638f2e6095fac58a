// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace kedascope::ui {
class ConsoleWindow;
}

namespace kedascope::app {

struct ScreenshotScene
{
    QString view = QStringLiteral("console"); // console, charts, fleet, events or editor
    QString object;                           // the row to select by name; empty: the first row
    int delaySeconds = 0;                     // live data collected before the picture
};

// Once the first table is filled and the chosen row's details are shown, opens the scene's view,
// lets it collect live data, saves the window showing it to `path` and quits (exit code 1 if the
// table does not fill within a minute or the view does not open).
void saveScreenshotWhenReady(ui::ConsoleWindow *window, const QString &path, const ScreenshotScene &scene);

} // namespace kedascope::app
