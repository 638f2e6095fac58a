// SPDX-License-Identifier: Apache-2.0
#include "ui/consolewindow.h"

#include "ui/editorlauncher.h"

namespace kedascope::ui {

void ConsoleWindow::createEditorActions(QMenu *file, QMenu *objects)
{
    auto *launcher = new EditorLauncher(this, file, objects);
    launcher->setObjectName(QStringLiteral("editorLauncher"));
}

} // namespace kedascope::ui
