// SPDX-License-Identifier: Apache-2.0
#include "ui/consolewindow.h"

namespace kedascope::ui {

void ConsoleWindow::createEditorActions(QMenu *, QMenu *)
{
}

} // namespace kedascope::ui
