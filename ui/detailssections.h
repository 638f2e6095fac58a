// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ui/detailshtml.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace kedascope::models {
struct AuthSource;
struct ObjectDetails;
} // namespace kedascope::models

namespace kedascope::ui {

// The details pane's other views as HTML: the HPA and the scale target, the latest events, and the
// TriggerAuthentications the triggers use (names and sources only).
class DetailsSections
{
    Q_DECLARE_TR_FUNCTIONS(DetailsSections)
public:
    static QString scaling(const models::ObjectDetails &details, const html::Colors &colors);
    static QString events(const models::ObjectDetails &details, const html::Colors &colors);
    static QString authentication(const models::ObjectDetails &details, const html::Colors &colors);
    // A TriggerAuthentication's sources as a table, and the note that no secret is read.
    static QString sources(const std::vector<models::AuthSource> &sources);
    // The tab titles, with counts: "Events (3, 1 warning)".
    static QString eventsTitle(const models::ObjectDetails &details);
    static QString authenticationTitle(const models::ObjectDetails &details);
};

} // namespace kedascope::ui
