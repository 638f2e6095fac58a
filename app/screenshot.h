// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace kedascope::ui {
class ConsoleWindow;
}

namespace kedascope::app {

// Once the first table is filled and its first row's details are shown, saves the window to
// `path` and quits (exit code 1 if that does not happen within a minute).
void saveScreenshotWhenReady(ui::ConsoleWindow *window, const QString &path);

} // namespace kedascope::app
