// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/metricinfo.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace kedascope::models {

// How the pollers key what they follow: "ns/name".
inline QString watchedId(const QString &ns, const QString &name)
{
    return ns + QLatin1Char('/') + name;
}

// The ids of the ScaledObjects among `objects`: ScaledJobs have no HPA, no scale target and no
// external metrics of their own.
inline QStringList scaledObjectIds(const WatchedObjects &objects)
{
    QStringList ids;
    for (const WatchedObject &object : objects) {
        if (object.kind == QLatin1String("ScaledObject"))
            ids.append(watchedId(object.ns, object.name));
    }
    return ids;
}

// Deletes the targets no longer wanted.
template <typename Target>
void dropTargetsNotIn(QHash<QString, Target *> &targets, const QStringList &wanted)
{
    for (auto it = targets.begin(); it != targets.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = targets.erase(it);
    }
}

} // namespace kedascope::models
