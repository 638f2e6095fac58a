// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/detailshtml.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kedascope::models {
struct ObjectDetails;
}

namespace kedascope::ui {

// The details pane's summary of one KEDA object as HTML: spec, replicas, triggers with their live
// values, conditions; for a TriggerAuthentication its sources.
class DetailsSummary
{
    Q_DECLARE_TR_FUNCTIONS(DetailsSummary)
public:
    static QString html(const QByteArray &json);
    // `details` may be null (nothing gathered yet).
    static QString html(const QByteArray &json, const models::ObjectDetails *details, const html::Colors &colors);
};

} // namespace kedascope::ui
