// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace kedascope::ui {

// Where the editor asks for a file name. The file dialogs block, so tests answer through a hook.
struct FileChoice
{
    bool save = false;
    QString caption;
    QString suggested; // a directory or a file path
};
using FileChooser = std::function<QString(QWidget *parent, const FileChoice &choice)>;

// Replaces the file dialogs (an empty chooser restores them).
void setFileChooser(FileChooser chooser);
// The chosen path, or empty when the user cancelled.
QString chooseFile(QWidget *parent, const FileChoice &choice);

} // namespace kedascope::ui
