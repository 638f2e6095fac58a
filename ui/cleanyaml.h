// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace kedascope::ui {

// An object's JSON as YAML, as the server sent it (for the read-only view).
QString objectYaml(const QByteArray &json);
// The object as a manifest to keep or apply elsewhere: no status, managedFields or server-set
// metadata (uid, resourceVersion, creationTimestamp, generation, selfLink), no last-applied annotation.
QString cleanObjectYaml(const QByteArray &json);

} // namespace kedascope::ui
