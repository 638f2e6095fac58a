// SPDX-License-Identifier: Apache-2.0
#include "ui/consolewindow.h"

#include "ui/monitoringcontroller.h"

namespace kedascope::ui {

void ConsoleWindow::createMonitoringViews(QMenu *view)
{
    new MonitoringController(this, view);
}

} // namespace kedascope::ui
