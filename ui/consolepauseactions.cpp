// SPDX-License-Identifier: Apache-2.0
#include "ui/consolewindow.h"

namespace kedascope::ui {

void ConsoleWindow::createPauseActions(QMenu *)
{
}

} // namespace kedascope::ui
