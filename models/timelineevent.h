// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <vector>

namespace kedascope::models {

// One Kubernetes event as the timeline and the events console show it, merged from
// events.k8s.io/v1 and core v1 (one entry per event, whichever API it came from).
struct TimelineEvent
{
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0; // the time a chart marks
    int count = 1;
    bool warning = false; // type Warning
    QString reason;       // KEDAScalerFailed, ScaledObjectReady, ...
    QString message;
    QString objectKind;   // regarding / involvedObject
    QString objectNamespace;
    QString objectName;
    QString source;       // reportingController or source.component
    QString uid;          // the Event's own uid (de-duplication key)
};

using TimelineEvents = std::vector<TimelineEvent>;

} // namespace kedascope::models
