// SPDX-License-Identifier: Apache-2.0
#include "ui/consolewindow.h"

#include "ui/pauseactions.h"

namespace kedascope::ui {

void ConsoleWindow::createPauseActions(QMenu *objects)
{
    auto *actions = new PauseActions(this, objects);
    actions->setObjectName(QStringLiteral("pauseActions"));
}

} // namespace kedascope::ui
