// SPDX-License-Identifier: Apache-2.0
#include "ui/editorfilechooser.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace kedascope::ui {

namespace {

FileChooser &hook()
{
    static FileChooser chooser;
    return chooser;
}

QString manifestFilter()
{
    return QCoreApplication::translate("EditorFiles", "YAML manifests (*.yaml *.yml);;All files (*)");
}

} // namespace

void setFileChooser(FileChooser chooser)
{
    hook() = std::move(chooser);
}

QString chooseFile(QWidget *parent, const FileChoice &choice)
{
    if (hook())
        return hook()(parent, choice);
    return choice.save ? QFileDialog::getSaveFileName(parent, choice.caption, choice.suggested, manifestFilter())
                       : QFileDialog::getOpenFileName(parent, choice.caption, choice.suggested, manifestFilter());
}

} // namespace kedascope::ui
