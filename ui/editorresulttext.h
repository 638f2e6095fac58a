// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/manifestapplier.h"

#include <QString>
#include <QStringList>

namespace kedascope::ui {

// The outcome of Diff, Dry run or Apply as HTML for the editor's result pane, in plain words:
// what was created, updated or left unchanged, each change field by field, each conflict with the
// field and the manager that owns it. `warnings` are the validation warnings of the documents sent.
QString runHtml(const models::ManifestRun &run, const QStringList &warnings);
// Why nothing was sent: the documents that do not parse or fail validation, one line each.
QString refusalHtml(const QString &action, const QStringList &problems);

} // namespace kedascope::ui
