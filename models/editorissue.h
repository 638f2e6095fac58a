// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/editorpath.h"

#include "k8sclient/manifestvalidation.h"

#include <QString>

namespace kedascope::models {

// A validation finding placed in its document's own text (1-based line and column; 0 when unknown).
struct EditorIssue
{
    k8s::ManifestIssue::Severity severity = k8s::ManifestIssue::Severity::Error;
    FieldPath field;
    QString fieldText;
    QString message;
    int line = 0;
    int column = 0;
};

} // namespace kedascope::models
